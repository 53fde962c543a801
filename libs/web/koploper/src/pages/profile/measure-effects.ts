import { formatNumber, measureEffectTexts, obligationLabel, type Co2Column, type MeasureEffects } from '@koers/domain';
import type { Profile } from '@koers/web-api-client';
import { co2, euro } from '@koers/web-programme';

type Language = 'nl' | 'en';
export type Recommendation = Profile['recommendations'][number];
export type EnergySavingDuty = NonNullable<Profile['energySavingDuty']>;

/** The effects of a recommendation, also of a profile stored before co2Effect was in it. */
export function effectsOf(r: Recommendation): MeasureEffects {
  const stored = (r as Partial<Recommendation>).co2Effect;
  const co2Effect: MeasureEffects['co2Effect'] = stored
    ? { kind: stored.kind, kgCO2ePerYear: stored.kgCO2ePerYear, per: stored.per }
    : r.estimatedKgCO2ePerYear
      ? { kind: 'estimate', kgCO2ePerYear: r.estimatedKgCO2ePerYear, per: null }
      : r.typicalKgCO2ePerYear
        ? { kind: 'typical', kgCO2ePerYear: r.typicalKgCO2ePerYear, per: { nl: 'per eenheid (zie de catalogus)', en: 'per unit (see the catalogue)' } }
        : { kind: 'none', kgCO2ePerYear: null, per: null };
  return { co2Effect, costEffect: r.costEffect };
}

/** The kg CO2e figures of a recommendation's effect (both ends of its range), for the column's unit. */
export function co2FiguresOf(r: Recommendation): number[] {
  const kg = effectsOf(r).co2Effect.kgCO2ePerYear;
  return kg ? [kg.min, kg.max] : [];
}

/**
 * The CO2 effect and costs in the reader's language, in the same words as the profile PDF.
 * `column`: the table's one unit for CO2 (from its largest figure), so a column never mixes t and kg.
 */
export function effectTexts(r: Recommendation, lang: Language, column?: Co2Column): { co2: string; costs: string } {
  const t = measureEffectTexts(effectsOf(r), lang, {
    co2: (kg, scale) => (column ? column.withUnit(kg) : co2(kg, lang, scale)),
    euro: (x) => euro(x, lang),
    number: (x) => formatNumber(x, lang, 1),
  });
  return { co2: t.co2, costs: t.costs.join(' · ') };
}

/** "verplicht (EML, terugverdientijd ≤ 5 jaar)" or "keuze"; null while the duty is not known. */
export function obligationText(obligation: 'obligatory' | 'choice' | undefined, duty: EnergySavingDuty | null | undefined, lang: Language): string | null {
  if (!duty || !obligation) return null;
  return obligationLabel(obligation, duty.paybackYearsAtMost, lang);
}
