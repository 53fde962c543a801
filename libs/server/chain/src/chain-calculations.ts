import { Injectable } from '@nestjs/common';
import { WITHDRAWN_PHASE, type FlowVariant as FlowVariantKey } from '@koers/domain';
import { CalculationsService } from '@koers/server-calculations';
import { BusinessCaseLineRow, BusinessCaseOption, Db, Enrolment, FlowMap, Organisation, ProgrammeGroup } from '@koers/server-db';
import { In } from 'typeorm';
import { loadScenario, type StoredScenario } from './flow-maps/flow-map-store';
import type { CalculationOutcomeView } from './projects/projects.dto';

export const CIRCULARITY_CTI_ID = 'circularity.cti';
export const CHAIN_IMPACT_ID = 'chain.impact';

/** Subjects of the calculation inputs of step 3: one per flow-map variant, one per project (its chosen business case). */
export const variantSubject = (mapId: string, variant: FlowVariantKey) => `flow-map:${mapId}:${variant}`;
export const projectSubject = (groupId: string) => `chain-project:${groupId}`;

/**
 * Hands step 3's figures to the worker: the circularity indicators of each
 * flow-map variant, and the impact of the chosen business-case option over
 * all of the project's flow maps. Inputs are filed under the lead organisation
 * and the project's start year (the factor set's year).
 */
@Injectable()
export class ChainCalculations {
  constructor(
    private readonly db: Db,
    private readonly calculations: CalculationsService,
  ) {}

  async submitCircularity(group: ProgrammeGroup, mapId: string, variant: FlowVariantKey, scenario: StoredScenario): Promise<void> {
    const organisationId = await this.leadOf(group.id);
    if (!organisationId) return;
    await this.calculations.submit(organisationId, CIRCULARITY_CTI_ID, yearOf(group), circularityInput(scenario), variantSubject(mapId, variant));
  }

  /** chain.impact of the chosen option; nothing when no option is chosen. */
  async submitImpact(group: ProgrammeGroup): Promise<void> {
    const organisationId = await this.leadOf(group.id);
    const option = await this.db.em.findOne(BusinessCaseOption, { where: { groupId: group.id, chosen: true } });
    if (!organisationId || !option) return;
    const lines = await this.db.em.find(BusinessCaseLineRow, { where: { optionId: option.id } });
    const enrolments = lines.length ? await this.db.em.find(Enrolment, { where: { id: In(lines.map((l) => l.enrolmentId)) } }) : [];
    const orgs = enrolments.length ? await this.db.em.find(Organisation, { where: { id: In(enrolments.map((e) => e.organisationId)) } }) : [];
    const nameOf = (enrolmentId: string) => orgs.find((o) => o.id === enrolments.find((e) => e.id === enrolmentId)?.organisationId)?.name ?? enrolmentId;
    const maps = await this.db.em.find(FlowMap, { where: { groupId: group.id }, order: { createdAt: 'ASC' } });
    const asIs = await Promise.all(maps.map((m) => loadScenario(this.db.em, m.id, 'as_is')));
    const redesign = await Promise.all(maps.map((m) => loadScenario(this.db.em, m.id, 'redesign')));
    const input = chainImpactInput(
      yearOf(group),
      { asIs, redesign },
      lines.map((l) => ({
        name: nameOf(l.enrolmentId), investmentEur: Number(l.investmentEur), yearlySavingsEur: Number(l.yearlySavingsEur), extraRevenueEur: Number(l.extraRevenueEur), fteChange: Number(l.fteChange),
      })),
      { discountRatePct: Number(option.discountRatePct), horizonYears: option.horizonYears },
    );
    await this.calculations.submit(organisationId, CHAIN_IMPACT_ID, yearOf(group), input, projectSubject(group.id));
  }

  /**
   * The newest result of one of a project's subjects (by submission), as the pages show it, to everyone in
   * the project: through a function limited to the project (migration 1764000007100), since the inputs are
   * filed under the lead organisation and a chain partner's own rows would not show them.
   */
  async latest(pluginId: string, subject: string, groupId: string): Promise<CalculationOutcomeView> {
    const rows: { status: CalculationOutcomeView['status']; output: Record<string, unknown> | null; error: string | null; plugin_version: string; reference_version: string; reference_set: string | null; computed_at: Date | null }[] =
      await this.db.em.query('select * from koers_chain_result($1, $2)', [groupId, subject]);
    const r = rows[0];
    if (!r) return { status: 'none', output: null, error: null, pluginId, pluginVersion: null, referenceVersion: null, computedAt: null };
    return { status: r.status, output: r.output, error: r.error, pluginId, pluginVersion: r.plugin_version, referenceVersion: r.reference_set ?? r.reference_version, computedAt: r.computed_at };
  }

  private async leadOf(groupId: string): Promise<string | null> {
    const enrolments = await this.db.em.find(Enrolment, { where: { groupId }, order: { joinedAt: 'ASC' } });
    const active = enrolments.filter((e) => e.phase !== WITHDRAWN_PHASE);
    return (active.find((e) => e.role === 'lead') ?? active[0])?.organisationId ?? null;
  }
}

function yearOf(group: ProgrammeGroup): number {
  return Number(group.startsOn.slice(0, 4));
}

/** The input of circularity.cti for one variant. */
export function circularityInput(s: StoredScenario) {
  return {
    nodes: s.nodes.map((n) => ({ name: n.name, kind: n.kind, stockChangeKg: n.stockChangeKg })),
    flows: s.flows,
    energy: s.energy.totalKwh === null || s.energy.renewableKwh === null ? null : { totalKwh: s.energy.totalKwh, renewableKwh: s.energy.renewableKwh },
    water: s.water.intakeM3 === null || s.water.circularM3 === null ? null : { intakeM3: s.water.intakeM3, circularM3: s.water.circularM3 },
  };
}

/** The input of chain.impact: the chosen option's lines and every flow map of the project, both variants. */
export function chainImpactInput(
  year: number,
  maps: { asIs: StoredScenario[]; redesign: StoredScenario[] },
  partners: { name: string; investmentEur: number; yearlySavingsEur: number; extraRevenueEur: number; fteChange: number }[],
  option: { discountRatePct: number; horizonYears: number },
) {
  return { year, asIs: impactScenario(maps.asIs), redesign: impactScenario(maps.redesign), partners, ...option };
}

/** All of a project's maps of one variant together, as chain.impact reads them; an energy or water figure counts only when every map has it. */
function impactScenario(scenarios: StoredScenario[]) {
  const all = <T>(pick: (s: StoredScenario) => T | null): T[] | null => {
    const values = scenarios.map(pick);
    return scenarios.length && values.every((v) => v !== null) ? (values as T[]) : null;
  };
  const electricity = all((s) => s.energy.electricityKwh);
  const gas = all((s) => s.energy.naturalGasM3);
  const water = all((s) => s.water.intakeM3);
  // With several maps a node's name is prefixed with its map's number, so names of different maps do not meet.
  const name = (i: number, n: string) => (scenarios.length > 1 ? `${i + 1}. ${n}` : n);
  return {
    nodes: scenarios.flatMap((s, i) => s.nodes.map((n) => ({ ...n, name: name(i, n.name) }))),
    flows: scenarios.flatMap((s, i) => s.flows.map((f) => ({ ...f, from: name(i, f.from), to: name(i, f.to) }))),
    energy: electricity && gas ? { electricityKwh: sum(electricity), naturalGasM3: sum(gas) } : null,
    waterM3: water ? sum(water) : null,
  };
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
