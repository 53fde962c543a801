import { describe, expect, it } from 'vitest';
import { formatNumber, parseNumber } from './typed-number';

describe('numbers typed the Dutch way', () => {
  it('reads a point as thousands and a comma as the decimal sign', () => {
    expect(parseNumber('30.000', 'nl')).toBe(30000);
    // A group of thousands never starts with 0: 0.750 is no Dutch number.
    expect(parseNumber('0.750', 'nl')).toBeNaN();
    expect(parseNumber('0,750', 'nl')).toBe(0.75);
    expect(parseNumber('4.500,5', 'nl')).toBe(4500.5);
    expect(parseNumber('1.250.000', 'nl')).toBe(1250000);
    expect(parseNumber('-1,5', 'nl')).toBe(-1.5);
    expect(parseNumber('€ 12.500', 'nl')).toBe(12500);
    expect(parseNumber('85000', 'nl')).toBe(85000);
  });

  it('does not guess at a decimal point in Dutch', () => {
    expect(parseNumber('1.5', 'nl')).toBeNaN();
    expect(parseNumber('12.75', 'nl')).toBeNaN();
  });

  it('refuses what is not a number, and leaves an empty field empty', () => {
    expect(parseNumber('30.00.0', 'nl')).toBeNaN();
    expect(parseNumber('veel', 'nl')).toBeNaN();
    expect(parseNumber('4,500.5', 'nl')).toBeNaN();
    expect(parseNumber('  ', 'nl')).toBeNull();
  });

  it('reads English numbers in English', () => {
    expect(parseNumber('30,000', 'en')).toBe(30000);
    expect(parseNumber('4,500.5', 'en')).toBe(4500.5);
  });

  it('writes them back the same way', () => {
    expect(formatNumber(30000, 'nl')).toBe('30.000');
    expect(formatNumber(4500.5, 'nl')).toBe('4.500,5');
    expect(formatNumber(4500.5, 'en')).toBe('4,500.5');
  });
});
