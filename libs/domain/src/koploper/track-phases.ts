import { PHASE_LABELS } from './labels';
import { assertIsoDate } from '../text';
import { RuleError } from '../programme/rule-error';

/** The Koploper track per participant, in order. `alumni` is where everyone ends up after the symposium. */
export const PHASES = ['kickoff', 'baseline', 'profile', 'action_plan', 'communication', 'symposium', 'alumni'] as const;
export type Phase = (typeof PHASES)[number];

/** A participant may leave at any non-final phase; withdrawn is not part of the order. */
export const WITHDRAWN = 'withdrawn' as const;
export type ParticipantPhase = Phase | typeof WITHDRAWN;
export const PARTICIPANT_PHASES: readonly ParticipantPhase[] = Object.freeze([...PHASES, WITHDRAWN]);

export const FINAL_PHASES: readonly ParticipantPhase[] = Object.freeze(['alumni', WITHDRAWN]);

export function isParticipantPhase(value: unknown): value is ParticipantPhase {
  return typeof value === 'string' && (PARTICIPANT_PHASES as readonly string[]).includes(value);
}

export function isFinalPhase(phase: ParticipantPhase): boolean {
  return FINAL_PHASES.includes(phase);
}

/** The phases a participant may move to from `from`: the next one in order, or withdrawn. No skipping, no going back. */
export function nextPhases(from: ParticipantPhase): readonly ParticipantPhase[] {
  if (!isParticipantPhase(from) || isFinalPhase(from)) return [];
  const next = PHASES[PHASES.indexOf(from as Phase) + 1];
  return next ? [next, WITHDRAWN] : [WITHDRAWN];
}

export function canTransition(from: ParticipantPhase, to: ParticipantPhase): boolean {
  return nextPhases(from).includes(to);
}

export class PhaseTransitionError extends RuleError {
  constructor(
    readonly from: ParticipantPhase,
    readonly to: ParticipantPhase,
    readonly allowed: readonly ParticipantPhase[],
  ) {
    super('phase_transition_refused', phaseTransitionMessage(from, to, allowed));
    this.name = 'PhaseTransitionError';
  }
}

const labelOf = (p: string, lang: 'nl' | 'en') => (isParticipantPhase(p) ? PHASE_LABELS[p][lang] : JSON.stringify(p));

function phaseTransitionMessage(from: ParticipantPhase, to: ParticipantPhase, allowed: readonly ParticipantPhase[]) {
  if (!isParticipantPhase(from)) return { nl: `Onbekende fase ${JSON.stringify(from)}`, en: `Unknown phase ${JSON.stringify(from)}` };
  if (allowed.length === 0) {
    return {
      nl: `${labelOf(from, 'nl')} is een eindfase; een deelnemer kan niet meer naar ${labelOf(to, 'nl')}`,
      en: `${labelOf(from, 'en')} is a final phase; a participant cannot move on to ${labelOf(to, 'en')}`,
    };
  }
  return {
    nl: `Van ${labelOf(from, 'nl')} kan een deelnemer alleen naar ${allowed.map((p) => labelOf(p, 'nl')).join(' of ')}, niet naar ${labelOf(to, 'nl')}`,
    en: `From ${labelOf(from, 'en')} a participant can only move to ${allowed.map((p) => labelOf(p, 'en')).join(' or ')}, not to ${labelOf(to, 'en')}`,
  };
}

/** Returns `to` when the move is allowed; throws a PhaseTransitionError naming the allowed next phases otherwise. */
export function transition(from: ParticipantPhase, to: ParticipantPhase): ParticipantPhase {
  if (!canTransition(from, to)) throw new PhaseTransitionError(from, to, nextPhases(from));
  return to;
}

/**
 * The cohort's phase: the earliest phase any active (not withdrawn) participant is in,
 * because the group moves on together (the symposium waits for the slowest).
 * Null when no participant is active.
 */
export function cohortPhase(participantPhases: readonly ParticipantPhase[]): Phase | null {
  let earliest: number | undefined;
  for (const p of participantPhases) {
    if (!isParticipantPhase(p)) throw new RangeError(`unknown phase ${JSON.stringify(p)}`);
    if (p === WITHDRAWN) continue;
    const i = PHASES.indexOf(p);
    if (earliest === undefined || i < earliest) earliest = i;
  }
  return earliest === undefined ? null : (PHASES[earliest] ?? null);
}

/**
 * Is a participant late? `phase` is the phase they are in now and `plannedDate` the date
 * by which that phase was planned to be finished (YYYY-MM-DD). Late only after that day;
 * finished participants (alumni, withdrawn) are never late.
 */
export function isLate(phase: ParticipantPhase, plannedDate: string, today: string): boolean {
  assertIsoDate(plannedDate, 'plannedDate');
  assertIsoDate(today, 'today');
  if (!isParticipantPhase(phase)) throw new RangeError(`unknown phase ${JSON.stringify(phase)}`);
  return !isFinalPhase(phase) && today > plannedDate;
}
