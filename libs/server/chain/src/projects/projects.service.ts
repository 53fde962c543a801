import { Injectable } from '@nestjs/common';
import { CHAIN_STEP, monthsBetween, phaseLabel, SPECIALIST_KIND_LABELS, WITHDRAWN_PHASE, type ChainRole, type EnrolmentRole } from '@koers/domain';
import {
  BadInputError, ChainApplication, ChainMember, ChainProject, ChainProposal, ChainSpecialist, ConflictError, Db, Enrolment, FlowMap, GroupStaff, NotFoundError, Organisation, ProgrammeGroup, SectorProgramme, StoredFile,
} from '@koers/server-db';
import { Enrolments, Groups, Invitations, Staff } from '@koers/server-programme';
import { In } from 'typeorm';
import { ChainCalculations, CHAIN_IMPACT_ID, projectSubject } from '../chain-calculations';
import { JobQueue } from '@koers/server-queue';
import { today } from '@koers/server-programme';
import { CHAIN_RESULTS } from '../reports/kinds';
import type {
  AddChainMemberDto, AddSpecialistDto, ChainMemberDto, ChainProjectDetailView, ChainProjectListView, CreateChainProjectDto, UpdateChainProjectDto,
} from './projects.dto';

const STEP = 'chain' as const;

/**
 * Chain projects: the core's groups of step 3 with a product or chain, a lead
 * and chain partners with their roles, a pool of specialists, and phases the
 * partners go through together. A project is made directly, from a
 * masterclass's proposal (step 2) or from a chain's joint application.
 */
@Injectable()
export class ChainProjectsService {
  constructor(
    private readonly db: Db,
    private readonly groups: Groups,
    private readonly enrolments: Enrolments,
    private readonly staff: Staff,
    private readonly invitations: Invitations,
    private readonly calculations: ChainCalculations,
    private readonly jobs: JobQueue,
  ) {}

  async list(): Promise<ChainProjectListView> {
    const rows = await this.groups.list(STEP);
    const ids = rows.map((r) => r.group.id);
    const own = ids.length ? await this.db.em.find(ChainProject, { where: { groupId: In(ids) } }) : [];
    const leads = ids.length ? await this.db.em.find(Enrolment, { where: { groupId: In(ids), role: 'lead' } }) : [];
    const orgs = leads.length ? await this.db.em.find(Organisation, { where: { id: In(leads.map((l) => l.organisationId)) } }) : [];
    const phases = ids.length
      ? ((await this.db.em.query(`select group_id, array_agg(phase) as phases from enrolment where group_id = any($1::uuid[]) and phase <> 'withdrawn' group by group_id`, [ids])) as { group_id: string; phases: string[] }[])
      : [];
    const items = rows.map(({ group, participants }) => {
      const p = own.find((o) => o.groupId === group.id);
      const lead = leads.find((l) => l.groupId === group.id && l.phase !== WITHDRAWN_PHASE);
      const mine = phases.find((x) => x.group_id === group.id)?.phases ?? [];
      return {
        id: group.id, name: group.name, subject: p?.subject ?? '', status: group.status, phase: earliest(mine), startsOn: group.startsOn, endsOn: group.endsOn,
        lead: lead ? (orgs.find((o) => o.id === lead.organisationId)?.name ?? null) : null, partners: participants, origin: p?.origin ?? 'direct', sectorProgrammeId: p?.sectorProgrammeId ?? null, theme: p?.theme ?? null,
      };
    });
    return { items, total: items.length };
  }

