export * from './roles';
export * from './organisation';
export * from './koploper';
