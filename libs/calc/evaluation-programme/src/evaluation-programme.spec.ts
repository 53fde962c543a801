import { join } from 'node:path';
import { describeGolden, runCalculator, type ReferenceProvider } from '@koers/calc-sdk';
import { referenceData } from '@koers/reference-data';
import { describe, expect, it } from 'vitest';
import { evaluationProgramme, wilson } from './index';

const provider: ReferenceProvider = { get: (id) => referenceData.get(id) };

// One test per golden/<case>.input.json + <case>.expected.json pair; the hand calculations are in their "_calculation".
describeGolden(evaluationProgramme, join(__dirname, '..', 'golden'), provider, { describe, it, expect });

describe('evaluation.programme', () => {
  it('Wilson interval: 0 of 5 is not a zero-width interval, 5 of 5 stays within 100%', () => {
    // 0 of 5: centre = (0 + 3,8416/10) / (1 + 3,8416/5) = 0,38416 / 1,76832 = 0,217246; half = 1,96/1,76832 * sqrt(3,8416/100) = 0,217246 -> 0 .. 43,4%
    expect(wilson(0, 5)).toEqual({ lowPercent: 0, highPercent: 43.4 });
    expect(wilson(5, 5)).toEqual({ lowPercent: 56.6, highPercent: 100 });
    expect(wilson(0, 0)).toBeNull();
  });

  it('a partner item counts like a core item; an answer to an item the survey does not have fails the run', () => {
    const inv = (id: string, value: number) => ({ id, group: 'G', municipality: null, year: 2026, step: 'masterclass', programmeLine: null, answers: [{ item: 'partner.lunch', value }] });
    const ok = runCalculator(evaluationProgramme, { questionnaireId: 'evaluation.questionnaire.v1', partnerItems: [{ key: 'partner.lunch', text: { nl: 'De lunch was goed', en: 'Lunch was good' } }], invitations: [inv('a', 5), inv('b', 2)] }, provider);
    if (ok.status !== 'ok') throw new Error(ok.status);
    const item = (ok.output as { items: { key: string; origin: string; n: number; agree: number; sharePercent: number }[] }).items.find((i) => i.key === 'partner.lunch');
    expect(item).toMatchObject({ origin: 'partner', n: 2, agree: 1, sharePercent: 50 });
    const bad = runCalculator(evaluationProgramme, { questionnaireId: 'evaluation.questionnaire.v1', invitations: [inv('a', 5)] }, provider);
    expect(bad.status).toBe('failed');
  });

  it('does not depend on the order of the invitations', () => {
    const inv = (id: string, group: string, value: number) => ({ id, group, municipality: group, year: 2026, step: 'koploper', programmeLine: null, answers: [{ item: 'cooperation', value }] });
    const xs = [inv('a', 'Assen', 4), inv('b', 'Zwolle', 1), inv('c', 'Assen', 2)];
    const run = (invitations: typeof xs) => runCalculator(evaluationProgramme, { questionnaireId: 'evaluation.questionnaire.v1', invitations }, provider);
    expect(run(xs)).toEqual(run([...xs].reverse()));
  });
});
