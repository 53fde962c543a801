export * from './chart.component';
