import { PROGRAMME_LINE_LABELS, STEPS, type ProgrammeLine, type StepKey } from '@koers/domain';
import type { Language } from '@koers/web-ui';

/** A breakdown value as the reader names it: a programme line or step by its name, a group, municipality or year as it is. */
export function valueLabel(by: string, value: string | null, lang: Language, unknown: string): string {
  if (value === null) return unknown;
  if (by === 'programmeLine') return PROGRAMME_LINE_LABELS[value as ProgrammeLine]?.[lang] ?? value;
  if (by === 'step') return STEPS[value as StepKey]?.name[lang] ?? value;
  return value;
}

/** Whole numbers the reader's way: `30.000` in Dutch. */
export const count = (x: number, lang: Language) => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 0 }).format(x);
