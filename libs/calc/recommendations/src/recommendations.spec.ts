import { join } from 'node:path';
import { describeGolden, runCalculator, type ReferenceProvider } from '@koers/calc-sdk';
import { MEASURE_CATALOGUE, referenceData } from '@koers/reference-data';
import { describe, expect, it } from 'vitest';
import { profileRecommendations, type RecommendationsOutput } from './index';

const provider: ReferenceProvider = { get: (id) => referenceData.get(id) };

describeGolden(profileRecommendations, join(__dirname, '..', 'golden'), provider, { describe, it, expect });

const base = {
  organisation: { sbiCode: '62.01', sizeClass: 'medium' },
  footprint: { themes: { energy: 4000, mobility: 5000, waste: 500, water: 300, materials: 200 } },
};
function run(input: unknown): RecommendationsOutput {
  const r = runCalculator(profileRecommendations, input, provider);
  if (r.status !== 'ok') throw new Error(JSON.stringify(r));
  return r.output as RecommendationsOutput;
}

describe('profile.recommendations', () => {
  it('only recommends measures that fit the sector and size, and leaves out measures taken', () => {
    const out = run({ ...base, measuresTaken: ['mobility.eco-driving'] });
    const ids = out.recommendations.map((r) => r.measureId);
    expect(ids).not.toContain('mobility.eco-driving');
    expect(ids).not.toContain('energy.cold-store-doors'); // horeca/food/retail only; 62.01 is IT (section J)
    expect(ids).toContain('water.rainwater-use'); // medium and up
    const expected = MEASURE_CATALOGUE.measures.filter((m) => m.id !== 'mobility.eco-driving' && (m.sectors === 'all' || m.sectors.includes('J') || m.sectors.includes('62')) && m.sizeClasses.includes('medium'));
    expect([...ids].sort()).toEqual(expected.map((m) => m.id).sort());
  });

  it('puts the biggest footprint theme first and explains why in both languages', () => {
    const out = run(base);
    expect(out.recommendations[0]).toMatchObject({
      rank: 1, theme: 'mobility', relevance: 50, basis: 'footprint',
      reason: { nl: 'Mobiliteit is 50% van uw footprint', en: 'Mobility is 50% of your footprint' },
    });
    const relevances = out.recommendations.map((r) => r.relevance);
    expect(relevances).toEqual([...relevances].sort((a, b) => b - a));
    expect(out.recommendations.map((r) => r.rank)).toEqual(out.recommendations.map((_, i) => i + 1));
  });

  it('without an ISO 26000 scan, people measures fit but have no relevance', () => {
    const out = run(base);
    const csr = out.recommendations.find((r) => r.measureId === 'people.csr-vision')!;
    expect(csr).toMatchObject({ relevance: 0, basis: 'none', reason: { nl: 'Past bij uw sector en bedrijfsgrootte' } });
  });

  it('writes a decimal ISO score with a Dutch comma', () => {
    const out = run({ ...base, iso26000: { coreSubjects: [{ id: 'labour-practices', scorePercent: 12.5 }] } });
    const first = out.recommendations[0]!;
    expect(first).toMatchObject({ relevance: 87.5, basis: 'iso26000' });
    expect(first.reason).toEqual({ nl: 'Arbeidspraktijken scoort 12,5% in uw ISO 26000-scan', en: 'Labour practices scores 12.5% in your ISO 26000 scan' });
    expect(out.canImprove.at(-1)).toMatchObject({ kind: 'iso26000-subject', id: 'labour-practices', value: 12.5 });
  });

  it('does not depend on the order of measures taken or of core subjects', () => {
    const iso = [{ id: 'community', scorePercent: 40 }, { id: 'governance', scorePercent: 90 }, { id: 'labour-practices', scorePercent: 40 }];
    const taken = ['water.tap-aerators', 'energy.led-lighting', 'nope'];
    const a = run({ ...base, iso26000: { coreSubjects: iso }, measuresTaken: taken });
    const b = run({ ...base, iso26000: { coreSubjects: [...iso].reverse() }, measuresTaken: [...taken].reverse() });
    expect(a).toEqual(b);
    expect(a.unknownMeasuresTaken).toEqual(['nope']);
  });

  it('gives zero relevance and no hot spots for an empty footprint', () => {
    const out = run({ ...base, footprint: { themes: { energy: 0, mobility: 0, waste: 0, water: 0, materials: 0 } } });
    expect(out.canImprove).toEqual([]);
    expect(out.footprintShares).toEqual({ energy: 0, mobility: 0, waste: 0, water: 0, materials: 0 });
    expect(out.recommendations.every((r) => r.relevance === 0 && r.basis === 'none')).toBe(true);
  });

  it('accepts the full footprint.ghg and iso26000.scan outputs (extra fields ignored)', () => {
    const out = run({
      ...base,
      footprint: { plugin: { id: 'footprint.ghg', version: '1.0.0' }, totalKgCO2e: 10000, scopes: { scope1: 1, scope2LocationBased: 1, scope2MarketBased: 1, scope3: 1 }, themes: base.footprint.themes, lines: [] },
      iso26000: { overallPercent: 50, complete: false, coreSubjects: [{ id: 'environment', name: { nl: 'x', en: 'x' }, scorePercent: 50, issues: 4, answered: 4, notRelevant: 0, missing: [] }] },
      limit: 3,
    });
    expect(out.recommendations).toHaveLength(3);
  });

  it('refuses to read reference data it did not declare', () => {
    expect(profileRecommendations.referenceData).toEqual(['measures.catalogue.v1', 'iso26000.structure']);
  });
});
