export * from './deep-freeze';
export * from './emission-factors';
export * from './iso26000/structure';
export * from './measures/measure';
export * from './measures/catalogue';
export * from './sectors/sbi';
export * from './reference-data';
