import type { EmissionFactor } from '../types';
import { CO2EMISSIEFACTOREN_NL_2026 } from './co2emissiefactoren-nl-2026';

/** The day the 2024 and 2025 sets were amended from the 2026 list. */
export const AMENDED_2026 = '2026-12-02';

function of2026(key: string): EmissionFactor {
  const f = CO2EMISSIEFACTOREN_NL_2026.factors[key];
  if (!f) throw new Error(`the 2026 set has no factor "${key}"`);
  return f;
}

/**
 * An older set's NOT VERIFIED placeholder replaced by the 2026 list's value: that
 * year's own list value is not known here, and the list's later figure is a better
 * estimate than an unsourced one. The note keeps what it replaced.
 */
export function replacedBy2026(key: string, was: string): EmissionFactor {
  const f = of2026(key);
  return { ...f, note: `Amended ${AMENDED_2026}: the value of the 2026 list (this year's own list value is not known here); replaces the NOT VERIFIED placeholder ${was}.${f.note ? ` ${f.note}` : ''}` };
}

/** A factor the set did not have, for an activity type added later: the 2026 list's value (or the 2026 set's, with its own source). */
export function addedFrom2026(key: string): EmissionFactor {
  const f = of2026(key);
  return { ...f, note: `Added ${AMENDED_2026}: not in this set when published; the 2026 set's value.${f.note ? ` ${f.note}` : ''}` };
}

/** The factors of the activity types added in footprint.ghg 1.1.0, for the older sets. */
export const ADDED_2026_KEYS = [
  'electricity.own-solar', 'green_gas', 'propane', 'propane.kg', 'hvo30', 'bus', 'public_transport', 'freight.road-van',
  'refrigerant.R32', 'refrigerant.R134a', 'refrigerant.R404A', 'refrigerant.R410A', 'refrigerant.R407C', 'refrigerant.R290', 'refrigerant.R744',
] as const;

export const addedFactors = (): Record<string, EmissionFactor> => Object.fromEntries(ADDED_2026_KEYS.map((k) => [k, addedFrom2026(k)]));
