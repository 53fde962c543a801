import { Injectable } from '@nestjs/common';
import { businessCaseFigures, WITHDRAWN_PHASE, type BusinessCaseLine } from '@koers/domain';
import { BadInputError, BusinessCaseLineRow, BusinessCaseOption, Db, Enrolment, NotFoundError, Organisation, type ProgrammeGroup } from '@koers/server-db';
import { Groups } from '@koers/server-programme';
import { In } from 'typeorm';
import { ChainCalculations } from '../chain-calculations';
import type { BusinessCaseDto, BusinessCaseListView, BusinessCaseView } from './business-cases.dto';

const STEP = 'chain' as const;

/** Business cases per redesign option: each chain partner's investment, savings, extra revenue and jobs; payback and net present value. */
@Injectable()
export class BusinessCasesService {
  constructor(
    private readonly db: Db,
    private readonly groups: Groups,
    private readonly calculations: ChainCalculations,
  ) {}

  async list(projectId: string): Promise<BusinessCaseListView> {
    await this.groups.loadOf(STEP, projectId);
    const options = await this.db.em.find(BusinessCaseOption, { where: { groupId: projectId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return { items: await Promise.all(options.map((o) => this.view(o))) };
  }

  async create(projectId: string, dto: BusinessCaseDto): Promise<BusinessCaseView> {
    const group = await this.openProject(projectId);
    const lines = await this.checkLines(group, dto);
    const option = this.db.em.create(BusinessCaseOption, {
      id: this.db.newId(), partnerId: group.partnerId, groupId: group.id, name: dto.name.trim(), description: dto.description?.trim() ?? '', discountRatePct: String(dto.discountRatePct), horizonYears: dto.horizonYears, chosen: false,
    });
    await this.db.em.insert(BusinessCaseOption, option);
    await this.insertLines(group, option.id, lines);
    return this.get(option.id);
  }

  async replace(id: string, dto: BusinessCaseDto): Promise<BusinessCaseView> {
    const option = await this.db.findOwned(BusinessCaseOption, id);
    const group = await this.openProject(option.groupId);
    const lines = await this.checkLines(group, dto);
    await this.db.em.update(BusinessCaseOption, { id }, { name: dto.name.trim(), description: dto.description?.trim() ?? '', discountRatePct: String(dto.discountRatePct), horizonYears: dto.horizonYears });
    await this.db.em.delete(BusinessCaseLineRow, { optionId: id });
    await this.insertLines(group, id, lines);
    if (option.chosen) await this.calculations.submitImpact(group);
    return this.get(id);
  }

  /** The option the project goes on with (one at a time); its impact is computed. */
  async choose(id: string): Promise<BusinessCaseView> {
    const option = await this.db.findOwned(BusinessCaseOption, id);
    const group = await this.openProject(option.groupId);
    await this.db.em.update(BusinessCaseOption, { groupId: group.id, chosen: true }, { chosen: false });
    await this.db.em.update(BusinessCaseOption, { id }, { chosen: true });
    await this.calculations.submitImpact(group);
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    const option = await this.db.findOwned(BusinessCaseOption, id);
    await this.openProject(option.groupId);
    await this.db.em.delete(BusinessCaseOption, { id });
  }

  async get(id: string): Promise<BusinessCaseView> {
    return this.view(await this.db.findOwned(BusinessCaseOption, id));
  }

  private async view(o: BusinessCaseOption): Promise<BusinessCaseView> {
    const rows = await this.db.em.find(BusinessCaseLineRow, { where: { optionId: o.id } });
    // The lead first, then the partners in the order they joined.
    const enrolments = (rows.length ? await this.db.em.find(Enrolment, { where: { id: In(rows.map((r) => r.enrolmentId)) }, order: { joinedAt: 'ASC', id: 'ASC' } }) : []).sort((a, b) => Number(b.role === 'lead') - Number(a.role === 'lead'));
    const orgs = enrolments.length ? await this.db.em.find(Organisation, { where: { id: In(enrolments.map((e) => e.organisationId)) } }) : [];
    const rate = Number(o.discountRatePct);
    const lines = enrolments.map((e) => {
      const r = rows.find((x) => x.enrolmentId === e.id) as BusinessCaseLineRow;
      const line: BusinessCaseLine = { investmentEur: Number(r.investmentEur), yearlySavingsEur: Number(r.yearlySavingsEur), extraRevenueEur: Number(r.extraRevenueEur), fteChange: Number(r.fteChange) };
      return { participantId: e.id, organisationName: orgs.find((x) => x.id === e.organisationId)?.name ?? null, ...line, figures: businessCaseFigures([line], rate, o.horizonYears) };
    });
    return {
      id: o.id, projectId: o.groupId, name: o.name, description: o.description, discountRatePct: rate, horizonYears: o.horizonYears, chosen: o.chosen, lines,
      total: businessCaseFigures(lines, rate, o.horizonYears),
    };
  }

  private async checkLines(group: ProgrammeGroup, dto: BusinessCaseDto) {
    const ids = dto.lines.map((l) => l.participantId);
    const enrolments = ids.length ? await this.db.em.find(Enrolment, { where: { id: In(ids), groupId: group.id } }) : [];
    const problems = dto.lines.flatMap((l, i) => {
      const field = `lines.${i}.participantId`;
      const e = enrolments.find((x) => x.id === l.participantId);
      if (!e || e.phase === WITHDRAWN_PHASE) return [{ field, code: 'business_case.not_a_partner', text: { nl: 'Geen (actieve) partner van dit ketenproject', en: 'Not an (active) partner of this chain project' } }];
      if (ids.indexOf(l.participantId) !== i) return [{ field, code: 'business_case.duplicate', text: { nl: 'Deze partner staat er twee keer in', en: 'This partner is listed twice' } }];
      return [];
    });
    if (problems.length === 1) throw new BadInputError(problems[0].field, problems[0].text, { code: problems[0].code });
    if (problems.length) throw BadInputError.many(problems, problems[0].code);
    return dto.lines;
  }

  private async insertLines(group: ProgrammeGroup, optionId: string, lines: BusinessCaseDto['lines']) {
    if (!lines.length) return;
    await this.db.em.insert(BusinessCaseLineRow, lines.map((l) => ({
      optionId, enrolmentId: l.participantId, partnerId: group.partnerId, groupId: group.id, investmentEur: String(l.investmentEur), yearlySavingsEur: String(l.yearlySavingsEur),
      extraRevenueEur: String(l.extraRevenueEur), fteChange: String(l.fteChange ?? 0),
    })));
  }

  private async openProject(groupId: string): Promise<ProgrammeGroup> {
    const { group, step } = await this.groups.load(groupId);
    if (group.step !== STEP) throw new NotFoundError('ChainProject', groupId);
    Groups.assertOpen(group, step);
    return group;
  }
}
