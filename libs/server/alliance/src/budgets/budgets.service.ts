import { Injectable } from '@nestjs/common';
import { BUDGET_CATEGORIES, BUDGET_CATEGORY_LABELS, budgetTotals, stepOf } from '@koers/domain';
import { BadInputError, Budget, BudgetLine, ConflictError, Db, nameEntity, PilotProject, ProgrammeGroup } from '@koers/server-db';
import { In, IsNull, Not, type FindOptionsWhere } from 'typeorm';
import { AllianceAccess, type PartnerRef } from '../access';
import { num } from '../inputs';
import type { BudgetLinesDto, BudgetListView, BudgetsQuery, BudgetSummaryView, BudgetView, CreateBudgetDto, UpdateBudgetDto } from './budgets.dto';

nameEntity('Budget', { nl: 'Begroting', en: 'Budget' });

/**
 * Budgets per step and per project (a group of a step, or a pilot): planned
 * income (participant contributions, subsidies, partner contributions in money
 * and in kind) and costs, with the actuals against plan. A budget is its
 * keeping partner's: only that partner and the secretariat see it.
 */
@Injectable()
export class BudgetsService {
  constructor(
    private readonly db: Db,
    private readonly access: AllianceAccess,
  ) {}

  async list(q: BudgetsQuery): Promise<BudgetListView> {
    const where: FindOptionsWhere<Budget> = {};
    if (q.scope) where.scope = q.scope;
    if (q.step) where.step = q.step;
    const budgets = await this.db.em.find(Budget, { where, order: { periodStart: 'DESC', title: 'ASC' } });
    const lines = budgets.length ? await this.db.em.find(BudgetLine, { where: { budgetId: In(budgets.map((b) => b.id)) } }) : [];
    const names = await this.subjectNames(budgets);
    const partners = await this.access.partners();
    return { items: budgets.map((b) => this.summary(b, lines.filter((l) => l.budgetId === b.id), names, partners)), totals: budgetTotals(lines) };
  }

  async create(dto: CreateBudgetDto): Promise<BudgetView> {
    const em = this.db.em;
    const b = await this.subjectOf(dto);
    checkPeriod(b.periodStart, b.periodEnd);
    const taken =
      b.groupId ? await em.exists(Budget, { where: { groupId: b.groupId } })
      : b.pilotId ? await em.exists(Budget, { where: { pilotId: b.pilotId } })
      : await em.exists(Budget, { where: { partnerId: b.partnerId, scope: 'step', step: b.step ?? undefined, periodStart: b.periodStart } });
    if (taken) {
      const field = b.groupId ? 'groupId' : b.pilotId ? 'pilotId' : 'periodStart';
      throw new ConflictError({ nl: 'Hiervoor bestaat al een begroting', en: 'A budget for this exists already' }, { code: 'alliance.budget_exists', field });
    }
    const id = this.db.newId();
    await em.insert(Budget, { id, ...b, note: dto.note?.trim() ?? '', createdBy: this.db.tenant.userId });
    return this.get(id);
  }

  /** What the budget is for, with its keeper and its title and period (a group's or pilot's own by default); 400 naming what is missing or out of place. */
  private async subjectOf(dto: CreateBudgetDto): Promise<Pick<Budget, 'partnerId' | 'scope' | 'step' | 'groupId' | 'pilotId' | 'title' | 'periodStart' | 'periodEnd'>> {
    const problems: { field: string; text: { nl: string; en: string }; code: string }[] = [];
    const notHere = (field: string) => problems.push({ field, text: { nl: 'Hoort niet bij deze soort begroting', en: 'Does not belong to this kind of budget' }, code: 'alliance.budget_field_not_here' });
    const required = (field: string, text: { nl: string; en: string }) => problems.push({ field, text, code: 'validation.required' });
    const refuse = () => {
      if (problems.length) throw BadInputError.many(problems);
    };
    const title = dto.title?.trim();
    if (dto.scope === 'step') {
      if (!dto.step) required('step', { nl: 'Kies de stap', en: 'Choose the step' });
      if (dto.groupId) notHere('groupId');
      if (dto.pilotId) notHere('pilotId');
      if (!dto.periodStart) required('periodStart', { nl: 'Het begin van de periode', en: 'The start of the period' });
      if (!dto.periodEnd) required('periodEnd', { nl: 'Het einde van de periode', en: 'The end of the period' });
      const { step, periodStart, periodEnd } = dto;
      if (!step || !periodStart || !periodEnd) throw BadInputError.many(problems);
      refuse();
      return { partnerId: this.db.tenant.partnerId, scope: 'step', step, groupId: null, pilotId: null, title: title ?? `${stepOf(step).name.nl} ${periodStart.slice(0, 4)}`, periodStart, periodEnd };
    }
    if (dto.scope === 'group') {
      if (!dto.groupId) required('groupId', { nl: 'Kies de groep', en: 'Choose the group' });
      if (dto.step) notHere('step');
      if (dto.pilotId) notHere('pilotId');
      refuse();
      const group = await this.db.em.findOne(ProgrammeGroup, { where: { id: dto.groupId } });
      if (!group) throw new BadInputError('groupId', { nl: 'Geen groep van uw organisatie', en: 'Not a group of your organisation' }, { code: 'alliance.group_unknown' });
      return { partnerId: group.partnerId, scope: 'group', step: group.step, groupId: group.id, pilotId: null, title: title ?? group.name, periodStart: dto.periodStart ?? group.startsOn, periodEnd: dto.periodEnd ?? group.endsOn };
    }
    if (!dto.pilotId) required('pilotId', { nl: 'Kies het pilotproject', en: 'Choose the pilot project' });
    if (dto.step) notHere('step');
    if (dto.groupId) notHere('groupId');
    refuse();
    const pilot = await this.db.em.findOne(PilotProject, { where: { id: dto.pilotId } });
    if (!pilot) throw new BadInputError('pilotId', { nl: 'Onbekend pilotproject', en: 'Unknown pilot project' }, { code: 'alliance.pilot_unknown' });
    await this.access.assertKeeper(pilot.partnerId);
    const periodStart = dto.periodStart ?? pilot.startsOn;
    const periodEnd = dto.periodEnd ?? pilot.endsOn;
    if (!periodStart) required('periodStart', { nl: 'Het pilotproject heeft geen startdatum; geef het begin van de periode', en: 'The pilot has no start date; give the start of the period' });
    if (!periodEnd) required('periodEnd', { nl: 'Het pilotproject heeft geen einddatum; geef het einde van de periode', en: 'The pilot has no end date; give the end of the period' });
    if (!periodStart || !periodEnd) throw BadInputError.many(problems);
    return { partnerId: pilot.partnerId, scope: 'pilot', step: null, groupId: null, pilotId: pilot.id, title: title ?? pilot.title, periodStart, periodEnd };
  }

