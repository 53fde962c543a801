import { Injectable } from '@nestjs/common';
import type { StepDefinition } from '@koers/domain';
import { BadInputError, Db, Enrolment, ProgrammeSession, SessionAttendance } from '@koers/server-db';
import { In } from 'typeorm';
import { Groups } from '../groups/groups.service';
import type { AttendanceDto, CreateSessionDto, UpdateSessionDto } from '../inputs';
import type { SessionView } from '../views';

/** A group's sessions: kind (the step's), time, place, agenda, and who came. */
@Injectable()
export class Sessions {
  constructor(
    private readonly db: Db,
    private readonly groups: Groups,
  ) {}

  async create(groupId: string, dto: CreateSessionDto): Promise<SessionView> {
    const { group, step } = await this.groups.load(groupId);
    Groups.assertOpen(group, step);
    checkKind(step, dto.kind);
    const startsAt = new Date(dto.startsAt);
    const endsAt = dto.endsAt ? new Date(dto.endsAt) : null;
    checkTimes(startsAt, endsAt);
    const session = this.db.em.create(ProgrammeSession, { id: this.db.newId(), partnerId: group.partnerId, groupId, kind: dto.kind, title: dto.title, startsAt, endsAt, location: dto.location, agenda: dto.agenda });
    await this.db.em.insert(ProgrammeSession, session);
    return this.view(session.id);
  }

  async update(id: string, dto: UpdateSessionDto): Promise<SessionView> {
    const session = await this.db.findOwned(ProgrammeSession, id);
    const { group, step } = await this.groups.load(session.groupId);
    Groups.assertOpen(group, step);
    if (dto.kind !== undefined) checkKind(step, dto.kind);
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
    return { ...session, attendance: attendance.map((a) => ({ participantId: a.enrolmentId, present: a.present })) };
  }
}

function checkKind(step: StepDefinition, kind: string) {
  if (!step.sessionKinds.includes(kind)) {
    const list = step.sessionKinds.join(', ');
    throw new BadInputError('kind', { nl: `Onbekend soort bijeenkomst ${JSON.stringify(kind)}; wel: ${list}`, en: `Unknown kind of session ${JSON.stringify(kind)}; known: ${list}` }, { code: 'session.kind', params: { allowed: step.sessionKinds } });
  }
}

function checkTimes(startsAt: Date, endsAt: Date | null) {
  if (endsAt && endsAt <= startsAt) throw new BadInputError('endsAt', { nl: 'De bijeenkomst eindigt voor ze begint', en: 'The session ends before it starts' }, { code: 'session.ends_before_start' });
}
