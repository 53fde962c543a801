export * from './schema';
export { chainImpact, computeChainImpact, CHAIN_IMPACT_ID, CHAIN_IMPACT_VERSION, GRID_MIX_ELECTRICITY_KEY, NATURAL_GAS_KEY, WASTE_FACTOR_KEYS } from './impact';
