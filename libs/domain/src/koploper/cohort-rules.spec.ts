import { describe, expect, it } from 'vitest';
import { canAddParticipant, checkCohortSize, DEFAULT_COHORT_SIZE_RULE, GRONINGEN_COHORT_SIZE_RULE, validateCohortSizeRule } from './cohort-rules';

describe('checkCohortSize', () => {
  it('accepts 3 to 15 by default, both ends inclusive', () => {
    expect(checkCohortSize(3)).toEqual({ ok: true });
    expect(checkCohortSize(15)).toEqual({ ok: true });
    expect(checkCohortSize(9, DEFAULT_COHORT_SIZE_RULE)).toEqual({ ok: true });
  });

  it('refuses 2 and 16 with a Dutch and English message', () => {
    expect(checkCohortSize(2)).toEqual({
      ok: false,
      reason: 'too_few',
      message: { nl: 'Een Koplopergroep telt 3 tot 15 deelnemers; nu 2', en: 'A cohort has 3 to 15 participants; now 2' },
    });
    expect(checkCohortSize(16)).toMatchObject({ ok: false, reason: 'too_many', message: { en: 'A cohort has 3 to 15 participants; now 16' } });
    expect(checkCohortSize(0)).toMatchObject({ ok: false, reason: 'too_few' });
  });

  it('applies a partner rule (Groningen 8-15)', () => {
    expect(checkCohortSize(7, GRONINGEN_COHORT_SIZE_RULE)).toMatchObject({ ok: false, reason: 'too_few', message: { nl: 'Een Koplopergroep telt 8 tot 15 deelnemers; nu 7' } });
    expect(checkCohortSize(8, GRONINGEN_COHORT_SIZE_RULE)).toEqual({ ok: true });
    expect(checkCohortSize(5, { min: 5, max: 5 })).toEqual({ ok: true });
  });

  it('refuses a non-count or an invalid rule instead of answering', () => {
    expect(() => checkCohortSize(-1)).toThrow(RangeError);
    expect(() => checkCohortSize(2.5)).toThrow(RangeError);
    expect(() => checkCohortSize(5, { min: 10, max: 4 })).toThrow('The maximum (4) must not be below the minimum (10)');
  });
});

describe('validateCohortSizeRule', () => {
  it('accepts min >= 1 and max >= min', () => {
    expect(validateCohortSizeRule({ min: 1, max: 1 })).toEqual({ ok: true });
    expect(validateCohortSizeRule({ min: 8, max: 15 })).toEqual({ ok: true });
  });
  it('refuses min 0, max below min and fractions, in both languages', () => {
    expect(validateCohortSizeRule({ min: 0, max: 15 })).toEqual({ ok: false, message: { nl: 'Het minimum moet minstens 1 zijn; nu 0', en: 'The minimum must be at least 1; now 0' } });
    expect(validateCohortSizeRule({ min: 8, max: 7 })).toMatchObject({ ok: false, message: { nl: 'Het maximum (7) mag niet kleiner zijn dan het minimum (8)' } });
    expect(validateCohortSizeRule({ min: 2.5, max: 7 })).toMatchObject({ ok: false });
  });
});

describe('canAddParticipant', () => {
  it('allows joining until the maximum is reached', () => {
    expect(canAddParticipant(14)).toBe(true);
    expect(canAddParticipant(15)).toBe(false);
    expect(canAddParticipant(0, GRONINGEN_COHORT_SIZE_RULE)).toBe(true);
  });
});
