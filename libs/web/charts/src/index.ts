export * from './chart.component';
export * from './chart-options';
export * from './percent-bars';
