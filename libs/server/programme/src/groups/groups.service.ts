import { Injectable } from '@nestjs/common';
import {
  checkComposition, checkDuration, DEFAULT_PROGRAMME_LINE, checkPhasePlan, checkSessionsHeld, checkRoomFor, compositionFor, groupPhase, isLateIn, nextPhasesOf, phaseLabel, WITHDRAWN_PHASE,
  type CompositionRule, type EnrolmentRole, type ProgrammeLine, type StepDefinition, type StepKey,
} from '@koers/domain';
import {
  asConflict, BadInputError, ConflictError, Db, Enrolment, GroupInvitation, GroupStaff, Organisation, Participation, Partner, ProgrammeGroup, ProgrammeSession, SessionAttendance, SessionItem, User,
} from '@koers/server-db';
import { randomUUID } from 'node:crypto';
import { In, IsNull, type EntityManager } from 'typeorm';
import { today } from '../dates';
import type { GroupFieldsDto } from '../inputs';
import { itemView } from '../sessions/item-view';
import { sessionFields } from '../sessions/session-fields';
import { ProgrammeSteps } from '../steps';
import type { GroupView, ParticipantRowView } from '../views';

export interface NewGroup {
  name: string;
  startsOn: string;
  endsOn: string;
  /** The alliance's programme line; the step's default when absent. */
  programmeLine?: ProgrammeLine;
}

/** Groups of every step: forming, planning, starting and closing them under the step's rules. */
@Injectable()
export class Groups {
  constructor(
    private readonly db: Db,
    private readonly steps: ProgrammeSteps,
  ) {}

  /** The group as the current user may see it (404 otherwise), with its step's definition. */
  async load(id: string): Promise<{ group: ProgrammeGroup; step: StepDefinition }> {
    const group = await this.db.findOwned(ProgrammeGroup, id);
    return { group, step: this.steps.definition(group.step) };
  }

  /** Loads a group of one step: another step's group is not found here, like a foreign one. */
  async loadOf(step: StepKey, id: string): Promise<ProgrammeGroup> {
    const group = await this.db.findOwned(ProgrammeGroup, id, { step });
    return group;
  }

  static assertOpen(group: ProgrammeGroup, step: StepDefinition): void {
    if (group.status === 'closed') {
      throw new ConflictError({ nl: `Deze ${step.groupName.nl} is afgesloten`, en: `This ${step.groupName.en} is closed` }, { code: 'group.closed' });
    }
  }

  /** The composition rule of a group: the step's, with the partner's own size where it has one. */
  static async compositionOf(em: EntityManager, group: ProgrammeGroup, step: StepDefinition): Promise<CompositionRule> {
    const partner = await em.findOneByOrFail(Partner, { id: group.partnerId });
    const own = partner.settings.groupSize?.[group.step] ?? (group.step === 'koploper' ? partner.settings.cohortSize : undefined);
    return compositionFor(step, own ?? null);
  }

  /** Inserts a planned group of `step`; its step library adds its own row in the same transaction. */
  async create(stepKey: StepKey, fields: NewGroup): Promise<ProgrammeGroup> {
    if (fields.endsOn < fields.startsOn) throw endBeforeStart();
    checkDurationOf(this.steps.definition(stepKey), fields.startsOn, fields.endsOn);
    const group = this.db.em.create(ProgrammeGroup, {
      id: this.db.newId(), partnerId: this.db.tenant.partnerId, step: stepKey, ...fields, programmeLine: fields.programmeLine ?? DEFAULT_PROGRAMME_LINE[stepKey], coordinatorUserId: this.db.tenant.userId, status: 'planned', phasePlan: {}, closedAt: null,
    });
    await this.db.em.insert(ProgrammeGroup, group);
    return group;
  }

  async update(id: string, dto: GroupFieldsDto): Promise<ProgrammeGroup> {
    const { group, step } = await this.load(id);
    Groups.assertOpen(group, step);
    const plan = dto.phasePlan ? cleanPlan(dto.phasePlan) : group.phasePlan;
    const next = { name: dto.name ?? group.name, startsOn: dto.startsOn ?? group.startsOn, endsOn: dto.endsOn ?? group.endsOn, phasePlan: plan, programmeLine: dto.programmeLine ?? group.programmeLine };
    if (next.endsOn < next.startsOn) throw endBeforeStart();
    checkDurationOf(step, next.startsOn, next.endsOn);
    try {
      checkPhasePlan(step, plan, next.startsOn, next.endsOn);
    } catch (e) {
      const phase = (e as { params?: { phase?: string } }).params?.phase;
      throw asConflictField(e, phase ? `phasePlan.${phase}` : 'phasePlan');
    }
    await this.db.em.update(ProgrammeGroup, { id }, next);
    return { ...group, ...next };
  }

