import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { formatNumber, parseNumber } from '@koers/domain';
import type { FieldMessage, FieldMessages } from '@koers/web-programme';
import type { Language } from '@koers/web-ui';

const blanks = (text: string) => text.replace(/[\s\u00a0]/g, '');

/**
 * An amount as typed in the reader's language with the shared parser (Dutch
 * `30.000`, `4.500,5`); null when empty, NaN when it is not a number. `0.750`
 * is no thousands group (parseNumber would read 750): NaN too.
 */
export function amountOf(text: string, lang: Language): number | null {
  const leadingZero = new RegExp(`^[-+]?0\\d*\\${lang === 'nl' ? '.' : ','}`).test(blanks(text));
  return leadingZero ? Number.NaN : parseNumber(text, lang);
}

/**
 * An amount of 0 or more typed the reader's way (empty only when `optional`).
 * What reads neither way is not guessed: Dutch `12.5` may be 12,5 or 12.500,
 * so the error `ambiguous` carries both ways to write it; English `12,5`
 * likewise. Other errors: `amount` (no number, or below 0).
 */
export function validAmount(lang: () => Language, opts: { optional?: boolean } = {}): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const text = String(control.value ?? '').trim();
    const n = amountOf(text, lang());
    if (n === null) return opts.optional ? null : { amount: true };
    if (Number.isFinite(n)) return n >= 0 ? null : { amount: true };
    const [group, decimal] = lang() === 'nl' ? ['.', ','] : [',', '.'];
    const m = new RegExp(`^(\\d+)\\${group}(\\d{1,3})$`).exec(blanks(text));
    if (m) {
      const [, whole, fraction] = m as unknown as [string, string, string];
      const grouped = /^[1-9]\d{0,2}$/.test(whole) ? `${whole}${group}${fraction.padEnd(3, '0')}` : null;
      return { ambiguous: { decimal: `${whole}${decimal}${fraction}`, grouped } };
    }
    return { amount: true };
  };
}

/** The messages of validAmount's errors; `invalid` is the key for `amount`. */
export function amountMessages(invalid: string): FieldMessages {
  return {
    amount: invalid,
    ambiguous: (e: unknown): FieldMessage => {
      const { decimal, grouped } = e as { decimal: string; grouped: string | null };
      return grouped ? { key: 'koploper.activity.amountAmbiguous', params: { decimal, grouped } } : { key: 'koploper.activity.amountDecimal', params: { decimal } };
    },
  };
}

/**
 * A typed amount read in `from` and written again in `to` (the reader switched
 * language), so `30.000` typed in Dutch stays thirty thousand (`30,000`) and is
 * not read as 30 in English; left as typed when it does not read.
 */
export function retypeAmount(text: string, from: Language, to: Language): string {
  if (from === to) return text;
  const n = amountOf(text, from);
  return n === null || Number.isNaN(n) ? text : formatNumber(n, to, 20);
}
