import type { AbstractControl, ValidationErrors } from '@angular/forms';
import type { Prize } from '@koers/web-api-client';
import type { Language } from '@koers/web-ui';

export type PrizeEntry = Prize['entries'][number];
export type PrizeCriterion = Prize['criteria'][number];

/** A total or score in the reader's language, at most one decimal. */
export function formatScore(value: number, lang: Language): string {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
}

/** Places in the ranking (the API sends the entries ranked): equal totals share a place ("1, 1, 3"). */
export function places(entries: readonly PrizeEntry[]): number[] {
  return entries.map((e) => entries.findIndex((o) => o.total === e.total) + 1);
}

/** Whether a juror may give this score: 0..max with at most one decimal. */
export function isValidScore(value: number | null, max: number): value is number {
  return value !== null && Number.isFinite(value) && value >= 0 && value <= max && Math.abs(value * 10 - Math.round(value * 10)) < 1e-9;
}

/** The field check of a score (error `score`). */
export const scoreWithin =
  (max: number) =>
  (control: AbstractControl<number | null>): ValidationErrors | null =>
    isValidScore(control.value, max) ? null : { score: true };

/** The scores the signed-in juror gave an entry so far (criterion id -> score, null where none). */
export function myScores(entry: PrizeEntry, criteria: readonly PrizeCriterion[], jurorUserId: string | null | undefined): Record<string, number | null> {
  return Object.fromEntries(
    criteria.map((c) => {
      const s = entry.scores.find((x) => x.jurorUserId === jurorUserId && x.criterionId === c.id);
      return [c.id, s ? s.score : null];
    }),
  );
}