  /** Adds an organisation (coordinator, or an accepted invitation): each once, never past the maximum, never to a closed group. */
  static async enrol(em: EntityManager, group: ProgrammeGroup, step: StepDefinition, organisationId: string, role: EnrolmentRole, id: string): Promise<Enrolment> {
    Groups.assertOpen(group, step);
    const rule = await Groups.compositionOf(em, group, step);
    const current = await em.find(Enrolment, { where: { groupId: group.id }, select: { role: true, phase: true } });
    asConflict(() => checkRoomFor(step, rule, current.filter((e) => e.phase !== WITHDRAWN_PHASE).map((e) => e.role), role), 'role');
    if (await em.exists(Enrolment, { where: { groupId: group.id, organisationId } })) {
      throw new ConflictError({ nl: 'Deze organisatie doet al mee', en: 'This organisation already takes part' }, { code: 'enrolment.exists', field: 'organisationId' });
    }
    const enrolment = em.create(Enrolment, { id, partnerId: group.partnerId, groupId: group.id, organisationId, role, phase: step.phases[0], adviserUserId: null, withdrawnReason: null });
    await em.insert(Enrolment, enrolment);
    // The organisation is visible to the partner while it takes part (participation), once per step.
    if (!(await em.exists(Participation, { where: { partnerId: group.partnerId, organisationId, step: group.step, endedAt: IsNull() } }))) {
      await em.insert(Participation, { id: randomUUID(), partnerId: group.partnerId, organisationId, step: group.step });
    }
    return enrolment;
  }

  async addEnrolment(id: string, organisationId: string, role?: EnrolmentRole): Promise<Enrolment> {
    const { group, step } = await this.load(id);
    const org = await this.db.em.findOne(Organisation, { where: { id: organisationId } });
    if (!org) throw new BadInputError('organisationId', { nl: 'Onbekende organisatie', en: 'Unknown organisation' }, { code: 'organisation.unknown' });
    return Groups.enrol(this.db.em, group, step, organisationId, role ?? (step.composition.kind === 'chain' ? 'chain_partner' : 'participant'), this.db.newId());
  }

  /** The step's composition is checked when the group starts, with a refusal naming the rule and the count. */
  async start(id: string): Promise<void> {
    const { group, step } = await this.load(id);
    if (group.status !== 'planned') {
      throw new ConflictError({ nl: `Deze ${step.groupName.nl} is al gestart`, en: `This ${step.groupName.en} has already started` }, { code: 'group.started' });
    }
    const active = (await this.db.em.find(Enrolment, { where: { groupId: id } })).filter((e) => e.phase !== WITHDRAWN_PHASE);
    const rule = await Groups.compositionOf(this.db.em, group, step);
    asConflict(() => checkComposition(step, rule, active.map((e) => e.role)));
    await this.db.em.update(ProgrammeGroup, { id }, { status: 'running' });
  }

