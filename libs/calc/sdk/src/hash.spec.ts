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
