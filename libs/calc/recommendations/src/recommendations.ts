import { defineCalculator } from '@koers/calc-sdk';
import { SBI_CODE_PATTERN, SIZE_CLASSES } from '@koers/domain';
import {
  ENERGY_SAVING_DUTY_ID, ISO26000_STRUCTURE_ID, MEASURE_CATALOGUE_ID, MEASURE_EFFECT_UNITS, measureApplies, sbiSection,
  type EmlMarking, type EnergySavingDuty, type FootprintTheme, type Iso26000Structure, type Measure, type MeasureCatalogue, type MeasureTheme,
} from '@koers/reference-data';
import { z } from 'zod';
import { assessEnergySavingDuty, energySavingDutySchema, type FootprintLineLike } from './energy-saving-duty';

export const PROFILE_RECOMMENDATIONS_ID = 'profile.recommendations';
/**
 * 0.2.0: recommendations fit the data. A measure the baseline shows the company already
 * takes (all electricity Dutch green, own solar, an all-electric fleet) is left out, and so is
 * every measure of a footprint theme with no emissions or with a zero effect; the green-power
 * effect is the market-based kg of the electricity not yet on Dutch green power; "going well"
 * credits green power and own solar; every measure says its CO2 effect the same way (estimate,
 * typical per unit, or none) and whether it is on the Erkende Maatregelenlijst and obligatory
 * under the energy-saving duty, which the output assesses from the baseline's kWh and m³.
 */
export const PROFILE_RECOMMENDATIONS_VERSION = '0.2.0';

export const FOOTPRINT_THEMES = ['energy', 'mobility', 'waste', 'water', 'materials'] as const satisfies readonly FootprintTheme[];
/** A core subject scoring below this is something to improve; at or above, something going well. */
export const ISO_GOOD_THRESHOLD = 50;
/** How many themes / core subjects each of goingWell and canImprove lists at most. */
export const PROFILE_LIST_SIZE = 2;

const kg = z.number().nonnegative();
const text = z.object({ nl: z.string(), en: z.string() });

export const recommendationsInputSchema = z.object({
  organisation: z.object({
    sbiCode: z.string().regex(SBI_CODE_PATTERN, 'SBI code must be 2 to 5 digits, e.g. 43.21').refine((c) => sbiSection(c) !== undefined, 'not an SBI 2008 division'),
    sizeClass: z.enum(SIZE_CLASSES),
  }),
  /** The footprint.ghg output, or just its `themes` (extra fields are ignored). */
  footprint: z.object({
    themes: z.object({ energy: kg, mobility: kg, waste: kg, water: kg, materials: kg }),
    /** The footprint.ghg lines: what the baseline shows the company already does, and its kWh and m³ for the energy-saving duty. */
    lines: z
      .array(z.object({ type: z.string(), amount: z.number().nonnegative(), unit: z.string(), factorKey: z.string().optional(), kgCO2e: z.number().optional() }))
      .optional(),
  }),
  /** The iso26000.scan output, or just its `coreSubjects`; optional because the scan may come later. */
  iso26000: z.object({ coreSubjects: z.array(z.object({ id: z.string(), scorePercent: z.number().min(0).max(100).nullable() })) }).optional(),
  measuresTaken: z.array(z.string()).default([]),
  /** Return only the first `limit` recommendations; all when absent. */
  limit: z.number().int().positive().optional(),
});
export type RecommendationsInput = z.infer<typeof recommendationsInputSchema>;

const range = z.object({ min: z.number(), max: z.number() });
const profileItem = z.object({ kind: z.enum(['footprint-theme', 'iso26000-subject', 'measures-taken', 'baseline']), id: z.string(), value: z.number(), text });
/**
 * The CO2 effect as every page and document shows it: `estimate` is for this company
 * (the catalogue's percentage of its theme, or its own electricity for green power);
 * `typical` is the catalogue's figure `per` a stated unit; `none` a measure without a direct effect.
 */
const co2Effect = z.object({ kind: z.enum(['estimate', 'typical', 'none']), kgCO2ePerYear: range.nullable(), per: text.nullable() });

