import { Injectable } from '@nestjs/common';
import { companyVisitLocation, FEEDBACK_SESSION_KIND, isParticipantSessionKind, WITHDRAWN_PHASE, type StepDefinition } from '@koers/domain';
import { BadInputError, Db, Enrolment, ForbiddenError, Organisation, ProgrammeSession, SessionAttendance, SessionItem } from '@koers/server-db';
import { In } from 'typeorm';
import { Groups } from '../groups/groups.service';
import type { AttendanceDto, CreateSessionDto, CreateSessionItemDto, UpdateSessionDto, UpdateSessionItemDto } from '../inputs';
import type { SessionItemView, SessionView } from '../views';
import { itemView } from './item-view';
import { sessionFields } from './session-fields';

/** A group's sessions: kind (the step's), time, place, agenda, and who came. */
@Injectable()
export class Sessions {
  constructor(
    private readonly db: Db,
    private readonly groups: Groups,
  ) {}

  async create(groupId: string, dto: CreateSessionDto): Promise<SessionView> {
    const { group, step } = await this.groups.load(groupId);
    // The plenary feedback comes after the track: the one kind of session a closed group may still get.
    if (dto.kind !== FEEDBACK_SESSION_KIND) Groups.assertOpen(group, step);
    checkKind(step, dto.kind);
    const startsAt = new Date(dto.startsAt);
    const endsAt = dto.endsAt ? new Date(dto.endsAt) : null;
    checkTimes(startsAt, endsAt);
    const own = await this.participantOf(groupId, dto.kind, dto.participantId);
    const location = dto.location.trim() || (own ? companyVisitLocation(own.organisation) : dto.location);
    const session = this.db.em.create(ProgrammeSession, {
      id: this.db.newId(), partnerId: group.partnerId, groupId, enrolmentId: own?.enrolment.id ?? null, kind: dto.kind, title: dto.title, startsAt, endsAt, location, agenda: dto.agenda,
    });
    await this.db.em.insert(ProgrammeSession, session);
    return this.view(session.id);
  }

  async update(id: string, dto: UpdateSessionDto): Promise<SessionView> {
    const session = await this.db.findOwned(ProgrammeSession, id);
    const { group, step } = await this.groups.load(session.groupId);
    if (session.kind !== FEEDBACK_SESSION_KIND || (dto.kind ?? FEEDBACK_SESSION_KIND) !== FEEDBACK_SESSION_KIND) Groups.assertOpen(group, step);
    if (dto.kind !== undefined) checkKind(step, dto.kind);
    // A talk at one company stays one, a group session stays the group's: the kind may not cross over.
    if (dto.kind !== undefined && isParticipantSessionKind(dto.kind) !== (session.enrolmentId !== null)) {
      throw new BadInputError('kind', session.enrolmentId
        ? { nl: 'Een gesprek met één deelnemer blijft een gesprek met één deelnemer', en: 'A session of one participant stays one' }
        : { nl: 'Plan een gesprek met één deelnemer apart, bij die deelnemer', en: 'Plan a session of one participant on its own, for that participant' }, { code: 'session.kind_scope' });
    }
    this.assertMayPlan(dto.kind ?? session.kind);
    const next = {
      kind: dto.kind ?? session.kind, title: dto.title ?? session.title, location: dto.location ?? session.location, agenda: dto.agenda ?? session.agenda,
      startsAt: dto.startsAt ? new Date(dto.startsAt) : session.startsAt,
      endsAt: dto.endsAt === undefined ? session.endsAt : dto.endsAt === null ? null : new Date(dto.endsAt),
    };
    checkTimes(next.startsAt, next.endsAt);
    await this.db.em.update(ProgrammeSession, { id }, next);
    return this.view(id);
  }

