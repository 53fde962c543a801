/**
 * What a sustainability profile (duurzaamheidsprofiel) says, built from a
 * baseline's results. Pure: the service gathers the inputs, this decides the
 * content. Stored as the profile's `content`, so a published version keeps
 * saying what it said even when reference data or the baseline changes later.
 */
import { compareYears, type FootprintOutput, type YearOnYear } from '@koers/calc-footprint-ghg';
import type { Iso26000Output } from '@koers/calc-iso26000';
import { computeRecommendations, recommendationsInputSchema, type RecommendationsOutput } from '@koers/calc-recommendations';
import { ENERGY_SAVING_DUTY, ISO26000_STRUCTURE, MEASURE_CATALOGUE } from '@koers/reference-data';
import type { Benchmark, Ratios } from '@koers/domain';

export interface Comparison {
  baselineYear: number;
  baselineKgCO2e: number;
  changeKgCO2e: number;
  changePercent: number | null;
}

export interface ProfileContent {
  organisationName: string;
  adviserName: string | null;
  /** Where the figures come from, for tracing a published profile back to its results. */
  sources: { baselineYear: number; footprintResultId: string; isoResultId: string | null; catalogue: string };
  footprint: FootprintOutput;
  iso26000: Iso26000Output | null;
  goingWell: RecommendationsOutput['goingWell'];
  canImprove: RecommendationsOutput['canImprove'];
  recommendations: RecommendationsOutput['recommendations'];
  /** Whether the company falls under the energy-saving duty (from the baseline's kWh and m³); null when unknown. Absent in profiles made before it. */
  energySavingDuty?: RecommendationsOutput['energySavingDuty'];
  comparison: Comparison | null;
  /** A later year against the first baseline year: per scope and theme, and the done measures' expected effect against the change measured. Absent in profiles made before it. */
  yearOnYear?: YearOnYear | null;
  /** kg CO2e per fte, m², € 1.000 turnover and production unit, with their source (the footprint's factor set and year). Absent in profiles made before it. */
  ratios?: ProfileRatios;
  /** Where the company stands in its SBI division and size class (only aggregates of other companies; withheld below five). Absent in profiles made before it. */
  benchmark?: Benchmark | null;
}

export interface ProfileRatios extends Ratios {
  /** The basis the ratios divide by, as entered in the baseline. */
  basis: { employees: number | null; floorAreaM2: number | null; turnoverEur: number | null };
  source: { year: number; factorSet: { id: string; title: string } };
}

export interface ProfileInputs {
  organisation: { name: string; sbiCode: string; sizeClass: string };
  adviserName: string | null;
  year: number;
  footprint: { resultId: string; output: FootprintOutput };
  iso26000: { resultId: string; output: Iso26000Output } | null;
  /** Catalogue measures the company has already carried out (done action plan items). */
  measuresTaken: string[];
  /** The organisation's first baseline year with a footprint, when it is earlier than `year`. */
  first: { year: number; totalKgCO2e: number; output?: FootprintOutput } | null;
  /** The expected CO2 reduction (kg a year) of each action-plan item marked done, for the year-on-year effect. */
  doneExpectedKgCO2e?: number[];
  /** The ratios of this baseline, computed by the service. */
  ratios?: ProfileRatios;
  /** The sector benchmark, computed by the service across partners (aggregates only). */
  benchmark?: Benchmark | null;
}

/** Refused recommendation input: the organisation's SBI code or size class does not fit. Names the field. */
export class ProfileInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function buildProfileContent(p: ProfileInputs): ProfileContent {
  const parsed = recommendationsInputSchema.safeParse({
    organisation: { sbiCode: p.organisation.sbiCode, sizeClass: p.organisation.sizeClass },
    footprint: p.footprint.output,
    ...(p.iso26000 ? { iso26000: p.iso26000.output } : {}),
    measuresTaken: p.measuresTaken,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ProfileInputError(String(issue.path[issue.path.length - 1] ?? 'organisation'), issue.message);
  }
  const recs = computeRecommendations(parsed.data, MEASURE_CATALOGUE, ISO26000_STRUCTURE, ENERGY_SAVING_DUTY);
  return {
    organisationName: p.organisation.name,
    adviserName: p.adviserName,
    sources: { baselineYear: p.year, footprintResultId: p.footprint.resultId, isoResultId: p.iso26000?.resultId ?? null, catalogue: recs.catalogue.id },
    footprint: p.footprint.output,
    iso26000: p.iso26000?.output ?? null,
    goingWell: recs.goingWell,
    canImprove: recs.canImprove,
    recommendations: recs.recommendations,
    energySavingDuty: recs.energySavingDuty,
    comparison: p.first && p.first.year < p.year ? compare(p.first, p.footprint.output.totalKgCO2e) : null,
    yearOnYear: p.first?.output && p.first.year < p.year ? compareYears(p.first.output, p.footprint.output, p.doneExpectedKgCO2e ?? []) : null,
    ...(p.ratios ? { ratios: p.ratios } : {}),
    ...(p.benchmark !== undefined ? { benchmark: p.benchmark } : {}),
  };
}

/** This year's total against the first baseline year's (market-based totals, as the footprint reports them). */
export function compare(first: { year: number; totalKgCO2e: number }, totalKgCO2e: number): Comparison {
  const change = totalKgCO2e - first.totalKgCO2e;
  return {
    baselineYear: first.year,
    baselineKgCO2e: first.totalKgCO2e,
    changeKgCO2e: round1(change),
    changePercent: first.totalKgCO2e > 0 ? round1((change / first.totalKgCO2e) * 100) : null,
  };
}
