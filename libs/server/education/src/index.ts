export * from './education.module';
