/** Today's date in the Netherlands (YYYY-MM-DD): deadlines and validity are Dutch calendar days. */
export function today(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
