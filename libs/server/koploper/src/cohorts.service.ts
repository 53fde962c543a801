import { Injectable } from '@nestjs/common';
import {
  canAddParticipant,
  checkCohortSize,
  cohortPhase,
  DEFAULT_COHORT_SIZE_RULE,
  PHASE_LABELS,
  PHASES,
  transition,
  type Phase,
} from '@koers/domain';
import {
  BadInputError,
  Cohort,
  CohortAdviser,
  CohortInvitation,
  CohortParticipant,
  ConflictError,
  Db,
  Meeting,
  MeetingAttendance,
  Membership,
  Organisation,
  Partner,
  User,
} from '@koers/server-db';
import { JobQueue } from '@koers/server-queue';
import { In } from 'typeorm';
import type { AddAdviserDto, CreateCohortDto, UpdateCohortDto, UpdateParticipantDto } from './dto';
import { asConflict, participantRow, say, today } from './shared/participants';

/** Koplopergroepen: forming, starting, following and closing them, under the partner's size rule. */
@Injectable()
export class CohortsService {
  constructor(
    private readonly db: Db,
    private readonly jobs: JobQueue,
  ) {}

  private async sizeRule() {
    const partner = await this.db.findOwned(Partner, this.db.tenant.partnerId);
    return partner.settings.cohortSize ?? DEFAULT_COHORT_SIZE_RULE;
  }

  async list() {
    const cohorts = await this.db.em.find(Cohort, { order: { startsOn: 'DESC', name: 'ASC' } });
    const counts: { cohort_id: string; n: number }[] = cohorts.length
      ? await this.db.em.query(`select cohort_id, count(*)::int as n from cohort_participant where cohort_id = any($1::uuid[]) and phase <> 'withdrawn' group by cohort_id`, [cohorts.map((c) => c.id)])
      : [];
    return { items: cohorts.map((c) => ({ ...c, participants: counts.find((x) => x.cohort_id === c.id)?.n ?? 0 })), total: cohorts.length };
  }

  async create(dto: CreateCohortDto) {
    if (dto.endsOn < dto.startsOn) throw new BadInputError('endsOn', 'de einddatum ligt voor de startdatum / the end date is before the start date');
    const cohort = this.db.em.create(Cohort, { id: this.db.newId(), partnerId: this.db.tenant.partnerId, ...dto, coordinatorUserId: this.db.tenant.userId, status: 'planned', phasePlan: {} });
    await this.db.em.insert(Cohort, cohort);
    return this.get(cohort.id);
  }

  async update(id: string, dto: UpdateCohortDto) {
    const cohort = await this.db.findOwned(Cohort, id);
    if (cohort.status === 'closed') throw new ConflictError(say({ nl: 'Deze Koplopergroep is afgesloten', en: 'This cohort is closed' }));
    const next = { ...cohort, ...dto, phasePlan: dto.phasePlan ? cleanPlan(dto.phasePlan) : cohort.phasePlan };
    if (next.endsOn < next.startsOn) throw new BadInputError('endsOn', 'de einddatum ligt voor de startdatum / the end date is before the start date');
    checkPlan(next.phasePlan, next.startsOn, next.endsOn);
    await this.db.em.update(Cohort, { id }, { name: next.name, municipality: next.municipality, startsOn: next.startsOn, endsOn: next.endsOn, phasePlan: next.phasePlan });
    return this.get(id);
  }

