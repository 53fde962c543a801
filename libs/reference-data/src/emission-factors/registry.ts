import { deepFreeze } from '../deep-freeze';
import { CO2EMISSIEFACTOREN_NL_2024 } from './sets/co2emissiefactoren-nl-2024';
import { CO2EMISSIEFACTOREN_NL_2025 } from './sets/co2emissiefactoren-nl-2025';
import { CO2EMISSIEFACTOREN_NL_2026 } from './sets/co2emissiefactoren-nl-2026';
import type { EmissionFactorSet, EmissionFactorSetSummary } from './types';

/** Reference-data id of the list of set summaries (what a calculator reads to pick a set). */
export const EMISSION_FACTOR_SET_INDEX_ID = 'emission-factor-sets';

/** Every published set. A new yearly list is one new file plus one line here (and its hash, see the spec). */
export const emissionFactorSets: readonly EmissionFactorSet[] = deepFreeze([
  CO2EMISSIEFACTOREN_NL_2024,
  CO2EMISSIEFACTOREN_NL_2025,
  CO2EMISSIEFACTOREN_NL_2026,
]);

export const emissionFactorSetIndex: readonly EmissionFactorSetSummary[] = deepFreeze(
  emissionFactorSets.map(({ id, title, published, validFromYear }) => ({ id, title, published, validFromYear })),
);

export function getFactorSet(id: string): EmissionFactorSet | undefined {
  return emissionFactorSets.find((s) => s.id === id);
}

/**
 * The newest published set (by publication date) that is valid for `year` or earlier,
 * i.e. validFromYear <= year. Pure, so calculators can apply it to the index they get via their context.
 */
export function selectNewestForYear<S extends EmissionFactorSetSummary>(sets: readonly S[], year: number): S | undefined {
  return sets
    .filter((s) => s.validFromYear <= year)
    .reduce<S | undefined>((best, s) => (best === undefined || s.published > best.published ? s : best), undefined);
}

export function newestFactorSetForYear(year: number): EmissionFactorSet | undefined {
  return selectNewestForYear(emissionFactorSets, year);
}
