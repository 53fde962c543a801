import 'reflect-metadata';
import { loadConfigOrExit } from '@koers/server-config';
import { runMigrations } from '@koers/server-db';
import { describeTransport, prepareTransport, transportFromConfig } from '@koers/server-queue';
import { createApiApp, jsonLogger } from './bootstrap';

async function main() {
  const config = loadConfigOrExit();
  const logger = jsonLogger(config);
  if (config.RUN_MIGRATIONS) await runMigrations(config.DATABASE_URL, (l) => logger.log(l));
  const transport = transportFromConfig(config);
  await prepareTransport(transport);
  logger.log(`wachtrijen op / queues on: ${describeTransport(transport)}`);
  const app = await createApiApp(config, { logger });
  await app.listen({ port: config.PORT, host: config.HOST });
  logger.log(`API op / listening on http://localhost:${config.PORT}/api (docs: /api/docs)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
