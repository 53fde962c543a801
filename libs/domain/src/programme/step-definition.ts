import type { Bilingual } from '../text';
import { assertIsoDate } from '../text';
import { RuleError } from './rule-error';

/** The programme's steps. A company may enter at any of them. */
export const STEP_KEYS = ['koploper', 'masterclass', 'chain'] as const;
export type StepKey = (typeof STEP_KEYS)[number];

export function isStepKey(value: unknown): value is StepKey {
  return typeof value === 'string' && (STEP_KEYS as readonly string[]).includes(value);
}

/** How many organisations a group has, both ends inclusive. */
export interface GroupSizeRule {
  min: number;
  max: number;
}

/** An enrolment's place in a group: most are participants; a chain project has a lead and chain partners. */
export const ENROLMENT_ROLES = ['participant', 'lead', 'chain_partner'] as const;
export type EnrolmentRole = (typeof ENROLMENT_ROLES)[number];

/**
 * Who must be in a group before it may start. `count`: min-max enrolments;
 * `chain`: one lead organisation and at least `minPartners` chain partners.
 */
export type CompositionRule = { kind: 'count'; size: GroupSizeRule } | { kind: 'chain'; minPartners: number; maxPartners: number };

/** What a phase guard sees of one enrolment: the work done so far, as the step's library counts it. */
export type GuardFacts = Record<string, boolean | number | string | null>;

/** A condition that must hold before an enrolment reaches a phase; the coordinator may override it, saying why. */
export interface PhaseGuard {
  /** Stable code, e.g. `koploper.baseline_reviewed`. */
  code: string;
  /** The phase the guard protects (reached only when it holds). */
  phase: string;
  /** What must be done, for the refusal. */
  text: Bilingual;
  holds(facts: GuardFacts): boolean;
}

/** A step as data: everything the programme core needs to run its groups. */
export interface StepDefinition {
  key: StepKey;
  name: Bilingual;
  /** What one group of this step is called ("Koplopergroep", "masterclass", "ketenproject"). */
  groupName: Bilingual;
  composition: CompositionRule;
  /** The phases in order; an enrolment moves one forward at a time (or withdraws). */
  phases: readonly string[];
  phaseLabels: Readonly<Record<string, Bilingual>>;
  /** Where everyone ends after the group closes (also a phase). */
  finalPhase: string;
  /** The phase every active enrolment must have reached before the group closes. */
  closingPhase: string;
  guards: readonly PhaseGuard[];
  sessionKinds: readonly string[];
  sessionKindLabels: Readonly<Record<string, Bilingual>>;
  /** Path of the web page an invitation link lands on; the token is appended. */
  invitationPath: string;
  /** Staff roles a group of this step has. */
  staffRoles: readonly StaffRole[];
  /** How long a group runs, in calendar months from start to end (both inclusive), when the step says. */
  durationMonths?: { min: number; max: number };
  /** How many sessions must have taken place (attendance recorded, someone present) before the group closes. */
  minSessionsHeld?: number;
}

