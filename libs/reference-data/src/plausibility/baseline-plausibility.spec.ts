import { describe, expect, it } from 'vitest';
import { BASELINE_PLAUSIBILITY, checkBaselinePlausibility } from './baseline-plausibility';

const ids = (input: Parameters<typeof checkBaselinePlausibility>[0]) => checkBaselinePlausibility(input).map((f) => `${f.ruleId} ${f.value}`);

describe('baseline plausibility', () => {
  it('every rule has its justification in both languages and says whether its bounds are sourced', () => {
    for (const r of BASELINE_PLAUSIBILITY.rules) {
      expect(r.justification.nl.length).toBeGreaterThan(40);
      expect(r.justification.en.length).toBeGreaterThan(40);
      expect(typeof r.sourced).toBe('boolean');
      if (r.range) expect(r.range.min).toBeLessThan(r.range.max);
    }
  });

  it('a bakery with usual figures raises nothing', () => {
    expect(ids({ organisation: { employees: 12, floorAreaM2: 450 }, activities: [
      { type: 'natural_gas', amount: 8500, unit: 'm3' }, { type: 'electricity', amount: 42000, unit: 'kWh' },
    ] })).toEqual([]);
  });

  it('gas per m² far above the usual (85.000 m³ on 450 m², a zero too many) warns with its figure', () => {
    expect(ids({ organisation: { floorAreaM2: 450 }, activities: [{ type: 'natural_gas', amount: 85000, unit: 'm3' }] })).toEqual(['gas-per-m2 188.9']);
  });

  it('electricity per fte reads MWh as 1.000 kWh; far below the usual warns', () => {
    expect(ids({ organisation: { employees: 12 }, activities: [{ type: 'electricity', amount: 42, unit: 'MWh' }] })).toEqual([]);
    expect(ids({ organisation: { employees: 12 }, activities: [{ type: 'electricity', amount: 2400, unit: 'kWh' }] })).toEqual(['electricity-per-fte 200']);
  });

  it('nothing at all while there are employees warns; without employees it does not', () => {
    expect(ids({ organisation: { employees: 3 }, activities: [] })).toEqual(['nothing-with-employees 3']);
    expect(ids({ organisation: { employees: 3 }, activities: [{ type: 'electricity', amount: 0, unit: 'kWh' }] })).toEqual(['nothing-with-employees 3']);
    expect(ids({ activities: [] })).toEqual([]);
  });

  it('checks only what the baseline has: no floor area, no gas rule', () => {
    expect(ids({ organisation: { employees: 5 }, activities: [{ type: 'natural_gas', amount: 999999, unit: 'm3' }, { type: 'electricity', amount: 10000, unit: 'kWh' }] })).toEqual([]);
  });
});
