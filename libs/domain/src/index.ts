export * from './roles';
export * from './organisation';
export * from './text';
export * from './programme';
export * from './koploper';
export * from './masterclass/step';
export * from './chain/step';
export * from './steps';
