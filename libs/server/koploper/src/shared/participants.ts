import { Injectable } from '@nestjs/common';
import { KoploperRuleError, isLate, nextPhases, type Bilingual, type Phase } from '@koers/domain';
import { Cohort, CohortParticipant, ConflictError, Db, Organisation, User } from '@koers/server-db';

/** "Dutch / English" for error details, as everywhere in the API. */
export const say = (m: Bilingual) => `${m.nl} / ${m.en}`;

/** Turns a domain rule's refusal into a 409 naming the rule; anything else is rethrown. */
export function asConflict<T>(fn: () => T, field?: string): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof KoploperRuleError) throw new ConflictError(say(e.text), field);
    throw e;
  }
}

export interface ParticipantContext {
  participant: CohortParticipant;
  cohort: Cohort;
  organisation: Organisation;
}

/**
 * One participant with its cohort and organisation, as the current user may see
 * them: row-level security hides other companies from a participant (404).
 */
@Injectable()
export class Participants {
  constructor(private readonly db: Db) {}

  async load(participantId: string): Promise<ParticipantContext> {
    const participant = await this.db.findOwned(CohortParticipant, participantId);
    const cohort = await this.db.findOwned(Cohort, participant.cohortId);
    const organisation = await this.db.findOwned(Organisation, participant.organisationId);
    return { participant, cohort, organisation };
  }

  /** Work on a participant's track is refused once its cohort is closed or it has withdrawn. */
  async loadActive(participantId: string): Promise<ParticipantContext> {
    const ctx = await this.load(participantId);
    if (ctx.cohort.status === 'closed') throw new ConflictError(say({ nl: 'Deze Koplopergroep is afgesloten', en: 'This cohort is closed' }));
    if (ctx.participant.phase === 'withdrawn') throw new ConflictError(say({ nl: 'Deze deelnemer is gestopt met het traject', en: 'This participant has withdrawn from the track' }));
    return ctx;
  }

  get isParticipant(): boolean {
    return this.db.tenant.role === 'participant';
  }

  async userName(userId: string | null): Promise<string | null> {
    if (!userId) return null;
    return (await this.db.em.findOne(User, { where: { id: userId } }))?.name ?? null;
  }
}

/** Today's date in the Netherlands (YYYY-MM-DD): deadlines and validity are Dutch calendar days. */
export function today(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** One participant as the cohort overview and its own track show it: where it stands, by when, and whether it is late. */
export function participantRow(p: CohortParticipant, cohort: Cohort, names: { organisation: string | null; adviser: string | null }, day = today()) {
  const plannedBy = p.phase === 'withdrawn' ? null : (cohort.phasePlan[p.phase as Phase] ?? null);
  return {
    id: p.id,
    organisationId: p.organisationId,
    organisationName: names.organisation,
    phase: p.phase,
    phaseReachedAt: p.phaseReachedAt,
    joinedAt: p.joinedAt,
    adviserUserId: p.adviserUserId,
    adviserName: names.adviser,
    plannedBy,
    late: plannedBy !== null && cohort.status === 'running' && isLate(p.phase, plannedBy, day),
    nextPhases: cohort.status === 'running' ? nextPhases(p.phase) : [],
  };
}
