import { join } from 'node:path';
import { describeGolden, runCalculator, type RunResult } from '@koers/calc-sdk';
import type { FlowNode, FlowNodeKind, MaterialFlow } from '@koers/domain';
import { describe, expect, it } from 'vitest';
import { circularityCti, type CtiOutput } from './index';

const noReference = { get: () => undefined };

/*
 * Golden cases (golden/<case>.input.json -> <case>.expected.json; each expected file
 * repeats its arithmetic in `_calculation`):
 *
 * office-chairs-complete (also the analyst's example for `npm run calc`):
 *   inflow 500 steel (40 % recycled = 200) + 200 wood (100 % renewable = 200) + 200 virgin PP (0)
 *   + 100 PP back from the recycler (100 % recycled = 100) = 1000 kg, of which 300 recycled + 200
 *   renewable = 500 → 50.0 %.
 *   outflow 50 scrap → recycler + 300 → refurbisher + 400 → collection (route recycling, potential 75 %)
 *   + 200 → incineration (potential 40 %) = 950 kg; collection → recycler (400) is not counted again.
 *   potential 50 + 300 + 300 + 80 = 730 → 730 / 950 = 76.8 %; recovered 50 + 300 + 300 = 650 →
 *   actual 650 / 730 = 89.0 %, circular outflow 650 / 950 = 68.4 %;
 *   material circularity (500 + 650) / (1000 + 950) = 1150 / 1950 = 59.0 %;
 *   energy 7000 / 20000 = 35.0 %; water 125 / 500 = 25.0 %.
 * packaging-partial: inflow 800 × 85 % + 200 × 0 % = 680 / 1000 = 68.0 %; outflow 600 (collection, no
 *   route: not recovered, note) + 250 composting × 80 % + 150 landfill × 0 % = 1000 kg, potential
 *   600 + 200 + 0 = 800 → 80.0 %, recovered 200 → actual 25.0 %, circular outflow 20.0 %;
 *   material circularity (680 + 200) / 2000 = 44.0 %; energy and water missing → null + notes.
 * invalid-flow-map: every problem with its path (kind, kg < 0, route, potential > 100, duplicate
 *   name, 70 + 40 = 110 > 100, unknown node, 1500 > 1000 kWh, 12 > 10 m³).
 */
describeGolden(circularityCti, join(__dirname, '..', 'golden'), noReference, { describe, it, expect });

const node = (name: string, kind: FlowNodeKind, stockChangeKg = 0): FlowNode => ({ name, kind, stockChangeKg });
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

function ok(input: unknown): CtiOutput {
  const r = runCalculator(circularityCti, input, noReference) as RunResult<CtiOutput>;
  if (r.status !== 'ok') throw new Error(JSON.stringify(r));
  return r.output;
}
const codes = (out: CtiOutput) => out.notes.map((n) => n.code);

