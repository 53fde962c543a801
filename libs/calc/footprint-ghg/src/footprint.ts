import { defineCalculator, type CalculatorContext } from '@koers/calc-sdk';
import { EMISSION_FACTOR_SET_INDEX_ID, selectNewestForYear, type EmissionFactor, type EmissionFactorSet, type EmissionFactorSetSummary } from '@koers/reference-data';
import { round, sum } from './round';
import { ruleFor, UNIT_TO_FACTOR_UNIT } from './rules';
import { footprintInputSchema, footprintOutputSchema, THEMES, type FootprintInput, type FootprintOutput, type Line } from './schema';

export const FOOTPRINT_GHG_ID = 'footprint.ghg';
/** 1.1.0: the activity types of a Milieubarometer baseline (refrigerants, green gas, propane, HVO, bus, public transport, goods in tonne-km, own solar) and grid-mix location-based electricity where the set has the line. */
export const FOOTPRINT_GHG_VERSION = '1.1.0';

/** The factor set a calculation of `year` uses: the one named, else the newest published set valid for the year (also chain.impact's). */
export function chooseSet(input: { year: number; factorSet?: string | null }, ctx: CalculatorContext): { set: EmissionFactorSet; selectedBy: 'input' | 'newest-for-year' } {
  if (input.factorSet) return { set: ctx.reference<EmissionFactorSet>(input.factorSet), selectedBy: 'input' };
  const index = ctx.reference<readonly EmissionFactorSetSummary[]>(EMISSION_FACTOR_SET_INDEX_ID);
  const summary = selectNewestForYear(index, input.year);
  if (!summary) {
    const oldest = Math.min(...index.map((s) => s.validFromYear));
    throw new Error(`no emission-factor set is valid for ${input.year} (the oldest is valid from ${oldest}); pass "factorSet" explicitly`);
  }
  return { set: ctx.reference<EmissionFactorSet>(summary.id), selectedBy: 'newest-for-year' };
}

function factor(set: EmissionFactorSet, key: string, unit: string): EmissionFactor {
  const f = set.factors[key];
  if (!f) throw new Error(`factor set ${set.id} has no factor "${key}"`);
  if (f.unit !== unit) throw new Error(`factor "${key}" in ${set.id} is per ${f.unit}, activity needs per ${unit}`);
  return f;
}

function apply(f: EmissionFactor, quantity: number) {
  const kgCO2e = round(quantity * f.kgCO2ePerUnit);
  const directKgCO2e = round(quantity * f.ttwKgCO2ePerUnit);
  // Upstream as the difference of the rounded parts, so direct + upstream = total exactly.
  return { kgCO2e, directKgCO2e, upstreamKgCO2e: round(kgCO2e - directKgCO2e) };
}

const perOrNull = (total: number, divisor: number | undefined) => (divisor !== undefined && divisor > 0 ? round(total / divisor) : null);

