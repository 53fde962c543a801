/** Dutch formatting for documents: they are printed and kept, so no locale guessing. */
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** '2026-11-22' -> '22 november 2026'. */
export function dutchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`expected a date YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

const nl = (digits: number) => new Intl.NumberFormat('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** 12345.6 -> '12.345,6'. */
export const dutchNumber = (x: number, digits = 0) => nl(digits).format(x);

/** kg CO2e as the reader thinks of it: tonnes from 1000 kg up, one decimal. */
export function co2(kg: number): string {
  return Math.abs(kg) >= 1000 ? `${dutchNumber(kg / 1000, 1)} ton CO2e` : `${dutchNumber(kg, 0)} kg CO2e`;
}

/** A min-max range, or one figure when both ends are equal. */
export function range(r: { min: number; max: number }, unit: (x: number) => string): string {
  return r.min === r.max ? unit(r.min) : `${unit(r.min)} – ${unit(r.max)}`;
}

export const euro = (x: number) => `€ ${dutchNumber(x, 0)}`;

/** Today's date in the Netherlands (YYYY-MM-DD): a document's issue date is a Dutch calendar day. */
export function dutchToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A stored date column (YYYY-MM-DD) as it is, or a moment as its Dutch calendar day. */
export const isoDate = (d: Date | string): string => (typeof d === 'string' ? d.slice(0, 10) : dutchToday(d));

/** Letters and digits of any script, the rest as single hyphens, at most 80 characters: 'Café Ëlst & Zn.' -> 'Café-Ëlst-Zn'. */
export const fileNamePart = (s: string): string =>
  s
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