  /** Records who came; every participant named must be in the session's group (nothing is written otherwise). One statement. */
  async recordAttendance(id: string, dto: AttendanceDto): Promise<SessionView> {
    const session = await this.db.findOwned(ProgrammeSession, id);
    const ids = dto.attendance.map((a) => a.participantId);
    const enrolments = ids.length ? await this.db.em.find(Enrolment, { where: { id: In(ids), groupId: session.groupId } }) : [];
    const unknown = dto.attendance.map((a, i) => ({ a, i })).filter(({ a }) => !enrolments.some((e) => e.id === a.participantId));
    // A session of one participant: only that participant attends.
    const others = session.enrolmentId ? dto.attendance.map((a, i) => ({ a, i })).filter(({ a }) => a.participantId !== session.enrolmentId) : [];
    if (!unknown.length && others.length) {
      const text = { nl: 'Dit gesprek is met één deelnemer; alleen die kan erbij zijn', en: 'This session is with one participant; only that one attends' };
      throw new BadInputError(`attendance.${others[0].i}.participantId`, text, {
        code: 'attendance.not_this_participant',
        fields: others.map(({ i }) => ({ field: `attendance.${i}.participantId`, code: 'attendance.not_this_participant', text })),
      });
    }
    if (unknown.length) {
      const text = { nl: 'Geen deelnemer van deze groep', en: 'Not a participant of this group' };
      throw new BadInputError(`attendance.${unknown[0].i}.participantId`, text, {
        code: 'attendance.not_enrolled',
        fields: unknown.map(({ i }) => ({ field: `attendance.${i}.participantId`, code: 'attendance.not_enrolled', text })),
      });
    }
    const now = new Date();
    const rows = dto.attendance.map((a) => {
      const e = enrolments.find((x) => x.id === a.participantId) as Enrolment;
      return { partnerId: session.partnerId, sessionId: id, enrolmentId: e.id, organisationId: e.organisationId, present: a.present, recordedAt: now };
    });
    if (rows.length) await this.db.em.upsert(SessionAttendance, rows, ['sessionId', 'enrolmentId']);
    return this.view(id);
  }

