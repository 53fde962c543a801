export * from './deep-freeze';
export * from './emission-factors';
export * from './iso26000/structure';
export * from './measures/measure';
export * from './reference-data';