  /** The coordinator's overview: participants with where they stand and what is late, advisers, meetings, invitations. */
  async get(id: string) {
    const cohort = await this.db.findOwned(Cohort, id);
    const em = this.db.em;
    // One transaction is one connection: queries run one after another.
    const participants = await em.find(CohortParticipant, { where: { cohortId: id }, order: { joinedAt: 'ASC' } });
    const advisers = await em.find(CohortAdviser, { where: { cohortId: id } });
    const meetings = await em.find(Meeting, { where: { cohortId: id }, order: { startsAt: 'ASC' } });
    const invitations = await em.find(CohortInvitation, { where: { cohortId: id }, order: { createdAt: 'DESC' } });
    const attendance = meetings.length ? await em.find(MeetingAttendance, { where: { meetingId: In(meetings.map((m) => m.id)) } }) : [];
    const orgIds = [...new Set([...participants.map((p) => p.organisationId), ...invitations.flatMap((i) => (i.organisationId ? [i.organisationId] : []))])];
    const orgs = orgIds.length ? await em.find(Organisation, { where: { id: In(orgIds) } }) : [];
    const userIds = [...new Set([...advisers.flatMap((a) => [a.userId, a.mentorUserId]), ...participants.map((p) => p.adviserUserId)].filter((x): x is string => !!x))];
    const users = userIds.length ? await em.find(User, { where: { id: In(userIds) } }) : [];
    const userName = (uid: string | null) => (uid ? (users.find((u) => u.id === uid)?.name ?? null) : null);
    const orgName = (oid: string | null) => (oid ? (orgs.find((o) => o.id === oid)?.name ?? null) : null);
    const day = today();
    const { prizeWinnerParticipantId: _w, ...fields } = cohort;
    return {
      ...fields,
      phase: cohortPhase(participants.map((p) => p.phase)),
      sizeRule: await this.sizeRule(),
      advisers: advisers.map((a) => ({ userId: a.userId, name: userName(a.userId), email: users.find((u) => u.id === a.userId)?.email ?? null, trainee: a.trainee, mentorUserId: a.mentorUserId, mentorName: userName(a.mentorUserId) })),
      participants: participants.map((p) => participantRow(p, cohort, { organisation: orgName(p.organisationId), adviser: userName(p.adviserUserId) }, day)),
      meetings: meetings.map((m) => ({ ...m, attendance: attendance.filter((a) => a.meetingId === m.id).map((a) => ({ participantId: a.participantId, present: a.present })) })),
      invitations: invitations.map((i) => ({ id: i.id, email: i.email, organisationId: i.organisationId, organisationName: orgName(i.organisationId), createdAt: i.createdAt, expiresAt: i.expiresAt, acceptedAt: i.acceptedAt })),
    };
  }

  async addParticipant(cohortId: string, organisationId: string) {
    const cohort = await this.db.findOwned(Cohort, cohortId);
    await this.db.findOwned(Organisation, organisationId);
    return CohortsService.enrol(this.db.em, cohort, organisationId, await this.sizeRule(), this.db.newId());
  }

  /** Adds an organisation to a cohort (coordinator, or an accepted invitation): each once, never past the maximum, never to a closed cohort. */
  static async enrol(em: Db['em'], cohort: Cohort, organisationId: string, rule: { min: number; max: number }, id: string) {
    if (cohort.status === 'closed') throw new ConflictError(say({ nl: 'Deze Koplopergroep is afgesloten', en: 'This cohort is closed' }));
    const count = await em.count(CohortParticipant, { where: { cohortId: cohort.id } });
    if (!canAddParticipant(count, rule)) {
      const check = checkCohortSize(count + 1, rule);
      throw new ConflictError(check.ok ? 'Koplopergroep is vol / cohort is full' : say(check.message));
    }
    if (await em.exists(CohortParticipant, { where: { cohortId: cohort.id, organisationId } })) {
      throw new ConflictError('Deze organisatie doet al mee / this organisation already takes part', 'organisationId');
    }
    const participant = em.create(CohortParticipant, { id, partnerId: cohort.partnerId, cohortId: cohort.id, organisationId, phase: 'kickoff' });
    await em.insert(CohortParticipant, participant);
    return participant;
  }

  /** The size rule is checked when the cohort starts, with a message naming the rule and the count. */
  async start(id: string) {
    const cohort = await this.db.findOwned(Cohort, id);
    if (cohort.status !== 'planned') throw new ConflictError('Deze Koplopergroep is al gestart / this cohort has already started');
    const count = await this.db.em.count(CohortParticipant, { where: { cohortId: id } });
    const check = checkCohortSize(count, await this.sizeRule());
    if (!check.ok) throw new ConflictError(say(check.message));
    await this.db.em.update(Cohort, { id }, { status: 'running' });
    return this.get(id);
  }

