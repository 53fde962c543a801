import { ApiError } from '@koers/web-api-client';
import type { Language } from '@koers/web-ui';

/** The half of an API text "Dutch / English" in the reader's language (the whole text when it has one language). */
export function inLanguage(text: string, lang: Language): string {
  const [nl, en] = text.split(' / ');
  return (lang === 'en' && en ? en : nl).trim();
}

/**
 * The fields an API refusal named (`problem.errors`, e.g. `organisation.kvkNumber`),
 * each with its message in the reader's language. The first message of a field wins.
 */
export function apiFieldErrors(e: unknown, lang: Language): Record<string, string> {
  if (!(e instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const f of e.problem?.errors ?? []) {
    if (!(f.field in out)) out[f.field] = inLanguage(f.message, lang);
  }
  return out;
}
