import { type Bilingual } from '../text';

/** Allowed number of participants in a Koplopergroep (cohort), both ends inclusive. */
export interface CohortSizeRule {
  min: number;
  max: number;
}

/** The programme default: "een Koplopergroep, bestaande uit 3 tot 15 bedrijven". */
export const DEFAULT_COHORT_SIZE_RULE: CohortSizeRule = Object.freeze({ min: 3, max: 15 });
/** Groningen forms groups of 8 to 15 (seed 004); an example of a partner's own rule. */
export const GRONINGEN_COHORT_SIZE_RULE: CohortSizeRule = Object.freeze({ min: 8, max: 15 });

export type CohortRuleCheck = { ok: true } | { ok: false; message: Bilingual };
export type CohortSizeCheck =
  | { ok: true }
  | { ok: false; reason: 'too_few' | 'too_many'; message: Bilingual };

const isCount = (n: number) => Number.isInteger(n) && n >= 0;

/** Validates a partner's configured rule: whole numbers, min >= 1, max >= min. */
export function validateCohortSizeRule(rule: CohortSizeRule): CohortRuleCheck {
  const { min, max } = rule;
  if (!Number.isInteger(min) || !Number.isInteger(max)) {
    return { ok: false, message: { nl: `Minimum en maximum moeten hele getallen zijn; nu ${min} en ${max}`, en: `Minimum and maximum must be whole numbers; now ${min} and ${max}` } };
  }
  if (min < 1) return { ok: false, message: { nl: `Het minimum moet minstens 1 zijn; nu ${min}`, en: `The minimum must be at least 1; now ${min}` } };
  if (max < min) {
    return { ok: false, message: { nl: `Het maximum (${max}) mag niet kleiner zijn dan het minimum (${min})`, en: `The maximum (${max}) must not be below the minimum (${min})` } };
  }
  return { ok: true };
}

/**
 * Is a cohort of `count` participants within the rule? Returns a message for the
 * coordinator rather than throwing: a cohort is built up one sign-up at a time, so
 * "too few" is a normal, displayable state until the kickoff.
 */
export function checkCohortSize(count: number, rule: CohortSizeRule = DEFAULT_COHORT_SIZE_RULE): CohortSizeCheck {
  if (!isCount(count)) throw new RangeError(`count must be a non-negative whole number, got ${count}`);
  const valid = validateCohortSizeRule(rule);
  if (!valid.ok) throw new RangeError(valid.message.en);
  if (count >= rule.min && count <= rule.max) return { ok: true };
  return {
    ok: false,
    reason: count < rule.min ? 'too_few' : 'too_many',
    message: {
      nl: `Een Koplopergroep telt ${rule.min} tot ${rule.max} deelnemers; nu ${count}`,
      en: `A cohort has ${rule.min} to ${rule.max} participants; now ${count}`,
    },
  };
}

/** Whether one more participant may join a cohort that now has `count`. */
export function canAddParticipant(count: number, rule: CohortSizeRule = DEFAULT_COHORT_SIZE_RULE): boolean {
  if (!isCount(count)) throw new RangeError(`count must be a non-negative whole number, got ${count}`);
  return count < rule.max;
}