  async get(id: string): Promise<BudgetView> {
    const b = await this.db.findOwned(Budget, id);
    const lines = await this.db.em.find(BudgetLine, { where: { budgetId: id }, order: { position: 'ASC' } });
    const summary = this.summary(b, lines, await this.subjectNames([b]), await this.access.partners());
    return {
      ...summary, note: b.note,
      lines: lines.map((l) => ({ id: l.id, category: l.category, direction: BUDGET_CATEGORIES[l.category], categoryLabel: BUDGET_CATEGORY_LABELS[l.category], description: l.description, plannedEur: Number(l.plannedEur), actualEur: num(l.actualEur) })),
    };
  }

  async update(id: string, dto: UpdateBudgetDto): Promise<BudgetView> {
    const b = await this.db.findOwned(Budget, id);
    await this.access.assertKeeper(b.partnerId);
    const next = { title: dto.title?.trim() ?? b.title, periodStart: dto.periodStart ?? b.periodStart, periodEnd: dto.periodEnd ?? b.periodEnd, note: dto.note?.trim() ?? b.note };
    checkPeriod(next.periodStart, next.periodEnd);
    if (b.scope === 'step' && next.periodStart !== b.periodStart && (await this.db.em.exists(Budget, { where: { partnerId: b.partnerId, scope: 'step', step: b.step ?? undefined, periodStart: next.periodStart, id: Not(id) } }))) {
      throw new ConflictError({ nl: 'Voor deze stap en periode bestaat al een begroting', en: 'A budget for this step and period exists already' }, { code: 'alliance.budget_exists', field: 'periodStart' });
    }
    await this.db.em.update(Budget, { id }, { ...next, updatedAt: new Date() });
    return this.get(id);
  }

  /** Replaces the lines: every planned income and cost line with its actual. */
  async putLines(id: string, dto: BudgetLinesDto): Promise<BudgetView> {
    const b = await this.db.findOwned(Budget, id);
    await this.access.assertKeeper(b.partnerId);
    await this.db.em.delete(BudgetLine, { budgetId: id });
    if (dto.lines.length) {
      await this.db.em.insert(
        BudgetLine,
        dto.lines.map((l, i) => ({
          id: this.db.newId(), partnerId: b.partnerId, budgetId: id, position: i + 1, category: l.category, description: l.description?.trim() ?? '', plannedEur: l.plannedEur.toFixed(2), actualEur: l.actualEur == null ? null : l.actualEur.toFixed(2),
        })),
      );
    }
    await this.db.em.update(Budget, { id }, { updatedAt: new Date() });
    return this.get(id);
  }

  private summary(b: Budget, lines: BudgetLine[], names: Map<string, string>, partners: PartnerRef[]): BudgetSummaryView {
    const subjectId = b.groupId ?? b.pilotId;
    return {
      id: b.id, scope: b.scope, step: b.step, subject: { groupId: b.groupId, pilotId: b.pilotId, name: subjectId ? (names.get(subjectId) ?? null) : null },
      title: b.title, periodStart: b.periodStart, periodEnd: b.periodEnd, keeper: partners.find((p) => p.id === b.partnerId) ?? { id: b.partnerId, slug: '', name: '' }, totals: budgetTotals(lines),
    };
  }

  /**
   * Names of the budgets' groups and pilots. A group is its partner's; the
   * secretariat, which sees every budget, reads another partner's group name
   * past row-level security (only the name of a group whose budget it may see).
   */
  private async subjectNames(budgets: Budget[]): Promise<Map<string, string>> {
    const groupIds = budgets.flatMap((b) => (b.groupId ? [b.groupId] : []));
    const pilotIds = budgets.flatMap((b) => (b.pilotId ? [b.pilotId] : []));
    const names = new Map<string, string>();
    if (groupIds.length) for (const g of await this.db.system((em) => em.find(ProgrammeGroup, { where: { id: In(groupIds) }, select: { id: true, name: true } }))) names.set(g.id, g.name);
    if (pilotIds.length) for (const p of await this.db.em.find(PilotProject, { where: { id: In(pilotIds), title: Not(IsNull()) }, select: { id: true, title: true } })) names.set(p.id, p.title);
    return names;
  }
}

function checkPeriod(start: string, end: string): void {
  if (end < start) throw new BadInputError('periodEnd', { nl: 'Het einde van de periode ligt voor het begin', en: 'The end of the period is before its start' }, { code: 'alliance.period_reversed' });
}
