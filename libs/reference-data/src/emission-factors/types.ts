/** Units a factor is expressed per (tkm: tonne-kilometre). Activity units (MWh, t) are converted by the calculator. */
export type FactorUnit = 'kWh' | 'm3' | 'GJ' | 'l' | 'km' | 'kg' | 'tkm';

export interface EmissionFactor {
  unit: FactorUnit;
  /** Well-to-wheel (chain + direct), kg CO2-equivalent per unit: the Dutch default. */
  kgCO2ePerUnit: number;
  /** Tank-to-wheel: the direct part (combustion / generation). Well-to-tank = WTW - TTW. */
  ttwKgCO2ePerUnit: number;
  /** Citation: list name, year and category. */
  source: string;
  /** How sure we are of the figure and where it came from when not read from the list itself. */
  note?: string;
}

export interface EmissionFactorSet {
  /** Stable id, e.g. `co2emissiefactoren-nl-2025`. Published sets never change; new values mean a new id. */
  id: string;
  title: string;
  sourceUrl: string;
  /** Publication date, ISO `YYYY-MM-DD` or `YYYY-MM` when the day is not known. */
  published: string;
  /** First reporting year the set is meant for (the list advises using new factors from the year of publication). */
  validFromYear: number;
  basis: 'well-to-wheel';
  /**
   * Changes made after publication, newest last. Only three kinds are allowed: a placeholder
   * marked NOT VERIFIED replaced by a sourced value, a factor added for an activity the
   * set had none for, and a `declared` entry added for an activity the list has no factor
   * for. Each changed factor's note says what it was (factor-sets.spec.ts).
   */
  amendments?: readonly { date: string; what: string }[];
  factors: Readonly<Record<string, EmissionFactor>>;
  /** Activities whose factor the user declares, by key (`material`, `freight.rail`): not on the list. */
  declared?: Readonly<Record<string, DeclaredFactor>>;
}

/**
 * An activity the list has no factor for, whose factor the user declares with its
 * source and that source's year (a supplier's EPD, an LCA database, a carrier's
 * ISO 14083 report). The set records that the factor is not on the list and where it
 * comes from instead; the line's factor is the user's, its source the user's text
 * followed by this `source`.
 */
export interface DeclaredFactor {
  unit: FactorUnit;
  /** What kind of value the user must give and that it is not a line of the list (said on every line that uses it). */
  source: string;
  note: string;
}

/** What a calculator needs to choose a set without loading all of them. */
export interface EmissionFactorSetSummary {
  id: string;
  title: string;
  published: string;
  validFromYear: number;
}