  async updateParticipant(cohortId: string, participantId: string, dto: UpdateParticipantDto) {
    const cohort = await this.db.findOwned(Cohort, cohortId);
    const participant = await this.db.findOwned(CohortParticipant, participantId, { cohortId });
    if (dto.phase === undefined && dto.adviserUserId === undefined) throw new BadInputError('phase', 'geef een fase of een adviseur / give a phase or an adviser');
    if (dto.adviserUserId !== undefined) {
      if (dto.adviserUserId !== null && !(await this.db.em.exists(CohortAdviser, { where: { cohortId, userId: dto.adviserUserId } }))) {
        throw new BadInputError('adviserUserId', 'deze gebruiker is geen adviseur van deze Koplopergroep / this user is not an adviser of this cohort');
      }
      participant.adviserUserId = dto.adviserUserId;
    }
    const to = dto.phase;
    if (to !== undefined && to !== participant.phase) {
      if (cohort.status !== 'running') throw new ConflictError('De Koplopergroep is niet gestart / the cohort is not running');
      participant.phase = asConflict(() => transition(participant.phase, to), 'phase');
      participant.phaseReachedAt = new Date();
    }
    await this.db.em.save(CohortParticipant, participant);
    if (to === 'symposium') {
      // The participation certificate is earned now: render it ahead of the first download (same job id as closing, so once).
      await this.jobs.add('document.render', { kind: 'participation_certificate', ownerId: participant.id, partnerId: cohort.partnerId }, { jobId: `participation-certificate-${participant.id}` });
    }
    return participant;
  }

  async addAdviser(cohortId: string, dto: AddAdviserDto) {
    const cohort = await this.db.findOwned(Cohort, cohortId);
    if (cohort.status === 'closed') throw new ConflictError(say({ nl: 'Deze Koplopergroep is afgesloten', en: 'This cohort is closed' }));
    const isAdviser = (userId: string) => this.db.em.exists(Membership, { where: { userId, role: 'adviser' } });
    if (!(await isAdviser(dto.userId))) throw new BadInputError('userId', 'deze gebruiker is geen adviseur van deze partner / this user is not an adviser of this partner');
    if (await this.db.em.exists(CohortAdviser, { where: { cohortId, userId: dto.userId } })) throw new ConflictError('Deze adviseur is al toegevoegd / this adviser has already been added', 'userId');
    const mentorUserId = dto.mentorUserId ?? null;
    if (dto.trainee && !mentorUserId) throw new BadInputError('mentorUserId', 'een adviseur in opleiding heeft een mentor nodig / a trainee adviser needs a mentor');
    if (mentorUserId) {
      if (mentorUserId === dto.userId) throw new BadInputError('mentorUserId', 'een adviseur kan niet zijn eigen mentor zijn / an adviser cannot mentor themselves');
      const mentor = await this.db.em.findOne(CohortAdviser, { where: { cohortId, userId: mentorUserId } });
      if (!mentor || mentor.trainee) throw new BadInputError('mentorUserId', 'de mentor moet een ervaren adviseur van deze Koplopergroep zijn / the mentor must be an experienced adviser of this cohort');
    }
    await this.db.em.insert(CohortAdviser, { id: this.db.newId(), partnerId: cohort.partnerId, cohortId, userId: dto.userId, trainee: dto.trainee, mentorUserId: dto.trainee ? mentorUserId : null });
    return this.get(cohortId);
  }

  async removeAdviser(cohortId: string, userId: string) {
    await this.db.findOwned(Cohort, cohortId);
    const adviser = await this.db.em.findOne(CohortAdviser, { where: { cohortId, userId } });
    if (!adviser) throw new BadInputError('userId', 'deze gebruiker is geen adviseur van deze Koplopergroep / this user is not an adviser of this cohort');
    if (await this.db.em.exists(CohortAdviser, { where: { cohortId, mentorUserId: userId } })) {
      throw new ConflictError(say({ nl: 'Deze adviseur is mentor van een adviseur in opleiding; wijs eerst een andere mentor aan', en: 'This adviser mentors a trainee; assign another mentor first' }));
    }
    await this.db.em.update(CohortParticipant, { cohortId, adviserUserId: userId }, { adviserUserId: null });
    await this.db.em.delete(CohortAdviser, { id: adviser.id });
  }

