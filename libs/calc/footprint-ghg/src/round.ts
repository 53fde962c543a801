/**
 * Rounds to `decimals` places, half away from zero, after trimming binary float
 * noise (1.0005 * 1000 is 1000.4999...). All kg figures use 3 decimals (grams).
 */
export function round(value: number, decimals = 3): number {
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const result = (Math.sign(value) * Math.round(scaled)) / factor;
  return result === 0 ? 0 : result; // no -0 in JSON output
}

export const sum = (values: number[]): number => round(values.reduce((a, b) => a + b, 0));
