/**
 * Rounds to `decimals` places, half away from zero, after trimming binary float
 * noise (1.0005 * 1000 is 1000.4999...). Masses use 3 decimals (grams),
 * percentages 1 decimal. A copy of footprint.ghg's rule, kept here so a change
 * there cannot move this plugin's results without a version of its own.
 */
export function round(value: number, decimals = 3): number {
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const result = (Math.sign(value) * Math.round(scaled)) / factor;
  return result === 0 ? 0 : result; // no -0 in JSON output
}

/** part / whole as a percentage with one decimal; null when there is no whole to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? round((part / whole) * 100, 1) : null;
}

/** A number for Dutch text: decimal comma. */
export function nlNumber(value: number): string {
  return String(round(value)).replace('.', ',');
}
