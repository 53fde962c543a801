import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCalculator } from './define';
import { compareGolden, describeGolden, runGoldenTests } from './golden';

const third = defineCalculator({
  id: 'test.third',
  version: '1.0.0',
  title: { nl: 'Derde', en: 'Third' },
  inputSchema: z.object({ value: z.number() }),
  outputSchema: z.object({ third: z.number(), label: z.string() }),
  compute: (i) => ({ third: i.value / 3, label: 'x' }),
});
const noRef = { get: () => undefined };

function goldenDir(cases: Record<string, [unknown, unknown]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'golden-'));
  for (const [name, [input, expected]] of Object.entries(cases)) {
    writeFileSync(join(dir, `${name}.input.json`), JSON.stringify(input));
    writeFileSync(join(dir, `${name}.expected.json`), JSON.stringify(expected));
  }
  return dir;
}

describe('compareGolden', () => {
  it('compares numbers within the tolerance', () => {
    expect(compareGolden(0.3333333, 0.333333, 1e-6)).toEqual([]);
    expect(compareGolden(0.334, 0.333, 1e-6)).toHaveLength(1);
  });
  it('ignores _notes and keys the expected file omits, but not missing keys', () => {
    expect(compareGolden({ a: 1, extra: 2 }, { _calculation: '1 = 1', a: 1 })).toEqual([]);
    expect(compareGolden({ a: 1 }, { a: 1, b: 2 })).toEqual(['$.b: missing']);
  });
  it('requires arrays of equal length and names the path of a difference', () => {
    expect(compareGolden([1, 2], [1])).toEqual(['$: expected 1 items, got 2']);
    expect(compareGolden({ l: [{ s: 'a' }] }, { l: [{ s: 'b' }] })).toEqual(['$.l[0].s: expected "b", got "a"']);
  });
});

describe('runGoldenTests', () => {
  it('passes matching cases and reports mismatches of failing ones', () => {
    const dir = goldenDir({
      good: [{ value: 1 }, { status: 'ok', output: { third: 0.333333 } }],
      bad: [{ value: 3 }, { status: 'ok', output: { third: 2 } }],
      invalid: [{ value: 'x' }, { status: 'invalid-input', issues: [{ path: 'value' }] }],
    });
    const results = runGoldenTests(third, dir, noRef);
    expect(results.map((r) => [r.name, r.mismatches])).toEqual([
      ['bad', ['$.output.third: expected 2, got 1 (difference -1)']],
      ['good', []],
      ['invalid', []],
    ]);
  });

  it('describeGolden makes one test per case plus a non-empty check', () => {
    const dir = goldenDir({ one: [{ value: 3 }, { status: 'ok', output: { third: 1 } }], two: [{ value: 6 }, { status: 'ok', output: { third: 3 } }] });
    const names: string[] = [];
    const outcomes: unknown[] = [];
    describeGolden(third, dir, noRef, {
      describe: (_n, fn) => fn(),
      it: (n, fn) => {
        names.push(n);
        fn();
      },
      expect: (actual) => ({ toEqual: (e) => outcomes.push([actual, e]) }),
    });
    expect(names).toEqual(['has at least one case', 'one', 'two']);
    expect(outcomes).toEqual([[true, true], [[], []], [['$.output.third: expected 3, got 2 (difference -1)'], []]]);
  });
});
