export * from './catalogue';
export * from './backend';
export * from './job-queue';
export * from './queue.module';
export * from './job-handler';
export * from './enqueues';
