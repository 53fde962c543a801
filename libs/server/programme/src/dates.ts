// Built once: constructing an Intl.DateTimeFormat costs far more than formatting
// with it, and today() runs for every participant row (bench/api-read).
const DUTCH_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in the Netherlands (YYYY-MM-DD): deadlines and validity are Dutch calendar days. */
export function today(now = new Date()): string {
  return DUTCH_DAY.format(now);
}
