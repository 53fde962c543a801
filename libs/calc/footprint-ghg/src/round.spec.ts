import { describe, expect, it } from 'vitest';
import { round, roundByDecimalConversion } from './round';

/** A small deterministic generator, so a failure names a value that can be replayed. */
function generator(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('round (with the fast path)', () => {
  it('gives exactly what rounding every value through toPrecision(15) gives, on a million values', () => {
    const rnd = generator(16);
    const mismatches: string[] = [];
    const check = (v: number, d: number) => {
      const a = round(v, d);
      const b = roundByDecimalConversion(v, d);
      if (!Object.is(a, b)) mismatches.push(`round(${v}, ${d}) = ${a}, expected ${b}`);
    };
    for (let i = 0; i < 250_000; i++) {
      const d = i % 5 === 0 ? 1 : 3;
      const scale = 10 ** Math.floor(rnd() * 12 - 4);
      // amount x factor as the footprint computes them, and sums of rounded figures
      check(Math.round(rnd() * 1e6) / 100 * (rnd() * 3), d);
      check((rnd() - 0.5) * scale, d);
      // values sitting on a half, and one or a few ulps beside it (1.0005, 2.675, ... and their float neighbours)
      const half = (Math.floor(rnd() * 1e7) + 0.5) / 10 ** d;
      check(half, d);
      check(half * (1 + Number.EPSILON * Math.ceil(rnd() * 40)), d);
      check(-half * (1 - Number.EPSILON * Math.ceil(rnd() * 40)), d);
    }
    for (const v of [0, -0, 1.0005, -1.0005, 2.675, 1.0015, 0.0005, 4.35, 1e13 + 0.5, 4.5e13 + 0.25, 9e15, NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE]) {
      check(v, 3);
      check(v, 1);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('still rounds half away from zero despite float noise', () => {
    expect(round(1.0005)).toBe(1.001);
    expect(round(-1.0005)).toBe(-1.001);
    expect(round(2.675, 2)).toBe(2.68);
    expect(round(-0.0001)).toBe(0);
    expect(Object.is(round(-0.0001), 0)).toBe(true);
  });
});
