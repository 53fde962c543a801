export * from './rule-error';
export * from './step-definition';
