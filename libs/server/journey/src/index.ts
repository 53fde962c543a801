export * from './journey.module';
