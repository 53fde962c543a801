import { Injectable } from '@nestjs/common';
import { canAddParticipant, checkCohortSize, cohortPhase, DEFAULT_COHORT_SIZE_RULE, KoploperRuleError, transition, type Bilingual } from '@koers/domain';
import { BadInputError, Cohort, CohortParticipant, ConflictError, Db, Organisation, Partner } from '@koers/server-db';
import { In } from 'typeorm';
import type { CreateCohortDto } from './dto';

const say = (m: Bilingual) => `${m.nl} / ${m.en}`;

/** Koplopergroepen: forming, starting and following them, under the partner's size rule. */
@Injectable()
export class CohortsService {
  constructor(private readonly db: Db) {}

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
    const cohort = this.db.em.create(Cohort, { id: this.db.newId(), partnerId: this.db.tenant.partnerId, ...dto, coordinatorUserId: this.db.tenant.userId, status: 'planned' });
    await this.db.em.insert(Cohort, cohort);
    return this.get(cohort.id);
  }

  async get(id: string) {
    const cohort = await this.db.findOwned(Cohort, id);
    const participants = await this.db.em.find(CohortParticipant, { where: { cohortId: id }, order: { joinedAt: 'ASC' } });
    const orgs = participants.length ? await this.db.em.find(Organisation, { where: { id: In(participants.map((p) => p.organisationId)) } }) : [];
    return {
      ...cohort,
      phase: cohortPhase(participants.map((p) => p.phase)),
      participants: participants.map((p) => ({ ...p, organisationName: orgs.find((o) => o.id === p.organisationId)?.name ?? null })),
    };
  }

  async addParticipant(cohortId: string, organisationId: string) {
    const cohort = await this.db.findOwned(Cohort, cohortId);
    await this.db.findOwned(Organisation, organisationId);
    if (cohort.status === 'closed') throw new ConflictError('Deze Koplopergroep is afgesloten / this cohort is closed');
    const count = await this.db.em.count(CohortParticipant, { where: { cohortId } });
    const rule = await this.sizeRule();
    if (!canAddParticipant(count, rule)) {
      const check = checkCohortSize(count + 1, rule);
      throw new ConflictError(check.ok ? 'Koplopergroep is vol / cohort is full' : say(check.message));
    }
    if (await this.db.em.exists(CohortParticipant, { where: { cohortId, organisationId } })) {
      throw new ConflictError('Deze organisatie doet al mee / this organisation already takes part', 'organisationId');
    }
    const participant = this.db.em.create(CohortParticipant, { id: this.db.newId(), partnerId: this.db.tenant.partnerId, cohortId, organisationId, phase: 'kickoff' });
    await this.db.em.insert(CohortParticipant, participant);
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

  async changePhase(cohortId: string, participantId: string, to: CohortParticipant['phase']) {
    const cohort = await this.db.findOwned(Cohort, cohortId);
    const participant = await this.db.findOwned(CohortParticipant, participantId, { cohortId });
    if (cohort.status !== 'running') throw new ConflictError('De Koplopergroep is niet gestart / the cohort is not running');
    try {
      participant.phase = transition(participant.phase, to);
    } catch (e) {
      if (e instanceof KoploperRuleError) throw new ConflictError(say(e.text), 'phase');
      throw e;
    }
    participant.phaseReachedAt = new Date();
    await this.db.em.save(CohortParticipant, participant);
    return participant;
  }
}
