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
    // so stored results stay reproducible; only add a hash for a brand-new set, or after an amendment
    // the set records in `amendments` (a NOT VERIFIED placeholder replaced, a missing factor added).
    expect(recorded, `no recorded hash for ${id}: add "${id}": "${sha256(set)}" to published-factor-sets.sha256.json`).toBeDefined();
    expect(sha256(set)).toBe(recorded);
  });

  it('adding the declared entries (2026-12-04) changed nothing else: without them each set hashes as it was pinned before', () => {
    const before: Record<string, string> = {
      'co2emissiefactoren-nl-2024': '90f7bb9576fad1dfa9cc19ab33f293785cc0f208de833065f28cb3fb3afa9ccf',
      'co2emissiefactoren-nl-2025': 'e261c3647330e364f505f425aed9623f0148070a542dd777bdab83a4392badb0',
      'co2emissiefactoren-nl-2026': '6774f8d22fae1fa3296b23d87a5f44532d226a5489124c9a0b7786c14f602a7f',
    };
    for (const set of emissionFactorSets) {
      const { declared: _declared, amendments, ...rest } = set;
      const earlier = (amendments ?? []).filter((a) => a.date !== '2026-12-04');
      expect(sha256(earlier.length ? { ...rest, amendments: earlier } : rest), set.id).toBe(before[set.id]);
    }
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

  it('marks NOT VERIFIED only what the 2026 list has no line for (organic waste, drinking water)', () => {
    for (const set of emissionFactorSets) {
      const marked = Object.entries(set.factors).filter(([, f]) => `${f.source} ${f.note ?? ''}`.includes('NOT VERIFIED')).map(([k]) => k);
      // "replaces the NOT VERIFIED placeholder" in an amended note names what was there, it is not a mark.
      const open = marked.filter((k) => !set.factors[k]!.note!.startsWith('Amended'));
      expect(open.sort(), set.id).toEqual(['waste.organic', 'water']);
    }
  });

  it('an amended factor is in a set that records its amendments', () => {
    for (const set of emissionFactorSets) {
      const amended = Object.values(set.factors).filter((f) => /^(Amended|Added) \d{4}-\d{2}-\d{2}/.test(f.note ?? ''));
      if (amended.length) expect(set.amendments?.length, set.id).toBeGreaterThan(0);
    }
    const set2024 = getFactorSet('co2emissiefactoren-nl-2024')!;
    expect(set2024.factors['waste.residual']).toMatchObject({ kgCO2ePerUnit: 0.038, source: expect.stringContaining('lijst 2026') });
    expect(set2024.factors['waste.residual']!.note).toContain('replaces the NOT VERIFIED placeholder 0.4');
    expect(set2024.factors['district_heat']).toMatchObject({ kgCO2ePerUnit: 40.45, ttwKgCO2ePerUnit: 34.31 });
    // What was read from the 2024 list stays as it was.
    expect(set2024.factors['electricity.grey']).toMatchObject({ kgCO2ePerUnit: 0.536, source: expect.stringContaining('januari 2024') });
  });

  it('the sets share their keys, so an activity type works in every year', () => {
    const keys = (id: string) => Object.keys(getFactorSet(id)!.factors).sort();
    // The 2026 list adds the grid mix (location-based electricity) as a line of its own.
    expect(keys('co2emissiefactoren-nl-2026')).toEqual([...keys('co2emissiefactoren-nl-2024'), 'electricity.grid-mix'].sort());
    expect(keys('co2emissiefactoren-nl-2025')).toEqual(keys('co2emissiefactoren-nl-2024'));
  });

  it('every set records, for what the list has no factor for (materials bought, rail and inland-ship freight), that the factor comes from the user\'s declared source', () => {
    for (const set of emissionFactorSets) {
      expect(Object.keys(set.declared ?? {}).sort(), set.id).toEqual(['freight.inland-ship', 'freight.rail', 'material']);
      for (const [key, d] of Object.entries(set.declared ?? {})) {
        expect(d.source, key).toMatch(/^niet op de lijst CO2emissiefactoren\.nl; factor opgegeven door de gebruiker uit de genoemde bron/);
        expect(d.note, key).toMatch(/^Not a line of the CO2emissiefactoren\.nl lists/);
        // A declared key never shadows a factor of the list.
        expect(set.factors[key], key).toBeUndefined();
      }
      expect(set.declared!['material']!.unit).toBe('kg');
      expect(set.declared!['freight.rail']!.unit).toBe('tkm');
      expect(set.amendments?.map((a) => a.what).join(' '), set.id).toContain('declared entries of footprint.ghg 1.2.0');
    }
  });

  it('ids are unique', () => {
    expect(new Set(emissionFactorSets.map((s) => s.id)).size).toBe(emissionFactorSets.length);
  });
});

describe('the 2026 list', () => {
  const f = (key: string) => getFactorSet('co2emissiefactoren-nl-2026')!.factors[key]!;
  // The worked checks printed with the list (WTW, kg CO2e).
  it.each([
    ['electricity.grey', 10_000, 4830],
    ['electricity.grid-mix', 10_000, 2440],
    ['natural_gas', 5000, 10_670],
    ['diesel', 1000, 3251],
    ['district_heat', 100, 4045],
    ['car.unknown', 10_000, 1900],
    ['waste.residual', 12_000, 456],
  ] as const)('%s: %d units give %d kg', (key, amount, kg) => {
    expect(Math.round(amount * f(key).kgCO2ePerUnit * 1000) / 1000).toBe(kg);
  });

  it('natural gas splits into TTW 8,895 and WTT 1,775 kg for 5,000 Nm³', () => {
    expect(Math.round(5000 * f('natural_gas').ttwKgCO2ePerUnit)).toBe(8895);
    expect(Math.round(5000 * (f('natural_gas').kgCO2ePerUnit - f('natural_gas').ttwKgCO2ePerUnit))).toBe(1775);
  });

  it('names the source of every factor that is not a line of the list', () => {
    for (const [key, factor] of Object.entries(getFactorSet('co2emissiefactoren-nl-2026')!.factors)) {
      if (!factor.source.startsWith('CO2emissiefactoren.nl, lijst 2026')) expect(factor.note, key).toMatch(/Not a line of the CO2emissiefactoren.nl 2026 list/);
    }
  });
});

describe('choosing a set', () => {
  it('picks the newest set valid for the year or earlier', () => {
    expect(newestFactorSetForYear(2024)?.id).toBe('co2emissiefactoren-nl-2024');
    expect(newestFactorSetForYear(2025)?.id).toBe('co2emissiefactoren-nl-2025');
    expect(newestFactorSetForYear(2026)?.id).toBe('co2emissiefactoren-nl-2026');
    expect(newestFactorSetForYear(2031)?.id).toBe('co2emissiefactoren-nl-2026');
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
