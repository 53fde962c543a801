import { describe, expect, it } from 'vitest';
import { measureEffectTexts, obligationLabel, type EffectFormat, type MeasureEffects } from './measure-effect';

const nl: EffectFormat = {
  co2: (kg, scale) => (scale >= 1000 ? `${(kg / 1000).toFixed(1).replace('.', ',')} ton CO2e` : `${kg} kg CO2e`),
  euro: (x) => `€ ${x.toLocaleString('nl-NL')}`,
  number: (x) => String(x).replace('.', ','),
};
const none = { kind: 'none', kgCO2ePerYear: null, per: null } as const;
const effects = (co2Effect: MeasureEffects['co2Effect'], costEffect: MeasureEffects['costEffect'] = {}): MeasureEffects => ({ co2Effect, costEffect });

describe('measureEffectTexts', () => {
  it('writes an estimate, a typical figure per its unit, or no direct effect', () => {
    expect(measureEffectTexts(effects({ kind: 'estimate', kgCO2ePerYear: { min: 1240, max: 3720 }, per: null }), 'nl', nl).co2).toBe('1,2 ton CO2e – 3,7 ton CO2e per jaar');
    expect(measureEffectTexts(effects({ kind: 'typical', kgCO2ePerYear: { min: 400, max: 800 }, per: { nl: 'per auto', en: 'per car' } }), 'en', nl).co2).toBe('400 kg CO2e – 800 kg CO2e a year per car');
    expect(measureEffectTexts(effects(none), 'nl', nl).co2).toBe('geen direct CO2-effect');
  });

  it('writes a negative yearly saving as an extra cost, a range across zero as both, and leaves out 0 – 0', () => {
    expect(measureEffectTexts(effects(none, { yearlySavingEur: { min: -500, max: 0 } }), 'nl', nl).costs).toEqual(['kost tot € 500 per jaar extra']);
    expect(measureEffectTexts(effects(none, { yearlySavingEur: { min: -800, max: 400 } }), 'nl', nl).costs).toEqual(['van € 800 per jaar extra kosten tot € 400 per jaar besparing']);
    expect(measureEffectTexts(effects(none, { yearlySavingEur: { min: 100, max: 1000 } }), 'nl', nl).costs).toEqual(['bespaart € 100 – € 1.000 per jaar']);
    expect(measureEffectTexts(effects(none, { yearlySavingEur: { min: 0, max: 0 }, investmentEur: { min: 0, max: 0 } }), 'nl', nl).costs).toEqual([]);
    const all = measureEffectTexts(effects(none, { investmentEur: { min: 125, max: 1000 }, paybackYears: { min: 0.5, max: 5 } }), 'nl', nl).costs;
    expect(all).toEqual(['investering € 125 – € 1.000', 'terugverdientijd 0,5 – 5 jaar']);
    for (const t of all) expect(t).not.toMatch(/-\d/);
  });
});

describe('obligationLabel', () => {
  it('says obligatory with the EML and the payback, or a choice; printable without ≤', () => {
    expect(obligationLabel('obligatory', 5, 'nl')).toBe('verplicht (EML, terugverdientijd ≤ 5 jaar)');
    expect(obligationLabel('obligatory', 5, 'nl', true)).toBe('verplicht (EML, terugverdientijd 5 jaar of minder)');
    expect(obligationLabel('choice', 5, 'en')).toBe('choice');
  });
});
