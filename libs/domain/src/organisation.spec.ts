import { describe, expect, it } from 'vitest';
import { KVK_NUMBER_PATTERN, SBI_CODE_PATTERN, sizeClassForEmployees } from './organisation';

describe('sizeClassForEmployees', () => {
  it('follows the EU SME boundaries', () => {
    expect(sizeClassForEmployees(0)).toBe('micro');
    expect(sizeClassForEmployees(9)).toBe('micro');
    expect(sizeClassForEmployees(10)).toBe('small');
    expect(sizeClassForEmployees(49)).toBe('small');
    expect(sizeClassForEmployees(50)).toBe('medium');
    expect(sizeClassForEmployees(250)).toBe('large');
  });
  it('refuses negative or non-finite counts', () => {
    expect(() => sizeClassForEmployees(-1)).toThrow(RangeError);
    expect(() => sizeClassForEmployees(Number.NaN)).toThrow(RangeError);
  });
});

describe('identifiers', () => {
  it('accepts eight-digit KvK numbers only', () => {
    expect(KVK_NUMBER_PATTERN.test('12345678')).toBe(true);
    expect(KVK_NUMBER_PATTERN.test('1234567')).toBe(false);
    expect(KVK_NUMBER_PATTERN.test('1234567a')).toBe(false);
  });
  it('accepts SBI codes with or without a dot', () => {
    expect(SBI_CODE_PATTERN.test('43.21')).toBe(true);
    expect(SBI_CODE_PATTERN.test('4321')).toBe(true);
    expect(SBI_CODE_PATTERN.test('x1')).toBe(false);
  });
});