  async create(dto: CreateChainProjectDto): Promise<ChainProjectDetailView> {
    const em = this.db.em;
    const proposal = dto.proposalId ? await this.openProposal(dto.proposalId) : null;
    const application = dto.applicationId ? await this.openApplication(dto.applicationId) : null;
    if (proposal && application) throw new BadInputError('applicationId', { nl: 'Een project komt uit een voorstel of uit een aanvraag, niet uit beide', en: 'A project comes from a proposal or from an application, not both' }, { code: 'chain.origin_both' });
    const lead: ChainMemberDto | undefined = application ? { organisationId: application.applicantOrganisationId, chainRole: dto.lead?.chainRole ?? 'producer' } : dto.lead;
    if (!lead) throw new BadInputError('lead', { nl: 'Kies de trekker van het ketenproject', en: 'Choose the lead of the chain project' }, { code: 'chain.lead_missing' });
    if (dto.theme && !dto.sectorProgrammeId) throw new BadInputError('theme', { nl: 'Een thema hoort bij een sectorprogramma', en: 'A theme belongs to a sector programme' }, { code: 'chain.theme_without_programme' });
    if (dto.sectorProgrammeId && !(await em.exists(SectorProgramme, { where: { id: dto.sectorProgrammeId } }))) {
      throw new BadInputError('sectorProgrammeId', { nl: 'Onbekend sectorprogramma', en: 'Unknown sector programme' }, { code: 'chain.sector_programme_unknown' });
    }
    const partners = dto.partners ?? [];
    const all = [lead, ...partners];
    const dup = all.findIndex((m, i) => all.findIndex((x) => x.organisationId === m.organisationId) !== i);
    if (dup >= 0) throw new BadInputError(dup === 0 ? 'lead.organisationId' : `partners.${dup - 1}.organisationId`, { nl: 'Deze organisatie staat er twee keer in', en: 'This organisation is listed twice' }, { code: 'chain.member_twice' });
    const known = await em.find(Organisation, { where: { id: In(all.map((m) => m.organisationId)) } });
    const unknownAt = all.findIndex((m) => !known.some((o) => o.id === m.organisationId));
    if (unknownAt >= 0) throw new BadInputError(unknownAt === 0 ? 'lead.organisationId' : `partners.${unknownAt - 1}.organisationId`, { nl: 'Onbekende organisatie', en: 'Unknown organisation' }, { code: 'organisation.unknown' });

    const group = await this.groups.create(STEP, { name: dto.name.trim(), startsOn: dto.startsOn, endsOn: dto.endsOn, programmeLine: dto.programmeLine });
    const origin = proposal ? 'proposal' : application ? 'application' : 'direct';
    await em.insert(ChainProject, {
      groupId: group.id, partnerId: group.partnerId, subject: dto.subject.trim(), goal: dto.goal?.trim() || (proposal?.description ?? application?.description ?? ''), origin,
      proposalId: proposal?.id ?? null, sectorProgrammeId: dto.sectorProgrammeId ?? null, theme: dto.theme?.trim() || null, phasesReached: { [CHAIN_STEP.phases[0]]: today() },
    });
    await this.enrol(group, lead, 'lead');
    for (const p of partners) await this.enrol(group, p, 'chain_partner');
    if (proposal) await em.update(ChainProposal, { id: proposal.id }, { status: 'picked_up' });
    if (application) {
      await em.update(ChainApplication, { id: application.id }, { status: 'accepted', groupId: group.id });
      // Members the applicant named with an address are invited; they register their organisation or sign in.
      for (const m of application.members) if (m.email) await this.invitations.create(group.id, { email: m.email });
    }
    return this.get(group.id);
  }

  async update(id: string, dto: UpdateChainProjectDto): Promise<ChainProjectDetailView> {
    await this.groups.loadOf(STEP, id);
    const { subject, goal, theme, ...fields } = dto;
    const own = await this.db.em.findOneByOrFail(ChainProject, { groupId: id });
    if (theme !== undefined && !own.sectorProgrammeId) throw new BadInputError('theme', { nl: 'Een thema hoort bij een sectorprogramma', en: 'A theme belongs to a sector programme' }, { code: 'chain.theme_without_programme' });
    await this.groups.update(id, fields);
    const next: Partial<ChainProject> = {};
    if (subject !== undefined) next.subject = subject.trim();
    if (goal !== undefined) next.goal = goal.trim();
    if (theme !== undefined) next.theme = theme.trim();
    if (Object.keys(next).length) await this.db.em.update(ChainProject, { groupId: id }, next);
    return this.get(id);
  }

