import { Injectable } from '@nestjs/common';
import { assessEnergySavingDuty, type EnergySavingDutyAssessment, type FootprintLineLike } from '@koers/calc-recommendations';
import { ENERGY_SAVING_DUTY, emlMarking } from '@koers/reference-data';
import { ActionPlanItem, BadInputError, Baseline, Db, KoploperEnrolment } from '@koers/server-db';
import { BaselineService } from '../baseline/baseline.service';
import { Participants, today } from '../shared/participants';
import type { ActionItemView, ActionPlanView, CreateActionItemDto, UpdateActionItemDto } from './action-plan.dto';

/** numeric columns arrive as strings from pg. */
const num = (v: string | null): number | null => (v === null ? null : Number(v));
const round = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;
/** As decimal text, so PostgreSQL rounds exactly (numeric(14, 1) kg, numeric(14, 2) euro); the answer shows what was stored. */
const decimal = (x: number | null | undefined) => (x === null || x === undefined ? null : String(x));

/**
 * The DuOn-agenda (action plan) and the MVO-visie of one participant. The
 * participant writes them itself (row-level security keeps it to its own; another
 * company's answers 404); its adviser, the coordinator and the administrator may
 * help. Nothing changes once the cohort is closed or the participant has withdrawn.
 */
@Injectable()
export class ActionPlanService {
  constructor(
    private readonly db: Db,
    private readonly participants: Participants,
    private readonly baselines: BaselineService,
  ) {}

  /** The vision and every item with the progress totals (also what the CSR certificate application attaches). */
  async get(participantId: string): Promise<ActionPlanView> {
    const { participant } = await this.participants.load(participantId);
    const own = await this.participants.own(participant);
    const items = await this.db.em.find(ActionPlanItem, { where: { participantId }, order: { dueOn: 'ASC', createdAt: 'ASC', id: 'ASC' } });
    const day = today();
    const duty = await this.energySavingDuty(participantId);
    const views = items.map((i) => itemView(i, day, duty));
    const counted = views.filter((i) => i.status !== 'dropped');
    return {
      vision: own.csrVision,
      visionUpdatedAt: own.csrVisionUpdatedAt,
      energySavingDuty: duty,
      items: views,
      progress: {
        total: counted.length,
        done: counted.filter((i) => i.status === 'done').length,
        inProgress: counted.filter((i) => i.status === 'in_progress').length,
        expectedKgCO2e: round(counted.reduce((s, i) => s + (i.expectedKgCO2e ?? 0), 0), 1),
        expectedCostEur: round(counted.reduce((s, i) => s + (i.expectedCostEur ?? 0), 0), 2),
      },
    };
  }

  async addItem(participantId: string, dto: CreateActionItemDto): Promise<ActionItemView> {
    const { participant } = await this.participants.loadActive(participantId);
    const id = this.db.newId();
    await this.db.em.insert(ActionPlanItem, {
      id,
      partnerId: participant.partnerId,
      participantId,
      organisationId: participant.organisationId,
      measureId: dto.measureId ?? null,
      title: dto.title.trim(),
      owner: dto.owner.trim(),
      dueOn: dto.dueOn,
      status: dto.status ?? 'planned',
      expectedKgCO2e: decimal(dto.expectedKgCO2e),
      expectedCostEur: decimal(dto.expectedCostEur),
      createdBy: this.db.tenant.userId,
    });
    return this.item(id);
  }

  async updateItem(id: string, dto: UpdateActionItemDto): Promise<ActionItemView> {
    const item = await this.db.findOwned(ActionPlanItem, id);
    await this.participants.loadActive(item.participantId);
    const patch: Partial<ActionPlanItem> = {};
    if (dto.measureId !== undefined) patch.measureId = dto.measureId;
    if (dto.title !== undefined) patch.title = dto.title.trim();
    if (dto.owner !== undefined) patch.owner = dto.owner.trim();
    if (dto.dueOn !== undefined) patch.dueOn = dto.dueOn;
    if (dto.status !== undefined) patch.status = dto.status;
    if (dto.expectedKgCO2e !== undefined) patch.expectedKgCO2e = decimal(dto.expectedKgCO2e);
    if (dto.expectedCostEur !== undefined) patch.expectedCostEur = decimal(dto.expectedCostEur);
    if (Object.keys(patch).length === 0) {
      throw new BadInputError('body', { nl: 'Geef ten minste één veld om te wijzigen', en: 'Give at least one field to change' }, { code: 'action_plan.nothing_to_change' });
    }
    await this.db.em.update(ActionPlanItem, { id }, { ...patch, updatedAt: new Date() });
    return this.item(id);
  }

  async removeItem(id: string): Promise<void> {
    const item = await this.db.findOwned(ActionPlanItem, id);
    await this.participants.loadActive(item.participantId);
    await this.db.em.delete(ActionPlanItem, { id });
  }

  async putVision(participantId: string, text: string): Promise<ActionPlanView> {
    const { participant } = await this.participants.loadActive(participantId);
    const own = await this.participants.own(participant);
    await this.db.em.save(KoploperEnrolment, { ...own, csrVision: text.trim(), csrVisionUpdatedAt: new Date() });
    return this.get(participantId);
  }

  private async item(id: string): Promise<ActionItemView> {
    const item = await this.db.findOwned(ActionPlanItem, id);
    return itemView(item, today(), await this.energySavingDuty(item.participantId));
  }

  /**
   * Whether the company falls under the energy-saving duty, from the latest reviewed baseline's
   * footprint (as the profile is made from); null while there is none with a computed footprint.
   */
  private async energySavingDuty(participantId: string): Promise<EnergySavingDutyAssessment | null> {
    const baseline = await this.db.em.findOne(Baseline, { where: { participantId, status: 'reviewed' }, order: { year: 'DESC' } });
    const found = baseline ? await this.baselines.inputAndResult(baseline.footprintInputId) : null;
    if (found?.result?.status !== 'succeeded') return null;
    const lines = (found.result.output as { lines?: FootprintLineLike[] }).lines;
    return lines ? assessEnergySavingDuty(lines, ENERGY_SAVING_DUTY) : null;
  }
}

function itemView(i: ActionPlanItem, day: string, duty: EnergySavingDutyAssessment | null): ActionItemView {
  const eml = i.measureId ? emlMarking(i.measureId) : undefined;
  return {
    id: i.id,
    measureId: i.measureId,
    title: i.title,
    owner: i.owner,
    dueOn: i.dueOn,
    status: i.status,
    expectedKgCO2e: num(i.expectedKgCO2e),
    expectedCostEur: num(i.expectedCostEur),
    overdue: (i.status === 'planned' || i.status === 'in_progress') && i.dueOn < day,
    eml: eml ? { part: eml.part, category: { ...eml.category }, verified: eml.verified } : null,
    obligation: duty?.applies && eml ? 'obligatory' : 'choice',
  };
}
