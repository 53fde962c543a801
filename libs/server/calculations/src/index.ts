export * from './calculations.module';
export * from './catalogue';
export * from './job-ids';
export { CalculationsService, type ResultView } from './calculations.service';