  async get(id: string): Promise<ChainProjectDetailView> {
    const group = await this.groups.loadOf(STEP, id);
    const view = await this.groups.view(id);
    const em = this.db.em;
    const own = await em.findOneByOrFail(ChainProject, { groupId: id });
    const members = await em.find(ChainMember, { where: { groupId: id } });
    const specialists = await em.find(ChainSpecialist, { where: { groupId: id } });
    const maps = await em.find(FlowMap, { where: { groupId: id }, order: { createdAt: 'ASC' } });
    const programme = own.sectorProgrammeId ? await em.findOne(SectorProgramme, { where: { id: own.sectorProgrammeId } }) : null;
    const application = own.origin === 'application' ? await em.findOne(ChainApplication, { where: { groupId: id } }) : null;
    const report = await em.findOne(StoredFile, { where: { purpose: CHAIN_RESULTS, ownerId: id }, order: { createdAt: 'DESC' }, select: { id: true, createdAt: true } });
    const active = view.participants.filter((p) => p.phase !== WITHDRAWN_PHASE);
    const held = view.sessions.filter((s) => s.attendance.some((a) => a.present)).length;
    const impact = await this.calculations.latest(CHAIN_IMPACT_ID, projectSubject(id), id);
    return {
      ...view,
      subject: own.subject, goal: own.goal, origin: own.origin, proposalId: own.proposalId, applicationId: application?.id ?? null, sectorProgrammeId: own.sectorProgrammeId, sectorProgrammeName: programme?.name ?? null, theme: own.theme,
      durationMonths: monthsBetween(group.startsOn, group.endsOn),
      phases: CHAIN_STEP.phases.map((phase) => ({ phase, label: phaseLabel(CHAIN_STEP, phase), plannedOn: group.phasePlan[phase] ?? null, reachedOn: own.phasesReached[phase] ?? null })),
      // The lead first, then the partners in the order they joined.
      members: [...view.participants].sort((a, b) => Number(b.role === 'lead') - Number(a.role === 'lead')).map((p) => ({
        participantId: p.id, organisationId: p.organisationId, organisationName: p.organisationName, role: p.role, chainRole: members.find((m) => m.enrolmentId === p.id)?.chainRole ?? 'other', phase: p.phase,
      })),
      specialists: specialists.map((s) => {
        const staff = view.staff.find((x) => x.id === s.staffId);
        return { staffId: s.staffId, name: staff?.name ?? null, organisation: staff?.organisation ?? null, email: staff?.email ?? null, kind: s.kind, kindLabel: SPECIALIST_KIND_LABELS[s.kind], contribution: staff?.contribution ?? '' };
      }),
      sessionsHeld: held, sessionsRequired: CHAIN_STEP.minSessionsHeld ?? 0,
      flowMaps: maps.map((m) => ({ id: m.id, subject: m.subject })),
      impact: impact.status === 'none' ? null : impact,
      reportFileId: report?.id ?? null,
      phase: earliest(active.map((p) => p.phase)),
    };
  }

  async addMember(id: string, dto: AddChainMemberDto): Promise<ChainProjectDetailView> {
    const group = await this.groups.loadOf(STEP, id);
    await this.enrol(group, dto, dto.role ?? 'chain_partner');
    return this.get(id);
  }

  async updateMember(participantId: string, chainRole: ChainRole): Promise<ChainProjectDetailView> {
    const enrolment = await this.db.findOwned(Enrolment, participantId);
    const { group, step } = await this.groups.load(enrolment.groupId);
    if (group.step !== STEP) throw new NotFoundError('ChainMember', participantId);
    Groups.assertOpen(group, step);
    await this.db.em.upsert(ChainMember, { enrolmentId: enrolment.id, partnerId: group.partnerId, groupId: group.id, chainRole }, ['enrolmentId']);
    return this.get(group.id);
  }

