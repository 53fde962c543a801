import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import published from './published-factor-sets.sha256.json';
import { emissionFactorSetIndex, emissionFactorSets, getFactorSet, newestFactorSetForYear, selectNewestForYear } from './registry';

// Local canonical JSON (sorted keys): reference-data is a domain lib and may not import the calc SDK.
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}
const sha256 = (v: unknown) => createHash('sha256').update(canonical(v)).digest('hex');

const REQUIRED_KEYS = [
  'electricity.grey', 'electricity.green-nl', 'electricity.green-eu', 'electricity.unknown', 'natural_gas', 'district_heat',
  'diesel', 'petrol', 'lpg', 'car.petrol', 'car.diesel', 'car.lpg', 'car.electric', 'car.unknown', 'train',
  'flight.short', 'flight.medium', 'flight.long', 'waste.residual', 'waste.paper', 'waste.plastic', 'waste.organic',
  'waste.glass', 'waste.wood', 'water',
];

describe('published emission-factor sets are immutable', () => {
  it.each(emissionFactorSets.map((s) => [s.id, s] as const))('%s matches its recorded hash', (id, set) => {
    const recorded = (published as Record<string, string>)[id];
    // A failure here means a published set was edited in place. Put new values in a NEW set (new id)
    // so stored results stay reproducible; only add a hash for a brand-new set.
    expect(recorded, `no recorded hash for ${id}: add "${id}": "${sha256(set)}" to published-factor-sets.sha256.json`).toBeDefined();
    expect(sha256(set)).toBe(recorded);
  });

  it('every recorded hash still has its set (published sets are never removed)', () => {
    expect(Object.keys(published).sort()).toEqual(emissionFactorSets.map((s) => s.id).sort());
  });

  it('sets are deep-frozen at runtime', () => {
    const set = getFactorSet('co2emissiefactoren-nl-2024')!;
    expect(Object.isFrozen(set)).toBe(true);
    expect(Object.isFrozen(set.factors)).toBe(true);
    expect(Object.isFrozen(set.factors['natural_gas'])).toBe(true);
    expect(() => {
      (set.factors['natural_gas'] as { kgCO2ePerUnit: number }).kgCO2ePerUnit = 1;
    }).toThrow(TypeError);
    expect(set.factors['natural_gas']!.kgCO2ePerUnit).toBe(2.134);
  });
});

describe('factor set content', () => {
  it.each(emissionFactorSets.map((s) => [s.id, s] as const))('%s is complete and sane', (_id, set) => {
    expect(set.basis).toBe('well-to-wheel');
    expect(set.sourceUrl).toMatch(/^https:\/\//);
    expect(set.published).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    for (const key of REQUIRED_KEYS) expect(set.factors[key], key).toBeDefined();
    for (const [key, f] of Object.entries(set.factors)) {
      expect(f.kgCO2ePerUnit, key).toBeGreaterThanOrEqual(f.ttwKgCO2ePerUnit);
      expect(f.ttwKgCO2ePerUnit, key).toBeGreaterThanOrEqual(0);
      expect(f.source, key).not.toBe('');
    }
  });

  it('ids are unique', () => {
    expect(new Set(emissionFactorSets.map((s) => s.id)).size).toBe(emissionFactorSets.length);
  });
});

describe('choosing a set', () => {
  it('picks the newest set valid for the year or earlier', () => {
    expect(newestFactorSetForYear(2024)?.id).toBe('co2emissiefactoren-nl-2024');
    expect(newestFactorSetForYear(2025)?.id).toBe('co2emissiefactoren-nl-2025');
    expect(newestFactorSetForYear(2031)?.id).toBe('co2emissiefactoren-nl-2025');
    expect(newestFactorSetForYear(2023)).toBeUndefined();
  });

  it('orders by publication date, not by list order', () => {
    const sets = [
      { id: 'b', title: 'b', published: '2025-02-01', validFromYear: 2025 },
      { id: 'a', title: 'a', published: '2025-06', validFromYear: 2025 },
      { id: 'future', title: 'f', published: '2026-01-10', validFromYear: 2026 },
    ];
    expect(selectNewestForYear(sets, 2025)?.id).toBe('a');
    expect(selectNewestForYear(sets, 2026)?.id).toBe('future');
  });

  it('the index summarises every set', () => {
    expect(emissionFactorSetIndex.map((s) => s.id)).toEqual(emissionFactorSets.map((s) => s.id));
  });
});