  /**
   * Closing: in one statement every active enrolment in the step's closing phase
   * moves to its final phase. Refused while anyone has not reached the closing
   * phase, naming them. The step's hook then does its own (certificates).
   */
  async close(id: string): Promise<void> {
    const { group, step } = await this.load(id);
    if (group.status !== 'running') {
      throw new ConflictError({ nl: `Alleen een lopende ${step.groupName.nl} kan worden afgesloten`, en: `Only a running ${step.groupName.en} can be closed` }, { code: 'group.not_running' });
    }
    const enrolments = await this.db.em.find(Enrolment, { where: { groupId: id } });
    const closingAt = step.phases.indexOf(step.closingPhase);
    const behind = enrolments.filter((e) => e.phase !== WITHDRAWN_PHASE && step.phases.indexOf(e.phase) < closingAt);
    if (behind.length) {
      const orgs = await this.db.em.find(Organisation, { where: { id: In(behind.map((e) => e.organisationId)) } });
      const names = (lang: 'nl' | 'en') => behind.map((e) => `${orgs.find((o) => o.id === e.organisationId)?.name ?? e.id} (${phaseLabel(step, e.phase)[lang]})`).join(', ');
      const target = phaseLabel(step, step.closingPhase);
      throw new ConflictError(
        { nl: `Nog niet bij ${target.nl}: ${names('nl')}`, en: `Not at ${target.en} yet: ${names('en')}` },
        { code: 'group.not_ready_to_close', params: { behind: behind.map((e) => e.id) } },
      );
    }
    if (step.minSessionsHeld) {
      // Held: someone's presence was recorded (a session planned but not held has no attendance).
      const [{ held }] = await this.db.em.query(
        'select count(*)::int as held from programme_session s where s.group_id = $1 and exists (select 1 from session_attendance a where a.session_id = s.id and a.present)',
        [id],
      );
      asConflict(() => checkSessionsHeld(step, held));
    }
    const now = new Date();
    await this.db.em
      .createQueryBuilder()
      .update(Enrolment)
      .set({ phase: step.finalPhase, phaseReachedAt: now })
      .where('group_id = :id and phase = :closing', { id, closing: step.closingPhase })
      .execute();
    await this.db.em.update(ProgrammeGroup, { id }, { status: 'closed', closedAt: now });
    const finished = enrolments.filter((e) => e.phase !== WITHDRAWN_PHASE).map((e) => ({ ...e, phase: step.finalPhase, phaseReachedAt: now }));
    const closed = { ...group, status: 'closed' as const, closedAt: now };
    await this.steps.hooksOf(group.step).groupClosed?.(this.db.em, closed, finished);
    for (const listener of this.steps.groupClosedListeners()) await listener(this.db.em, closed, finished);
  }

  /** The group's overview: participants with where they stand and what is late, staff, sessions, invitations (staff only). */
  async view(id: string): Promise<GroupView> {
    const { group, step } = await this.load(id);
    const em = this.db.em;
    // One transaction is one connection: queries run one after another.
    const enrolments = await em.find(Enrolment, { where: { groupId: id }, order: { joinedAt: 'ASC' } });
    const staff = await em.find(GroupStaff, { where: { groupId: id } });
    const sessions = await em.find(ProgrammeSession, { where: { groupId: id }, order: { startsAt: 'ASC' } });
    const invitations = this.db.tenant.role === 'participant' ? [] : await em.find(GroupInvitation, { where: { groupId: id }, order: { createdAt: 'DESC' } });
    const attendance = sessions.length ? await em.find(SessionAttendance, { where: { sessionId: In(sessions.map((s) => s.id)) } }) : [];
    const items = sessions.length ? await em.find(SessionItem, { where: { groupId: id }, order: { createdAt: 'ASC', id: 'ASC' } }) : [];
    const orgIds = [...new Set([...enrolments.map((e) => e.organisationId), ...[...invitations, ...staff].flatMap((i) => (i.organisationId ? [i.organisationId] : []))])];
    const orgs = orgIds.length ? await em.find(Organisation, { where: { id: In(orgIds) } }) : [];
    const userIds = [...new Set([...staff.flatMap((s) => [s.userId, s.mentorUserId]), ...enrolments.map((e) => e.adviserUserId)].filter((x): x is string => !!x))];
    const users = userIds.length ? await em.find(User, { where: { id: In(userIds) } }) : [];
    const user = (uid: string | null) => (uid ? users.find((u) => u.id === uid) : undefined);
    const orgName = (oid: string | null) => (oid ? (orgs.find((o) => o.id === oid)?.name ?? null) : null);
    const rule = await Groups.compositionOf(em, group, step);
    const day = today();
    return {
      id: group.id, step: group.step, name: group.name, startsOn: group.startsOn, endsOn: group.endsOn, status: group.status, coordinatorUserId: group.coordinatorUserId,
      phasePlan: group.phasePlan, closedAt: group.closedAt, programmeLine: group.programmeLine,
      phase: groupPhase(step, enrolments.map((e) => e.phase)),
      sizeRule: rule.kind === 'count' ? rule.size : null,
      staff: staff.map((s) => ({
        id: s.id, role: s.role, userId: s.userId, name: s.userId ? (user(s.userId)?.name ?? null) : (s.externalName ?? orgName(s.organisationId)), email: s.userId ? (user(s.userId)?.email ?? null) : s.externalEmail,
        organisation: s.externalOrganisation ?? orgName(s.organisationId), organisationId: s.organisationId, contribution: s.contribution, trainee: s.trainee, mentorUserId: s.mentorUserId, mentorName: user(s.mentorUserId)?.name ?? null,
      })),
      participants: enrolments.map((e) => participantRow(step, e, group, { organisation: orgName(e.organisationId), adviser: user(e.adviserUserId)?.name ?? null }, day)),
      sessions: sessions.map((s) => ({ ...sessionFields(s, new Map(enrolments.map((e) => [e.id, orgName(e.organisationId) ?? '']))), attendance: attendance.filter((a) => a.sessionId === s.id).map((a) => ({ participantId: a.enrolmentId, present: a.present })), items: items.filter((i) => i.sessionId === s.id).map(itemView) })),
      invitations: invitations.map((i) => ({
        id: i.id, email: i.email, organisationId: i.organisationId, organisationName: orgName(i.organisationId), createdAt: i.createdAt, expiresAt: i.expiresAt, acceptedAt: i.acceptedAt,
        withdrawnAt: i.withdrawnAt, lastSentAt: i.lastSentAt, sentCount: i.sentCount,
      })),
    };
  }

