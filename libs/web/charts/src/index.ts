export * from './chart.component';
export * from './chart-options';
