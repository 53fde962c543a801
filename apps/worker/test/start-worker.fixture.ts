/**
 * The worker as main.ts starts it, plus the fixture modules named on the
 * command line (`node tools/dev/register.cjs apps/worker/test/start-worker.fixture.ts notes`).
 * Prints "worker started" and stops again once it is up; a refused start ends
 * with the error on stderr and exit code 1, as main.ts does.
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@koers/server-config';
import { prepareTransport, transportFromConfig } from '@koers/server-queue';
import { WorkerModule } from '../src/worker.module';
import { FIXTURE_MODULES } from './document-fixtures';

@Module({})
class WorkerWithFixtures {}

async function main() {
  const config = loadConfigOrExit();
  await prepareTransport(transportFromConfig(config));
  const extra = process.argv.slice(2).map((name) => {
    const m = FIXTURE_MODULES[name];
    if (!m) throw new Error(`unknown fixture module ${name}`);
    return m;
  });
  const app = await NestFactory.createApplicationContext({ module: WorkerWithFixtures, imports: [WorkerModule.forRoot(config), ...extra] }, { logger: false });
  console.log('worker started');
  await app.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
