import { defineCalculator } from '@koers/calc-sdk';
import { checkBalance } from '@koers/domain';
import { classifyFlows, outflowByRoute } from './flows';
import { nlNumber, percent, round } from './round';
import { ctiInputSchema, ctiOutputSchema, type CtiInput, type CtiOutput, type Note } from './schema';

export const CIRCULARITY_CTI_ID = 'circularity.cti';
export const CIRCULARITY_CTI_VERSION = '0.1.0';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function missing(code: string, nl: string, en: string): Note {
  return { code, text: { nl, en } };
}

/**
 * WBCSD Circular Transition Indicators from one flow-map variant. Definitions:
 *
 * - Inflow = flows into nodes of kind `production` (not from another production node).
 *   Circular inflow per flow = kg x (recycledPct + renewablePct) / 100;
 *   `circularInflowPct` = Σ circular / Σ inflow.
 * - Outflow = flows from a node that is not end-of-life into an end-of-life node (the
 *   first step out of the useful chain; collection → recycling is not counted again).
 *   Route = the flow's recoveryRoute, else the target node's kind when it is a route
 *   (reuse, recycling, composting, energy_recovery, incineration, landfill); a flow
 *   into collection or sorting without a route counts as not recovered, with a note.
 *   Potential per flow = recoveryPotentialPct ?? 100; recovered = kg x potential / 100
 *   when the route is circular (reuse, recycling, composting), else 0.
 *   `recoveryPotentialPct` = Σ kg x potential / Σ outflow;
 *   `actualRecoveryPct` = recovered / potential mass;
 *   `circularOutflowPct` = recovered / Σ outflow (= potential x actual recovery).
 * - `materialCircularityPct` = (circular inflow + recovered outflow) / (inflow + outflow):
 *   the mass-weighted mean of the two; null unless both sides have mass.
 * - `renewableEnergyPct` = renewableKwh / totalKwh; `waterCircularityPct` =
 *   circularM3 / intakeM3; null with a note when not given (or zero).
 *
 * Percentages have one decimal and are computed from unrounded masses; masses are
 * kg per year with 3 decimals. Every null comes with a note; nothing is guessed.
 */
