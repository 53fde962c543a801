export * from './schema';
export { classifyFlows, outflowByRoute, type ClassifiedFlows, type InflowItem, type OutflowItem } from './flows';
export { circularityCti, computeCti, CIRCULARITY_CTI_ID, CIRCULARITY_CTI_VERSION } from './cti';
export { round, percent } from './round';
