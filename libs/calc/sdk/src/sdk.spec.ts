import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CalculatorRegistry, createContext, defineCalculator, runCalculator, validateDefinition, type ReferenceProvider } from './index';

const provider: ReferenceProvider = { get: (id) => ({ 'factors-a': { k: 2 }, 'factors-b': { k: 3 }, 'other': { k: 9 } } as Record<string, unknown>)[id] };

const multiply = defineCalculator({
  id: 'test.multiply',
  version: '1.0.0',
  title: { nl: 'Vermenigvuldig', en: 'Multiply' },
  referenceData: ['factors-*'],
  inputSchema: z.object({ items: z.array(z.object({ amount: z.number().nonnegative() })), set: z.string() }),
  outputSchema: z.object({ total: z.number() }),
  compute: (input, ctx) => {
    const { k } = ctx.reference<{ k: number }>(input.set);
    return { total: input.items.reduce((s, i) => s + i.amount * k, 0) };
  },
});

describe('defineCalculator / validateDefinition', () => {
  it('returns a frozen definition', () => {
    expect(Object.isFrozen(multiply)).toBe(true);
  });

  it('lists every problem of a bad definition in readable words', () => {
    const check = validateDefinition({ id: 'Footprint GHG', version: 'v1', title: { nl: '' }, inputSchema: {}, compute: 42 });
    expect(check.ok).toBe(false);
    const errors = check.ok ? [] : check.errors;
    expect(errors).toHaveLength(6);
    expect(errors.join('\n')).toMatch(/id must be lower-case dotted segments/);
    expect(errors.join('\n')).toMatch(/version must be a semver version/);
    expect(errors.join('\n')).toMatch(/inputSchema must be a zod schema/);
    expect(errors.join('\n')).toMatch(/outputSchema must be a zod schema/);
    expect(errors.join('\n')).toMatch(/compute must be a function/);
  });

  it('refuses non-objects', () => {
    expect(validateDefinition(undefined)).toEqual({ ok: false, errors: ['a calculator definition must be an object, got undefined'] });
  });

  it('accepts dotted and hyphenated ids, refuses others', () => {
    const base = { version: '0.1.0', title: { nl: 'a', en: 'b' }, inputSchema: z.any(), outputSchema: z.any(), compute: () => 1 };
    for (const id of ['footprint.ghg', 'iso26000.scan', 'water-intensity', 'example.water-intensity']) expect(validateDefinition({ ...base, id }).ok).toBe(true);
    for (const id of ['Footprint.ghg', 'footprint..ghg', '.ghg', 'ghg.', 'a_b', '1abc', 'a--b']) expect(validateDefinition({ ...base, id }).ok).toBe(false);
  });

  it('defineCalculator throws at load time for an invalid definition', () => {
    expect(() => defineCalculator({ ...multiply, version: '1.0' })).toThrow(/version must be a semver/);
  });
});

describe('CalculatorRegistry', () => {
  const v2 = defineCalculator({ ...multiply, version: '2.0.0' });
  const v10 = defineCalculator({ ...multiply, version: '10.0.0' });

  it('gets a specific version or the highest semver one', () => {
    const r = new CalculatorRegistry([multiply, v10, v2]);
    expect(r.get('test.multiply', '2.0.0')).toBe(v2);
    expect(r.get('test.multiply')).toBe(v10); // semver, not string order
    expect(r.get('test.multiply', '3.0.0')).toBeUndefined();
    expect(r.get('nope')).toBeUndefined();
    expect(r.versions('test.multiply')).toEqual(['1.0.0', '2.0.0', '10.0.0']);
  });

  it('refuses a duplicate id@version', () => {
    const r = new CalculatorRegistry([multiply]);
    expect(() => r.register(defineCalculator({ ...multiply }))).toThrow('calculator test.multiply@1.0.0 is already registered');
  });

  it('refuses an invalid definition', () => {
    expect(() => new CalculatorRegistry().register({ ...multiply, id: 'BAD' })).toThrow(/cannot register calculator/);
  });

  it('lists sorted summaries', () => {
    const other = defineCalculator({ ...multiply, id: 'a.first' });
    expect(new CalculatorRegistry([v2, multiply, other]).list().map((s) => `${s.id}@${s.version}`)).toEqual([
      'a.first@1.0.0',
      'test.multiply@1.0.0',
      'test.multiply@2.0.0',
    ]);
  });
});

describe('runCalculator', () => {
  it('returns ok with the parsed output', () => {
    expect(runCalculator(multiply, { set: 'factors-a', items: [{ amount: 1 }, { amount: 2.5 }] }, provider)).toEqual({ status: 'ok', output: { total: 7 } });
  });

  it('returns every input issue with a dotted path', () => {
    const r = runCalculator(multiply, { items: [{ amount: 1 }, { amount: 1 }, { amount: -1 }] }, provider);
    expect(r.status).toBe('invalid-input');
    if (r.status !== 'invalid-input') return;
    expect(r.issues.map((i) => i.path)).toEqual(['items.2.amount', 'set']);
  });

  it('turns a throwing compute into status failed', () => {
    const r = runCalculator(multiply, { set: 'factors-zzz', items: [] }, provider);
    expect(r).toEqual({ status: 'failed', error: 'unknown reference data "factors-zzz"' });
  });

  it('refuses reference data the definition did not declare', () => {
    const r = runCalculator(multiply, { set: 'other', items: [] }, provider);
    expect(r.status).toBe('failed');
    expect(r.status === 'failed' && r.error).toMatch(/did not declare reference data "other"/);
  });

  it('reports output that does not match the output schema', () => {
    const liar = defineCalculator({ ...multiply, compute: () => ({ total: 'lots' }) as unknown as { total: number } });
    const r = runCalculator(liar, { set: 'factors-a', items: [] }, provider);
    expect(r.status).toBe('invalid-output');
    expect(r.status === 'invalid-output' && r.issues[0]!.path).toBe('total');
  });

  it('refuses an async compute', () => {
    const asyncCalc = defineCalculator({ ...multiply, compute: (async () => ({ total: 1 })) as unknown as () => { total: number } });
    expect(runCalculator(asyncCalc, { set: 'factors-a', items: [] }, provider)).toEqual({
      status: 'failed',
      error: 'compute returned a promise; calculators must be synchronous and pure',
    });
  });

  it('survives a non-Error throw and a throwing schema', () => {
    const throwsString = defineCalculator({ ...multiply, compute: () => { throw 'nope'; } });
    expect(runCalculator(throwsString, { set: 'factors-a', items: [] }, provider)).toEqual({ status: 'failed', error: 'non-error thrown: "nope"' });
    const badSchema = defineCalculator({ ...multiply, inputSchema: z.any().transform(() => { throw new Error('schema exploded'); }) });
    expect(runCalculator(badSchema, {}, provider)).toEqual({ status: 'failed', error: 'schema exploded' });
  });

  it('accepts a ready-made context', () => {
    const ctx = createContext(multiply, provider);
    expect(Object.isFrozen(ctx)).toBe(true);
    expect(runCalculator(multiply, { set: 'factors-b', items: [{ amount: 2 }] }, ctx)).toEqual({ status: 'ok', output: { total: 6 } });
  });
});
