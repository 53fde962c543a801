/**
 * The year-on-year effect: a later year's footprint against the baseline year's,
 * per scope (scope 2 market-based, as the totals are) and per theme, in kg CO2e
 * and percent, with the factor set each year was computed with; and the CO2
 * effect the action plan expected from the measures marked done, set against
 * the change measured. Pure: the same figures in the profile, its PDF and a test.
 */
import { round } from './round';
import { THEMES, type FootprintOutput, type Theme } from './schema';

export interface YearChange {
  baselineKgCO2e: number;
  currentKgCO2e: number;
  /** current minus baseline: negative is a reduction. */
  changeKgCO2e: number;
  /** Change against the baseline in percent (one decimal); null when the baseline is 0. */
  changePercent: number | null;
}

export interface YearOnYear {
  baselineYear: number;
  year: number;
  /** The emission-factor set each year's footprint used (a change of set changes figures too). */
  factorSets: { baseline: { id: string; title: string }; current: { id: string; title: string } };
  total: YearChange;
  scopes: { scope1: YearChange; scope2: YearChange; scope3: YearChange };
  themes: Record<Theme, YearChange>;
  /**
   * The action plan's measures marked done that carry an expected CO2 effect: how
   * many, the effect they expected together (negative: a reduction) and the change
   * measured in the total. Null when no measure marked done has an expected effect.
   */
  measures: { count: number; expectedKgCO2e: number; measuredKgCO2e: number } | null;
}

/** One figure's change, kg to the gram and percent to one decimal. */
export function yearChange(baselineKgCO2e: number, currentKgCO2e: number): YearChange {
  const change = currentKgCO2e - baselineKgCO2e;
  return {
    baselineKgCO2e: round(baselineKgCO2e),
    currentKgCO2e: round(currentKgCO2e),
    changeKgCO2e: round(change),
    changePercent: baselineKgCO2e > 0 ? round((change / baselineKgCO2e) * 100, 1) : null,
  };
}

type Footprint = Pick<FootprintOutput, 'year' | 'totalKgCO2e' | 'scopes' | 'themes'> & { factorSet: { id: string; title: string } };

/**
 * `current` against `baseline` (an earlier year). `doneMeasures`: the expected
 * CO2 reduction (kg a year, >= 0, as the action plan stores it) of each measure
 * marked done.
 */
export function compareYears(baseline: Footprint, current: Footprint, doneMeasures: readonly number[] = []): YearOnYear {
  if (baseline.year >= current.year) throw new RangeError(`the baseline year ${baseline.year} must be before ${current.year}`);
  const total = yearChange(baseline.totalKgCO2e, current.totalKgCO2e);
  const themes = Object.fromEntries(THEMES.map((t) => [t, yearChange(baseline.themes[t] ?? 0, current.themes[t] ?? 0)])) as Record<Theme, YearChange>;
  const expected = doneMeasures.filter((kg) => Number.isFinite(kg) && kg > 0);
  return {
    baselineYear: baseline.year,
    year: current.year,
    factorSets: { baseline: { id: baseline.factorSet.id, title: baseline.factorSet.title }, current: { id: current.factorSet.id, title: current.factorSet.title } },
    total,
    scopes: {
      scope1: yearChange(baseline.scopes.scope1, current.scopes.scope1),
      scope2: yearChange(baseline.scopes.scope2MarketBased, current.scopes.scope2MarketBased),
      scope3: yearChange(baseline.scopes.scope3, current.scopes.scope3),
    },
    themes,
    measures: expected.length ? { count: expected.length, expectedKgCO2e: round(-expected.reduce((a, b) => a + b, 0)), measuredKgCO2e: total.changeKgCO2e } : null,
  };
}
