import { type Bilingual } from '../text';
import { RuleError } from '../programme/rule-error';

/** A jury criterion for the Koploperprijs (e.g. "overtuigingskracht"), with its weight. */
export interface PrizeCriterion {
  id: string;
  label?: Bilingual;
  /** Relative weight, > 0; weights need not add up to anything. */
  weight: number;
  /** Highest score a juror may give; default 10. The lowest is 0. */
  maxScore?: number;
}

export interface JurorScore {
  jurorId: string;
  submissionId: string;
  criterionId: string;
  score: number;
}

export interface SubmissionTotal {
  submissionId: string;
  /** Mean over jurors of each juror's weighted mean score, on a 0..10 scale; 3 decimals. */
  total: number;
  /** 1 = best; equal totals share a rank (1, 1, 3). */
  rank: number;
  jurors: number;
  /** Mean score per criterion over jurors, 3 decimals. */
  perCriterion: Record<string, number>;
}

export interface PrizeResult {
  /** Best first; equal totals in submission id order so the list does not depend on input order. */
  ranking: SubmissionTotal[];
  /** Every submission sharing the top total. One id = a winner; more = a tie the coordinator decides. */
  top: string[];
  outcome: 'winner' | 'tie' | 'no_scores';
  /** Submissions expected (when given) but not scored by anyone. */
  unscored: string[];
}

export class PrizeScoringError extends RuleError {
  constructor(code: string, text: Bilingual) {
    super(code, text);
    this.name = 'PrizeScoringError';
  }
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

function fail(code: string, nl: string, en: string): never {
  throw new PrizeScoringError(code, { nl, en });
}

/**
 * Jury scoring. Each juror who scores a submission scores it on every criterion;
 * a juror may skip a submission altogether (e.g. a conflict of interest), which is
 * why a submission's total is the mean over its jurors rather than a sum.
 * Totals are normalised to each criterion's maximum and shown on a 0..10 scale.
 */
export function scorePrize(criteria: readonly PrizeCriterion[], scores: readonly JurorScore[], submissionIds?: readonly string[]): PrizeResult {
  if (criteria.length === 0) fail('no_criteria', 'Geef ten minste één criterium op', 'Give at least one criterion');
  const byId = new Map<string, PrizeCriterion>();
  for (const c of criteria) {
    if (byId.has(c.id)) fail('duplicate_criterion', `Criterium ${c.id} staat er twee keer in`, `Criterion ${c.id} is listed twice`);
    if (!(Number.isFinite(c.weight) && c.weight > 0)) fail('bad_weight', `Het gewicht van ${c.id} moet groter dan 0 zijn`, `The weight of ${c.id} must be above 0`);
    const max = c.maxScore ?? 10;
    if (!(Number.isFinite(max) && max > 0)) fail('bad_max', `De maximumscore van ${c.id} moet groter dan 0 zijn`, `The maximum score of ${c.id} must be above 0`);
    byId.set(c.id, c);
  }
  const weightSum = criteria.reduce((s, c) => s + c.weight, 0);

  // submission -> juror -> criterion -> score
  const sheets = new Map<string, Map<string, Map<string, number>>>();
  for (const s of scores) {
    const c = byId.get(s.criterionId);
    if (!c) fail('unknown_criterion', `Onbekend criterium ${s.criterionId}`, `Unknown criterion ${s.criterionId}`);
    const max = c.maxScore ?? 10;
    if (!(Number.isFinite(s.score) && s.score >= 0 && s.score <= max)) {
      fail('score_out_of_range', `Score ${s.score} van ${s.jurorId} voor ${s.submissionId} op ${c.id} moet tussen 0 en ${max} liggen`, `Score ${s.score} by ${s.jurorId} for ${s.submissionId} on ${c.id} must be between 0 and ${max}`);
    }
    const jurors = sheets.get(s.submissionId) ?? new Map<string, Map<string, number>>();
    sheets.set(s.submissionId, jurors);
    const sheet = jurors.get(s.jurorId) ?? new Map<string, number>();
    jurors.set(s.jurorId, sheet);
    if (sheet.has(c.id)) fail('duplicate_score', `${s.jurorId} scoorde ${s.submissionId} twee keer op ${c.id}`, `${s.jurorId} scored ${s.submissionId} twice on ${c.id}`);
    sheet.set(c.id, s.score);
  }

  const totals: Omit<SubmissionTotal, 'rank'>[] = [];
  for (const [submissionId, jurors] of sheets) {
    const jurorTotals: number[] = [];
    const perCriterionSum = new Map<string, number>();
    for (const [jurorId, sheet] of jurors) {
      const missing = criteria.filter((c) => !sheet.has(c.id)).map((c) => c.id);
      if (missing.length) {
        fail('incomplete_sheet', `${jurorId} heeft ${submissionId} niet gescoord op: ${missing.join(', ')}`, `${jurorId} did not score ${submissionId} on: ${missing.join(', ')}`);
      }
      let weighted = 0;
      for (const c of criteria) {
        const score = sheet.get(c.id) ?? 0; // present: checked above
        weighted += (c.weight * score * 10) / (c.maxScore ?? 10);
        perCriterionSum.set(c.id, (perCriterionSum.get(c.id) ?? 0) + score);
      }
      jurorTotals.push(weighted / weightSum);
    }
    totals.push({
      submissionId,
      total: round3(jurorTotals.reduce((a, b) => a + b, 0) / jurorTotals.length),
      jurors: jurors.size,
      perCriterion: Object.fromEntries(criteria.map((c) => [c.id, round3((perCriterionSum.get(c.id) ?? 0) / jurors.size)])),
    });
  }

  // Compare rounded totals so 0.1 + 0.2 style noise never breaks or invents a tie.
  totals.sort((a, b) => b.total - a.total || (a.submissionId < b.submissionId ? -1 : a.submissionId > b.submissionId ? 1 : 0));
  const ranking: SubmissionTotal[] = [];
  totals.forEach((t, i) => {
    const previous = ranking[i - 1];
    ranking.push({ ...t, rank: previous && previous.total === t.total ? previous.rank : i + 1 });
  });

  const top = ranking.filter((t) => t.rank === 1).map((t) => t.submissionId);
  return {
    ranking,
    top,
    outcome: top.length === 0 ? 'no_scores' : top.length === 1 ? 'winner' : 'tie',
    unscored: (submissionIds ?? []).filter((id) => !sheets.has(id)),
  };
}

/** The coordinator's decision on a tie: must pick one of the tied submissions. */
export function decideTie(result: PrizeResult, chosenSubmissionId: string): string {
  if (result.outcome !== 'tie') fail('no_tie', 'Er is geen gelijke stand om te beslissen', 'There is no tie to decide');
  if (!result.top.includes(chosenSubmissionId)) {
    fail('not_tied', `${chosenSubmissionId} staat niet gelijk bovenaan; kies uit ${result.top.join(', ')}`, `${chosenSubmissionId} is not among the tied leaders; choose from ${result.top.join(', ')}`);
  }
  return chosenSubmissionId;
}
