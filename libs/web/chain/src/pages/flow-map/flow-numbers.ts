import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { FieldMessage } from '@koers/web-programme';
import type { Language } from '@koers/web-ui';

/**
 * Numbers as people type them in the flow-map editor, in the reader's
 * language. Dutch: a dot groups thousands and a comma is the decimal sign
 * (`30.000` is thirty thousand, `4.500,5` is 4500.5); English the other way
 * round (`30,000`, `4,500.5`). What fits neither reading exactly (`12.5` in
 * Dutch, `1.234,5` in English, `1.2.3`) is not guessed: it gets a message.
 */
export type NumberReading = { ok: true; value: number | null } | { ok: false; problem: 'invalid' | 'otherDecimal' | 'decimals'; example?: string };

const SIGNS: Record<Language, { group: string; decimal: string }> = { nl: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } };
const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
/** The API keeps three decimals of kg, kWh and m³ (and two of a percentage: NumberRule.decimals). */
export const MAX_DECIMALS = 3;

const escape = (s: string) => s.replace(/[.]/g, '\\.');

export function readNumber(text: string, lang: Language, decimals = MAX_DECIMALS): NumberReading {
  const t = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '').replace(/^\u2212/, '-');
  if (t === '') return { ok: true, value: null };
  const { group, decimal } = SIGNS[lang];
  const g = escape(group);
  const d = escape(decimal);
  const m = new RegExp(`^(-?)(\\d+|\\d{1,3}(?:${g}\\d{3})+)(?:${d}(\\d+))?$`).exec(t);
  if (m) {
    const [, sign, whole, fraction = ''] = m;
    if (fraction.length > decimals) return { ok: false, problem: 'decimals', example: String(decimals) };
    return { ok: true, value: Number(`${sign}${whole.split(group).join('')}${fraction ? `.${fraction}` : ''}`) };
  }
  // The other language's decimal sign, once, where this one's grouping cannot be meant (Dutch `12.5`, English `12,5`): say how to write it.
  const other = new RegExp(`^-?\\d+${g}\\d+$`).exec(t);
  if (other) return { ok: false, problem: 'otherDecimal', example: t.replace(group, decimal) };
  return { ok: false, problem: 'invalid' };
}

/** A stored number as the reader would type it: nl `12.500`, `4.500,5`. */
export function writeNumber(value: number | null | undefined, lang: Language): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: MAX_DECIMALS, useGrouping: true }).format(value);
}

/** A typed number read in `from` and written again in `to` (the language switched); left as typed when it does not read. */
export function retypeNumber(text: string, from: Language, to: Language): string {
  const r = readNumber(text, from);
  return r.ok ? writeNumber(r.value, to) : text;
}

export interface NumberRule {
  required?: boolean;
  /** Digits after the decimal sign at most (MAX_DECIMALS unless given). */
  decimals?: number;
  min?: number;
  max?: number;
}

/**
 * A validator for a number typed as text, read in the language `lang()` gives
 * at the time. Errors: `required`, `number` ({ problem, example }), `min`, `max`.
 */
export function numberText(lang: () => Language, rule: NumberRule = {}): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const r = readNumber(String(control.value ?? ''), lang(), rule.decimals);
    if (!r.ok) return { number: { problem: r.problem, example: r.example ?? null } };
    if (r.value === null) return rule.required ? { required: true } : null;
    if (rule.min !== undefined && r.value < rule.min) return { min: { min: rule.min } };
    if (rule.max !== undefined && r.value > rule.max) return { max: { max: rule.max } };
    return null;
  };
}

/** The messages of numberText's errors (keys under chain.flowMap.number). */
export const NUMBER_MESSAGES = {
  required: 'chain.flowMap.number.required',
  number: (e: unknown): FieldMessage => {
    const { problem, example } = e as { problem: string; example: string | null };
    return { key: `chain.flowMap.number.${problem}`, params: { example: example ?? '', max: example ?? MAX_DECIMALS } };
  },
  min: (e: unknown): FieldMessage => ({ key: 'chain.flowMap.number.min', params: { min: (e as { min: number }).min } }),
  max: (e: unknown): FieldMessage => ({ key: 'chain.flowMap.number.max', params: { max: (e as { max: number }).max } }),
} as const;

/** The value of a number field that passed numberText. */
export function numberOf(text: string, lang: Language): number | null {
  const r = readNumber(text, lang);
  return r.ok ? r.value : null;
}

/** A percentage as the figures show it: nl `51,8%`, en `51.8%` (one decimal). */
export function percent(value: number, lang: Language, signed = false): string {
  const n = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: signed ? 'exceptZero' : 'auto' }).format(value);
  return `${n}%`;
}