export const recommendationsOutputSchema = z.object({
  plugin: z.object({ id: z.string(), version: z.string() }),
  catalogue: z.object({ id: z.string() }),
  organisation: z.object({ sbiCode: z.string(), sbiSection: z.string(), sizeClass: z.enum(SIZE_CLASSES) }),
  /** Share of each footprint theme in percent, 1 decimal. */
  footprintShares: z.object({ energy: z.number(), mobility: z.number(), waste: z.number(), water: z.number(), materials: z.number() }),
  recommendations: z.array(
    z.object({
      rank: z.number().int(),
      measureId: z.string(),
      theme: z.string(),
      title: text,
      /** 0..100: the footprint share of the measure's theme, or 100 minus the weakest linked ISO 26000 score. */
      relevance: z.number(),
      basis: z.enum(['footprint', 'iso26000', 'none']),
      reason: text,
      /** From the catalogue's percentage of this company's theme kg; null when the catalogue gives none. */
      estimatedKgCO2ePerYear: range.nullable(),
      /** The catalogue's kg figure for its stated unit (per car, per 10 kWp ...); null when it gives none. */
      typicalKgCO2ePerYear: range.nullable(),
      costEffect: z.object({ investmentEur: range.optional(), yearlySavingEur: range.optional(), paybackYears: range.optional(), basis: z.string() }),
      erkendeMaatregel: z.boolean(),
      /** Expected kg a year for ordering by CO2 effect: the estimate's midpoint, or the typical midpoint capped at the theme; null without one. */
      expectedKgCO2ePerYear: z.number().nullable(),
      co2Effect,
      /** On the Erkende Maatregelenlijst (energy-saving duty reference data), with its part; null when not on it. */
      eml: z.object({ part: z.enum(['buildings', 'facilities', 'processes']), category: text, verified: z.boolean() }).nullable(),
      /** obligatory: on the EML and the company falls under the duty; choice otherwise (also when the duty is unknown). */
      obligation: z.enum(['obligatory', 'choice']),
      source: z.string(),
    }),
  ),
  /** Whether the company falls under the energy-saving duty; null when the footprint has no lines to tell. */
  energySavingDuty: energySavingDutySchema.nullable(),
  goingWell: z.array(profileItem),
  canImprove: z.array(profileItem),
  /** Ids in measuresTaken that are not in the catalogue (e.g. a custom measure); ignored. */
  unknownMeasuresTaken: z.array(z.string()),
});
export type RecommendationsOutput = z.infer<typeof recommendationsOutputSchema>;
type Recommendation = RecommendationsOutput['recommendations'][number];
type ProfileItem = z.infer<typeof profileItem>;

const THEME_LABELS: Record<MeasureTheme | FootprintTheme, { nl: string; en: string }> = {
  energy: { nl: 'Energie', en: 'Energy' },
  mobility: { nl: 'Mobiliteit', en: 'Mobility' },
  waste: { nl: 'Afval', en: 'Waste' },
  water: { nl: 'Water', en: 'Water' },
  materials: { nl: 'Materialen', en: 'Materials' },
  purchasing: { nl: 'Inkoop', en: 'Purchasing' },
  people: { nl: 'Mensen', en: 'People' },
};

/** Which footprint theme a measure theme reduces when the measure does not say. */
const FOOTPRINT_THEME_OF: Partial<Record<MeasureTheme, FootprintTheme>> = { energy: 'energy', mobility: 'mobility', waste: 'waste', water: 'water', purchasing: 'materials' };
/** For these themes the weakest linked ISO 26000 core subject drives relevance (people, chain). */
const ISO_THEMES: readonly MeasureTheme[] = ['people', 'purchasing'];

const round1 = (x: number) => Math.sign(x) * Math.round(Math.abs(x) * 10) / 10;
const round0 = (x: number) => Math.sign(x) * Math.round(Math.abs(x));
const mid = (r: { min: number; max: number }) => (r.min + r.max) / 2;
/** 56.3 -> "56,3" in Dutch, "56.3" in English; whole numbers without decimals. */
const pct = (x: number, lang: 'nl' | 'en') => (lang === 'nl' ? String(round1(x)).replace('.', ',') : String(round1(x)));

