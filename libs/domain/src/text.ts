/** A user-facing text: Dutch first (the users are Dutch), English second. */
export interface Bilingual {
  nl: string;
  en: string;
}

/** One line for logs and Error.message: "Nederlands / English". */
export function bilingual(text: Bilingual): string {
  return `${text.nl} / ${text.en}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Calendar dates are ISO `YYYY-MM-DD` strings: no time zone, so "late" or "expired"
 * does not shift by a day between server and browser. Lexical order = date order.
 */
export function assertIsoDate(value: string, name: string): string {
  const m = ISO_DATE.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !d || d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
    throw new RangeError(`${name} must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}
