import { describe, expect, it } from 'vitest';
import { canonicalJson, stableHash } from './hash';

describe('stableHash', () => {
  it('ignores key order at every depth', () => {
    expect(stableHash({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: 'x' } })).toBe(stableHash({ a: { c: 'x', d: [1, { x: 1, y: 2 }] }, b: 1 }));
  });

  it('differs when a value differs, and keeps array order significant', () => {
    expect(stableHash({ a: 1 })).not.toBe(stableHash({ a: 2 }));
    expect(stableHash([1, 2])).not.toBe(stableHash([2, 1]));
  });

  it('is sha256 hex of the canonical JSON', () => {
    expect(canonicalJson({ b: [true, null], a: 'é' })).toBe('{"a":"é","b":[true,null]}');
    // sha256 of the 2-byte string "{}"
    expect(stableHash({})).toBe('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
  });

  it('drops undefined properties like JSON does, and refuses what JSON cannot carry', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(() => stableHash({ a: Number.NaN })).toThrow(/non-finite/);
    expect(() => stableHash({ a: 1n })).toThrow(/bigint/);
  });
});

describe('canonicalJson keeps its text (stored input hashes depend on it)', () => {
  it('pins the text of nested, sparse, dated and escaped values', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(canonicalJson([1, , 2])).toBe('[1,,2]');
    expect(canonicalJson({ b: [undefined, null, { z: 1, y: [new Date(0)] }], a: undefined, '10': 1, '9': 2, E: 3, e: 4, é: 5 })).toBe(
      '{"10":1,"9":2,"E":3,"b":[null,null,{"y":["1970-01-01T00:00:00.000Z"],"z":1}],"e":4,"é":5}',
    );
    expect(canonicalJson({ toJSON: () => ({ b: 1, a: 2 }) })).toBe('{"a":2,"b":1}');
    expect(canonicalJson(['é\u2028"\\', -0, 1e21, 5e-324])).toBe('["é\u2028\\"\\\\",0,1e+21,5e-324]');
    expect(() => canonicalJson({ a: () => 1 })).toThrow(/cannot hash a function/);
  });

  it('writes a footprint input with its keys sorted at every level', () => {
    const input = { year: 2024, organisation: { employees: 5, floorAreaM2: 200 }, activities: [{ type: 'electricity', amount: 25000, unit: 'kWh', contract: 'green-nl' }] };
    expect(canonicalJson(input)).toBe('{"activities":[{"amount":25000,"contract":"green-nl","type":"electricity","unit":"kWh"}],"organisation":{"employees":5,"floorAreaM2":200},"year":2024}');
  });
});