  /**
   * Closing the year: every active participant moves to the alumni network
   * (Koplopernetwerk) and gets a participation certificate. Refused while anyone
   * has not reached the symposium, naming them.
   */
  async close(id: string) {
    const cohort = await this.db.findOwned(Cohort, id);
    if (cohort.status !== 'running') throw new ConflictError(say({ nl: 'Alleen een lopende Koplopergroep kan worden afgesloten', en: 'Only a running cohort can be closed' }));
    const participants = await this.db.em.find(CohortParticipant, { where: { cohortId: id } });
    const behind = participants.filter((p) => p.phase !== 'withdrawn' && PHASES.indexOf(p.phase as Phase) < PHASES.indexOf('symposium'));
    if (behind.length) {
      const orgs = await this.db.em.find(Organisation, { where: { id: In(behind.map((p) => p.organisationId)) } });
      const names = behind.map((p) => `${orgs.find((o) => o.id === p.organisationId)?.name ?? p.id} (${PHASE_LABELS[p.phase].nl})`).join(', ');
      const namesEn = behind.map((p) => `${orgs.find((o) => o.id === p.organisationId)?.name ?? p.id} (${PHASE_LABELS[p.phase].en})`).join(', ');
      throw new ConflictError(say({ nl: `Nog niet bij het symposium: ${names}`, en: `Not at the symposium yet: ${namesEn}` }));
    }
    const now = new Date();
    for (const p of participants) {
      if (p.phase === 'symposium') await this.db.em.update(CohortParticipant, { id: p.id }, { phase: 'alumni', phaseReachedAt: now });
    }
    await this.db.em.update(Cohort, { id }, { status: 'closed', closedAt: now });
    const finished = participants.filter((p) => p.phase !== 'withdrawn');
    if (finished.length) {
      await this.jobs.addBulk(
        'document.render',
        finished.map((p) => ({ data: { kind: 'participation_certificate' as const, ownerId: p.id, partnerId: cohort.partnerId }, opts: { jobId: `participation-certificate-${p.id}` } })),
      );
    }
    return this.get(id);
  }

  /** Users of this partner by role, for the adviser, mentor and jury pickers. */
  async staff(role?: string) {
    const memberships = await this.db.em.find(Membership, { where: role ? { role: role as Membership['role'] } : { role: In(['administrator', 'coordinator', 'adviser', 'analyst']) } });
    const users = memberships.length ? await this.db.em.find(User, { where: { id: In([...new Set(memberships.map((m) => m.userId))]) } }) : [];
    return {
      items: memberships
        .filter((m) => m.role !== 'participant')
        .map((m) => ({ userId: m.userId, role: m.role, name: users.find((u) => u.id === m.userId)?.name ?? '', email: users.find((u) => u.id === m.userId)?.email ?? '' }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    };
  }
}

function cleanPlan(plan: Record<string, string | null>): Partial<Record<Phase, string>> {
  const out: Partial<Record<Phase, string>> = {};
  for (const [phase, date] of Object.entries(plan)) {
    if (!(PHASES as readonly string[]).includes(phase)) throw new BadInputError(`phasePlan.${phase}`, 'onbekende fase / unknown phase');
    if (date) out[phase as Phase] = date;
  }
  return out;
}

/** Planned dates lie within the cohort's dates and follow the track's order. */
function checkPlan(plan: Partial<Record<Phase, string>>, startsOn: string, endsOn: string) {
  let previous: { phase: Phase; date: string } | null = null;
  for (const phase of PHASES) {
    const date = plan[phase];
    if (!date) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new BadInputError(`phasePlan.${phase}`, 'geen datum JJJJ-MM-DD / not a date YYYY-MM-DD');
    if (date < startsOn || (phase !== 'alumni' && date > endsOn)) {
      throw new BadInputError(`phasePlan.${phase}`, `${PHASE_LABELS[phase].nl} moet tussen ${startsOn} en ${endsOn} liggen / ${PHASE_LABELS[phase].en} must lie between ${startsOn} and ${endsOn}`);
    }
    if (previous && date < previous.date) {
      throw new BadInputError(`phasePlan.${phase}`, `${PHASE_LABELS[phase].nl} ligt voor ${PHASE_LABELS[previous.phase].nl} / ${PHASE_LABELS[phase].en} is planned before ${PHASE_LABELS[previous.phase].en}`);
    }
    previous = { phase, date };
  }
}