  async addSpecialist(id: string, dto: AddSpecialistDto): Promise<ChainProjectDetailView> {
    const group = await this.groups.loadOf(STEP, id);
    const before = new Set((await this.db.em.find(GroupStaff, { where: { groupId: id }, select: { id: true } })).map((s) => s.id));
    const { kind, ...person } = dto;
    await this.staff.add(id, { role: 'specialist', ...person });
    const added = (await this.db.em.find(GroupStaff, { where: { groupId: id } })).find((s) => !before.has(s.id)) as GroupStaff;
    await this.db.em.insert(ChainSpecialist, { staffId: added.id, partnerId: group.partnerId, groupId: id, kind });
    return this.get(id);
  }

  /** The partners go through the phases together: every active partner moves to the next phase, under the core's rules, and the date is kept. */
  async movePhase(id: string, phase: string, reason?: string): Promise<ChainProjectDetailView> {
    await this.groups.loadOf(STEP, id);
    const active = (await this.db.em.find(Enrolment, { where: { groupId: id }, order: { joinedAt: 'ASC' } })).filter((e) => e.phase !== WITHDRAWN_PHASE);
    if (phase === WITHDRAWN_PHASE) throw new BadInputError('phase', { nl: 'Een partner trekt zich terug via zijn eigen deelname, niet het hele project', en: 'A partner withdraws through its own enrolment, not the whole project' }, { code: 'chain.phase_withdrawn' });
    if (!active.length) throw new ConflictError({ nl: 'Dit ketenproject heeft geen actieve partners', en: 'This chain project has no active partners' }, { code: 'chain.no_partners', field: 'phase' });
    for (const e of active) if (e.phase !== phase) await this.enrolments.update(e.id, { phase, reason });
    const own = await this.db.em.findOneByOrFail(ChainProject, { groupId: id });
    await this.db.em.update(ChainProject, { groupId: id }, { phasesReached: { ...own.phasesReached, [phase]: own.phasesReached[phase] ?? today() } });
    return this.get(id);
  }

  /** Has the worker render the results report again (the earlier one is replaced once the new one is there). */
  async renderReport(id: string): Promise<ChainProjectDetailView> {
    const group = await this.groups.loadOf(STEP, id);
    await this.db.em.delete(StoredFile, { purpose: CHAIN_RESULTS, ownerId: id });
    // Job ids may not contain ':'; a new one each time, since the data changed.
    await this.jobs.add('document.render', { kind: CHAIN_RESULTS, ownerId: id, partnerId: group.partnerId }, { jobId: `chain-results-${id}-${Date.now()}` });
    return this.get(id);
  }

  private async enrol(group: ProgrammeGroup, member: ChainMemberDto, role: EnrolmentRole) {
    const enrolment = await this.groups.addEnrolment(group.id, member.organisationId, role);
    await this.db.em.insert(ChainMember, { enrolmentId: enrolment.id, partnerId: group.partnerId, groupId: group.id, chainRole: member.chainRole });
  }

  private async openProposal(id: string): Promise<ChainProposal> {
    const proposal = await this.db.em.findOne(ChainProposal, { where: { id } });
    if (!proposal) throw new BadInputError('proposalId', { nl: 'Onbekend voorstel', en: 'Unknown proposal' }, { code: 'chain.proposal_unknown' });
    if (proposal.status !== 'open') throw new ConflictError({ nl: 'Dit voorstel is al opgepakt als ketenproject', en: 'This proposal has already been taken up as a chain project' }, { code: 'chain.proposal_picked_up', field: 'proposalId' });
    return proposal;
  }

  private async openApplication(id: string): Promise<ChainApplication> {
    const application = await this.db.em.findOne(ChainApplication, { where: { id } });
    if (!application) throw new BadInputError('applicationId', { nl: 'Onbekende aanvraag', en: 'Unknown application' }, { code: 'chain.application_unknown' });
    if (application.status !== 'submitted') throw new ConflictError({ nl: 'Over deze aanvraag is al besloten', en: 'This application has already been decided' }, { code: 'chain.application_decided', field: 'applicationId' });
    return application;
  }
}

/** The project's phase: the earliest of its active partners'. */
function earliest(phases: string[]): string | null {
  const order = CHAIN_STEP.phases;
  const known = phases.filter((p) => order.includes(p));
  return known.length ? known.reduce((a, b) => (order.indexOf(a) <= order.indexOf(b) ? a : b)) : null;
}
