import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@koers/server-config';
import { WorkerModule } from './worker.module';

export async function createWorkerApp(config: AppConfig, logger: ConsoleLogger | false = new ConsoleLogger('worker', { json: true })) {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger });
  app.enableShutdownHooks();
  return app;
}
