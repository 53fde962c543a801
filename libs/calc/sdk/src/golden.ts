import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCalculator } from './run';
import type { CalculatorDefinition, ReferenceProvider, RunResult } from './types';

/**
 * Golden files: `<case>.input.json` is fed to the calculator and the result
 * (the whole RunResult, e.g. `{ "status": "ok", "output": {...} }`) is compared
 * with `<case>.expected.json`.
 *
 * Comparison rules, chosen so an expected file can stay readable:
 * - keys starting with `_` in the expected file are notes (`_calculation`), not compared;
 * - objects: every expected key must match; keys the expected file omits are not checked;
 * - arrays: same length, element by element;
 * - numbers: equal within `tolerance` (default 1e-6, absolute).
 */
export interface GoldenOptions {
  tolerance?: number;
}

export interface GoldenCase {
  name: string;
  inputFile: string;
  expectedFile: string;
}

export interface GoldenCaseResult extends GoldenCase {
  result: RunResult;
  /** Human-readable differences; empty when the case passes. */
  mismatches: string[];
}

export function listGoldenCases(dir: string): GoldenCase[] {
  if (!existsSync(dir)) throw new Error(`golden directory ${dir} does not exist`);
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.input.json'))
    .map((f) => f.slice(0, -'.input.json'.length))
    .sort();
  return names.map((name) => ({ name, inputFile: join(dir, `${name}.input.json`), expectedFile: join(dir, `${name}.expected.json`) }));
}

export function compareGolden(actual: unknown, expected: unknown, tolerance = 1e-6, path = '$'): string[] {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return [`${path}: expected number ${expected}, got ${JSON.stringify(actual)}`];
    return Math.abs(actual - expected) <= tolerance ? [] : [`${path}: expected ${expected}, got ${actual} (difference ${actual - expected})`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${JSON.stringify(actual)}`];
    if (actual.length !== expected.length) return [`${path}: expected ${expected.length} items, got ${actual.length}`];
    return expected.flatMap((e, i) => compareGolden(actual[i], e, tolerance, `${path}[${i}]`));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.entries(expected)
      .filter(([k]) => !k.startsWith('_'))
      .flatMap(([k, v]) =>
        k in (actual as object) ? compareGolden((actual as Record<string, unknown>)[k], v, tolerance, `${path}.${k}`) : [`${path}.${k}: missing`],
      );
  }
  return Object.is(actual, expected) ? [] : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

export function runGoldenCase(definition: CalculatorDefinition, goldenCase: GoldenCase, provider: ReferenceProvider, options: GoldenOptions = {}): GoldenCaseResult {
  const input = JSON.parse(readFileSync(goldenCase.inputFile, 'utf8'));
  if (!existsSync(goldenCase.expectedFile)) throw new Error(`golden case ${goldenCase.name} has no ${goldenCase.name}.expected.json`);
  const expected = JSON.parse(readFileSync(goldenCase.expectedFile, 'utf8'));
  const result = runCalculator(definition, input, provider);
  return { ...goldenCase, result, mismatches: compareGolden(result, expected, options.tolerance ?? 1e-6) };
}

/** Runs every case in `dir`; framework-free (usable from a script or any test runner). */
export function runGoldenTests(definition: CalculatorDefinition, dir: string, provider: ReferenceProvider, options: GoldenOptions = {}): GoldenCaseResult[] {
  return listGoldenCases(dir).map((c) => runGoldenCase(definition, c, provider, options));
}

/** The bits of a test framework the kit needs (vitest and jest both fit). */
export interface TestApi {
  describe(name: string, fn: () => void): void;
  it(name: string, fn: () => void): void;
  expect(actual: unknown): { toEqual(expected: unknown): void };
}

/**
 * One test per golden case. The test API is passed in (`{ describe, it, expect }`
 * from vitest) so the SDK never imports a test framework at runtime.
 */
export function describeGolden(
  definition: CalculatorDefinition,
  dir: string,
  provider: ReferenceProvider,
  api: TestApi,
  options: GoldenOptions = {},
): void {
  const cases = listGoldenCases(dir);
  api.describe(`golden: ${definition.id}@${definition.version}`, () => {
    api.it('has at least one case', () => api.expect(cases.length > 0).toEqual(true));
    for (const c of cases) {
      api.it(c.name, () => {
        const r = runGoldenCase(definition, c, provider, options);
        api.expect(r.mismatches).toEqual([]);
      });
    }
  });
}
