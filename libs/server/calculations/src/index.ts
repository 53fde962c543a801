export * from './calculations.module';
export * from './catalogue';
export * from './job-ids';