/** Measure themes whose effect is on the footprint: left out when their theme emits nothing. */
const CO2_THEMES: readonly MeasureTheme[] = ['energy', 'mobility', 'waste', 'water'];
const nlInt = (x: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }).format(x);
const enInt = (x: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(x);
const kWhOf = (l: FootprintLineLike) => (l.unit === 'MWh' ? l.amount * 1000 : l.amount);

/**
 * With the baseline's lines at hand, a measure that acts on one source needs that source:
 * no heat pump without heating fuel, no lighting advice without electricity, no flight
 * advice without flights. Measures not named here need only their theme.
 */
const NEEDS_SOURCE: Readonly<Record<string, readonly string[]>> = {
  'energy.led-lighting': ['electricity'],
  'energy.lighting-controls': ['electricity'],
  'energy.standby-off': ['electricity'],
  'energy.cold-store-doors': ['electricity'],
  'energy.ventilation-schedule': ['electricity', 'natural_gas', 'green_gas', 'propane', 'district_heat'],
  'energy.heating-timer': ['natural_gas', 'green_gas', 'propane', 'district_heat'],
  'energy.weather-compensation': ['natural_gas', 'green_gas', 'propane'],
  'energy.pipe-insulation': ['natural_gas', 'green_gas', 'propane', 'district_heat'],
  'energy.hybrid-heat-pump': ['natural_gas', 'propane'],
  'mobility.no-short-flights': ['flight_km'],
  'mobility.train-business-travel': ['car_km', 'petrol', 'diesel', 'lpg', 'flight_km'],
  'mobility.bike-commuting': ['car_km'],
  'mobility.electric-fleet': ['car_km', 'petrol', 'diesel', 'lpg'],
};
/** A waste stream the baseline already collects separately. */
const SEPARATE_STREAM: Readonly<Record<string, string>> = { 'waste.separate-paper': 'waste.paper', 'waste.separate-plastic': 'waste.plastic', 'waste.separate-organic': 'waste.organic' };

/** What the baseline's lines show the company already does, and what going green would save. */
function baselineFacts(lines: readonly FootprintLineLike[] | undefined) {
  if (!lines) return null;
  const electricity = lines.filter((l) => l.type === 'electricity' && l.amount > 0);
  const greenNl = electricity.filter((l) => l.factorKey === 'electricity.green-nl');
  const cars = lines.filter((l) => l.type === 'car_km' && l.amount > 0 && l.factorKey !== 'car.electric');
  const fuels = lines.filter((l) => (l.type === 'petrol' || l.type === 'diesel' || l.type === 'lpg') && l.amount > 0);
  return {
    electricityKWh: electricity.reduce((s, l) => s + kWhOf(l), 0),
    greenNlKWh: greenNl.reduce((s, l) => s + kWhOf(l), 0),
    /** Market-based kg of the electricity not on Dutch green power: what switching saves. */
    notGreenKg: electricity.filter((l) => l.factorKey !== 'electricity.green-nl').reduce((s, l) => s + (l.kgCO2e ?? 0), 0),
    solarKWh: lines.filter((l) => l.type === 'solar_production').reduce((s, l) => s + kWhOf(l), 0),
    electricCarKm: lines.filter((l) => l.type === 'car_km' && l.factorKey === 'car.electric').reduce((s, l) => s + l.amount, 0),
    combustionCars: cars.length + fuels.length,
    sources: new Set(lines.filter((l) => l.amount > 0).map((l) => l.type)),
    factorKeys: new Set(lines.filter((l) => l.amount > 0 && l.factorKey).map((l) => l.factorKey as string)),
  };
}

export function computeRecommendations(
  input: RecommendationsInput,
  catalogue: MeasureCatalogue,
  structure: Iso26000Structure,
  duty?: EnergySavingDuty,
): RecommendationsOutput {
  const { sbiCode, sizeClass } = input.organisation;
  const themes = input.footprint.themes;
  const total = FOOTPRINT_THEMES.reduce((s, t) => s + themes[t], 0);
  const share = (t: FootprintTheme) => (total > 0 ? themes[t] / total : 0);

  const subjectName = new Map(structure.coreSubjects.map((s) => [s.id, s.name]));
  const scores = new Map<string, number>();
  for (const s of input.iso26000?.coreSubjects ?? []) if (s.scorePercent !== null && subjectName.has(s.id)) scores.set(s.id, s.scorePercent);

  // Only called for ids present in `scores` / the structure; the fallbacks keep types honest.
  const score = (id: string) => scores.get(id) ?? 0;
  const nameOf = (id: string) => subjectName.get(id) ?? { nl: id, en: id };

  const known = new Set(catalogue.measures.map((m) => m.id));
  const taken = new Set(input.measuresTaken);
  const unknownMeasuresTaken = [...taken].filter((id) => !known.has(id)).sort();

  const footprintReason = (t: FootprintTheme) => ({
    nl: `${THEME_LABELS[t].nl} is ${round0(share(t) * 100)}% van uw footprint`,
    en: `${THEME_LABELS[t].en} is ${round0(share(t) * 100)}% of your footprint`,
  });
  const isoReason = (id: string) => ({
    nl: `${nameOf(id).nl} scoort ${pct(score(id), 'nl')}% in uw ISO 26000-scan`,
    en: `${nameOf(id).en} scores ${pct(score(id), 'en')}% in your ISO 26000 scan`,
  });

  const facts = baselineFacts(input.footprint.lines);
  const assessment = duty && input.footprint.lines ? assessEnergySavingDuty(input.footprint.lines, duty) : null;
  const emlOf = new Map((duty?.emlMarkings ?? []).map((e) => [e.measureId, e]));
  const units = MEASURE_EFFECT_UNITS[catalogue.id] ?? {};
  /** What the baseline shows the company already does (never recommended again). */
  const alreadyDone = (id: string): boolean => {
    if (!facts) return false;
    if (id === 'energy.green-electricity') return facts.notGreenKg <= 0;
    if (id === 'energy.solar-pv') return facts.solarKWh > 0;
    if (id === 'mobility.electric-fleet') return facts.electricCarKm > 0 && facts.combustionCars === 0;
    const stream = SEPARATE_STREAM[id];
    return stream !== undefined && facts.factorKeys.has(stream);
  };
  /** The baseline has none of the sources the measure acts on. */
  const lacksSource = (id: string): boolean => {
    const needs = NEEDS_SOURCE[id];
    return !!facts && !!needs && !needs.some((t) => facts.sources.has(t));
  };

  const scored = catalogue.measures
    .filter((m) => !taken.has(m.id) && measureApplies(m, sbiCode, sizeClass) && !alreadyDone(m.id) && !lacksSource(m.id))
    .map((m) => {
      const fTheme = m.co2Effect.footprintTheme ?? FOOTPRINT_THEME_OF[m.theme];
      const themeKg = fTheme ? themes[fTheme] : 0;
      // Weakest linked core subject that was scored; structure order breaks ties.
      const weakest = ISO_THEMES.includes(m.theme)
        ? (m.iso26000 ?? []).filter((s) => scores.has(s)).reduce<string | undefined>((w, s) => (w === undefined || score(s) < score(w) ? s : w), undefined)
        : undefined;
      let basis: Recommendation['basis'] = 'none';
      let relevance = 0;
      let reason = { nl: 'Past bij uw sector en bedrijfsgrootte', en: 'Fits your sector and company size' };
      if (weakest !== undefined) {
        basis = 'iso26000';
        relevance = round1(100 - score(weakest));
        reason = isoReason(weakest);
      } else if (fTheme && themeKg > 0) {
        basis = 'footprint';
        relevance = round1(share(fTheme) * 100);
        reason = footprintReason(fTheme);
      }
      const pctRange = m.co2Effect.percentOfTheme;
      let estimated = pctRange && fTheme ? { min: round0((themeKg * pctRange.min) / 100), max: round0((themeKg * pctRange.max) / 100) } : null;
      // Green power saves exactly the market-based kg of the electricity not yet on Dutch green power.
      if (m.id === 'energy.green-electricity' && facts) estimated = { min: round0(facts.notGreenKg), max: round0(facts.notGreenKg) };
      if (estimated && estimated.max <= 0) estimated = null; // never "0 kg - 0 kg"
      // Expected kg reduction, for ordering measures of equal relevance: the estimate, else the
      // catalogue's typical kg (capped at the theme: a measure cannot save more than the theme emits).
      const kgRange = themeKg > 0 ? m.co2Effect.kgCO2ePerYear : undefined;
      const potential = estimated ? mid(estimated) : kgRange ? Math.min(mid(kgRange), themeKg) : 0;
      const effect: Recommendation['co2Effect'] = estimated
        ? { kind: 'estimate', kgCO2ePerYear: estimated, per: null }
        : kgRange
          ? { kind: 'typical', kgCO2ePerYear: { ...kgRange }, per: { ...(units[m.id] ?? { nl: 'per eenheid (zie de catalogus)', en: 'per unit (see the catalogue)' }) } }
          : { kind: 'none', kgCO2ePerYear: null, per: null };
      const hasFigure = pctRange !== undefined || m.co2Effect.kgCO2ePerYear !== undefined;
      return { m, basis, relevance, reason, estimated, potential, effect, themeKg, hasFigure };
    })
    // A measure of a footprint theme that emits nothing, or whose CO2 figure works out at zero, is not advice.
    .filter((x) => !CO2_THEMES.includes(x.m.theme) || (x.themeKg > 0 && !(x.hasFigure && x.effect.kind === 'none')))
    .sort((a, b) => b.relevance - a.relevance || b.potential - a.potential || (a.m.id < b.m.id ? -1 : 1));

  const recommendations: Recommendation[] = scored.slice(0, input.limit ?? scored.length).map(({ m, basis, relevance, reason, estimated, potential, effect }, i) => ({
    rank: i + 1,
    measureId: m.id,
    theme: m.theme,
    title: { ...m.title },
    relevance,
    basis,
    reason,
    estimatedKgCO2ePerYear: estimated,
    typicalKgCO2ePerYear: m.co2Effect.kgCO2ePerYear ? { ...m.co2Effect.kgCO2ePerYear } : null,
    costEffect: copyCost(m),
    erkendeMaatregel: m.erkendeMaatregel === true,
    expectedKgCO2ePerYear: effect.kind === 'none' ? null : round0(potential),
    co2Effect: effect,
    eml: emlView(emlOf.get(m.id)),
    obligation: assessment?.applies && emlOf.has(m.id) ? 'obligatory' : 'choice',
    source: m.source,
  }));

  // Profile lists. Stable sorts keep theme / structure order for ties.
  const hotSpots = [...FOOTPRINT_THEMES].filter((t) => themes[t] > 0).sort((a, b) => themes[b] - themes[a]).slice(0, PROFILE_LIST_SIZE);
  const subjectOrder = structure.coreSubjects.map((s) => s.id).filter((id) => scores.has(id));
  const weak = subjectOrder.filter((id) => score(id) < ISO_GOOD_THRESHOLD).sort((a, b) => score(a) - score(b)).slice(0, PROFILE_LIST_SIZE);
  const strong = subjectOrder.filter((id) => score(id) >= ISO_GOOD_THRESHOLD).sort((a, b) => score(b) - score(a)).slice(0, PROFILE_LIST_SIZE);
  const takenPerTheme = new Map<MeasureTheme, number>();
  for (const m of catalogue.measures) if (taken.has(m.id)) takenPerTheme.set(m.theme, (takenPerTheme.get(m.theme) ?? 0) + 1);

  const isoItem = (id: string): ProfileItem => ({ kind: 'iso26000-subject', id, value: score(id), text: isoReason(id) });
  const canImprove: ProfileItem[] = [
    ...hotSpots.map((t): ProfileItem => ({ kind: 'footprint-theme', id: t, value: round1(share(t) * 100), text: footprintReason(t) })),
    ...weak.map(isoItem),
  ];
  const fromBaseline: ProfileItem[] = [];
  if (facts && facts.electricityKWh > 0 && facts.greenNlKWh >= facts.electricityKWh) {
    fromBaseline.push({
      kind: 'baseline', id: 'green-electricity', value: round0(facts.greenNlKWh),
      text: { nl: `Al uw stroom (${nlInt(facts.greenNlKWh)} kWh) is groene stroom met Nederlandse garanties van oorsprong`, en: `All your electricity (${enInt(facts.greenNlKWh)} kWh) is green electricity with Dutch guarantees of origin` },
    });
  }
  if (facts && facts.solarKWh > 0) {
    fromBaseline.push({
      kind: 'baseline', id: 'own-solar', value: round0(facts.solarKWh),
      text: { nl: `U wekt zelf ${nlInt(facts.solarKWh)} kWh zonnestroom op`, en: `You generate ${enInt(facts.solarKWh)} kWh of solar power yourself` },
    });
  }
  if (facts && facts.electricCarKm > 0 && facts.combustionCars === 0) {
    fromBaseline.push({
      kind: 'baseline', id: 'electric-fleet', value: round0(facts.electricCarKm),
      text: { nl: `Uw auto's rijden elektrisch (${nlInt(facts.electricCarKm)} km)`, en: `Your cars are electric (${enInt(facts.electricCarKm)} km)` },
    });
  }
  const goingWell: ProfileItem[] = [
    ...fromBaseline,
    ...strong.map(isoItem),
    ...[...takenPerTheme].map(([t, n]): ProfileItem => ({
      kind: 'measures-taken', id: t, value: n,
      text: { nl: `Al ${n} ${n === 1 ? 'maatregel' : 'maatregelen'} genomen voor ${THEME_LABELS[t].nl}`, en: `Already ${n} ${n === 1 ? 'measure' : 'measures'} taken for ${THEME_LABELS[t].en.toLowerCase()}` },
    })),
  ];

  return {
    plugin: { id: PROFILE_RECOMMENDATIONS_ID, version: PROFILE_RECOMMENDATIONS_VERSION },
    catalogue: { id: catalogue.id },
    organisation: { sbiCode, sbiSection: sbiSection(sbiCode) ?? '', sizeClass }, // the schema refused unknown divisions
    footprintShares: Object.fromEntries(FOOTPRINT_THEMES.map((t) => [t, round1(share(t) * 100)])) as RecommendationsOutput['footprintShares'],
    recommendations,
    energySavingDuty: assessment,
    goingWell,
    canImprove,
    unknownMeasuresTaken,
  };
}

function emlView(e: EmlMarking | undefined): Recommendation['eml'] {
  return e ? { part: e.part, category: { ...e.category }, verified: e.verified } : null;
}

function copyCost(m: Measure): Recommendation['costEffect'] {
  const { investmentEur, yearlySavingEur, paybackYears, basis } = m.costEffect;
  return {
    ...(investmentEur ? { investmentEur: { ...investmentEur } } : {}),
    ...(yearlySavingEur ? { yearlySavingEur: { ...yearlySavingEur } } : {}),
    ...(paybackYears ? { paybackYears: { ...paybackYears } } : {}),
    basis,
  };
}

/**
 * Measures ranked for one company for its sustainability profile (Duurzaamheidsprofiel):
 * applicable to its sector and size, not yet taken (nor shown as done by the baseline), with an
 * effect on a theme it emits in, ordered by its footprint hot spots and
 * (for people and purchasing) its weakest ISO 26000 core subjects, each with the reason.
 */
export const profileRecommendations = defineCalculator({
  id: PROFILE_RECOMMENDATIONS_ID,
  version: PROFILE_RECOMMENDATIONS_VERSION,
  title: { nl: 'Aanbevolen maatregelen (Duurzaamheidsprofiel)', en: 'Recommended measures (sustainability profile)' },
  referenceData: [MEASURE_CATALOGUE_ID, ISO26000_STRUCTURE_ID, ENERGY_SAVING_DUTY_ID],
  inputSchema: recommendationsInputSchema,
  outputSchema: recommendationsOutputSchema,
  compute: (input, ctx) =>
    computeRecommendations(
      input,
      ctx.reference<MeasureCatalogue>(MEASURE_CATALOGUE_ID),
      ctx.reference<Iso26000Structure>(ISO26000_STRUCTURE_ID),
      ctx.reference<EnergySavingDuty>(ENERGY_SAVING_DUTY_ID),
    ),
});
