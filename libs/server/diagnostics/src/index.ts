export * from './diagnostics.module';
