import { Injectable } from '@nestjs/common';
import { decideTie, scorePrize, STAFF_ROLES, type JurorScore, type PrizeResult } from '@koers/domain';
import { asConflict, BadInputError, CommunicationSubmission, ConflictError, Db, Enrolment, ForbiddenError, JuryMember, JuryScore, KoploperCohort, Membership, Organisation, User } from '@koers/server-db';
import { In, Not } from 'typeorm';
import { Files } from '@koers/server-files';
import { Participants, type Cohort } from '../shared/participants';
import { submissionFileView, type PrizeEntryView, type PrizeView } from './communication.dto';
import { PRIZE_CRITERIA, SCORING_CRITERIA } from './criteria';

interface Standing {
  view: PrizeView;
  result: PrizeResult;
  /** participantId -> submissionId of the entries. */
  submissionOf: Map<string, string>;
}

const closed = () => new ConflictError({ nl: 'Deze Koplopergroep is afgesloten', en: 'This cohort is closed' }, { code: 'group.closed' });
const awarded = () => new ConflictError({ nl: 'De Koploperprijs is al toegekend; jury en scores liggen vast', en: 'The Koploper prize has been awarded; jury and scores are final' }, { code: 'prize.awarded' });

/**
 * The Koploperprijs: the coordinator names a jury of the partner's staff; each
 * juror scores each submitted communicatieopdracht on every published criterion;
 * the ranking and ties come from the domain rules (scorePrize), and the
 * coordinator awards the prize to (one of) the highest totals.
 */
@Injectable()
export class PrizeService {
  constructor(
    private readonly db: Db,
    private readonly participants: Participants,
    private readonly files: Files,
  ) {}

  async get(cohortId: string): Promise<PrizeView> {
    return (await this.standing(await this.participants.cohort(cohortId))).view;
  }

  /** Replaces the jury; every juror is a staff user of this partner. Scores of a juror who leaves stop counting. */
  async setJury(cohortId: string, userIds: string[]): Promise<PrizeView> {
    const cohort = await this.participants.cohort(cohortId);
    if (cohort.status === 'closed') throw closed();
    if (cohort.prizeWinnerEnrolmentId) throw awarded();
    const staff = userIds.length ? await this.db.em.find(Membership, { where: { userId: In(userIds), role: In([...STAFF_ROLES]) } }) : [];
    const wrong = userIds.map((id, i) => ({ id, i })).filter(({ id }) => !staff.some((m) => m.userId === id));
    if (wrong.length) {
      const text = { nl: 'Geen medewerker van deze partner', en: 'Not a staff user of this partner' };
      throw BadInputError.many(wrong.map(({ i }) => ({ field: `userIds.${i}`, text, code: 'prize.juror_unknown' })));
    }
    const em = this.db.em;
    await em.delete(JuryMember, userIds.length ? { cohortId, userId: Not(In(userIds)) } : { cohortId });
    const current = await em.find(JuryMember, { where: { cohortId } });
    const added = userIds.filter((id) => !current.some((j) => j.userId === id));
    // One row at a time: the audit subscriber writes alongside each, on the request's one connection.
    for (const userId of added) await em.insert(JuryMember, { partnerId: cohort.partnerId, cohortId, userId });
    return this.get(cohortId);
  }

