export * from './recommendations';