export function computeFootprint(input: FootprintInput, ctx: CalculatorContext): FootprintOutput {
  const { set, selectedBy } = chooseSet(input, ctx);

  const lines: Line[] = input.activities.map((activity) => {
    const rule = ruleFor(activity);
    const conversion = UNIT_TO_FACTOR_UNIT[activity.unit];
    if (!conversion) throw new Error(`no conversion for unit "${activity.unit}"`);
    const quantity = activity.amount * conversion.multiplier;
    const key = rule.factorKey(activity);
    const f = factor(set, key, conversion.factorUnit);
    const locationKey = rule.locationFactorKey?.(activity, (k) => set.factors[k] !== undefined);
    const locationFactor = locationKey ? factor(set, locationKey, conversion.factorUnit) : undefined;
    return {
      type: activity.type,
      ...(activity.label !== undefined ? { label: activity.label } : {}),
      amount: activity.amount,
      unit: activity.unit,
      scope: rule.scope(activity),
      theme: rule.theme,
      ghgCategory: rule.ghgCategory(activity),
      factorKey: key,
      factorUnit: f.unit,
      factorKgCO2ePerUnit: f.kgCO2ePerUnit,
      ...apply(f, quantity),
      factorSource: f.source,
      ...(locationKey && locationFactor
        ? { locationBased: { factorKey: locationKey, factorKgCO2ePerUnit: locationFactor.kgCO2ePerUnit, ...apply(locationFactor, quantity) } }
        : {}),
    };
  });

  const inScope = (s: 1 | 2 | 3) => lines.filter((l) => l.scope === s);
  const scope1 = sum(inScope(1).map((l) => l.kgCO2e));
  const scope2MarketBased = sum(inScope(2).map((l) => l.kgCO2e));
  const scope2LocationBased = sum(inScope(2).map((l) => l.locationBased?.kgCO2e ?? l.kgCO2e));
  const scope3 = sum(inScope(3).map((l) => l.kgCO2e));
  const totalKgCO2e = sum([scope1, scope2MarketBased, scope3]);
  const totalLocationBasedKgCO2e = sum([scope1, scope2LocationBased, scope3]);

  const themes = Object.fromEntries(THEMES.map((t) => [t, sum(lines.filter((l) => l.theme === t).map((l) => l.kgCO2e))])) as FootprintOutput['themes'];

  // GHG Protocol view: only the direct (TTW) part stays in scope 1/2; the upstream
  // (WTT) part of scope 1 and 2 lines moves to scope 3 category 3.
  const scope3Categories: Record<string, number> = {};
  const add = (cat: string, kg: number) => (scope3Categories[cat] = round((scope3Categories[cat] ?? 0) + kg));
  for (const l of lines) {
    if (l.scope === 3) add(l.ghgCategory, l.kgCO2e);
    else add('3-fuel-and-energy-related', l.upstreamKgCO2e);
  }
  const ghgScope1 = sum(inScope(1).map((l) => l.directKgCO2e));
  const ghgScope2Market = sum(inScope(2).map((l) => l.directKgCO2e));
  const ghgScope2Location = sum(inScope(2).map((l) => l.locationBased?.directKgCO2e ?? l.directKgCO2e));
  const ghgScope3 = sum(Object.values(scope3Categories));
  const cat3Location = sum(lines.filter((l) => l.scope !== 3).map((l) => l.locationBased?.upstreamKgCO2e ?? l.upstreamKgCO2e));

  const org = input.organisation ?? {};
  return {
    plugin: { id: FOOTPRINT_GHG_ID, version: FOOTPRINT_GHG_VERSION },
    factorSet: { id: set.id, title: set.title, published: set.published, selectedBy },
    year: input.year,
    totalKgCO2e,
    totalLocationBasedKgCO2e,
    scopes: { scope1, scope2LocationBased, scope2MarketBased, scope3 },
    themes,
    lines,
    ghgProtocolView: {
      scope1: ghgScope1,
      scope2MarketBased: ghgScope2Market,
      scope2LocationBased: ghgScope2Location,
      scope3: ghgScope3,
      scope3Categories,
      totalKgCO2e: sum([ghgScope1, ghgScope2Market, ghgScope3]),
      totalLocationBasedKgCO2e: sum([ghgScope1, ghgScope2Location, ghgScope3 - (scope3Categories['3-fuel-and-energy-related'] ?? 0), cat3Location]),
    },
    intensity: {
      perEmployee: perOrNull(totalKgCO2e, org.employees),
      perM2: perOrNull(totalKgCO2e, org.floorAreaM2),
      perEurMillionTurnover: perOrNull(totalKgCO2e, org.turnoverEurMillion),
    },
    comparison: input.previous
      ? {
          previousYear: input.previous.year,
          previousTotalKgCO2e: input.previous.totalKgCO2e,
          changeKgCO2e: round(totalKgCO2e - input.previous.totalKgCO2e),
          changePercent: input.previous.totalKgCO2e > 0 ? round(((totalKgCO2e - input.previous.totalKgCO2e) / input.previous.totalKgCO2e) * 100, 1) : null,
        }
      : null,
  };
}

/** CO2 footprint per GHG Protocol scope, Dutch practice (well-to-wheel factors of CO2emissiefactoren.nl). */
export const footprintGhg = defineCalculator({
  id: FOOTPRINT_GHG_ID,
  version: FOOTPRINT_GHG_VERSION,
  title: { nl: 'CO2-footprint (scope 1, 2 en 3)', en: 'CO2 footprint (scopes 1, 2 and 3)' },
  description: {
    nl: 'Berekent de CO2-uitstoot per scope en thema met de emissiefactoren van CO2emissiefactoren.nl.',
    en: 'Computes emissions per scope and theme with the CO2emissiefactoren.nl emission factors.',
  },
  referenceData: [EMISSION_FACTOR_SET_INDEX_ID, 'co2emissiefactoren-nl-*'],
  inputSchema: footprintInputSchema,
  outputSchema: footprintOutputSchema,
  compute: computeFootprint,
});
