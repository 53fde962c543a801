import { ApiError } from '@koers/web-api-client';
import type { Language } from '@koers/web-ui';

/** The API's 429 as the page shows it: its own text in both languages and the time of day to try again. */
export interface TooMany {
  text: { nl: string; en: string };
  /** Seconds to wait, as the API said (`params.retryAfterSeconds`, the same as Retry-After). */
  retryAfterSeconds: number | null;
  /** When the wait is over (ms since the epoch), to show as a time of day. */
  until: number | null;
}

/** A 429 of sign-in or password reset (`auth.too_many_attempts`, `auth.too_many_resets`), or null for any other error. */
export function tooManyOf(e: unknown, now = Date.now()): TooMany | null {
  if (!(e instanceof ApiError) || e.status !== 429) return null;
  const seconds = Number(e.problem?.params?.['retryAfterSeconds']);
  const retryAfterSeconds = Number.isFinite(seconds) && seconds > 0 ? seconds : null;
  return {
    text: e.problem?.text ?? { nl: 'Te veel pogingen; probeer het later opnieuw', en: 'Too many attempts; try again later' },
    retryAfterSeconds,
    until: retryAfterSeconds === null ? null : now + retryAfterSeconds * 1000,
  };
}

/** The time of day (Dutch time) a wait ends: nl `14:05`, en `14:05`. */
export function timeOfDay(ms: number, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(new Date(ms));
}
