export * from './roles';
export * from './organisation';
