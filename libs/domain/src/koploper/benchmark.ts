/**
 * Ratios (kengetallen) and the sector benchmark of a Koploper profile.
 * Pure: the server gathers the figures (its own company's and, past row-level
 * security, the other companies' of the group), this decides what may be shown.
 *
 * The benchmark compares a company with the other companies of the
 * installation in the same SBI division (first two digits) and size class whose
 * baseline of the same year has been reviewed. Only aggregates leave
 * `benchmark()`: the number of companies, the quartiles and the company's own
 * position; never another company's figure. Below MIN_OTHERS other companies
 * (per ratio: with that figure) nothing is shown, so no one can be recognised.
 */
import type { Bilingual } from '../text';

/** At least this many OTHER companies must be in the group (with the figure) before a benchmark is shown. */
export const BENCHMARK_MIN_OTHERS = 5;

export type RatioMetric = 'perFte' | 'perM2' | 'perThousandEur';
export const RATIO_METRICS: readonly RatioMetric[] = ['perFte', 'perM2', 'perThousandEur'];

/** A company's figures for the ratios: kg CO2e a year and what it is divided by. */
export interface RatioBasis {
  totalKgCO2e: number;
  employees?: number | null;
  floorAreaM2?: number | null;
  turnoverEurMillion?: number | null;
  production?: { unit: string; amount: number } | null;
}

