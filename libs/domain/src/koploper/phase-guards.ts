import type { GuardFacts, PhaseGuard } from '../programme/step-definition';

/**
 * What step 1's guards read of one participant (the server counts it in the
 * request's transaction, `libs/server/koploper/src/track/guard-facts.ts`):
 * - `baselineReviewed`: a baseline of any year is reviewed (a trainee's review counts once the mentor signed it off);
 * - `profilePublished`: a version of the sustainability profile is published;
 * - `actionPlanMeasures`: measures in the action plan (DuOn-agenda), dropped ones not counted;
 * - `visionWritten`: the MVO-visie is written;
 * - `communicationSubmitted`: the communication assignment is submitted.
 */
export interface KoploperGuardFacts extends GuardFacts {
  baselineReviewed: boolean;
  profilePublished: boolean;
  actionPlanMeasures: number;
  visionWritten: boolean;
  communicationSubmitted: boolean;
}

const truthy = (f: GuardFacts, key: keyof KoploperGuardFacts) => f[key] === true;

/**
 * A phase completes when its work is done: the next phase is reached only when
 * the work of the one before it is in. From kickoff to the baseline nothing is
 * needed (the baseline is the work of that phase); the symposium to the network
 * is the cohort's close. A coordinator or administrator may move past an unmet
 * guard, saying why; the override is kept (`phase_override`).
 */
export const KOPLOPER_GUARDS: readonly PhaseGuard[] = Object.freeze([
  {
    code: 'koploper.baseline_reviewed',
    phase: 'profile',
    text: { nl: 'de nulmeting is beoordeeld door de adviseur', en: 'the baseline is reviewed by the adviser' },
    holds: (f: GuardFacts) => truthy(f, 'baselineReviewed'),
  },
  {
    code: 'koploper.profile_published',
    phase: 'action_plan',
    text: { nl: 'het duurzaamheidsprofiel is gepubliceerd', en: 'the sustainability profile is published' },
    holds: (f: GuardFacts) => truthy(f, 'profilePublished'),
  },
  {
    code: 'koploper.action_plan_in',
    phase: 'communication',
    text: { nl: 'het actieplan (DuOn-agenda) heeft ten minste één maatregel', en: 'the action plan has at least one measure' },
    holds: (f: GuardFacts) => typeof f['actionPlanMeasures'] === 'number' && f['actionPlanMeasures'] >= 1,
  },
  {
    code: 'koploper.vision_written',
    phase: 'communication',
    text: { nl: 'de MVO-visie is geschreven', en: 'the CSR vision is written' },
    holds: (f: GuardFacts) => truthy(f, 'visionWritten'),
  },
  {
    code: 'koploper.communication_submitted',
    phase: 'symposium',
    text: { nl: 'de communicatieopdracht is ingediend', en: 'the communication assignment is submitted' },
    holds: (f: GuardFacts) => truthy(f, 'communicationSubmitted'),
  },
]);

/**
 * The phase a participant must have reached before its MVO-certificaat may be
 * awarded: the communication phase (the action plan and the vision are in, or
 * the coordinator moved it there saying why). Applying is possible earlier.
 */
export const CERTIFICATE_AWARD_PHASE = 'communication' as const;
