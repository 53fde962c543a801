import { describe, expect, it } from 'vitest';
import { CHAIN_STEP } from '../chain/step';
import { KOPLOPER_STEP } from '../koploper/step';
import { MASTERCLASS_STEP } from '../masterclass/step';
import { RuleError } from './rule-error';
import { checkComposition, checkPhasePlan, checkRoomFor, checkTransition, compositionFor, groupPhase, isLateIn, nextPhasesOf, type StepDefinition } from './step-definition';

const refusal = (fn: () => unknown): RuleError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
  throw new Error('expected a RuleError');
};

describe('group composition', () => {
  it('a Koplopergroep has 3 to 15 participants by default, a partner may set its own (Groningen 8-15)', () => {
    const rule = compositionFor(KOPLOPER_STEP);
    expect(() => checkComposition(KOPLOPER_STEP, rule, ['participant', 'participant', 'participant'])).not.toThrow();
    const e = refusal(() => checkComposition(KOPLOPER_STEP, rule, ['participant', 'participant']));
    expect(e.code).toBe('group.too_few');
    expect(e.params).toEqual({ min: 3, max: 15, count: 2 });
    expect(e.text.nl).toBe('Een Koplopergroep telt 3 tot 15 deelnemers; nu 2');
    const groningen = compositionFor(KOPLOPER_STEP, { min: 8, max: 15 });
    expect(refusal(() => checkComposition(KOPLOPER_STEP, groningen, Array(7).fill('participant'))).params).toEqual({ min: 8, max: 15, count: 7 });
  });

  it('a masterclass has 5 to 10 entrepreneurs and refuses the eleventh', () => {
    const rule = compositionFor(MASTERCLASS_STEP);
    expect(refusal(() => checkComposition(MASTERCLASS_STEP, rule, Array(4).fill('participant'))).code).toBe('group.too_few');
    expect(() => checkComposition(MASTERCLASS_STEP, rule, Array(10).fill('participant'))).not.toThrow();
    expect(refusal(() => checkRoomFor(MASTERCLASS_STEP, rule, Array(10).fill('participant'), 'participant')).code).toBe('group.full');
  });

  it('a chain project needs one lead organisation and at least two chain partners', () => {
    const rule = compositionFor(CHAIN_STEP, { min: 1, max: 2 });
    expect(rule).toBe(CHAIN_STEP.composition);
    expect(refusal(() => checkComposition(CHAIN_STEP, rule, ['chain_partner', 'chain_partner'])).code).toBe('group.lead');
    expect(refusal(() => checkComposition(CHAIN_STEP, rule, ['lead', 'chain_partner'])).params).toEqual({ min: 2, max: 30, count: 1 });
    expect(() => checkComposition(CHAIN_STEP, rule, ['lead', 'chain_partner', 'chain_partner'])).not.toThrow();
    expect(refusal(() => checkRoomFor(CHAIN_STEP, rule, ['lead'], 'lead')).code).toBe('group.lead');
    expect(refusal(() => checkRoomFor(CHAIN_STEP, rule, [], 'participant')).code).toBe('group.role');
  });
});

describe('phases', () => {
  const guarded: StepDefinition = {
    ...MASTERCLASS_STEP,
    guards: [{ code: 'masterclass.outcome_recorded', phase: 'completed', text: { nl: 'de uitkomst is ingevuld', en: 'the outcome is recorded' }, holds: (f) => f['outcomeRecorded'] === true }],
  };

  it('moves one phase forward or to withdrawn, never back or skipping', () => {
    expect(nextPhasesOf(KOPLOPER_STEP, 'kickoff')).toEqual(['baseline', 'withdrawn']);
    expect(nextPhasesOf(KOPLOPER_STEP, 'alumni')).toEqual([]);
    const e = refusal(() => checkTransition(KOPLOPER_STEP, 'kickoff', 'profile'));
    expect(e.code).toBe('phase.transition');
    expect(e.text.nl).toBe('Van Startbijeenkomst kan een deelnemer alleen naar Nulmeting of Teruggetrokken, niet naar Duurzaamheidsprofiel');
    expect(refusal(() => checkTransition(KOPLOPER_STEP, 'alumni', 'withdrawn')).code).toBe('phase.final');
  });

  it("refuses a phase whose guard does not hold, naming what is missing; the coordinator's reason lets it pass", () => {
    const e = refusal(() => checkTransition(guarded, 'outcome', 'completed', { outcomeRecorded: false }));
    expect(e.code).toBe('phase.guard');
    expect(e.params).toEqual({ to: 'completed', guards: ['masterclass.outcome_recorded'] });
    expect(e.text.en).toBe('Not ready for Completed: the outcome is recorded');
    expect(checkTransition(guarded, 'outcome', 'completed', { outcomeRecorded: true })).toEqual([]);
    expect(checkTransition(guarded, 'outcome', 'completed', {}, 'besproken in de slotbijeenkomst').map((g) => g.code)).toEqual(['masterclass.outcome_recorded']);
    expect(() => checkTransition(guarded, 'outcome', 'completed', {}, '   ')).toThrow(RuleError);
  });

  it('the group is at the earliest phase of its active members; late only after the planned day', () => {
    expect(groupPhase(KOPLOPER_STEP, ['profile', 'baseline', 'withdrawn'])).toBe('baseline');
    expect(groupPhase(KOPLOPER_STEP, ['withdrawn'])).toBeNull();
    expect(isLateIn(KOPLOPER_STEP, 'baseline', '2026-04-15', '2026-04-15')).toBe(false);
    expect(isLateIn(KOPLOPER_STEP, 'baseline', '2026-04-15', '2026-04-16')).toBe(true);
    expect(isLateIn(KOPLOPER_STEP, 'alumni', '2026-04-15', '2026-05-01')).toBe(false);
  });

  it('a phase plan lies within the group and in order', () => {
    expect(() => checkPhasePlan(KOPLOPER_STEP, { kickoff: '2026-02-01', baseline: '2026-04-01' }, '2026-01-15', '2026-12-15')).not.toThrow();
    expect(refusal(() => checkPhasePlan(KOPLOPER_STEP, { kickoff: '2026-05-01', baseline: '2026-04-01' }, '2026-01-15', '2026-12-15')).code).toBe('plan.order');
    expect(refusal(() => checkPhasePlan(KOPLOPER_STEP, { kickoff: '2027-01-01' }, '2026-01-15', '2026-12-15')).code).toBe('plan.outside_group');
    expect(refusal(() => checkPhasePlan(KOPLOPER_STEP, { workshops: '2026-02-01' }, '2026-01-15', '2026-12-15')).code).toBe('plan.unknown_phase');
    expect(refusal(() => checkPhasePlan(KOPLOPER_STEP, { kickoff: '2026-02-30' }, '2026-01-15', '2026-12-15')).code).toBe('plan.not_a_date');
  });
});