  /** One juror's scores for one submitted assignment, on every criterion (replacing the juror's earlier ones). */
  async score(submissionId: string, scores: Record<string, unknown>): Promise<PrizeView> {
    const checked = checkScores(scores);
    const submission = await this.db.findOwned(CommunicationSubmission, submissionId);
    const { cohort } = await this.participants.loadActive(submission.participantId);
    const userId = this.db.tenant.userId;
    if (!(await this.db.em.exists(JuryMember, { where: { cohortId: cohort.id, userId } }))) {
      throw new ForbiddenError({ nl: 'Alleen juryleden van deze Koplopergroep geven scores', en: 'Only jurors of this cohort give scores' }, { code: 'prize.not_a_juror' });
    }
    if (submission.status !== 'submitted') {
      throw new ConflictError({ nl: 'Deze communicatieopdracht is nog niet ingediend', en: 'This communication assignment has not been submitted yet' }, { code: 'prize.not_submitted' });
    }
    if (cohort.prizeWinnerEnrolmentId) throw awarded();
    await this.db.em.delete(JuryScore, { submissionId, jurorUserId: userId });
    const scoredAt = new Date();
    for (const [criterionId, score] of checked) {
      await this.db.em.insert(JuryScore, { partnerId: submission.partnerId, submissionId, jurorUserId: userId, criterionId, score: String(score), scoredAt });
    }
    return this.get(cohort.id);
  }

  /** Awards the prize; only a participant with the highest total can win (on a tie, the coordinator picks one of them). */
  async award(cohortId: string, participantId: string): Promise<PrizeView> {
    const cohort = await this.participants.cohort(cohortId);
    if (cohort.status === 'closed') throw closed();
    const { view, result, submissionOf } = await this.standing(cohort);
    const submissionId = submissionOf.get(participantId);
    if (!submissionId) {
      throw new BadInputError('participantId', { nl: 'Geen deelnemer van deze groep met een ingediende communicatieopdracht', en: 'Not a participant of this cohort with a submitted communication assignment' }, { code: 'prize.not_an_entry' });
    }
    if (view.leaders.length === 0) {
      throw new ConflictError({ nl: 'De jury heeft nog geen scores gegeven', en: 'The jury has not given any scores yet' }, { code: 'prize.no_scores', field: 'participantId' });
    }
    if (!view.leaders.includes(participantId)) {
      const names = view.entries.filter((e) => view.leaders.includes(e.participantId)).map((e) => e.organisationName).join(', ');
      throw new ConflictError({ nl: `Alleen de hoogste score kan winnen: ${names}`, en: `Only the highest total can win: ${names}` }, { code: 'prize.not_the_leader', field: 'participantId' });
    }
    if (result.outcome === 'tie') asConflict(() => decideTie(result, submissionId), 'participantId');
    await this.db.em.update(KoploperCohort, { groupId: cohortId }, { prizeWinnerEnrolmentId: participantId });
    return this.get(cohortId);
  }

