import { describe, expect, it } from 'vitest';
import { decideTie, PrizeScoringError, scorePrize, type JurorScore, type PrizeCriterion } from './prize';

const criteria: PrizeCriterion[] = [
  { id: 'convincing', weight: 2 },
  { id: 'original', weight: 1 },
];

/** Rows of [juror, submission, convincing, original]. */
const sheet = (rows: [string, string, number, number][]): JurorScore[] =>
  rows.flatMap(([jurorId, submissionId, c, o]) => [
    { jurorId, submissionId, criterionId: 'convincing', score: c },
    { jurorId, submissionId, criterionId: 'original', score: o },
  ]);

describe('scorePrize', () => {
  it('weights criteria, averages jurors and ranks', () => {
    // A: juror 1 (2*8 + 1*5)/3 = 7, juror 2 (2*9 + 1*6)/3 = 8 -> 7.5
    // B: juror 1 (2*6 + 1*9)/3 = 7, juror 2 (2*7 + 1*7)/3 = 7 -> 7
    const r = scorePrize(criteria, sheet([['j1', 'A', 8, 5], ['j2', 'A', 9, 6], ['j1', 'B', 6, 9], ['j2', 'B', 7, 7]]));
    expect(r.ranking.map((t) => [t.submissionId, t.total, t.rank, t.jurors])).toEqual([['A', 7.5, 1, 2], ['B', 7, 2, 2]]);
    expect(r.ranking[0]!.perCriterion).toEqual({ convincing: 8.5, original: 5.5 });
    expect(r).toMatchObject({ top: ['A'], outcome: 'winner' });
  });

  it('reports every submission sharing the top total as a tie, ranks 1, 1, 3', () => {
    // A (2*8+6)/3 = 7.333; B (2*7+8)/3 = 7.333; C (2*5+5)/3 = 5
    const r = scorePrize(criteria, sheet([['j1', 'B', 7, 8], ['j1', 'A', 8, 6], ['j1', 'C', 5, 5]]));
    expect(r.outcome).toBe('tie');
    expect(r.top).toEqual(['A', 'B']);
    expect(r.ranking.map((t) => [t.submissionId, t.rank])).toEqual([['A', 1], ['B', 1], ['C', 3]]);
    expect(decideTie(r, 'B')).toBe('B');
    expect(() => decideTie(r, 'C')).toThrow('C is not among the tied leaders; choose from A, B');
  });

  it('does not invent or miss a tie through floating-point noise', () => {
    const three = [{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }, { id: 'c', weight: 1 }];
    const s = (sub: string, x: number[]) => x.map((score, i) => ({ jurorId: 'j', submissionId: sub, criterionId: three[i]!.id, score }));
    // 0.1+0.2+0.6 and 0.3+0.3+0.3 differ in binary but are both 0.3 after rounding.
    const r = scorePrize(three, [...s('X', [0.1, 0.2, 0.6]), ...s('Y', [0.3, 0.3, 0.3])]);
    expect(r.outcome).toBe('tie');
  });

  it('lets a juror skip a submission (mean over its own jurors)', () => {
    const r = scorePrize(criteria, sheet([['j1', 'A', 6, 6], ['j2', 'A', 9, 9], ['j1', 'B', 8, 8]]));
    expect(r.ranking.map((t) => [t.submissionId, t.total, t.jurors])).toEqual([['B', 8, 1], ['A', 7.5, 2]]);
  });

  it('normalises criteria with another maximum to the 0..10 scale', () => {
    const r = scorePrize([{ id: 'stars', weight: 1, maxScore: 5 }], [{ jurorId: 'j', submissionId: 'A', criterionId: 'stars', score: 4 }]);
    expect(r.ranking[0]!.total).toBe(8);
  });

  it('reports no scores and unscored submissions', () => {
    expect(scorePrize(criteria, [], ['A'])).toEqual({ ranking: [], top: [], outcome: 'no_scores', unscored: ['A'] });
    expect(scorePrize(criteria, sheet([['j1', 'A', 5, 5]]), ['A', 'B']).unscored).toEqual(['B']);
    expect(() => decideTie(scorePrize(criteria, sheet([['j1', 'A', 5, 5]])), 'A')).toThrow('There is no tie to decide');
  });

  it('refuses bad juries and sheets with a typed error', () => {
    expect(() => scorePrize([], [])).toThrow(PrizeScoringError);
    expect(() => scorePrize([{ id: 'a', weight: 0 }], [])).toThrow('The weight of a must be above 0');
    expect(() => scorePrize([{ id: 'a', weight: 1 }, { id: 'a', weight: 2 }], [])).toThrow('Criterion a is listed twice');
    expect(() => scorePrize(criteria, [{ jurorId: 'j', submissionId: 'A', criterionId: 'convincing', score: 7 }])).toThrow('j did not score A on: original');
    expect(() => scorePrize(criteria, sheet([['j', 'A', 11, 5]]))).toThrow('must be between 0 and 10');
    expect(() => scorePrize(criteria, [...sheet([['j', 'A', 5, 5]]), { jurorId: 'j', submissionId: 'A', criterionId: 'original', score: 1 }])).toThrow('j scored A twice on original');
    expect(() => scorePrize(criteria, [{ jurorId: 'j', submissionId: 'A', criterionId: 'style', score: 1 }])).toThrow('Unknown criterion style');
  });

  it('does not depend on the order of the scores', () => {
    const scores = sheet([['j1', 'A', 8, 5], ['j2', 'A', 9, 6], ['j1', 'B', 6, 9], ['j2', 'B', 7, 7], ['j1', 'C', 8, 5]]);
    expect(scorePrize(criteria, [...scores].reverse())).toEqual(scorePrize(criteria, scores));
  });
});
