export * from './types';
export * from './define';
export * from './registry';
export * from './run';
export * from './hash';
export * from './discovery';
export * from './golden';
