import { describe, expect, it } from 'vitest';
import { formatQuantity } from './format';
import { en, nl } from './translations';

describe('formatQuantity', () => {
  it('writes Dutch numbers with a decimal comma and a thousands dot, unit included', () => {
    expect(formatQuantity(1234.5, 'kg CO₂e', 'nl')).toBe('1.234,5\u00a0kg CO₂e');
  });
  it('writes English numbers with a decimal point', () => {
    expect(formatQuantity(1234.5, 'kg CO₂e', 'en')).toBe('1,234.5\u00a0kg CO₂e');
  });
  it('rounds to the requested digits', () => {
    expect(formatQuantity(2.349, 't', 'nl', 2)).toBe('2,35\u00a0t');
  });
});

describe('translations', () => {
  const keys = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${p}${k}`] : keys(v, `${p}${k}.`)));
  it('has every Dutch key in English and nothing left empty', () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
    for (const k of keys(nl)) {
      const get = (o: any) => k.split('.').reduce((a, s) => a[s], o);
      expect(get(nl).trim(), k).not.toBe('');
      expect(get(en).trim(), k).not.toBe('');
    }
  });
});
