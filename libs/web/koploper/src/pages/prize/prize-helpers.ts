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

/** A score a juror may give: 0..max with at most one decimal. */
export function validScore(raw: string, max: number): number | null {
  const text = raw.trim().replace(',', '.');
  if (!/^\d+(\.\d)?$/.test(text)) return null;
  const n = Number(text);
  return n >= 0 && n <= max ? n : null;
}

/** The scores the signed-in juror gave an entry so far, as form values (criterion id -> text). */
export function myScores(entry: PrizeEntry, criteria: readonly PrizeCriterion[], jurorUserId: string | null | undefined): Record<string, string> {
  return Object.fromEntries(
    criteria.map((c) => {
      const s = entry.scores.find((x) => x.jurorUserId === jurorUserId && x.criterionId === c.id);
      return [c.id, s ? String(s.score) : ''];
    }),
  );
}
