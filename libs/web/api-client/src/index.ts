export * from './api-client';
export type { components, operations, paths } from './schema';
export * from './koploper';
export * from './programme';
export * from './masterclass';
export * from './chain';
export * from './journey';
export * from './alliance';
export * from './evaluation';