describe('circularity.cti edge cases', () => {
  it('closes a loop recycling → production: the returned material is circular inflow, collection → recycling is not outflow again', () => {
    const out = ok({
      nodes: [node('Leverancier', 'supplier'), node('Fabriek', 'production'), node('Gebruik', 'use'), node('Inzameling', 'collection'), node('Recycler', 'recycling')],
      flows: [
        flow('Leverancier', 'Fabriek', 'PET', 600), // virgin
        flow('Recycler', 'Fabriek', 'PET', 400, { recycledPct: 100 }), // the loop
        flow('Fabriek', 'Gebruik', 'PET', 1000),
        flow('Gebruik', 'Inzameling', 'PET', 1000, { recoveryRoute: 'recycling', recoveryPotentialPct: 50 }),
        flow('Inzameling', 'Recycler', 'PET', 1000, { recoveryRoute: 'recycling' }),
        flow('Recycler', 'Leverancier', 'PET', 600, { recycledPct: 100 }),
      ],
      energy: null,
      water: null,
    });
    // inflow 600 + 400 = 1000 kg, circular 400 × 100 % = 400 → 40.0 %
    expect(out.inflow).toEqual({ kg: 1000, recycledKg: 400, renewableKg: 0, circularKg: 400 });
    expect(out.circularInflowPct).toBe(40);
    // outflow only Gebruik → Inzameling 1000 kg (not + 1000 collection → recycler); potential 50 % = 500, route recycling → recovered 500
    expect(out.outflow.kg).toBe(1000);
    expect(out.outflow.byRoute.recycling).toBe(1000);
    expect(out.recoveryPotentialPct).toBe(50); // 500 / 1000
    expect(out.actualRecoveryPct).toBe(100); // 500 / 500
    expect(out.circularOutflowPct).toBe(50); // 500 / 1000
    // (400 + 500) / (1000 + 1000) = 45.0 %
    expect(out.materialCircularityPct).toBe(45);
    // Recycler → Leverancier leaves an end-of-life node: neither inflow nor outflow, and no note for it.
    expect(codes(out)).toEqual(['energy-missing', 'water-missing']);
  });

  it('counts material from a loop node as stated, with a note when the stated composition is not all recycled', () => {
    const out = ok({
      nodes: [node('Recycler', 'recycling'), node('Fabriek', 'production')],
      flows: [flow('Recycler', 'Fabriek', 'PET', 200, { recycledPct: 60 })],
    });
    // 200 × 60 % = 120 → 60.0 %, not silently raised to 100 %
    expect(out.circularInflowPct).toBe(60);
    expect(codes(out)).toContain('loop-inflow-composition');
  });

  it('counts a flow into collection without a route as not recovered, with a note naming the flow', () => {
    const out = ok({
      nodes: [node('Gebruik', 'use'), node('Inzameling', 'collection'), node('Sortering', 'sorting'), node('Stort', 'landfill')],
      flows: [
        flow('Gebruik', 'Inzameling', 'glas', 300), // no route: unknown
        flow('Gebruik', 'Sortering', 'glas', 100, { recoveryRoute: 'recycling', recoveryPotentialPct: 90 }),
        flow('Gebruik', 'Stort', 'glas', 100),
        flow('Inzameling', 'Stort', 'glas', 300), // after collection: not counted again, not read back as the route either
      ],
    });
    // outflow 300 + 100 + 100 = 500; potential 300 + 90 + 100 = 490 → 98.0 %; recovered only 90 (sorting, route recycling)
    expect(out.outflow).toEqual({
      kg: 500,
      recoveryPotentialKg: 490,
      recoveredKg: 90,
      byRoute: { reuse: 0, recycling: 100, composting: 0, energy_recovery: 0, incineration: 0, landfill: 100 },
      unknownRouteKg: 300,
    });
    expect(out.recoveryPotentialPct).toBe(98);
    expect(out.actualRecoveryPct).toBe(18.4); // 90 / 490 = 18.367
    expect(out.circularOutflowPct).toBe(18); // 90 / 500
    const note = out.notes.find((n) => n.code === 'outflow-route-unknown');
    expect(note?.text.en).toContain('flows.0 (Gebruik → Inzameling, glas)');
    expect(note?.text.nl).toContain('300 kg/jaar');
    expect(out.notes.filter((n) => n.code === 'outflow-route-unknown')).toHaveLength(1);
  });

  it('gives null, never NaN, with zero inflow, and a note for each missing part', () => {
    const out = ok({
      nodes: [node('Gebruik', 'use'), node('Compost', 'composting'), node('Fabriek', 'production')],
      flows: [flow('Gebruik', 'Compost', 'gft', 40), flow('Gebruik', 'Fabriek', 'gft', 0)],
      energy: { totalKwh: 0, renewableKwh: 0 },
    });
    expect(out.inflow.kg).toBe(0); // one inflow of 0 kg
    expect(out.circularInflowPct).toBeNull();
    expect(out.materialCircularityPct).toBeNull(); // needs both sides
    expect(out.circularOutflowPct).toBe(100); // 40 composted / 40
    expect(out.renewableEnergyPct).toBeNull(); // 0 kWh
    expect(out.waterCircularityPct).toBeNull();
    expect(codes(out)).toEqual(['no-inflow', 'material-circularity-one-sided', 'energy-zero', 'water-missing']);
    expect(out.materials).toEqual([
      { material: 'gft', inflowKg: 0, circularInflowKg: 0, circularInflowPct: null, outflowKg: 40, recoveryPotentialKg: 40, recoveredKg: 40, circularOutflowPct: 100 },
    ]);
    expect(JSON.stringify(out)).not.toMatch(/NaN|Infinity/);
  });

  it('gives null for every outflow figure when nothing leaves the chain, and for actual recovery when the potential is 0', () => {
    const none = ok({ nodes: [node('L', 'supplier'), node('F', 'production')], flows: [flow('L', 'F', 'x', 10)] });
    expect([none.recoveryPotentialPct, none.actualRecoveryPct, none.circularOutflowPct, none.materialCircularityPct]).toEqual([null, null, null, null]);
    expect(codes(none)).toContain('no-outflow');

    const zeroPotential = ok({ nodes: [node('G', 'use'), node('V', 'incineration')], flows: [flow('G', 'V', 'x', 10, { recoveryPotentialPct: 0 })] });
    expect(zeroPotential.recoveryPotentialPct).toBe(0); // 0 / 10
    expect(zeroPotential.actualRecoveryPct).toBeNull(); // 0 / 0
    expect(zeroPotential.circularOutflowPct).toBe(0);
    expect(codes(zeroPotential)).toContain('no-recovery-potential');
  });

  it('does not count a flow between two production nodes as inflow again', () => {
    const out = ok({
      nodes: [node('L', 'supplier'), node('Onderdelen', 'production'), node('Assemblage', 'production')],
      flows: [flow('L', 'Onderdelen', 'aluminium', 100, { recycledPct: 50 }), flow('Onderdelen', 'Assemblage', 'aluminium', 100, { recycledPct: 50 })],
    });
    // only L → Onderdelen: 100 kg, 50 recycled → 50.0 % (200 kg if the internal step counted)
    expect(out.inflow.kg).toBe(100);
    expect(out.circularInflowPct).toBe(50);
    expect(codes(out)).toContain('internal-production-flow');
  });

  it("takes the flow's route over the target node's kind, and says so", () => {
    const out = ok({ nodes: [node('G', 'use'), node('AVI', 'incineration')], flows: [flow('G', 'AVI', 'hout', 10, { recoveryRoute: 'recycling' })] });
    expect(out.outflow.byRoute.recycling).toBe(10);
    expect(out.circularOutflowPct).toBe(100);
    expect(codes(out)).toContain('route-differs-from-node');
  });

  it('notes a route on a flow that is not an outflow and an unbalanced node', () => {
    const out = ok({
      nodes: [node('L', 'supplier'), node('F', 'production'), node('G', 'use')],
      flows: [flow('L', 'F', 'x', 100), flow('F', 'G', 'x', 60), flow('G', 'F', 'x', 10, { recoveryRoute: 'reuse' })],
    });
    // F: in 100 + 10 = 110, out 60 → 50 kg missing; G: in 60, out 10 → 50 kg missing (both > 1 kg and > 0.5 %)
    expect(codes(out)).toEqual(['route-on-non-outflow', 'node-imbalance', 'node-imbalance', 'no-outflow', 'material-circularity-one-sided', 'energy-missing', 'water-missing']);
    expect(out.notes[1]!.text.en).toBe('Node "F" does not balance: in 110 kg, out 60 kg, stock change 0 kg (difference 50 kg). The indicators use the flows as given.');
    // G → F (use → production) is inflow: 100 + 10 = 110
    expect(out.inflow.kg).toBe(110);
  });

  it('reads a missing recoveryRoute and recoveryPotentialPct as null', () => {
    const out = ok({
      nodes: [node('G', 'use'), node('R', 'recycling')],
      flows: [{ from: 'G', to: 'R', material: 'x', kgPerYear: 5, recycledPct: 0, renewablePct: 0 }],
    });
    expect(out.outflow.recoveredKg).toBe(5); // route from the node kind, potential 100 %
  });

  it('rounds percentages to one decimal and masses to grams', () => {
    const out = ok({
      nodes: [node('L', 'supplier'), node('F', 'production')],
      flows: [flow('L', 'F', 'x', 3, { recycledPct: 33.3333 })],
    });
    // 3 × 33.3333 % = 0.999999 kg → 1 kg at 3 decimals; 0.999999 / 3 = 33.3333 % → 33.3
    expect(out.inflow.circularKg).toBe(1);
    expect(out.circularInflowPct).toBe(33.3);
  });

  it('reports every invalid field with its path', () => {
    const r = runCalculator(
      circularityCti,
      {
        nodes: [node('A', 'supplier'), node('B', 'production')],
        flows: [flow('A', 'B', 'x', 1), flow('A', 'B', 'x', 1, { recycledPct: 101 }), flow('A', 'B', 'x', 1, { recycledPct: 60, renewablePct: 50 }), flow('A', 'Z', 'x', Infinity)],
      },
      noReference,
    );
    expect(r.status === 'invalid-input' && r.issues.map((i) => i.path)).toEqual(['flows.1.recycledPct', 'flows.3.kgPerYear', 'flows.2.recycledPct', 'flows.3.to']);
  });

  it('refuses input that is not a flow map without throwing', () => {
    for (const input of [null, [], 'x', { nodes: 'x', flows: [null] }]) {
      expect(runCalculator(circularityCti, input, noReference).status).toBe('invalid-input');
    }
  });
});
