export * from './types';
export * from './sectors';
export * from './modules';
