export * from './schema';
export { ACTIVITY_RULES, LOCATION_BASED_ELECTRICITY_FALLBACK_KEY, LOCATION_BASED_ELECTRICITY_KEY, UNIT_TO_FACTOR_UNIT } from './rules';
export { round } from './round';
export { chooseSet as chooseFactorSet, computeFootprint, footprintGhg, FOOTPRINT_GHG_ID, FOOTPRINT_GHG_VERSION } from './footprint';
export { compareYears, yearChange, type YearChange, type YearOnYear } from './year-on-year';
