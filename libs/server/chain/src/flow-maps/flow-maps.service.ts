import { Injectable } from '@nestjs/common';
import { checkBalance, isFlowVariant, type FlowVariant as FlowVariantKey } from '@koers/domain';
import { BadInputError, Db, FlowMap, NotFoundError, ProgrammeGroup } from '@koers/server-db';
import { readUpload, SHEET_CSV_TYPES, SHEET_XLSX_TYPE } from '@koers/server-files';
import { Groups } from '@koers/server-programme';
import type { FastifyRequest } from 'fastify';
import { ChainCalculations, CIRCULARITY_CTI_ID, variantSubject } from '../chain-calculations';
import { FLOW_FILE_MAX_BYTES, parseFlowFile } from './flow-map-file';
import { loadScenario, refuseProblems, saveScenario, scenarioProblems, type StoredScenario } from './flow-map-store';
import type { FlowMapView, FlowVariantView, PutFlowVariantDto } from './flow-maps.dto';

const STEP = 'chain' as const;

/**
 * Material-flow maps of a chain project: per product or chain, the flows as
 * they are and as redesigned. Saving a variant replaces it whole (or not at
 * all), flags nodes out of balance, and has the worker compute its circularity
 * indicators and the project's impact again.
 */
@Injectable()
export class FlowMapsService {
  constructor(
    private readonly db: Db,
    private readonly groups: Groups,
    private readonly calculations: ChainCalculations,
  ) {}

  async create(projectId: string, subject: string): Promise<FlowMapView> {
    const group = await this.openProject(projectId);
    const map = this.db.em.create(FlowMap, { id: this.db.newId(), partnerId: group.partnerId, groupId: group.id, subject: subject.trim() });
    await this.db.em.insert(FlowMap, map);
    return this.get(map.id);
  }

  async rename(id: string, subject: string): Promise<FlowMapView> {
    const map = await this.db.findOwned(FlowMap, id);
    await this.openProject(map.groupId);
    await this.db.em.update(FlowMap, { id }, { subject: subject.trim() });
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    const map = await this.db.findOwned(FlowMap, id);
    const group = await this.openProject(map.groupId);
    await this.db.em.delete(FlowMap, { id });
    await this.calculations.submitImpact(group);
  }

  async get(id: string): Promise<FlowMapView> {
    const map = await this.db.findOwned(FlowMap, id);
    return { id: map.id, projectId: map.groupId, subject: map.subject, asIs: await this.variant(map, 'as_is'), redesign: await this.variant(map, 'redesign') };
  }

  async put(id: string, variantParam: string, dto: PutFlowVariantDto): Promise<FlowMapView> {
    const { map, group, variant } = await this.loadForWrite(id, variantParam);
    const scenario = {
      nodes: dto.nodes.map((n) => ({ name: n.name.trim(), kind: n.kind, stockChangeKg: n.stockChangeKg ?? 0 })),
      flows: dto.flows.map((f) => ({
        from: f.from.trim(), to: f.to.trim(), material: f.material.trim(), kgPerYear: f.kgPerYear, recycledPct: f.recycledPct ?? 0, renewablePct: f.renewablePct ?? 0,
        recoveryRoute: f.recoveryRoute ?? null, recoveryPotentialPct: f.recoveryPotentialPct ?? null,
      })),
      energy: { totalKwh: dto.energy?.totalKwh ?? null, renewableKwh: dto.energy?.renewableKwh ?? null, electricityKwh: dto.energy?.electricityKwh ?? null, naturalGasM3: dto.energy?.naturalGasM3 ?? null },
      water: { intakeM3: dto.water?.intakeM3 ?? null, circularM3: dto.water?.circularM3 ?? null },
    };
    refuseProblems(scenarioProblems(scenario));
    await this.store(group, map, variant, scenario);
    return this.get(id);
  }

  /** Replaces the variant's nodes and flows by the file's; stock changes of nodes that keep their name, and energy and water, stay. */
  async import(id: string, variantParam: string, req: FastifyRequest): Promise<FlowMapView> {
    const { map, group, variant } = await this.loadForWrite(id, variantParam);
    const upload = await readUpload(req, { maxBytes: FLOW_FILE_MAX_BYTES, allowed: { csv: SHEET_CSV_TYPES, xlsx: [SHEET_XLSX_TYPE] } });
    const parsed = await parseFlowFile(upload.filename, upload.content);
    const before = await loadScenario(this.db.em, map.id, variant);
    const nodes = parsed.nodes.map((n) => ({ ...n, stockChangeKg: before.nodes.find((b) => b.name === n.name)?.stockChangeKg ?? 0 }));
    await this.store(group, map, variant, { nodes, flows: parsed.flows, energy: before.energy, water: before.water });
    return this.get(id);
  }

  private async store(group: ProgrammeGroup, map: FlowMap, variant: FlowVariantKey, scenario: Omit<StoredScenario, 'updatedAt'>) {
    await saveScenario(this.db.em, { partnerId: group.partnerId, groupId: group.id, mapId: map.id }, variant, scenario);
    await this.calculations.submitCircularity(group, map.id, variant, { ...scenario, updatedAt: null });
    await this.calculations.submitImpact(group);
  }

  private async variant(map: FlowMap, variant: FlowVariantKey): Promise<FlowVariantView> {
    const mapId = map.id;
    const s = await loadScenario(this.db.em, mapId, variant);
    return { variant, nodes: s.nodes, flows: s.flows, energy: s.energy, water: s.water, imbalances: checkBalance(s), circularity: await this.calculations.latest(CIRCULARITY_CTI_ID, variantSubject(mapId, variant), map.groupId), updatedAt: s.updatedAt };
  }

  private async loadForWrite(id: string, variantParam: string) {
    const map = await this.db.findOwned(FlowMap, id);
    if (!isFlowVariant(variantParam)) {
      throw new BadInputError('variant', { nl: `Kies de variant as_is (huidige situatie) of redesign (herontwerp), niet ${JSON.stringify(variantParam)}`, en: `Choose the variant as_is or redesign, not ${JSON.stringify(variantParam)}` }, { code: 'flow_map.variant' });
    }
    const group = await this.openProject(map.groupId);
    return { map, group, variant: variantParam };
  }

  private async openProject(groupId: string): Promise<ProgrammeGroup> {
    const { group, step } = await this.groups.load(groupId);
    if (group.step !== STEP) throw new NotFoundError('ChainProject', groupId);
    Groups.assertOpen(group, step);
    return group;
  }
}
