import { describe, expect, it } from 'vitest';
import { checkTransition, guardChecklist } from '../programme/step-definition';
import { RuleError } from '../programme/rule-error';
import { KOPLOPER_STEP } from './step';
import { CERTIFICATE_AWARD_PHASE, KOPLOPER_GUARDS, type KoploperGuardFacts } from './phase-guards';
import { PHASES } from './track-phases';

const nothing: KoploperGuardFacts = { baselineReviewed: false, profilePublished: false, actionPlanMeasures: 0, visionWritten: false, communicationSubmitted: false };
const everything: KoploperGuardFacts = { baselineReviewed: true, profilePublished: true, actionPlanMeasures: 3, visionWritten: true, communicationSubmitted: true };

function refusal(fn: () => unknown): RuleError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('Koploper phase guards', () => {
  it('are step 1’s guards, each on a phase of the track with a stable code and a Dutch and English text', () => {
    expect(KOPLOPER_STEP.guards).toBe(KOPLOPER_GUARDS);
    expect(KOPLOPER_GUARDS.map((g) => [g.phase, g.code])).toEqual([
      ['profile', 'koploper.baseline_reviewed'],
      ['action_plan', 'koploper.profile_published'],
      ['communication', 'koploper.action_plan_in'],
      ['communication', 'koploper.vision_written'],
      ['symposium', 'koploper.communication_submitted'],
    ]);
    for (const g of KOPLOPER_GUARDS) {
      expect((PHASES as readonly string[]).includes(g.phase)).toBe(true);
      expect(g.text.nl.length && g.text.en.length).toBeTruthy();
    }
    expect(CERTIFICATE_AWARD_PHASE).toBe('communication');
  });

  it('let nothing but the work through: kickoff to baseline is free, every later phase waits for the work before it', () => {
    expect(checkTransition(KOPLOPER_STEP, 'kickoff', 'baseline', nothing)).toEqual([]);
    const e = refusal(() => checkTransition(KOPLOPER_STEP, 'baseline', 'profile', nothing));
    expect(e.code).toBe('phase.guard');
    expect(e.params).toEqual({ to: 'profile', guards: ['koploper.baseline_reviewed'] });
    expect(e.text.nl).toBe('Nog niet klaar voor Duurzaamheidsprofiel: de nulmeting is beoordeeld door de adviseur');
    expect(e.text.en).toContain('the baseline is reviewed by the adviser');
    expect(checkTransition(KOPLOPER_STEP, 'baseline', 'profile', { ...nothing, baselineReviewed: true })).toEqual([]);
    expect(refusal(() => checkTransition(KOPLOPER_STEP, 'profile', 'action_plan', { ...nothing, baselineReviewed: true })).params['guards']).toEqual(['koploper.profile_published']);
    expect(refusal(() => checkTransition(KOPLOPER_STEP, 'communication', 'symposium', { ...everything, communicationSubmitted: false })).params['guards']).toEqual(['koploper.communication_submitted']);
    for (let i = 0; i + 2 < PHASES.length; i++) expect(checkTransition(KOPLOPER_STEP, PHASES[i], PHASES[i + 1], everything)).toEqual([]);
  });

  it('name every missing piece of the communication phase: the measures and the vision', () => {
    const e = refusal(() => checkTransition(KOPLOPER_STEP, 'action_plan', 'communication', { ...everything, actionPlanMeasures: 0, visionWritten: false }));
    expect(e.params['guards']).toEqual(['koploper.action_plan_in', 'koploper.vision_written']);
    expect(e.text.nl).toBe('Nog niet klaar voor Communicatieopdracht: het actieplan (DuOn-agenda) heeft ten minste één maatregel; de MVO-visie is geschreven');
    expect(refusal(() => checkTransition(KOPLOPER_STEP, 'action_plan', 'communication', { ...everything, visionWritten: false })).params['guards']).toEqual(['koploper.vision_written']);
  });

  it('give way to a reason (the coordinator’s override), returning the guards overridden; a blank reason is no reason', () => {
    expect(checkTransition(KOPLOPER_STEP, 'action_plan', 'communication', nothing, 'Visie besproken op locatie, volgt schriftelijk').map((g) => g.code)).toEqual(['koploper.action_plan_in', 'koploper.vision_written']);
    expect(refusal(() => checkTransition(KOPLOPER_STEP, 'action_plan', 'communication', nothing, '   ')).code).toBe('phase.guard');
    // Never past the order, reason or not.
    expect(refusal(() => checkTransition(KOPLOPER_STEP, 'baseline', 'symposium', everything, 'haast')).code).toBe('phase.transition');
  });

  it('withdrawing needs no work', () => {
    expect(checkTransition(KOPLOPER_STEP, 'action_plan', 'withdrawn', nothing)).toEqual([]);
  });

  it('make a checklist of the next phase: each condition done or missing', () => {
    expect(guardChecklist(KOPLOPER_STEP, 'communication', { ...nothing, actionPlanMeasures: 2 })).toEqual([
      { code: 'koploper.action_plan_in', text: KOPLOPER_GUARDS[2].text, done: true },
      { code: 'koploper.vision_written', text: KOPLOPER_GUARDS[3].text, done: false },
    ]);
    expect(guardChecklist(KOPLOPER_STEP, 'baseline', nothing)).toEqual([]);
  });
});
