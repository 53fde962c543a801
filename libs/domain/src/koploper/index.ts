export * from '../text';
export * from './labels';
export * from './cohort-rules';
export * from './track-phases';
export * from './certificate';
export * from './prize';
export * from './step';
export * from './measure-effect';
