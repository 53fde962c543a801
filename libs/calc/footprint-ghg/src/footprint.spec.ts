import { join } from 'node:path';
import { describeGolden, runCalculator, type ReferenceProvider } from '@koers/calc-sdk';
import { referenceData } from '@koers/reference-data';
import { describe, expect, it } from 'vitest';
import { footprintGhg } from './footprint';
import { round } from './round';

const provider: ReferenceProvider = { get: (id) => referenceData.get(id) };

describeGolden(footprintGhg, join(__dirname, '..', 'golden'), provider, { describe, it, expect });

describe('footprint.ghg', () => {
  it('reports an unknown factor set as a failure naming it', () => {
    const r = runCalculator(footprintGhg, { year: 2024, factorSet: 'co2emissiefactoren-nl-1999', activities: [] }, provider);
    expect(r).toEqual({ status: 'failed', error: 'unknown reference data "co2emissiefactoren-nl-1999"' });
  });

  it('fails clearly for a year before any set', () => {
    const r = runCalculator(footprintGhg, { year: 2019, activities: [] }, provider);
    expect(r.status === 'failed' && r.error).toMatch(/no emission-factor set is valid for 2019/);
  });

  it('refuses non-finite amounts', () => {
    const r = runCalculator(footprintGhg, { year: 2024, activities: [{ type: 'water', amount: Infinity, unit: 'm3' }] }, provider);
    expect(r.status === 'invalid-input' && r.issues.map((i) => i.path)).toEqual(['activities.0.amount']);
  });

  it('keeps wtw = direct + upstream per line and the GHG view total equal to the Dutch total', () => {
    const r = runCalculator(
      footprintGhg,
      {
        year: 2025,
        activities: [
          { type: 'electricity', amount: 1234.567, unit: 'kWh', contract: 'unknown' },
          { type: 'lpg', amount: 77.7, unit: 'l' },
          { type: 'car_km', amount: 999, unit: 'km', fuel: 'lpg', purpose: 'business' },
          { type: 'flight_km', amount: 8000, unit: 'km', haul: 'long' },
        ],
      },
      provider,
    );
    if (r.status !== 'ok') throw new Error(JSON.stringify(r));
    const out = r.output as { totalKgCO2e: number; ghgProtocolView: { totalKgCO2e: number }; lines: { kgCO2e: number; directKgCO2e: number; upstreamKgCO2e: number }[] };
    for (const l of out.lines) expect(round(l.directKgCO2e + l.upstreamKgCO2e)).toBe(l.kgCO2e);
    expect(out.ghgProtocolView.totalKgCO2e).toBe(out.totalKgCO2e);
  });

  it('refuses a previous year that is not before the reporting year', () => {
    const r = runCalculator(footprintGhg, { year: 2024, previous: { year: 2024, totalKgCO2e: 1 }, activities: [] }, provider);
    expect(r).toEqual({ status: 'invalid-input', issues: [{ path: 'previous.year', message: 'previous year must be before 2024' }] });
  });

  it('location-based electricity takes the grid mix where the set has it, and the grey factor in the 2024 and 2025 sets, which have none', () => {
    const location = (year: number) => {
      const r = runCalculator(footprintGhg, { year, activities: [{ type: 'electricity', amount: 1000, unit: 'kWh', contract: 'green-nl' }] }, provider);
      if (r.status !== 'ok') throw new Error(JSON.stringify(r));
      return (r.output as { lines: { locationBased: { factorKey: string; kgCO2e: number } }[] }).lines[0]!.locationBased;
    };
    expect(location(2026)).toMatchObject({ factorKey: 'electricity.grid-mix', kgCO2e: 244 });
    expect(location(2025)).toMatchObject({ factorKey: 'electricity.grey', kgCO2e: 498 });
    expect(location(2024)).toMatchObject({ factorKey: 'electricity.grey', kgCO2e: 536 });
  });

  it('computes the new activity types with the 2024 and 2025 sets too (a baseline of last year)', () => {
    for (const year of [2024, 2025]) {
      const r = runCalculator(
        footprintGhg,
        { year, activities: [{ type: 'refrigerant', amount: 1, unit: 'kg', refrigerant: 'R32' }, { type: 'green_gas', amount: 100, unit: 'm3' }, { type: 'solar_production', amount: 5000, unit: 'kWh' }] },
        provider,
      );
      expect(r.status === 'ok' && (r.output as { totalKgCO2e: number }).totalKgCO2e, String(year)).toBe(771 + 30.5);
    }
  });

  it('refuses a refrigerant, freight mode or purpose it has no factor for, naming the field', () => {
    const r = runCalculator(
      footprintGhg,
      {
        year: 2026,
        activities: [
          { type: 'refrigerant', amount: 1, unit: 'kg', refrigerant: 'R22' },
          { type: 'freight_tkm', amount: 1, unit: 'tkm', mode: 'truck' },
          { type: 'bus_km', amount: 1, unit: 'km' },
          { type: 'propane', amount: 1, unit: 'm3' },
        ],
      },
      provider,
    );
    expect(r.status === 'invalid-input' && r.issues.map((i) => i.path)).toEqual(['activities.0.refrigerant', 'activities.1.mode', 'activities.2.purpose', 'activities.3.unit']);
  });

  it('refuses a material or declared freight without its factor, source or year, naming the field; the van takes the list\'s factor only', () => {
    const factor = { kgCO2ePerUnit: 1.2, source: 'EPD leverancier', year: 2025 };
    const r = runCalculator(
      footprintGhg,
      {
        year: 2026,
        activities: [
          { type: 'material', amount: 100, unit: 'kg', material: 'paper' },
          { type: 'material', amount: 100, unit: 'kg', material: 'paper', factor: { ...factor, source: '   ' } },
          { type: 'material', amount: 100, unit: 'kg', material: 'paper', factor: { kgCO2ePerUnit: 1.2, source: 'EPD' } },
          { type: 'material', amount: 100, unit: 'kg', material: 'paper', factor: { ...factor, kgCO2ePerUnit: 0 } },
          { type: 'material', amount: 100, unit: 'm3', material: 'gold', factor },
          { type: 'freight_tkm', amount: 1, unit: 'tkm', mode: 'rail' },
          { type: 'freight_tkm', amount: 1, unit: 'tkm', mode: 'road-van', factor },
        ],
      },
      provider,
    );
    expect(r.status === 'invalid-input' && r.issues.map((i) => i.path)).toEqual([
      'activities.0.factor',
      'activities.1.factor.source',
      'activities.2.factor.year',
      'activities.3.factor.kgCO2ePerUnit',
      'activities.4.unit',
      'activities.4.material',
      'activities.5.factor',
      'activities.6.factor',
    ]);
  });

  it('computes materials and declared freight with the 2024 and 2025 sets too, the line naming the declared source', () => {
    for (const year of [2024, 2025]) {
      const r = runCalculator(
        footprintGhg,
        {
          year,
          activities: [
            { type: 'material', amount: 0.5, unit: 't', material: 'aluminium', factor: { kgCO2ePerUnit: 8.6, source: 'EPD profielen', year: 2022 } },
            { type: 'freight_tkm', amount: 5000, unit: 'tkm', mode: 'inland-ship', factor: { kgCO2ePerUnit: 0.031, source: 'rederij', year: 2024 } },
          ],
        },
        provider,
      );
      if (r.status !== 'ok') throw new Error(JSON.stringify(r));
      const out = r.output as { themes: { materials: number; mobility: number }; lines: { factorSource: string }[] };
      expect(out.themes, String(year)).toMatchObject({ materials: 4300, mobility: 155 });
      expect(out.lines[0]!.factorSource).toMatch(/^EPD profielen \(2022\); niet op de lijst CO2emissiefactoren\.nl/);
    }
  });

  it('is deterministic', () => {
    const input = { year: 2024, activities: [{ type: 'natural_gas', amount: 1, unit: 'm3' }] };
    expect(runCalculator(footprintGhg, input, provider)).toEqual(runCalculator(footprintGhg, input, provider));
  });
});

describe('round', () => {
  it('rounds half away from zero despite float noise', () => {
    expect(round(1.0005)).toBe(1.001);
    expect(round(-1.0005)).toBe(-1.001);
    expect(round(2.3449999)).toBe(2.345);
    expect(round(-0.0001)).toBe(0);
    expect(round(-6.80769, 1)).toBe(-6.8);
  });
});
