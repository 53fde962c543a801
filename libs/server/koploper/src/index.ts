export * from './koploper.module';
