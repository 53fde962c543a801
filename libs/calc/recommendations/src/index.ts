export * from './recommendations';
export * from './energy-saving-duty';
