import { join } from 'node:path';
import { describeGolden, runCalculator, type ReferenceProvider, type RunResult } from '@koers/calc-sdk';
import type { FlowNode, FlowNodeKind, MaterialFlow } from '@koers/domain';
import { getFactorSet, referenceData, type EmissionFactorSet } from '@koers/reference-data';
import { describe, expect, it } from 'vitest';
import { chainImpact, type ChainImpactOutput } from './index';

const provider: ReferenceProvider = { get: (id) => referenceData.get(id) };

/*
 * Golden cases (each expected file repeats its arithmetic in `_calculation`):
 *
 * pp-loop-complete (2025 → co2emissiefactoren-nl-2025):
 *   electricity 50 000 − 45 000 = 5 000 kWh × 0.268 (electricity.unknown) = 1 340 kg;
 *   gas 10 000 − 6 000 = 4 000 m³ × 2.134 (natural_gas) = 8 536 kg;
 *   incineration 700 − 500 = 200 kg × 0.038 (waste.residual, amended from the 2026 list; was 0.4) = 7.6 kg; total 9 883.6 kg;
 *   landfill 300 − 100 = 200 kg: no landfill factor in the set → notCounted;
 *   virgin PP 1 000 → 600 (400 kg back from the recycler at 100 % recycled) → notCounted, no number;
 *   water 2 000 − 1 500 = 500 m³; fte 1.5 + 2 − 0.5 = 3;
 *   annuity 5 %, 5 years = 4.329477: NPV 40 000 × 4.329477 − 120 000 = 53 179.07,
 *   20 000 × 4.329477 − 80 000 = 6 589.53, 0 − 10 000 = −10 000; total 60 000 × 4.329477 − 210 000 = 49 768.60;
 *   payback 120 000 / 40 000 = 3, 80 000 / 20 000 = 4, none for 0 benefit (note), total 210 000 / 60 000 = 3.5.
 * furniture-partial (2024 → co2emissiefactoren-nl-2024): no redesign energy → no energy lines + note;
 *   incineration 250 − 100 = 150 kg × 0.038 = 5.7 kg; 150 kg to collection without route (note);
 *   redesign without nodes → routes only, virgin material not compared (note); water missing → null;
 *   payback 5 000 / 1 500 = 3.33, NPV at 0 % 10 × 1 500 − 5 000 = 10 000.
 * invalid-scenarios: every problem with its path.
 */
describeGolden(chainImpact, join(__dirname, '..', 'golden'), provider, { describe, it, expect });

const node = (name: string, kind: FlowNodeKind): FlowNode => ({ name, kind, stockChangeKg: 0 });
const flow = (from: string, to: string, material: string, kgPerYear: number, extra: Partial<MaterialFlow> = {}): MaterialFlow => ({
  from,
  to,
  material,
  kgPerYear,
  recycledPct: 0,
  renewablePct: 0,
  recoveryRoute: null,
  recoveryPotentialPct: null,
  ...extra,
});
const empty = { flows: [] as MaterialFlow[] };
const base = { year: 2025, asIs: empty, redesign: empty, partners: [], discountRatePct: 4, horizonYears: 10 };

function ok(input: unknown, p: ReferenceProvider = provider): ChainImpactOutput {
  const r = runCalculator(chainImpact, input, p) as RunResult<ChainImpactOutput>;
  if (r.status !== 'ok') throw new Error(JSON.stringify(r));
  return r.output;
}

