import 'reflect-metadata';
import { loadConfigOrExit } from '@koers/server-config';
import { prepareTransport, transportFromConfig } from '@koers/server-queue';
import { createWorkerApp } from './bootstrap';

async function main() {
  const config = loadConfigOrExit();
  await prepareTransport(transportFromConfig(config));
  await createWorkerApp(config);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
