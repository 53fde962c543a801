import { describe, expect, it } from 'vitest';
import { PHASE_LABELS } from './labels';
import { canTransition, cohortPhase, isLate, nextPhases, PARTICIPANT_PHASES, PHASES, PhaseTransitionError, transition, type ParticipantPhase } from './track-phases';
import { RuleError } from '../programme/rule-error';

describe('track phases', () => {
  it('are in track order with withdrawn outside the order', () => {
    expect(PHASES).toEqual(['kickoff', 'baseline', 'profile', 'action_plan', 'communication', 'symposium', 'alumni']);
    expect(PARTICIPANT_PHASES).toContain('withdrawn');
    for (const p of PARTICIPANT_PHASES) expect(PHASE_LABELS[p].nl && PHASE_LABELS[p].en).toBeTruthy();
  });

  it('allow exactly the next phase, and withdrawn from every non-final phase', () => {
    const allowed: [ParticipantPhase, ParticipantPhase][] = [];
    for (const from of PARTICIPANT_PHASES) for (const to of PARTICIPANT_PHASES) if (canTransition(from, to)) allowed.push([from, to]);
    expect(allowed).toEqual([
      ['kickoff', 'baseline'], ['kickoff', 'withdrawn'],
      ['baseline', 'profile'], ['baseline', 'withdrawn'],
      ['profile', 'action_plan'], ['profile', 'withdrawn'],
      ['action_plan', 'communication'], ['action_plan', 'withdrawn'],
      ['communication', 'symposium'], ['communication', 'withdrawn'],
      ['symposium', 'alumni'], ['symposium', 'withdrawn'],
    ]);
  });

  it('refuse skipping, going back, staying and leaving a final phase', () => {
    expect(canTransition('kickoff', 'profile')).toBe(false);
    expect(canTransition('profile', 'baseline')).toBe(false);
    expect(canTransition('baseline', 'baseline')).toBe(false);
    expect(canTransition('alumni', 'withdrawn')).toBe(false);
    expect(canTransition('withdrawn', 'kickoff')).toBe(false);
    expect(nextPhases('alumni')).toEqual([]);
  });

  it('transition returns the new phase or throws a typed error naming the allowed phases', () => {
    expect(transition('profile', 'action_plan')).toBe('action_plan');
    let error: unknown;
    try {
      transition('baseline', 'symposium');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PhaseTransitionError);
    expect(error).toBeInstanceOf(RuleError);
    const e = error as PhaseTransitionError;
    expect(e.allowed).toEqual(['profile', 'withdrawn']);
    expect(e.code).toBe('phase_transition_refused');
    expect(e.text).toEqual({
      nl: 'Van Nulmeting kan een deelnemer alleen naar Duurzaamheidsprofiel of Teruggetrokken, niet naar Koplopersymposium',
      en: 'From Baseline assessment a participant can only move to Sustainability profile or Withdrawn, not to Symposium',
    });
    expect(e.message).toBe(`${e.text.nl} / ${e.text.en}`);
  });

  it('explains that a final phase has no next phase', () => {
    expect(() => transition('withdrawn', 'baseline')).toThrow('Teruggetrokken is een eindfase; een deelnemer kan niet meer naar Nulmeting');
  });
});

describe('cohortPhase', () => {
  it('is the earliest phase of any active participant', () => {
    expect(cohortPhase(['action_plan', 'baseline', 'symposium'])).toBe('baseline');
    expect(cohortPhase(['alumni', 'alumni'])).toBe('alumni');
  });
  it('ignores withdrawn participants', () => {
    expect(cohortPhase(['withdrawn', 'communication', 'symposium'])).toBe('communication');
  });
  it('is null without active participants', () => {
    expect(cohortPhase([])).toBeNull();
    expect(cohortPhase(['withdrawn'])).toBeNull();
  });
  it('refuses an unknown phase', () => {
    expect(() => cohortPhase(['baseline', 'lunch' as ParticipantPhase])).toThrow('unknown phase "lunch"');
  });
});

describe('isLate', () => {
  it('is late only after the planned day', () => {
    expect(isLate('baseline', '2026-03-31', '2026-03-30')).toBe(false);
    expect(isLate('baseline', '2026-03-31', '2026-03-31')).toBe(false);
    expect(isLate('baseline', '2026-03-31', '2026-04-01')).toBe(true);
    expect(isLate('baseline', '2025-12-31', '2026-01-01')).toBe(true);
  });
  it('is never late once finished or withdrawn', () => {
    expect(isLate('alumni', '2026-03-31', '2027-01-01')).toBe(false);
    expect(isLate('withdrawn', '2026-03-31', '2027-01-01')).toBe(false);
  });
  it('refuses dates that are not YYYY-MM-DD calendar dates', () => {
    expect(() => isLate('profile', '2026-02-30', '2026-03-01')).toThrow(RangeError);
    expect(() => isLate('profile', '2026-03-01', '1-3-2026')).toThrow('today must be a date YYYY-MM-DD');
  });
});
