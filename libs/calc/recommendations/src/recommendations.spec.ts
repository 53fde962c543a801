import { join } from 'node:path';
import { describeGolden, runCalculator, type ReferenceProvider } from '@koers/calc-sdk';
import { ENERGY_SAVING_DUTY, ISO26000_STRUCTURE, MEASURE_CATALOGUE, referenceData, type EnergySavingDuty, type MeasureCatalogue } from '@koers/reference-data';
import { describe, expect, it } from 'vitest';
import { assessEnergySavingDuty, computeRecommendations, profileRecommendations, recommendationsInputSchema, type RecommendationsOutput } from './index';

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
    expect(profileRecommendations.referenceData).toEqual(['measures.catalogue.v1', 'iso26000.structure', 'energy-saving-duty.nl.v1']);
  });
});

// ---------------------------------------------------------------- recommendations that fit the data (issue 15 item 4)

const electricity = (kWh: number, factorKey: string, kgCO2e: number) => ({ type: 'electricity', amount: kWh, unit: 'kWh', factorKey, kgCO2e });
const gas = (m3: number) => ({ type: 'natural_gas', amount: m3, unit: 'm3', factorKey: 'natural_gas', kgCO2e: m3 * 2.134 });
const bakery = (power: ReturnType<typeof electricity>, water = 0) => ({
  organisation: { sbiCode: '10.71', sizeClass: 'small' },
  footprint: {
    themes: { energy: power.kgCO2e + 20_000 * 2.134, mobility: 3000, waste: 500, water, materials: 0 },
    lines: [power, gas(20_000), { type: 'diesel', amount: 900, unit: 'l', factorKey: 'diesel', kgCO2e: 3000 }, ...(water ? [{ type: 'water', amount: 300, unit: 'm3', factorKey: 'water', kgCO2e: water }] : [])],
  },
});
const ids = (o: RecommendationsOutput) => o.recommendations.map((r) => r.measureId);

describe('recommendations that fit the data', () => {
  it('gives a company on Dutch green power no green-power advice, and credits it instead', () => {
    const green = run(bakery(electricity(42_000, 'electricity.green-nl', 0)));
    expect(ids(green)).not.toContain('energy.green-electricity');
    expect(green.goingWell[0]).toMatchObject({ kind: 'baseline', id: 'green-electricity', text: { nl: 'Al uw stroom (42.000 kWh) is groene stroom met Nederlandse garanties van oorsprong' } });
    // The same bakery on grey power is advised to switch, with its own electricity's kg as the effect.
    const grey = run(bakery(electricity(42_000, 'electricity.grey', 20_286)));
    const advice = grey.recommendations.find((r) => r.measureId === 'energy.green-electricity');
    expect(advice?.co2Effect).toEqual({ kind: 'estimate', kgCO2ePerYear: { min: 20_286, max: 20_286 }, per: null });
    expect(grey.goingWell.some((g) => g.id === 'green-electricity')).toBe(false);
  });

  it('gives a theme with zero emissions no measures', () => {
    const dry = run(bakery(electricity(42_000, 'electricity.grey', 20_286)));
    expect(dry.footprintShares.water).toBe(0);
    expect(ids(dry).filter((id) => id.startsWith('water.'))).toEqual([]);
    const wet = run(bakery(electricity(42_000, 'electricity.grey', 20_286), 450));
    expect(ids(wet).filter((id) => id.startsWith('water.')).length).toBeGreaterThan(0);
    // Without lines too: only the theme totals decide.
    const themesOnly = run({ ...base, footprint: { themes: { ...base.footprint.themes, water: 0, waste: 0 } } });
    expect(ids(themesOnly).filter((id) => id.startsWith('water.') || id.startsWith('waste.'))).toEqual([]);
  });

  it('never gives a zero-zero CO2 range, and says per what a typical figure counts', () => {
    const inputs = [bakery(electricity(42_000, 'electricity.green-nl', 0)), bakery(electricity(5, 'electricity.grey', 2.4), 3), base, { ...base, footprint: { themes: { energy: 1, mobility: 1, waste: 1, water: 1, materials: 0 } } }];
    for (const input of inputs) {
      for (const r of run(input).recommendations) {
        const e = r.co2Effect;
        if (e.kind === 'none') expect(e.kgCO2ePerYear, r.measureId).toBeNull();
        else expect(e.kgCO2ePerYear!.max, r.measureId).toBeGreaterThan(0);
        if (r.estimatedKgCO2ePerYear) expect(r.estimatedKgCO2ePerYear.max, r.measureId).toBeGreaterThan(0);
        if (e.kind === 'typical') expect(e.per?.nl, r.measureId).toMatch(/^per /);
      }
    }
  });

  it('leaves out what acts on a source the baseline does not have, and what it shows is done', () => {
    const out = run({
      ...bakery(electricity(42_000, 'electricity.grey', 20_286)),
      footprint: {
        ...bakery(electricity(42_000, 'electricity.grey', 20_286)).footprint,
        lines: [...bakery(electricity(42_000, 'electricity.grey', 20_286)).footprint.lines, { type: 'solar_production', amount: 8000, unit: 'kWh', factorKey: 'electricity.own-solar', kgCO2e: 0 }, { type: 'waste', amount: 800, unit: 'kg', factorKey: 'waste.paper', kgCO2e: 5.6 }],
      },
    });
    expect(ids(out)).not.toContain('energy.solar-pv');
    expect(ids(out)).not.toContain('waste.separate-paper');
    expect(ids(out)).not.toContain('mobility.no-short-flights'); // no flights
    expect(ids(out)).not.toContain('mobility.bike-commuting'); // no car kilometres
    expect(out.goingWell.find((g) => g.id === 'own-solar')?.text.nl).toBe('U wekt zelf 8.000 kWh zonnestroom op');
  });
});

