import type { Bilingual, FlowNode, FlowVariant as FlowVariantKey, MaterialFlow } from '@koers/domain';
import { BadInputError, FlowNodeRow, FlowVariant, MaterialFlowRow } from '@koers/server-db';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

export interface VariantEnergy {
  totalKwh: number | null;
  renewableKwh: number | null;
  electricityKwh: number | null;
  naturalGasM3: number | null;
}
export interface VariantWater {
  intakeM3: number | null;
  circularM3: number | null;
}

/** One variant of a flow map as stored: nodes and flows in their order, with its energy and water. */
export interface StoredScenario {
  nodes: FlowNode[];
  flows: MaterialFlow[];
  energy: VariantEnergy;
  water: VariantWater;
  updatedAt: Date | null;
}

const num = (v: string | null) => (v === null ? null : Number(v));

export async function loadScenario(em: EntityManager, mapId: string, variant: FlowVariantKey): Promise<StoredScenario> {
  const row = await em.findOne(FlowVariant, { where: { mapId, variant } });
  const nodes = await em.find(FlowNodeRow, { where: { mapId, variant }, order: { position: 'ASC' } });
  const flows = await em.find(MaterialFlowRow, { where: { mapId, variant }, order: { position: 'ASC' } });
  const name = (id: string) => nodes.find((n) => n.id === id)?.name ?? id;
  return {
    nodes: nodes.map((n) => ({ name: n.name, kind: n.kind, stockChangeKg: Number(n.stockChangeKg) })),
    flows: flows.map((f) => ({
      from: name(f.fromNodeId), to: name(f.toNodeId), material: f.material, kgPerYear: Number(f.kgPerYear), recycledPct: Number(f.recycledPct), renewablePct: Number(f.renewablePct),
      recoveryRoute: f.recoveryRoute, recoveryPotentialPct: num(f.recoveryPotentialPct),
    })),
    energy: { totalKwh: num(row?.energyTotalKwh ?? null), renewableKwh: num(row?.energyRenewableKwh ?? null), electricityKwh: num(row?.electricityKwh ?? null), naturalGasM3: num(row?.naturalGasM3 ?? null) },
    water: { intakeM3: num(row?.waterIntakeM3 ?? null), circularM3: num(row?.waterCircularM3 ?? null) },
    updatedAt: row?.updatedAt ?? null,
  };
}

export interface ScenarioProblem {
  field: string;
  text: Bilingual;
}

/**
 * What the database would refuse, said per field before anything is written:
 * node names unique, flows between known and different nodes, shares that add
 * up to at most 100%, renewable energy within the total, circular water within
 * the intake.
 */
export function scenarioProblems(s: Omit<StoredScenario, 'updatedAt'>): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const seen = new Map<string, number>();
  s.nodes.forEach((n, i) => {
    const key = n.name.trim().toLowerCase();
    if (seen.has(key)) problems.push({ field: `nodes.${i}.name`, text: { nl: `Knooppunt "${n.name}" staat er al (nummer ${(seen.get(key) ?? 0) + 1})`, en: `Node "${n.name}" is already there (number ${(seen.get(key) ?? 0) + 1})` } });
    else seen.set(key, i);
  });
  const known = (name: string) => s.nodes.some((n) => n.name === name);
  s.flows.forEach((f, i) => {
    if (!known(f.from)) problems.push({ field: `flows.${i}.from`, text: { nl: `Onbekend knooppunt "${f.from}"`, en: `Unknown node "${f.from}"` } });
    if (!known(f.to)) problems.push({ field: `flows.${i}.to`, text: { nl: `Onbekend knooppunt "${f.to}"`, en: `Unknown node "${f.to}"` } });
    if (f.from === f.to) problems.push({ field: `flows.${i}.to`, text: { nl: 'Een stroom gaat naar een ander knooppunt', en: 'A flow goes to another node' } });
    if (f.recycledPct + f.renewablePct > 100) {
      problems.push({ field: `flows.${i}.renewablePct`, text: { nl: `Gerecycled (${f.recycledPct}%) en hernieuwbaar (${f.renewablePct}%) samen meer dan 100%`, en: `Recycled (${f.recycledPct}%) and renewable (${f.renewablePct}%) together exceed 100%` } });
    }
  });
  if (s.energy.totalKwh !== null && s.energy.renewableKwh !== null && s.energy.renewableKwh > s.energy.totalKwh) {
    problems.push({ field: 'energy.renewableKwh', text: { nl: 'Hernieuwbare energie is meer dan het totale energiegebruik', en: 'Renewable energy exceeds the total energy use' } });
  }
  if (s.water.intakeM3 !== null && s.water.circularM3 !== null && s.water.circularM3 > s.water.intakeM3) {
    problems.push({ field: 'water.circularM3', text: { nl: 'Circulair water is meer dan de wateropname', en: 'Circular water exceeds the water intake' } });
  }
  return problems;
}

export function refuseProblems(problems: ScenarioProblem[]): void {
  if (!problems.length) return;
  const fields = problems.map((p) => ({ field: p.field, code: 'flow_map.invalid', text: p.text }));
  if (fields.length === 1) throw new BadInputError(fields[0].field, fields[0].text, { code: 'flow_map.invalid' });
  throw BadInputError.many(fields, 'flow_map.invalid');
}

/** Replaces a variant's nodes and flows (and energy, water) in the request's transaction: all or nothing. */
export async function saveScenario(em: EntityManager, ids: { partnerId: string; groupId: string; mapId: string }, variant: FlowVariantKey, s: Omit<StoredScenario, 'updatedAt'>): Promise<void> {
  const { partnerId, groupId, mapId } = ids;
  await em.delete(MaterialFlowRow, { mapId, variant });
  await em.delete(FlowNodeRow, { mapId, variant });
  const nodeIds = new Map(s.nodes.map((n) => [n.name, randomUUID()]));
  if (s.nodes.length) {
    await em.insert(FlowNodeRow, s.nodes.map((n, position) => ({ id: nodeIds.get(n.name) as string, partnerId, groupId, mapId, variant, position, name: n.name, kind: n.kind, stockChangeKg: String(n.stockChangeKg) })));
  }
  if (s.flows.length) {
    await em.insert(MaterialFlowRow, s.flows.map((f, position) => ({
      id: randomUUID(), partnerId, groupId, mapId, variant, position, fromNodeId: nodeIds.get(f.from) as string, toNodeId: nodeIds.get(f.to) as string, material: f.material, kgPerYear: String(f.kgPerYear),
      recycledPct: String(f.recycledPct), renewablePct: String(f.renewablePct), recoveryRoute: f.recoveryRoute, recoveryPotentialPct: f.recoveryPotentialPct === null ? null : String(f.recoveryPotentialPct),
    })));
  }
  const str = (v: number | null) => (v === null ? null : String(v));
  await em.upsert(FlowVariant, {
    mapId, variant, partnerId, groupId, energyTotalKwh: str(s.energy.totalKwh), energyRenewableKwh: str(s.energy.renewableKwh), electricityKwh: str(s.energy.electricityKwh), naturalGasM3: str(s.energy.naturalGasM3),
    waterIntakeM3: str(s.water.intakeM3), waterCircularM3: str(s.water.circularM3), updatedAt: new Date(),
  }, ['mapId', 'variant']);
}