  async view(id: string): Promise<SessionView> {
    const session = await this.db.findOwned(ProgrammeSession, id);
    const attendance = await this.db.em.find(SessionAttendance, { where: { sessionId: id } });
    const items = await this.db.em.find(SessionItem, { where: { sessionId: id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const names = await this.organisationNames([session]);
    return { ...sessionFields(session, names), attendance: attendance.map((a) => ({ participantId: a.enrolmentId, present: a.present })), items: items.map(itemView) };
  }

  /** The sessions of one participant (its talks at the company), oldest first, as its track shows them. */
  async ofParticipant(enrolmentId: string): Promise<SessionView[]> {
    const sessions = await this.db.em.find(ProgrammeSession, { where: { enrolmentId }, order: { startsAt: 'ASC' } });
    return Promise.all(sessions.map((s) => this.view(s.id)));
  }

  /** Organisation names of the participants the sessions belong to (the reader sees only what row-level security shows it). */
  async organisationNames(sessions: readonly ProgrammeSession[]): Promise<Map<string, string>> {
    const ids = [...new Set(sessions.flatMap((s) => (s.enrolmentId ? [s.enrolmentId] : [])))];
    if (!ids.length) return new Map();
    const enrolments = await this.db.em.find(Enrolment, { where: { id: In(ids) } });
    const orgs = await this.db.em.find(Organisation, { where: { id: In(enrolments.map((e) => e.organisationId)) } });
    return new Map(enrolments.map((e) => [e.id, orgs.find((o) => o.id === e.organisationId)?.name ?? '']));
  }

  /**
   * The participant a session of one participant is for (its kind says so): required then, refused
   * for a session of the whole group; one of the group's active participants. Advisers plan only these.
   */
  private async participantOf(groupId: string, kind: string, participantId: string | undefined): Promise<{ enrolment: Enrolment; organisation: Organisation } | null> {
    this.assertMayPlan(kind);
    if (!isParticipantSessionKind(kind)) {
      if (participantId === undefined) return null;
      throw new BadInputError('participantId', { nl: 'Een bijeenkomst van de hele groep hoort niet bij één deelnemer', en: 'A session of the whole group does not belong to one participant' }, { code: 'session.participant_not_allowed' });
    }
    if (participantId === undefined) {
      throw new BadInputError('participantId', { nl: 'Kies de deelnemer bij wie het gesprek plaatsvindt', en: 'Choose the participant the talk is with' }, { code: 'session.participant_required' });
    }
    const enrolment = await this.db.em.findOne(Enrolment, { where: { id: participantId, groupId } });
    if (!enrolment || enrolment.phase === WITHDRAWN_PHASE) {
      throw new BadInputError('participantId', { nl: 'Geen deelnemer van deze groep', en: 'Not a participant of this group' }, { code: 'session.participant_unknown' });
    }
    const organisation = await this.db.em.findOneByOrFail(Organisation, { id: enrolment.organisationId });
    return { enrolment, organisation };
  }

  /** An adviser plans the talks with one participant; the group's sessions are the coordinator's. */
  private assertMayPlan(kind: string) {
    if (this.db.tenant.role === 'adviser' && !isParticipantSessionKind(kind)) {
      throw new ForbiddenError({ nl: 'Alleen de coördinator plant bijeenkomsten van de groep', en: "Only the coordinator plans the group's sessions" }, { code: 'session.coordinator_only' });
    }
  }

  /** A decision or an action of a session; an action may have a due date, a decision not. */
  async addItem(sessionId: string, dto: CreateSessionItemDto): Promise<SessionItemView> {
    const session = await this.db.findOwned(ProgrammeSession, sessionId);
    const { group, step } = await this.groups.load(session.groupId);
    Groups.assertOpen(group, step);
    if (dto.kind === 'decision' && dto.dueOn) throw dueOnDecision();
    const item = this.db.em.create(SessionItem, {
      id: this.db.newId(), partnerId: group.partnerId, groupId: group.id, sessionId, kind: dto.kind, text: dto.text.trim(), owner: dto.owner?.trim() ?? '', dueOn: dto.dueOn ?? null, doneAt: null,
    });
    await this.db.em.insert(SessionItem, item);
    return itemView(await this.db.em.findOneByOrFail(SessionItem, { id: item.id }));
  }

  async updateItem(id: string, dto: UpdateSessionItemDto): Promise<SessionItemView> {
    const item = await this.db.findOwned(SessionItem, id);
    const { group, step } = await this.groups.load(item.groupId);
    Groups.assertOpen(group, step);
    if (item.kind === 'decision' && (dto.dueOn || dto.done !== undefined)) {
      if (dto.dueOn) throw dueOnDecision();
      throw new BadInputError('done', { nl: 'Alleen een actie wordt afgevinkt', en: 'Only an action is marked done' }, { code: 'session_item.done_decision' });
    }
    const next: Partial<SessionItem> = {};
    if (dto.text !== undefined) next.text = dto.text.trim();
    if (dto.owner !== undefined) next.owner = dto.owner.trim();
    if (dto.dueOn !== undefined) next.dueOn = dto.dueOn;
    if (dto.done !== undefined) next.doneAt = dto.done ? (item.doneAt ?? new Date()) : null;
    if (Object.keys(next).length === 0) {
      throw new BadInputError('text', { nl: 'Geef wat er verandert: tekst, eigenaar, datum of afgerond', en: 'Give what changes: text, owner, due date or done' }, { code: 'session_item.nothing_to_change' });
    }
    await this.db.em.update(SessionItem, { id }, next);
    return itemView(await this.db.em.findOneByOrFail(SessionItem, { id }));
  }

  async removeItem(id: string): Promise<void> {
    const item = await this.db.findOwned(SessionItem, id);
    const { group, step } = await this.groups.load(item.groupId);
    Groups.assertOpen(group, step);
    await this.db.em.delete(SessionItem, { id });
  }
}

function dueOnDecision() {
  return new BadInputError('dueOn', { nl: 'Alleen een actie heeft een datum', en: 'Only an action has a due date' }, { code: 'session_item.due_decision' });
}

/** The step's kinds, and the plenary feedback every step has. */
function checkKind(step: StepDefinition, kind: string) {
  const allowed = [...step.sessionKinds, FEEDBACK_SESSION_KIND];
  if (!allowed.includes(kind)) {
    const list = allowed.join(', ');
    throw new BadInputError('kind', { nl: `Onbekend soort bijeenkomst ${JSON.stringify(kind)}; wel: ${list}`, en: `Unknown kind of session ${JSON.stringify(kind)}; known: ${list}` }, { code: 'session.kind', params: { allowed } });
  }
}

function checkTimes(startsAt: Date, endsAt: Date | null) {
  if (endsAt && endsAt <= startsAt) throw new BadInputError('endsAt', { nl: 'De bijeenkomst eindigt voor ze begint', en: 'The session ends before it starts' }, { code: 'session.ends_before_start' });
}