  /** The jury, the entries with their scores and the domain's ranking. */
  private async standing(cohort: Cohort): Promise<Standing> {
    const em = this.db.em;
    const jury = await em.find(JuryMember, { where: { cohortId: cohort.id } });
    const jurorIds = jury.map((j) => j.userId);
    const users = jurorIds.length ? await em.find(User, { where: { id: In(jurorIds) } }) : [];
    const active = await em.find(Enrolment, { where: { groupId: cohort.id, phase: Not('withdrawn') } });
    const submissions = active.length ? await em.find(CommunicationSubmission, { where: { participantId: In(active.map((p) => p.id)), status: 'submitted' } }) : [];
    const orgs = active.length ? await em.find(Organisation, { where: { id: In(active.map((p) => p.organisationId)) } }) : [];
    const stored = submissions.length && jurorIds.length ? await em.find(JuryScore, { where: { submissionId: In(submissions.map((s) => s.id)), jurorUserId: In(jurorIds) } }) : [];
    const known = new Set(PRIZE_CRITERIA.map((c) => c.id));
    const scores: JurorScore[] = stored.filter((s) => known.has(s.criterionId)).map((s) => ({ jurorId: s.jurorUserId, submissionId: s.submissionId, criterionId: s.criterionId, score: Number(s.score) }));
    // A juror's sheet counts once it covers every criterion (it always does unless criteria were added later).
    const sheet = (submissionId: string, jurorId: string) => scores.filter((s) => s.submissionId === submissionId && s.jurorId === jurorId);
    const complete = (submissionId: string, jurorId: string) => sheet(submissionId, jurorId).length === PRIZE_CRITERIA.length;
    const counted = scores.filter((s) => complete(s.submissionId, s.jurorId));
    const result = asConflict(() => scorePrize(SCORING_CRITERIA, counted, submissions.map((s) => s.id)));

    // The jury judges the text and the files: a handful per submission, a few submissions per cohort.
    const filesOf = new Map(await Promise.all(submissions.map(async (s) => [s.id, await this.files.list(s.id, 'communication')] as const)));
    const orgName = (participantId: string) => {
      const p = active.find((x) => x.id === participantId);
      return orgs.find((o) => o.id === p?.organisationId)?.name ?? '';
    };
    const entry = (s: CommunicationSubmission): PrizeEntryView => ({
      participantId: s.participantId,
      organisationName: orgName(s.participantId),
      submissionId: s.id,
      text: s.text,
      files: (filesOf.get(s.id) ?? []).map(submissionFileView),
      scores: scores.filter((x) => x.submissionId === s.id).map((x) => ({ jurorUserId: x.jurorId, criterionId: x.criterionId, score: x.score })),
      total: result.ranking.find((r) => r.submissionId === s.id)?.total ?? 0,
      complete: jurorIds.length > 0 && jurorIds.every((j) => complete(s.id, j)),
    });
    const bySubmission = new Map(submissions.map((s) => [s.id, s]));
    const ranked = result.ranking.flatMap((r) => {
      const s = bySubmission.get(r.submissionId);
      return s ? [entry(s)] : [];
    });
    const unscored = result.unscored.flatMap((id) => {
      const s = bySubmission.get(id);
      return s ? [entry(s)] : [];
    });
    unscored.sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'nl'));
    const leaders = result.top.map((id) => bySubmission.get(id)?.participantId).filter((x): x is string => !!x);
    return {
      result,
      submissionOf: new Map(submissions.map((s) => [s.participantId, s.id])),
      view: {
        criteria: PRIZE_CRITERIA.map((c) => ({ id: c.id, name: { ...c.name }, description: { ...c.description }, max: c.max, weight: c.weight })),
        jury: jurorIds.map((userId) => ({ userId, name: users.find((u) => u.id === userId)?.name ?? '' })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
        entries: [...ranked, ...unscored],
        leaders,
        tie: leaders.length > 1,
        winnerParticipantId: cohort.prizeWinnerEnrolmentId,
      },
    };
  }
}

/** Every criterion once, each 0..its max with at most one decimal; nothing else. All problems are named at once. */
function checkScores(scores: Record<string, unknown>): [string, number][] {
  const errors: { field: string; text: { nl: string; en: string } }[] = [];
  const known = new Set(PRIZE_CRITERIA.map((c) => c.id));
  for (const id of Object.keys(scores)) {
    if (!known.has(id)) {
      errors.push({ field: `scores.${id}`, text: { nl: `onbekend criterium; wel: ${[...known].join(', ')}`, en: `unknown criterion; known: ${[...known].join(', ')}` } });
    }
  }
  const out: [string, number][] = [];
  for (const c of PRIZE_CRITERIA) {
    const v = scores[c.id];
    const field = `scores.${c.id}`;
    if (v === undefined) errors.push({ field, text: { nl: `Geef een score 0-${c.max}`, en: `Give a score 0-${c.max}` } });
    else if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > c.max) {
      errors.push({ field, text: { nl: `${JSON.stringify(v)}: de score moet tussen 0 en ${c.max} liggen`, en: `${JSON.stringify(v)}: the score must be between 0 and ${c.max}` } });
    } else if (Math.abs(Math.round(v * 10) - v * 10) > 1e-9) errors.push({ field, text: { nl: 'Hoogstens één decimaal', en: 'At most one decimal' } });
    else out.push([c.id, v]);
  }
  if (errors.length) throw BadInputError.many(errors);
  return out;
}