export function computeCti(input: CtiInput): CtiOutput {
  const { inflows, outflows, notes } = classifyFlows(input.nodes, input.flows);

  for (const i of checkBalance({ nodes: input.nodes, flows: input.flows })) {
    notes.push({
      code: 'node-imbalance',
      text: {
        nl: `Knoop "${i.node}" is niet in balans: in ${nlNumber(i.inKg)} kg, uit ${nlNumber(i.outKg)} kg, voorraadverandering ${nlNumber(i.stockChangeKg)} kg (verschil ${nlNumber(i.differenceKg)} kg). De indicatoren gebruiken de stromen zoals ingevoerd.`,
        en: `Node "${i.node}" does not balance: in ${i.inKg} kg, out ${i.outKg} kg, stock change ${i.stockChangeKg} kg (difference ${i.differenceKg} kg). The indicators use the flows as given.`,
      },
    });
  }

  const inflowKg = sum(inflows.map((f) => f.flow.kgPerYear));
  const circularInflowKg = sum(inflows.map((f) => f.circularKg));
  const outflowKg = sum(outflows.map((f) => f.flow.kgPerYear));
  const potentialKg = sum(outflows.map((f) => f.potentialKg));
  const recoveredKg = sum(outflows.map((f) => f.recoveredKg));

  if (inflowKg === 0) {
    notes.push(missing('no-inflow', 'Geen instroom in productie (of alleen 0 kg): % circulaire instroom is niet te berekenen.', 'No inflow into production (or only 0 kg): % circular inflow cannot be computed.'));
  }
  if (outflowKg === 0) {
    notes.push(
      missing(
        'no-outflow',
        'Geen uitstroom naar een einde-levensduurknoop (of alleen 0 kg): terugwinpotentieel, feitelijke terugwinning en % circulaire uitstroom zijn niet te berekenen.',
        'No outflow into an end-of-life node (or only 0 kg): recovery potential, actual recovery and % circular outflow cannot be computed.',
      ),
    );
  } else if (potentialKg === 0) {
    notes.push(missing('no-recovery-potential', 'De uitstroom heeft 0% terugwinpotentieel: feitelijke terugwinning is niet te berekenen.', 'The outflow has 0% recovery potential: actual recovery cannot be computed.'));
  }
  const bothSides = inflowKg > 0 && outflowKg > 0;
  if (!bothSides) {
    notes.push(
      missing(
        'material-circularity-one-sided',
        '% materiaalcirculariteit vraagt zowel instroom als uitstroom; met één kant is het niet berekend.',
        '% material circularity needs both inflow and outflow; with one side only it is not computed.',
      ),
    );
  }

  let renewableEnergyPct: number | null = null;
  if (!input.energy) notes.push(missing('energy-missing', 'Geen energiegegevens: % hernieuwbare energie is niet berekend.', 'No energy data: % renewable energy is not computed.'));
  else if (input.energy.totalKwh === 0) notes.push(missing('energy-zero', 'Energieverbruik is 0 kWh: % hernieuwbare energie is niet te berekenen.', 'Energy use is 0 kWh: % renewable energy cannot be computed.'));
  else renewableEnergyPct = percent(input.energy.renewableKwh, input.energy.totalKwh);

  let waterCircularityPct: number | null = null;
  if (!input.water) notes.push(missing('water-missing', 'Geen watergegevens: % watercirculariteit is niet berekend.', 'No water data: % water circularity is not computed.'));
  else if (input.water.intakeM3 === 0) notes.push(missing('water-zero', 'Waterinname is 0 m³: % watercirculariteit is niet te berekenen.', 'Water intake is 0 m³: % water circularity cannot be computed.'));
  else waterCircularityPct = percent(input.water.circularM3, input.water.intakeM3);

  const { byRoute, unknownRouteKg } = outflowByRoute(outflows);

  const materialNames: string[] = [];
  for (const f of [...inflows, ...outflows].sort((a, b) => a.index - b.index)) {
    if (!materialNames.includes(f.flow.material)) materialNames.push(f.flow.material);
  }
  const materials = materialNames.map((material) => {
    const ins = inflows.filter((f) => f.flow.material === material);
    const outs = outflows.filter((f) => f.flow.material === material);
    const mIn = sum(ins.map((f) => f.flow.kgPerYear));
    const mCirc = sum(ins.map((f) => f.circularKg));
    const mOut = sum(outs.map((f) => f.flow.kgPerYear));
    const mRec = sum(outs.map((f) => f.recoveredKg));
    return {
      material,
      inflowKg: round(mIn),
      circularInflowKg: round(mCirc),
      circularInflowPct: percent(mCirc, mIn),
      outflowKg: round(mOut),
      recoveryPotentialKg: round(sum(outs.map((f) => f.potentialKg))),
      recoveredKg: round(mRec),
      circularOutflowPct: percent(mRec, mOut),
    };
  });

  return {
    plugin: { id: CIRCULARITY_CTI_ID, version: CIRCULARITY_CTI_VERSION },
    circularInflowPct: percent(circularInflowKg, inflowKg),
    recoveryPotentialPct: percent(potentialKg, outflowKg),
    actualRecoveryPct: percent(recoveredKg, potentialKg),
    circularOutflowPct: percent(recoveredKg, outflowKg),
    materialCircularityPct: bothSides ? percent(circularInflowKg + recoveredKg, inflowKg + outflowKg) : null,
    renewableEnergyPct,
    waterCircularityPct,
    inflow: {
      kg: round(inflowKg),
      recycledKg: round(sum(inflows.map((f) => f.recycledKg))),
      renewableKg: round(sum(inflows.map((f) => f.renewableKg))),
      circularKg: round(circularInflowKg),
    },
    outflow: {
      kg: round(outflowKg),
      recoveryPotentialKg: round(potentialKg),
      recoveredKg: round(recoveredKg),
      byRoute: Object.fromEntries(Object.entries(byRoute).map(([r, v]) => [r, round(v)])) as CtiOutput['outflow']['byRoute'],
      unknownRouteKg: round(unknownRouteKg),
    },
    materials,
    notes,
  };
}

/** WBCSD Circular Transition Indicators (% circular inflow and outflow, material circularity, renewable energy, water) of one flow-map variant. */
export const circularityCti = defineCalculator({
  id: CIRCULARITY_CTI_ID,
  version: CIRCULARITY_CTI_VERSION,
  title: { nl: 'Circulaire transitie-indicatoren (WBCSD CTI)', en: 'Circular Transition Indicators (WBCSD CTI)' },
  description: {
    nl: 'Berekent uit één variant van een materiaalstromenkaart het aandeel circulaire instroom en uitstroom, de materiaalcirculariteit, hernieuwbare energie en watercirculariteit.',
    en: 'Computes, from one variant of a material-flow map, the share of circular inflow and outflow, material circularity, renewable energy and water circularity.',
  },
  referenceData: [],
  inputSchema: ctiInputSchema,
  outputSchema: ctiOutputSchema,
  compute: (input) => computeCti(input),
});