describe('chain.impact', () => {
  it('picks the newest set valid for the year, or the one asked for', () => {
    expect(ok({ ...base, year: 2024 }).factorSet.id).toBe('co2emissiefactoren-nl-2024');
    expect(ok({ ...base, year: 2026 }).factorSet).toMatchObject({ id: 'co2emissiefactoren-nl-2026', selectedBy: 'newest-for-year' });
    expect(ok({ ...base, year: 2031 }).factorSet).toMatchObject({ id: 'co2emissiefactoren-nl-2026', selectedBy: 'newest-for-year' });
    expect(ok({ ...base, year: 2025, factorSet: 'co2emissiefactoren-nl-2024' }).factorSet).toMatchObject({ id: 'co2emissiefactoren-nl-2024', selectedBy: 'input' });
    const r = runCalculator(chainImpact, { ...base, year: 2019 }, provider);
    expect(r.status === 'failed' && r.error).toMatch(/no emission-factor set is valid for 2019/);
  });

  it('gives a negative reduction when the redesign uses more electricity (heat pump instead of gas)', () => {
    const out = ok({
      ...base,
      year: 2024,
      asIs: { flows: [], energy: { electricityKwh: 1000, naturalGasM3: 500 } },
      redesign: { flows: [], energy: { electricityKwh: 3000, naturalGasM3: 0 } },
    });
    // 2024 set: (1000 − 3000) × 0.328 = −656; (500 − 0) × 2.134 = 1067; total 411
    expect(out.co2.lines.map((l) => [l.item, l.reductionQuantity, l.kgCO2eReduction])).toEqual([
      ['electricity', -2000, -656],
      ['natural_gas', 500, 1067],
    ]);
    expect(out.co2.totalKgCO2eReduction).toBe(411);
  });

  it('reads outflow routes from the flows when no nodes are given, and from the node kinds when they are', () => {
    const flows = [flow('Gebruik', 'AVI', 'x', 100), flow('Gebruik', 'AVI', 'x', 50, { recoveryRoute: 'incineration' })];
    const withoutNodes = ok({ ...base, asIs: { flows }, redesign: empty });
    // only the 50 kg with a route: 50 × 0.038 = 1.9
    expect(withoutNodes.outflowByRoute.asIs.byRoute.incineration).toBe(50);
    expect(withoutNodes.co2.lines).toMatchObject([{ item: 'waste_incineration', reductionQuantity: 50, kgCO2eReduction: 1.9 }]);
    expect(withoutNodes.notes.map((n) => n.code)).toEqual(['nodes-missing', 'nodes-missing', 'energy-missing', 'water-missing']);

    const withNodes = ok({ ...base, asIs: { nodes: [node('Gebruik', 'use'), node('AVI', 'incineration')], flows }, redesign: empty });
    // both flows go into an incineration node: 150 × 0.038 = 5.7
    expect(withNodes.co2.lines).toMatchObject([{ item: 'waste_incineration', asIsQuantity: 150, redesignQuantity: 0, kgCO2eReduction: 5.7 }]);
  });

  it('lists virgin material replaced under notCounted, with no CO2 figure, and counts a recycling → production loop as not virgin', () => {
    const nodes = [node('L', 'supplier'), node('F', 'production'), node('G', 'use'), node('R', 'recycling')];
    const out = ok({
      ...base,
      asIs: { nodes, flows: [flow('L', 'F', 'aluminium', 500, { recycledPct: 20 }), flow('L', 'F', 'glas', 100)] },
      redesign: {
        nodes,
        flows: [
          flow('L', 'F', 'aluminium', 200, { recycledPct: 20 }),
          flow('R', 'F', 'aluminium', 300, { recycledPct: 100 }),
          flow('G', 'R', 'aluminium', 300),
          flow('L', 'F', 'glas', 100),
        ],
      },
    });
    // virgin aluminium: as is 500 × 80 % = 400; redesign 200 × 80 % + 300 × 0 % = 160 → 240 kg less. Glass 100 = 100: not listed.
    expect(out.co2.notCounted).toEqual([
      {
        kind: 'material',
        name: 'aluminium',
        asIsKg: 400,
        redesignKg: 160,
        reductionKg: 240,
        note: {
          code: 'no-sourced-material-factor',
          text: {
            nl: 'co2emissiefactoren-nl-2025 heeft geen bronvermelde emissiefactor voor nieuw (virgin) aluminium: het verschil van 240 kg/jaar is niet in CO2 omgerekend.',
            en: 'co2emissiefactoren-nl-2025 has no sourced emission factor for virgin aluminium: the difference of 240 kg/year is not converted to CO2.',
          },
        },
      },
    ]);
    expect(out.co2.lines).toEqual([]); // recycling is not a waste route with a factor
    expect(out.co2.totalKgCO2eReduction).toBe(0);
  });

  it('uses a landfill factor only where the set has one, and never one for energy recovery', () => {
    const set2025 = getFactorSet('co2emissiefactoren-nl-2025')!;
    const testSet: EmissionFactorSet = {
      ...set2025,
      id: 'co2emissiefactoren-nl-test',
      factors: { ...set2025.factors, 'waste.landfill': { unit: 'kg', kgCO2ePerUnit: 0.5, ttwKgCO2ePerUnit: 0.5, source: 'test list, storten' } },
    };
    const testProvider: ReferenceProvider = { get: (id) => (id === testSet.id ? testSet : referenceData.get(id)) };
    const asIs = { flows: [flow('G', 'S', 'x', 100, { recoveryRoute: 'landfill' }), flow('G', 'E', 'x', 40, { recoveryRoute: 'energy_recovery' })] };
    const out = ok({ ...base, factorSet: testSet.id, asIs, redesign: empty }, testProvider);
    // landfill 100 − 0 = 100 kg × 0.5 = 50
    expect(out.co2.lines).toMatchObject([{ item: 'waste_landfill', factorKey: 'waste.landfill', listLabel: 'test list, storten', factorNote: null, kgCO2eReduction: 50 }]);
    expect(out.co2.notCounted).toMatchObject([{ kind: 'waste', name: 'energy_recovery', asIsKg: 40, redesignKg: 0, reductionKg: 40, note: { code: 'energy-recovery-not-counted' } }]);

    // With the real 2025 set the same landfill mass is not counted.
    const real = ok({ ...base, asIs, redesign: empty });
    expect(real.co2.lines).toEqual([]);
    expect(real.co2.notCounted.map((n) => [n.name, n.note.code])).toEqual([
      ['landfill', 'no-waste-factor'],
      ['energy_recovery', 'energy-recovery-not-counted'],
    ]);
  });

  it('gives null water saved with a note naming the missing side, and a number when both are given', () => {
    const missing = ok({ ...base, asIs: { flows: [], waterM3: 10 }, redesign: { flows: [], waterM3: null } });
    expect(missing.totals.waterSavedM3).toBeNull();
    expect(missing.notes.find((n) => n.code === 'water-missing')?.text.en).toBe('No water use for redesign: water saved is not computed.');
    // 10.5 − 12.25 = −1.75 (the redesign uses more)
    expect(ok({ ...base, asIs: { flows: [], waterM3: 10.5 }, redesign: { flows: [], waterM3: 12.25 } }).totals.waterSavedM3).toBe(-1.75);
  });

  it('sums fte and keeps the total business case equal to businessCaseFigures over all partners', () => {
    const out = ok({
      ...base,
      discountRatePct: 10,
      horizonYears: 2,
      partners: [
        { name: 'A', investmentEur: 1000, yearlySavingsEur: 550, extraRevenueEur: 0, fteChange: 0.1 },
        { name: 'B', investmentEur: 0, yearlySavingsEur: -110, extraRevenueEur: 0, fteChange: 0.2 },
      ],
    });
    // A: 550/1.1 + 550/1.21 = 500 + 454.545 = 954.55 − 1000 = −45.45; payback 1000 / 550 = 1.82
    // B: −100 − 90.909 = −190.91; no benefit → payback null
    // total: benefit 440 → 400 + 363.636 = 763.64 − 1000 = −236.36; payback 1000 / 440 = 2.27
    expect(out.partners.map((p) => [p.name, p.paybackYears, p.npvEur])).toEqual([
      ['A', 1.82, -45.45],
      ['B', null, -190.91],
    ]);
    expect(out.totals).toMatchObject({ investmentEur: 1000, yearlyBenefitEur: 440, paybackYears: 2.27, npvEur: -236.36, fteChange: 0.3 }); // 0.1 + 0.2, not 0.30000000000000004
    expect(out.notes.filter((n) => n.code === 'no-payback').map((n) => n.text.en)).toEqual(['B: no yearly benefit, so no payback period.']);
  });

  it('gives zero totals and no payback note with no partners', () => {
    const out = ok(base);
    expect(out.totals).toMatchObject({ investmentEur: 0, yearlyBenefitEur: 0, paybackYears: null, npvEur: 0, fteChange: 0, kgCO2eReductionPerYear: 0 });
    expect(out.notes.map((n) => n.code)).not.toContain('no-payback');
  });

  it('checks the nodes of each variant and the partners', () => {
    const r = runCalculator(
      chainImpact,
      {
        ...base,
        asIs: { nodes: [node('A', 'use'), node('A', 'landfill')], flows: [flow('A', 'B', 'x', 1)] },
        partners: [{ name: 'P', investmentEur: 0, yearlySavingsEur: 0, extraRevenueEur: 0 }],
      },
      provider,
    );
    expect(r.status === 'invalid-input' && r.issues.map((i) => i.path)).toEqual(['partners.0.fteChange', 'asIs.nodes.1.name', 'asIs.flows.0.to']);
  });

  it('refuses input that is not an object without throwing', () => {
    for (const input of [null, 'x', { ...base, asIs: null, partners: [null] }]) expect(runCalculator(chainImpact, input, provider).status).toBe('invalid-input');
  });
});
