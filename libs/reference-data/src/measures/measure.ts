import type { SizeClass } from '@koers/domain';

/**
 * A measure (maatregel) from the catalogue: a concrete action such as LED
 * lighting or green electricity. Only the shape for now; the catalogue content
 * is a later issue.
 */
export type MeasureTheme = 'energy' | 'mobility' | 'waste' | 'water' | 'materials' | 'social';

export interface Measure {
  /** Stable id, e.g. `energy.led-lighting`. */
  id: string;
  title: { nl: string; en: string };
  description?: { nl: string; en: string };
  theme: MeasureTheme;
  /** SBI section or code prefixes the measure fits; empty means all sectors. */
  sectors: readonly string[];
  sizeClasses: readonly SizeClass[];
  /** Typical yearly CO2 effect; negative is a reduction. */
  typicalCo2Effect: { kgCO2ePerYear?: number; percentOfTheme?: number; basis: string };
  /** Typical cost in euro: one-off investment and yearly change (negative is a saving). */
  typicalCost: { investmentEur?: number; yearlyEur?: number; paybackYears?: number };
  source: string;
}

export type MeasureCatalogue = readonly Measure[];