/** Whole calendar months from `startsOn` to `endsOn` (YYYY-MM-DD): 2026-01-15 to 2026-07-14 is 5, to 2026-07-15 is 6. */
export function monthsBetween(startsOn: string, endsOn: string): number {
  const [y1, m1, d1] = startsOn.split('-').map(Number);
  const [y2, m2, d2] = endsOn.split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/** The step's duration rule: a group of 6-24 months ends no earlier than six months and no later than 24 months after its start. */
export function checkDuration(step: StepDefinition, startsOn: string, endsOn: string): void {
  const rule = step.durationMonths;
  if (!rule) return;
  const months = monthsBetween(startsOn, endsOn);
  if (months < rule.min || months > rule.max) {
    throw new RuleError(
      'group.duration',
      { nl: `Een ${step.groupName.nl} duurt ${rule.min} tot ${rule.max} maanden; deze duurt ${months} maanden`, en: `A ${step.groupName.en} runs ${rule.min} to ${rule.max} months; this one runs ${months} months` },
      { min: rule.min, max: rule.max, months },
    );
  }
}

/** The step's session rule before closing, with the count held so far. */
export function checkSessionsHeld(step: StepDefinition, held: number): void {
  const min = step.minSessionsHeld;
  if (!min || held >= min) return;
  throw new RuleError(
    'group.too_few_sessions',
    {
      nl: `Een ${step.groupName.nl} sluit pas af na ten minste ${min} gehouden sessies; er zijn er ${held} gehouden`,
      en: `A ${step.groupName.en} closes only after at least ${min} sessions took place; ${held} took place`,
    },
    { min, held },
  );
}

export const WITHDRAWN_PHASE = 'withdrawn' as const;
export const WITHDRAWN_LABEL: Bilingual = { nl: 'Teruggetrokken', en: 'Withdrawn' };

/** People who work with a group: users of the partner, or outside specialists who have no account. */
export const STAFF_ROLES_ON_GROUP = ['adviser', 'coach', 'speaker', 'specialist'] as const;
export type StaffRole = (typeof STAFF_ROLES_ON_GROUP)[number];
export const STAFF_ROLE_LABELS: Record<StaffRole, Bilingual> = {
  adviser: { nl: 'Adviseur', en: 'Adviser' },
  coach: { nl: 'Coach', en: 'Coach' },
  speaker: { nl: 'Spreker', en: 'Speaker' },
  specialist: { nl: 'Specialist', en: 'Specialist' },
};

// --- phases -------------------------------------------------------------------------------------

export function phaseLabel(step: StepDefinition, phase: string): Bilingual {
  if (phase === WITHDRAWN_PHASE) return WITHDRAWN_LABEL;
  return step.phaseLabels[phase] ?? { nl: JSON.stringify(phase), en: JSON.stringify(phase) };
}

export function isPhaseOf(step: StepDefinition, value: unknown): value is string {
  return typeof value === 'string' && (value === WITHDRAWN_PHASE || step.phases.includes(value));
}

export function isFinal(step: StepDefinition, phase: string): boolean {
  return phase === step.finalPhase || phase === WITHDRAWN_PHASE;
}

/** The next phase in order, or withdrawn. No skipping, no going back. */
export function nextPhasesOf(step: StepDefinition, from: string): string[] {
  if (!isPhaseOf(step, from) || isFinal(step, from)) return [];
  const next = step.phases[step.phases.indexOf(from) + 1];
  return next ? [next, WITHDRAWN_PHASE] : [WITHDRAWN_PHASE];
}

const list = (step: StepDefinition, phases: readonly string[], lang: 'nl' | 'en') => phases.map((p) => phaseLabel(step, p)[lang]).join(lang === 'nl' ? ' of ' : ' or ');

/**
 * Checks a move and the guards of the phase it reaches. `facts` are the
 * enrolment's work as the step counts it; `override` (the coordinator's reason)
 * lets a move past unmet guards, never past the order. Returns the unmet guards
 * that were overridden; throws a RuleError naming what is missing otherwise.
 */
export function checkTransition(step: StepDefinition, from: string, to: string, facts: GuardFacts = {}, override?: string): PhaseGuard[] {
  const allowed = nextPhasesOf(step, from);
  if (!isPhaseOf(step, from)) throw new RuleError('phase.unknown', { nl: `Onbekende fase ${JSON.stringify(from)}`, en: `Unknown phase ${JSON.stringify(from)}` }, { from });
  if (!allowed.includes(to)) {
    const f = phaseLabel(step, from);
    const t = phaseLabel(step, to);
    if (allowed.length === 0) {
      throw new RuleError('phase.final', { nl: `${f.nl} is een eindfase; een deelnemer kan niet meer naar ${t.nl}`, en: `${f.en} is a final phase; a participant cannot move on to ${t.en}` }, { from, to });
    }
    throw new RuleError(
      'phase.transition',
      { nl: `Van ${f.nl} kan een deelnemer alleen naar ${list(step, allowed, 'nl')}, niet naar ${t.nl}`, en: `From ${f.en} a participant can only move to ${list(step, allowed, 'en')}, not to ${t.en}` },
      { from, to, allowed },
    );
  }
  const unmet = step.guards.filter((g) => g.phase === to && !g.holds(facts));
  if (unmet.length && !override?.trim()) {
    const t = phaseLabel(step, to);
    throw new RuleError(
      'phase.guard',
      { nl: `Nog niet klaar voor ${t.nl}: ${unmet.map((g) => g.text.nl).join('; ')}`, en: `Not ready for ${t.en}: ${unmet.map((g) => g.text.en).join('; ')}` },
      { to, guards: unmet.map((g) => g.code) },
    );
  }
  return unmet;
}

/** One condition of a phase as a checklist shows it: done or still missing. */
export interface GuardCheck {
  code: string;
  text: Bilingual;
  done: boolean;
}

/** The step's guards on reaching `phase`, each with whether it holds for these facts (empty when the phase has none). */
export function guardChecklist(step: StepDefinition, phase: string, facts: GuardFacts): GuardCheck[] {
  return step.guards.filter((g) => g.phase === phase).map((g) => ({ code: g.code, text: g.text, done: g.holds(facts) }));
}

/**
 * The group's phase: the earliest phase any active enrolment is in, because the
 * group moves on together. Null when no enrolment is active.
 */
export function groupPhase(step: StepDefinition, phases: readonly string[]): string | null {
  let earliest: number | undefined;
  for (const p of phases) {
    if (p === WITHDRAWN_PHASE) continue;
    const i = step.phases.indexOf(p);
    if (i < 0) throw new RangeError(`unknown phase ${JSON.stringify(p)}`);
    if (earliest === undefined || i < earliest) earliest = i;
  }
  return earliest === undefined ? null : (step.phases[earliest] ?? null);
}

/** Late: still in `phase` after the day it was planned to be finished. Final phases are never late. */
export function isLateIn(step: StepDefinition, phase: string, plannedDate: string, today: string): boolean {
  assertIsoDate(plannedDate, 'plannedDate');
  assertIsoDate(today, 'today');
  return !isFinal(step, phase) && today > plannedDate;
}

/** Planned dates lie within the group's dates and follow the phases' order. Throws a RuleError naming the phase. */
export function checkPhasePlan(step: StepDefinition, plan: Readonly<Record<string, string>>, startsOn: string, endsOn: string): void {
  let previous: { phase: string; date: string } | null = null;
  for (const phase of Object.keys(plan)) {
    if (!step.phases.includes(phase)) throw new RuleError('plan.unknown_phase', { nl: `Onbekende fase ${JSON.stringify(phase)}`, en: `Unknown phase ${JSON.stringify(phase)}` }, { phase });
  }
  for (const phase of step.phases) {
    const date = plan[phase];
    if (!date) continue;
    try {
      assertIsoDate(date, phase);
    } catch {
      throw new RuleError('plan.not_a_date', { nl: `${phaseLabel(step, phase).nl}: geen datum JJJJ-MM-DD`, en: `${phaseLabel(step, phase).en}: not a date YYYY-MM-DD` }, { phase, date });
    }
    const l = phaseLabel(step, phase);
    if (date < startsOn || (phase !== step.finalPhase && date > endsOn)) {
      throw new RuleError('plan.outside_group', { nl: `${l.nl} moet tussen ${startsOn} en ${endsOn} liggen`, en: `${l.en} must lie between ${startsOn} and ${endsOn}` }, { phase, date, startsOn, endsOn });
    }
    if (previous && date < previous.date) {
      const p = phaseLabel(step, previous.phase);
      throw new RuleError('plan.order', { nl: `${l.nl} ligt voor ${p.nl}`, en: `${l.en} is planned before ${p.en}` }, { phase, before: previous.phase });
    }
    previous = { phase, date };
  }
}

// --- composition --------------------------------------------------------------------------------

export function validateSizeRule(rule: GroupSizeRule): void {
  if (!Number.isInteger(rule.min) || !Number.isInteger(rule.max) || rule.min < 1 || rule.max < rule.min) {
    throw new RangeError(`a group size rule needs whole numbers 1 <= min <= max, got ${rule.min}-${rule.max}`);
  }
}

/** The step's composition, with a partner's own size rule where the step counts (Groningen forms Koplopergroepen of 8-15). */
export function compositionFor(step: StepDefinition, partnerSize?: GroupSizeRule | null): CompositionRule {
  if (step.composition.kind === 'count' && partnerSize) {
    validateSizeRule(partnerSize);
    return { kind: 'count', size: partnerSize };
  }
  return step.composition;
}

/** May the group start with these enrolments (withdrawn ones left out by the caller)? Throws a RuleError naming the count. */
export function checkComposition(step: StepDefinition, rule: CompositionRule, roles: readonly EnrolmentRole[]): void {
  if (rule.kind === 'count') {
    const { min, max } = rule.size;
    const n = roles.length;
    if (n < min || n > max) {
      throw new RuleError(
        n < min ? 'group.too_few' : 'group.too_many',
        { nl: `Een ${step.groupName.nl} telt ${min} tot ${max} deelnemers; nu ${n}`, en: `A ${step.groupName.en} has ${min} to ${max} participants; now ${n}` },
        { min, max, count: n },
      );
    }
    return;
  }
  const leads = roles.filter((r) => r === 'lead').length;
  const partners = roles.filter((r) => r === 'chain_partner').length;
  if (leads !== 1) {
    throw new RuleError('group.lead', { nl: `Een ${step.groupName.nl} heeft één trekkende organisatie; nu ${leads}`, en: `A ${step.groupName.en} has one lead organisation; now ${leads}` }, { leads });
  }
  if (partners < rule.minPartners || partners > rule.maxPartners) {
    throw new RuleError(
      'group.chain_partners',
      { nl: `Een ${step.groupName.nl} heeft ${rule.minPartners} tot ${rule.maxPartners} ketenpartners naast de trekker; nu ${partners}`, en: `A ${step.groupName.en} has ${rule.minPartners} to ${rule.maxPartners} chain partners besides the lead; now ${partners}` },
      { min: rule.minPartners, max: rule.maxPartners, count: partners },
    );
  }
}

/** Whether one more enrolment fits (the maximum holds while a group is formed; the minimum only at the start). */
export function checkRoomFor(step: StepDefinition, rule: CompositionRule, roles: readonly EnrolmentRole[], role: EnrolmentRole): void {
  if (rule.kind === 'count') {
    if (role !== 'participant') throw new RuleError('group.role', { nl: `Een ${step.groupName.nl} kent alleen deelnemers`, en: `A ${step.groupName.en} has participants only` }, { role });
    if (roles.length >= rule.size.max) {
      throw new RuleError('group.full', { nl: `Deze ${step.groupName.nl} is vol (${rule.size.max} deelnemers)`, en: `This ${step.groupName.en} is full (${rule.size.max} participants)` }, { max: rule.size.max });
    }
    return;
  }
  if (role === 'participant') throw new RuleError('group.role', { nl: `Kies trekker of ketenpartner`, en: `Choose lead or chain partner` }, { role });
  if (role === 'lead' && roles.includes('lead')) throw new RuleError('group.lead', { nl: `Dit ${step.groupName.nl} heeft al een trekker`, en: `This ${step.groupName.en} already has a lead` }, { leads: 1 });
  if (role === 'chain_partner' && roles.filter((r) => r === 'chain_partner').length >= rule.maxPartners) {
    throw new RuleError('group.full', { nl: `Dit ${step.groupName.nl} is vol (${rule.maxPartners} ketenpartners)`, en: `This ${step.groupName.en} is full (${rule.maxPartners} chain partners)` }, { max: rule.maxPartners });
  }
}

/**
 * The session kind every step has besides its own: the plenary feedback after
 * the track, with all participants invited. A closed group may still get one.
 */
export const FEEDBACK_SESSION_KIND = 'feedback';
export const FEEDBACK_SESSION_LABEL: Bilingual = { nl: 'Plenaire terugkoppeling', en: 'Plenary feedback session' };
