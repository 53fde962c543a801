/**
 * Rounds to `decimals` places, half away from zero, after trimming binary float
 * noise (1.0005 * 1000 is 1000.4999...). All kg figures use 3 decimals (grams).
 *
 * The trimming is `toPrecision(15)`, which is slow (a decimal conversion); it can
 * only change the result when the scaled value lies within its own 15th
 * significant digit of a half (x.5). `toPrecision(15)` moves a value x by at most
 * half a unit of that digit, under 5e-15·x, plus the binary rounding of reading
 * it back (≈1.1e-16·x): so when the distance to the half exceeds 1e-14·x, the
 * plain value rounds the same and the conversion is skipped. Same results, bit
 * for bit (round.spec.ts compares both ways on a million values).
 */
export function round(value: number, decimals = 3): number {
  const factor = decimals === 3 ? 1000 : 10 ** decimals;
  const x = Math.abs(value) * factor;
  const distanceToHalf = Math.abs(x - Math.floor(x) - 0.5);
  // NaN and Infinity fail the comparison and take the exact path, as do values so large (above ~5e13) that the margin passes a half.
  const scaled = distanceToHalf > x * 1e-14 ? x : Number(x.toPrecision(15));
  const result = (Math.sign(value) * Math.round(scaled)) / factor;
  return result === 0 ? 0 : result; // no -0 in JSON output
}

/** The rule as first written (every value through toPrecision): the reference round.spec.ts checks `round` against. */
export function roundByDecimalConversion(value: number, decimals = 3): number {
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const result = (Math.sign(value) * Math.round(scaled)) / factor;
  return result === 0 ? 0 : result;
}

export const sum = (values: number[]): number => round(values.reduce((a, b) => a + b, 0));