// ---------------------------------------------------------------- the energy-saving duty (issue 15 item 6)

describe('the energy-saving duty', () => {
  const assess = (lines: { type: string; amount: number; unit: string }[]) => assessEnergySavingDuty(lines, ENERGY_SAVING_DUTY);

  it('does not apply at 49.999 kWh and 24.000 m³; applies at 50.000 kWh or 25.000 m³', () => {
    const below = assess([{ type: 'electricity', amount: 49_999, unit: 'kWh' }, { type: 'natural_gas', amount: 24_000, unit: 'm3' }]);
    expect(below).toMatchObject({ applies: false, electricityKWh: 49_999, gasM3Equivalent: 24_000, reachedBy: [] });
    expect(below.summary.nl).toMatch(/^Valt niet onder de energiebesparingsplicht: 49\.999 kWh elektriciteit en 24\.000 m³/);
    expect(assess([{ type: 'electricity', amount: 50_000, unit: 'kWh' }, { type: 'natural_gas', amount: 24_000, unit: 'm3' }])).toMatchObject({ applies: true, reachedBy: ['electricity'] });
    expect(assess([{ type: 'electricity', amount: 50, unit: 'MWh' }])).toMatchObject({ applies: true, electricityKWh: 50_000 });
    expect(assess([{ type: 'natural_gas', amount: 25_000, unit: 'm3' }])).toMatchObject({ applies: true, reachedBy: ['gas'] });
  });

  it('counts other fuels in m³ natural gas equivalent by the reference data, and transport fuel not at all', () => {
    const heat = assess([{ type: 'natural_gas', amount: 20_000, unit: 'm3' }, { type: 'propane', amount: 7000, unit: 'l' }, { type: 'diesel', amount: 90_000, unit: 'l' }]);
    expect(heat.gasM3Equivalent).toBe(Math.round(20_000 + 7000 * 0.741));
    expect(heat).toMatchObject({ applies: true, derivedConversions: ['propane'] });
    expect(assess([{ type: 'diesel', amount: 90_000, unit: 'l' }, { type: 'petrol', amount: 90_000, unit: 'l' }]).applies).toBe(false);
  });

  it('marks a measure on the EML with a 4-year payback obligatory for a company under the duty, and a choice below it', () => {
    const measure = { ...MEASURE_CATALOGUE.measures.find((m) => m.id === 'energy.led-lighting')!, id: 'energy.test-eml', costEffect: { paybackYears: { min: 4, max: 4 }, basis: 'test' } };
    const off = { ...measure, id: 'energy.test-not-eml' };
    const catalogue: MeasureCatalogue = { id: 'test', title: 'test', published: '2026-12', measures: [measure, off] };
    const duty: EnergySavingDuty = { ...ENERGY_SAVING_DUTY, emlMarkings: [{ ...ENERGY_SAVING_DUTY.emlMarkings[0]!, measureId: 'energy.test-eml' }] };
    const input = (kWh: number) =>
      recommendationsInputSchema.parse({ organisation: { sbiCode: '62.01', sizeClass: 'small' }, footprint: { themes: { energy: kWh * 0.483, mobility: 0, waste: 0, water: 0, materials: 0 }, lines: [electricity(kWh, 'electricity.grey', kWh * 0.483)] } });
    const under = computeRecommendations(input(50_000), catalogue, ISO26000_STRUCTURE, duty);
    expect(under.energySavingDuty?.applies).toBe(true);
    expect(under.recommendations.find((r) => r.measureId === 'energy.test-eml')).toMatchObject({ obligation: 'obligatory', eml: { part: 'buildings', verified: false }, costEffect: { paybackYears: { min: 4, max: 4 } } });
    expect(under.recommendations.find((r) => r.measureId === 'energy.test-not-eml')).toMatchObject({ obligation: 'choice', eml: null });
    const below = computeRecommendations(input(49_999), catalogue, ISO26000_STRUCTURE, duty);
    expect(below.recommendations.find((r) => r.measureId === 'energy.test-eml')).toMatchObject({ obligation: 'choice', eml: { part: 'buildings' } });
  });

  it('is unknown (null) without the footprint lines', () => {
    expect(run(base).energySavingDuty).toBeNull();
  });

  it('names only catalogue measures on the EML, each with its part and edition, and says none is verified yet', () => {
    const known = new Set(MEASURE_CATALOGUE.measures.map((m) => m.id));
    for (const e of ENERGY_SAVING_DUTY.emlMarkings) {
      expect(known.has(e.measureId), e.measureId).toBe(true);
      expect(['buildings', 'facilities', 'processes']).toContain(e.part);
      expect(e.edition).toMatch(/EML 2023/);
    }
    expect(ENERGY_SAVING_DUTY.emlMarkings.filter((e) => e.verified)).toEqual([]);
    expect(referenceData.get('energy-saving-duty.nl.v1')).toBe(ENERGY_SAVING_DUTY);
  });
});
