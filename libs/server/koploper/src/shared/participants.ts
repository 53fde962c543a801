import { Injectable } from '@nestjs/common';
import { KOPLOPER_STEP } from '@koers/domain';
import { ConflictError, Db, Enrolment, KoploperCohort, KoploperEnrolment, NotFoundError, Organisation, ProgrammeGroup, User } from '@koers/server-db';
import { participantRow as coreRow, today } from '@koers/server-programme';

export { today };

/** A Koplopergroep: the core group with step 1's own fields. */
export type Cohort = ProgrammeGroup & Pick<KoploperCohort, 'municipality' | 'prizeWinnerEnrolmentId'>;

export interface ParticipantContext {
  participant: Enrolment;
  cohort: Cohort;
  organisation: Organisation;
}

/**
 * One participant (an enrolment in a Koplopergroep) with its cohort and
 * organisation, as the current user may see them: row-level security hides
 * other companies from a participant (404).
 */
@Injectable()
export class Participants {
  constructor(private readonly db: Db) {}

  /** A Koplopergroep by id: another step's group is not found here. */
  async cohort(id: string): Promise<Cohort> {
    const group = await this.db.findOwned(ProgrammeGroup, id, { step: 'koploper' });
    const own = await this.db.em.findOne(KoploperCohort, { where: { groupId: id } });
    if (!own) throw new NotFoundError('Cohort', id);
    return { ...group, municipality: own.municipality, prizeWinnerEnrolmentId: own.prizeWinnerEnrolmentId };
  }

  async load(participantId: string): Promise<ParticipantContext> {
    const participant = await this.db.findOwned(Enrolment, participantId);
    const cohort = await this.cohort(participant.groupId).catch((e) => {
      throw e instanceof NotFoundError ? new NotFoundError('Participant', participantId) : e;
    });
    const organisation = await this.db.findOwned(Organisation, participant.organisationId);
    return { participant, cohort, organisation };
  }

  /** Work on a participant's track is refused once its cohort is closed or it has withdrawn. */
  async loadActive(participantId: string): Promise<ParticipantContext> {
    const ctx = await this.load(participantId);
    if (ctx.cohort.status === 'closed') throw new ConflictError({ nl: 'Deze Koplopergroep is afgesloten', en: 'This cohort is closed' }, { code: 'group.closed' });
    if (ctx.participant.phase === 'withdrawn') throw new ConflictError({ nl: 'Deze deelnemer is gestopt met het traject', en: 'This participant has withdrawn from the track' }, { code: 'enrolment.withdrawn' });
    return ctx;
  }

  /** Step 1's own fields of a participant (the MVO-visie); an empty one when none is stored yet. */
  async own(participant: Enrolment): Promise<KoploperEnrolment> {
    return (
      (await this.db.em.findOne(KoploperEnrolment, { where: { enrolmentId: participant.id } })) ??
      this.db.em.create(KoploperEnrolment, { enrolmentId: participant.id, partnerId: participant.partnerId, organisationId: participant.organisationId, csrVision: '', csrVisionUpdatedAt: null })
    );
  }

  get isParticipant(): boolean {
    return this.db.tenant.role === 'participant';
  }

  async userName(userId: string | null): Promise<string | null> {
    if (!userId) return null;
    return (await this.db.em.findOne(User, { where: { id: userId } }))?.name ?? null;
  }
}

/** One participant as its own track shows it (the core's row, with step 1's phases). */
export function participantRow(p: Enrolment, cohort: Cohort, names: { organisation: string | null; adviser: string | null }, day = today()) {
  return coreRow(KOPLOPER_STEP, p, cohort, names, day);
}
