import { defineCalculator, type CalculatorContext } from '@koers/calc-sdk';
import { EMISSION_FACTOR_SET_INDEX_ID, selectNewestForYear, type EmissionFactor, type EmissionFactorSet, type EmissionFactorSetSummary } from '@koers/reference-data';
import { round, sum } from './round';
import { ruleFor, UNIT_TO_FACTOR_UNIT } from './rules';
import { footprintInputSchema, footprintOutputSchema, type DeclaredFactorInput, type FootprintInput, type FootprintOutput, type Line } from './schema';

export const FOOTPRINT_GHG_ID = 'footprint.ghg';
/**
 * 1.2.0: materials bought and goods by rail or inland ship, with a factor the user declares (its source and year on the line; the set's `declared` entry says it is not on the list).
 * 1.1.0: the activity types of a Milieubarometer baseline (refrigerants, green gas, propane, HVO, bus, public transport, goods in tonne-km, own solar) and grid-mix location-based electricity where the set has the line. */
export const FOOTPRINT_GHG_VERSION = '1.2.0';

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

/** A factor the user declared, as the line uses it: all of it the line's own (scope 3 as a whole), its source the user's then the set's. */
function declaredFactor(set: EmissionFactorSet, key: string, unit: string, d: DeclaredFactorInput): EmissionFactor {
  const entry = set.declared?.[key];
  if (!entry) throw new Error(`factor set ${set.id} has no declared entry "${key}"`);
  if (entry.unit !== unit) throw new Error(`declared "${key}" in ${set.id} is per ${entry.unit}, activity needs per ${unit}`);
  return { unit: entry.unit, kgCO2ePerUnit: d.kgCO2ePerUnit, ttwKgCO2ePerUnit: d.kgCO2ePerUnit, source: `${d.source} (${d.year}); ${entry.source}` };
}

function apply(f: EmissionFactor, quantity: number) {
  const kgCO2e = round(quantity * f.kgCO2ePerUnit);
  const directKgCO2e = round(quantity * f.ttwKgCO2ePerUnit);
  // Upstream as the difference of the rounded parts, so direct + upstream = total exactly.
  return { kgCO2e, directKgCO2e, upstreamKgCO2e: round(kgCO2e - directKgCO2e) };
}

const perOrNull = (total: number, divisor: number | undefined) => (divisor !== undefined && divisor > 0 ? round(total / divisor) : null);

/*
 * Written for the bulk recompute (100,000 organisation-years at a time): one pass over
 * the lines with running sums instead of a filter and a map per figure, and each line
 * built property by property in the order it has always had (the JSON stays the same
 * text). Every sum adds the same numbers in the same order as before, so every figure
 * is the same double.
 */
export function computeFootprint(input: FootprintInput, ctx: CalculatorContext): FootprintOutput {
  const { set, selectedBy } = chooseSet(input, ctx);
  const has = (k: string) => set.factors[k] !== undefined;

  const activities = input.activities;
  const lines: Line[] = new Array(activities.length);
  // Running sums, in line order: [scope 1, scope 2 market, scope 2 location, scope 3], the same for the direct parts, the themes.
  let s1 = 0, s2m = 0, s2l = 0, s3 = 0;
  let d1 = 0, d2m = 0, d2l = 0;
  let cat3Location = 0;
  let energy = 0, mobility = 0, waste = 0, water = 0, materials = 0;
  const scope3Categories: Record<string, number> = {};
  const add = (cat: string, kg: number) => (scope3Categories[cat] = round((scope3Categories[cat] ?? 0) + kg));

  for (let i = 0; i < activities.length; i++) {
    const activity = activities[i];
    const rule = ruleFor(activity);
    const conversion = UNIT_TO_FACTOR_UNIT[activity.unit];
    if (!conversion) throw new Error(`no conversion for unit "${activity.unit}"`);
    const quantity = activity.amount * conversion.multiplier;
    const key = rule.factorKey(activity);
    const declared = rule.declared?.(activity);
    const f = declared ? declaredFactor(set, declared.key, conversion.factorUnit, declared.factor) : factor(set, key, conversion.factorUnit);
    const locationKey = rule.locationFactorKey?.(activity, has);
    const locationFactor = locationKey ? factor(set, locationKey, conversion.factorUnit) : undefined;
    const scope = rule.scope(activity);
    const applied = apply(f, quantity);
    const line = { type: activity.type } as Line;
    if (activity.label !== undefined) line.label = activity.label;
    line.amount = activity.amount;
    line.unit = activity.unit;
    line.scope = scope;
    line.theme = rule.theme;
    line.ghgCategory = rule.ghgCategory(activity);
    line.factorKey = key;
    line.factorUnit = f.unit;
    line.factorKgCO2ePerUnit = f.kgCO2ePerUnit;
    line.kgCO2e = applied.kgCO2e;
    line.directKgCO2e = applied.directKgCO2e;
    line.upstreamKgCO2e = applied.upstreamKgCO2e;
    line.factorSource = f.source;
    if (declared) line.declaredFactor = { source: declared.factor.source, year: declared.factor.year };
    let location = applied;
    if (locationKey && locationFactor) {
      location = apply(locationFactor, quantity);
      line.locationBased = { factorKey: locationKey, factorKgCO2ePerUnit: locationFactor.kgCO2ePerUnit, ...location };
    }
    lines[i] = line;

    const kg = line.kgCO2e;
    if (scope === 1) {
      s1 += kg;
      d1 += line.directKgCO2e;
    } else if (scope === 2) {
      s2m += kg;
      s2l += location.kgCO2e;
      d2m += line.directKgCO2e;
      d2l += location.directKgCO2e;
    } else {
      s3 += kg;
    }
    switch (line.theme) {
      case 'energy': energy += kg; break;
      case 'mobility': mobility += kg; break;
      case 'waste': waste += kg; break;
      case 'water': water += kg; break;
      case 'materials': materials += kg; break;
    }
    // GHG Protocol view: only the direct (TTW) part stays in scope 1/2; the upstream
    // (WTT) part of scope 1 and 2 lines moves to scope 3 category 3.
    if (scope === 3) add(line.ghgCategory, kg);
    else {
      add('3-fuel-and-energy-related', line.upstreamKgCO2e);
      cat3Location += location.upstreamKgCO2e;
    }
  }

  const scope1 = round(s1);
  const scope2MarketBased = round(s2m);
  const scope2LocationBased = round(s2l);
  const scope3 = round(s3);
  const totalKgCO2e = sum([scope1, scope2MarketBased, scope3]);
  const totalLocationBasedKgCO2e = sum([scope1, scope2LocationBased, scope3]);
  const themes: FootprintOutput['themes'] = { energy: round(energy), mobility: round(mobility), waste: round(waste), water: round(water), materials: round(materials) };

  const ghgScope1 = round(d1);
  const ghgScope2Market = round(d2m);
  const ghgScope2Location = round(d2l);
  const ghgScope3 = sum(Object.values(scope3Categories));

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
      totalLocationBasedKgCO2e: sum([ghgScope1, ghgScope2Location, ghgScope3 - (scope3Categories['3-fuel-and-energy-related'] ?? 0), round(cat3Location)]),
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
