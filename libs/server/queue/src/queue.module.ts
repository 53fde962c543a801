import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import { transportFromConfig } from './backend';
import { JobQueue, QUEUE_TRANSPORT } from './job-queue';

/** The one queue module: picks the transport from configuration. */
@Global()
@Module({
  providers: [{ provide: QUEUE_TRANSPORT, inject: [APP_CONFIG], useFactory: (c: AppConfig) => transportFromConfig(c) }, JobQueue],
  exports: [QUEUE_TRANSPORT, JobQueue],
})
export class QueueModule {}
