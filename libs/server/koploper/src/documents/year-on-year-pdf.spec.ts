import { compareYears } from '@koers/calc-footprint-ghg';
import { createDoc, finish } from '@koers/server-documents';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { co2Unit, expectedAgainstMeasured, signedPercent, yearOnYearSection } from './year-on-year-pdf';

const y2024 = {
  year: 2024,
  factorSet: { id: 'co2emissiefactoren-nl-2024', title: 'CO2emissiefactoren.nl 2024' },
  totalKgCO2e: 30_000,
  scopes: { scope1: 16_000, scope2LocationBased: 14_000, scope2MarketBased: 12_000, scope3: 2_000 },
  themes: { energy: 26_000, mobility: 3_500, waste: 500, water: 0, materials: 0 },
};
const y2025 = {
  year: 2025,
  factorSet: { id: 'co2emissiefactoren-nl-2025', title: 'CO2emissiefactoren.nl 2025' },
  totalKgCO2e: 26_900,
  scopes: { scope1: 13_500, scope2LocationBased: 12_100, scope2MarketBased: 10_400, scope3: 3_000 },
  themes: { energy: 22_400, mobility: 4_100, waste: 400, water: 0, materials: 0 },
};

describe('the year-on-year effect in the profile PDF', () => {
  it('reads Dutch: one unit per set of figures, signed changes, decimal comma percentages', () => {
    expect(expectedAgainstMeasured({ count: 2, expectedKgCO2e: -4_200, measuredKgCO2e: -3_100 })).toBe('verwacht -4,2 t, gemeten -3,1 t CO2e');
    expect(expectedAgainstMeasured({ count: 1, expectedKgCO2e: -300, measuredKgCO2e: 1_250 })).toBe('verwacht -0,3 t, gemeten +1,3 t CO2e');
    expect(expectedAgainstMeasured({ count: 1, expectedKgCO2e: -300, measuredKgCO2e: -120 })).toBe('verwacht -300 kg, gemeten -120 kg CO2e');
    expect(co2Unit([30_000, 500]).format(500)).toBe('0,5');
    expect(signedPercent(-10.3)).toBe('-10,3%');
    expect(signedPercent(50)).toBe('+50,0%');
    expect(signedPercent(null)).toBe('-');
  });

  it('prints per scope and theme both years, the change, the factor sets and expected against measured', async () => {
    const doc = await createDoc({ title: 't', author: 'a', date: '2026-11-22' });
    yearOnYearSection(doc, compareYears(y2024, y2025, [2_500, 1_700]));
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await finish(doc))), { mergePages: true });
    for (const s of [
      'Verandering ten opzichte van 2024',
      '2024 (t CO2e)',
      'Scope 1 (eigen uitstoot) 16,0 13,5 -2,5 -15,6%',
      'Scope 2 (ingekochte energie) 12,0 10,4 -1,6 -13,3%',
      'Scope 3 (keten) 2,0 3,0 +1,0 +50,0%',
      'Thema Mobiliteit 3,5 4,1 +0,6 +17,1%',
      'Totaal (marktmethode) 30,0 26,9 -3,1 -10,3%',
      '2024 met CO2emissiefactoren.nl 2024, 2025 met CO2emissiefactoren.nl 2025',
      'Effect van de afgeronde maatregelen (2): verwacht -4,2 t, gemeten -3,1 t CO2e',
    ]) {
      expect(text.replace(/\s+/g, ' ')).toContain(s);
    }
  });
});
