export * from './rule-error';
export * from './step-definition';
export * from './participant-sessions';
