export * from './evaluation-programme';
