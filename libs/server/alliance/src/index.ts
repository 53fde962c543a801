export * from './alliance.module';
export * from './access';
