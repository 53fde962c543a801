export * from './masterclass.module';