  /**
   * The group's active companies by name, also for a participant of the group
   * (who sees only its own enrolment otherwise): a security-definer function on
   * the request's own connection (migration 1764000006200).
   */
  async fellows(id: string): Promise<{ enrolmentId: string; organisationName: string }[]> {
    await this.load(id);
    const rows: { enrolment_id: string; organisation_name: string }[] = await this.db.em.query('select * from koers_group_fellows($1)', [id]);
    return rows.map((r) => ({ enrolmentId: r.enrolment_id, organisationName: r.organisation_name }));
  }

  /** Groups of one step with their number of active participants, newest first. */
  async list(stepKey: StepKey) {
    const groups = await this.db.em.find(ProgrammeGroup, { where: { step: stepKey }, order: { startsOn: 'DESC', name: 'ASC' } });
    const counts: { group_id: string; n: number }[] = groups.length
      ? await this.db.em.query(`select group_id, count(*)::int as n from enrolment where group_id = any($1::uuid[]) and phase <> 'withdrawn' group by group_id`, [groups.map((g) => g.id)])
      : [];
    return groups.map((g) => ({ group: g, participants: counts.find((c) => c.group_id === g.id)?.n ?? 0 }));
  }
}

/** One enrolment as the group overview and a participant's own page show it: where it stands, by when, and whether it is late. */
export function participantRow(step: StepDefinition, e: Enrolment, group: ProgrammeGroup, names: { organisation: string | null; adviser: string | null }, day = today()): ParticipantRowView {
  const plannedBy = e.phase === WITHDRAWN_PHASE ? null : (group.phasePlan[e.phase] ?? null);
  return {
    id: e.id, organisationId: e.organisationId, organisationName: names.organisation, role: e.role, phase: e.phase, phaseReachedAt: e.phaseReachedAt, joinedAt: e.joinedAt,
    adviserUserId: e.adviserUserId, adviserName: names.adviser, plannedBy,
    late: plannedBy !== null && group.status === 'running' && isLateIn(step, e.phase, plannedBy, day),
    nextPhases: group.status === 'running' ? nextPhasesOf(step, e.phase) : [],
  };
}

function endBeforeStart() {
  return new BadInputError('endsOn', { nl: 'De einddatum ligt voor de startdatum', en: 'The end date is before the start date' }, { code: 'group.ends_before_start' });
}

function cleanPlan(plan: Record<string, string | null>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [phase, date] of Object.entries(plan)) {
    if (date !== null && typeof date !== 'string') throw new BadInputError(`phasePlan.${phase}`, { nl: 'Geen datum JJJJ-MM-DD', en: 'Not a date YYYY-MM-DD' }, { code: 'plan.not_a_date' });
    if (date) out[phase] = date;
  }
  return out;
}

/** A plan the step refuses is the client's input: 400 naming the phase's field. */
function asConflictField(e: unknown, field: string): unknown {
  const rule = e as { code?: string; text?: { nl: string; en: string }; params?: Record<string, string> };
  if (rule.code && rule.text) return new BadInputError(field, rule.text, { code: rule.code, params: rule.params });
  return e;
}

function checkDurationOf(step: StepDefinition, startsOn: string, endsOn: string) {
  try {
    checkDuration(step, startsOn, endsOn);
  } catch (e) {
    throw asConflictField(e, 'endsOn');
  }
}
