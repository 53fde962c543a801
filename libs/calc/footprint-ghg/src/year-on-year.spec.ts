import { describe, expect, it } from 'vitest';
import { compareYears } from './year-on-year';

/** Two years of a bakery, figures chosen so every change can be checked by hand. */
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

describe('the year-on-year effect', () => {
  it('gives the change per scope (scope 2 market-based) and theme in kg and percent, by hand', () => {
    const c = compareYears(y2024, y2025, [2_500, 1_700]);
    expect(c.baselineYear).toBe(2024);
    expect(c.year).toBe(2025);
    // 26.900 - 30.000 = -3.100; -3.100 / 30.000 = -10,333...%
    expect(c.total).toEqual({ baselineKgCO2e: 30_000, currentKgCO2e: 26_900, changeKgCO2e: -3_100, changePercent: -10.3 });
    // 13.500 - 16.000 = -2.500 (-15,625%); 10.400 - 12.000 = -1.600 (-13,333%); 3.000 - 2.000 = +1.000 (+50%)
    expect(c.scopes.scope1).toEqual({ baselineKgCO2e: 16_000, currentKgCO2e: 13_500, changeKgCO2e: -2_500, changePercent: -15.6 });
    expect(c.scopes.scope2).toEqual({ baselineKgCO2e: 12_000, currentKgCO2e: 10_400, changeKgCO2e: -1_600, changePercent: -13.3 });
    expect(c.scopes.scope3).toEqual({ baselineKgCO2e: 2_000, currentKgCO2e: 3_000, changeKgCO2e: 1_000, changePercent: 50 });
    // energy -3.600 of 26.000 (-13,846%); mobility +600 of 3.500 (+17,142%); waste -100 of 500 (-20%); water and materials 0 -> no percent
    expect(c.themes.energy).toEqual({ baselineKgCO2e: 26_000, currentKgCO2e: 22_400, changeKgCO2e: -3_600, changePercent: -13.8 });
    expect(c.themes.mobility).toEqual({ baselineKgCO2e: 3_500, currentKgCO2e: 4_100, changeKgCO2e: 600, changePercent: 17.1 });
    expect(c.themes.waste).toEqual({ baselineKgCO2e: 500, currentKgCO2e: 400, changeKgCO2e: -100, changePercent: -20 });
    expect(c.themes.water).toEqual({ baselineKgCO2e: 0, currentKgCO2e: 0, changeKgCO2e: 0, changePercent: null });
    expect(c.themes.materials.changePercent).toBeNull();
    // Scopes and themes each add up to the total change.
    expect(c.scopes.scope1.changeKgCO2e + c.scopes.scope2.changeKgCO2e + c.scopes.scope3.changeKgCO2e).toBe(c.total.changeKgCO2e);
    expect(Object.values(c.themes).reduce((a, t) => a + t.changeKgCO2e, 0)).toBe(c.total.changeKgCO2e);
  });

  it('names the factor set of each year', () => {
    expect(compareYears(y2024, y2025).factorSets).toEqual({
      baseline: { id: 'co2emissiefactoren-nl-2024', title: 'CO2emissiefactoren.nl 2024' },
      current: { id: 'co2emissiefactoren-nl-2025', title: 'CO2emissiefactoren.nl 2025' },
    });
  });

  it('sets the effect expected from the measures marked done against the change measured: expected -4.200, measured -3.100', () => {
    expect(compareYears(y2024, y2025, [2_500, 1_700]).measures).toEqual({ count: 2, expectedKgCO2e: -4_200, measuredKgCO2e: -3_100 });
    // Measures without an expected effect do not count; none at all gives no comparison.
    expect(compareYears(y2024, y2025, [0, 300.25]).measures).toEqual({ count: 1, expectedKgCO2e: -300.25, measuredKgCO2e: -3_100 });
    expect(compareYears(y2024, y2025, []).measures).toBeNull();
    expect(compareYears(y2024, y2025, [0]).measures).toBeNull();
  });

  it('a grown footprint reads as a positive change; the baseline must be the earlier year', () => {
    const c = compareYears({ ...y2025, year: 2023 }, { ...y2024, year: 2026 });
    expect(c.total).toEqual({ baselineKgCO2e: 26_900, currentKgCO2e: 30_000, changeKgCO2e: 3_100, changePercent: 11.5 });
    expect(() => compareYears(y2025, y2024)).toThrow('the baseline year 2025 must be before 2024');
    expect(() => compareYears(y2024, y2024)).toThrow(RangeError);
  });
});
