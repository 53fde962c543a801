import { defineCalculator } from '@koers/calc-sdk';
import { SBI_CODE_PATTERN, SIZE_CLASSES } from '@koers/domain';
import {
  ISO26000_STRUCTURE_ID, MEASURE_CATALOGUE_ID, measureApplies, sbiSection,
  type FootprintTheme, type Iso26000Structure, type Measure, type MeasureCatalogue, type MeasureTheme,
} from '@koers/reference-data';
import { z } from 'zod';

export const PROFILE_RECOMMENDATIONS_ID = 'profile.recommendations';
export const PROFILE_RECOMMENDATIONS_VERSION = '0.1.0';

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
  footprint: z.object({ themes: z.object({ energy: kg, mobility: kg, waste: kg, water: kg, materials: kg }) }),
  /** The iso26000.scan output, or just its `coreSubjects`; optional because the scan may come later. */
  iso26000: z.object({ coreSubjects: z.array(z.object({ id: z.string(), scorePercent: z.number().min(0).max(100).nullable() })) }).optional(),
  measuresTaken: z.array(z.string()).default([]),
  /** Return only the first `limit` recommendations; all when absent. */
  limit: z.number().int().positive().optional(),
});
export type RecommendationsInput = z.infer<typeof recommendationsInputSchema>;

const range = z.object({ min: z.number(), max: z.number() });
const profileItem = z.object({ kind: z.enum(['footprint-theme', 'iso26000-subject', 'measures-taken']), id: z.string(), value: z.number(), text });

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
      source: z.string(),
    }),
  ),
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

export function computeRecommendations(input: RecommendationsInput, catalogue: MeasureCatalogue, structure: Iso26000Structure): RecommendationsOutput {
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

  const scored = catalogue.measures
    .filter((m) => !taken.has(m.id) && measureApplies(m, sbiCode, sizeClass))
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
      const estimated = pctRange && fTheme ? { min: round0((themeKg * pctRange.min) / 100), max: round0((themeKg * pctRange.max) / 100) } : null;
      // Expected kg reduction, for ordering measures of equal relevance: percentage of the theme, else the
      // catalogue's typical kg (capped at the theme: a measure cannot save more than the theme emits).
      const kgRange = m.co2Effect.kgCO2ePerYear;
      const potential = pctRange ? (themeKg * mid(pctRange)) / 100 : kgRange ? Math.min(mid(kgRange), themeKg) : 0;
      return { m, basis, relevance, reason, estimated, potential };
    })
    .sort((a, b) => b.relevance - a.relevance || b.potential - a.potential || (a.m.id < b.m.id ? -1 : 1));

  const recommendations: Recommendation[] = scored.slice(0, input.limit ?? scored.length).map(({ m, basis, relevance, reason, estimated }, i) => ({
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
  const goingWell: ProfileItem[] = [
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
    goingWell,
    canImprove,
    unknownMeasuresTaken,
  };
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
 * applicable to its sector and size, not yet taken, ordered by its footprint hot spots and
 * (for people and purchasing) its weakest ISO 26000 core subjects, each with the reason.
 */
export const profileRecommendations = defineCalculator({
  id: PROFILE_RECOMMENDATIONS_ID,
  version: PROFILE_RECOMMENDATIONS_VERSION,
  title: { nl: 'Aanbevolen maatregelen (Duurzaamheidsprofiel)', en: 'Recommended measures (sustainability profile)' },
  referenceData: [MEASURE_CATALOGUE_ID, ISO26000_STRUCTURE_ID],
  inputSchema: recommendationsInputSchema,
  outputSchema: recommendationsOutputSchema,
  compute: (input, ctx) =>
    computeRecommendations(input, ctx.reference<MeasureCatalogue>(MEASURE_CATALOGUE_ID), ctx.reference<Iso26000Structure>(ISO26000_STRUCTURE_ID)),
});