export interface Ratios {
  /** kg CO2e per fte, per m² floor area, per € 1.000 turnover; null when the divisor is unknown or 0. */
  perFte: number | null;
  perM2: number | null;
  perThousandEur: number | null;
  /** kg CO2e per production unit (e.g. per "ton brood"), when the baseline names one. */
  perProductionUnit: { unit: string; amount: number; kgCO2e: number } | null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const per = (kg: number, d: number | null | undefined) => (d !== null && d !== undefined && Number.isFinite(d) && d > 0 ? round1(kg / d) : null);

/** The company's ratios from its footprint total and its key figures (market-based total, as the footprint reports it). */
export function ratiosOf(b: RatioBasis): Ratios {
  const kg = b.totalKgCO2e;
  const turnoverThousands = b.turnoverEurMillion !== null && b.turnoverEurMillion !== undefined ? b.turnoverEurMillion * 1000 : null;
  const p = b.production;
  return {
    perFte: per(kg, b.employees),
    perM2: per(kg, b.floorAreaM2),
    perThousandEur: per(kg, turnoverThousands),
    perProductionUnit: p && p.amount > 0 && p.unit.trim() ? { unit: p.unit.trim(), amount: p.amount, kgCO2e: per(kg, p.amount) as number } : null,
  };
}

/**
 * The q-quantile (0..1) of sorted values with linear interpolation between
 * the closest ranks (as PostgreSQL's percentile_cont and Excel's
 * KWARTIEL.INC): for 1, 2, 3, 4, 5 the quartiles are 2, 3 and 4.
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new Error('quantile of no values');
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

/** Where the company stands in the group: lower kg per unit is better. */
export type BenchmarkPosition = 'lowest_quarter' | 'below_median' | 'above_median' | 'highest_quarter';

export type RatioBenchmark =
  | { metric: RatioMetric; shown: true; n: number; companyValue: number; p25: number; median: number; p75: number; position: BenchmarkPosition }
  | { metric: RatioMetric; shown: false; reason: 'company_missing' | 'too_few_others' };

export interface Benchmark {
  group: { sbiDivision: string; sizeClass: string; year: number };
  minOthers: number;
  /** Whether the group as such is large enough (at least minOthers other companies); when not, no ratio is shown. */
  shown: boolean;
  /** The number of other companies in the group; only when shown (below the threshold not even the count is said). */
  others: number | null;
  ratios: RatioBenchmark[];
}

/** The other companies' ratios, one entry per company (without any name or id: nothing of it leaves benchmark()). */
export type PeerRatios = Pick<Ratios, RatioMetric>;

export function positionOf(value: number, q: { p25: number; median: number; p75: number }): BenchmarkPosition {
  if (value <= q.p25) return 'lowest_quarter';
  if (value <= q.median) return 'below_median';
  if (value <= q.p75) return 'above_median';
  return 'highest_quarter';
}

/**
 * The benchmark of one company against the other companies of its group.
 * `others` must not contain the company itself (the server leaves it out by
 * its organisation); each ratio needs at least `minOthers` other companies
 * with that figure.
 */
export function benchmark(company: PeerRatios, others: readonly PeerRatios[], group: Benchmark['group'], minOthers = BENCHMARK_MIN_OTHERS): Benchmark {
  const shown = others.length >= minOthers;
  const ratios = RATIO_METRICS.map((metric): RatioBenchmark => {
    const value = company[metric];
    if (!shown) return { metric, shown: false, reason: 'too_few_others' };
    if (value === null) return { metric, shown: false, reason: 'company_missing' };
    const values = others.map((o) => o[metric]).filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
    if (values.length < minOthers) return { metric, shown: false, reason: 'too_few_others' };
    const q = { p25: round1(quantile(values, 0.25)), median: round1(quantile(values, 0.5)), p75: round1(quantile(values, 0.75)) };
    return { metric, shown: true, n: values.length, companyValue: value, ...q, position: positionOf(value, q) };
  });
  return { group, minOthers, shown, others: shown ? others.length : null, ratios };
}

export const SIZE_CLASS_NAMES: Record<string, Bilingual> = {
  micro: { nl: 'micro', en: 'micro' },
  small: { nl: 'klein', en: 'small' },
  medium: { nl: 'middelgroot', en: 'medium-sized' },
  large: { nl: 'groot', en: 'large' },
};

/** The group in words: "SBI 10 / klein". */
export function benchmarkGroupText(g: Benchmark['group']): Bilingual {
  const size = SIZE_CLASS_NAMES[g.sizeClass] ?? { nl: g.sizeClass, en: g.sizeClass };
  return { nl: `SBI ${g.sbiDivision} / ${size.nl}`, en: `SBI ${g.sbiDivision} / ${size.en}` };
}

/** Why the benchmark (or one ratio of it) is not shown, and its source line when it is. */
export function benchmarkTexts(b: Benchmark): { withheld: Bilingual | null; source: Bilingual | null } {
  const g = benchmarkGroupText(b.group);
  if (!b.shown) {
    return {
      withheld: {
        nl: `minder dan ${b.minOthers} andere bedrijven in ${g.nl}: vergelijking niet getoond om herkenbaarheid te voorkomen`,
        en: `fewer than ${b.minOthers} other companies in ${g.en}: comparison not shown so that no one can be recognised`,
      },
      source: null,
    };
  }
  const size = SIZE_CLASS_NAMES[b.group.sizeClass] ?? { nl: b.group.sizeClass, en: b.group.sizeClass };
  return {
    withheld: null,
    source: {
      nl: `n = ${b.others} bedrijven, SBI ${b.group.sbiDivision}, ${size.nl}, nulmetingen ${b.group.year} (beoordeeld, alle partners van Koers)`,
      en: `n = ${b.others} companies, SBI ${b.group.sbiDivision}, ${size.en}, baselines ${b.group.year} (reviewed, all partners in Koers)`,
    },
  };
}

export const POSITION_TEXTS: Record<BenchmarkPosition, Bilingual> = {
  lowest_quarter: { nl: 'bij het laagste kwart (gunstig)', en: 'in the lowest quarter (favourable)' },
  below_median: { nl: 'onder de mediaan', en: 'below the median' },
  above_median: { nl: 'boven de mediaan', en: 'above the median' },
  highest_quarter: { nl: 'bij het hoogste kwart', en: 'in the highest quarter' },
};
