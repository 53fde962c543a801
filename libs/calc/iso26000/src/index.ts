export * from './iso26000';
