import 'reflect-metadata';
import { ConfigError, loadConfig } from '@koers/server-config';
import { prepareTransport, transportFromConfig } from '@koers/server-queue';
import { createWorkerApp } from './bootstrap';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(78);
    }
    throw e;
  }
  await prepareTransport(transportFromConfig(config));
  await createWorkerApp(config);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
