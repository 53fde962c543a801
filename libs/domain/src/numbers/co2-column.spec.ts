import { describe, expect, it } from 'vitest';
import { co2Column } from './co2-column';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('co2Column: one unit for a column of CO2 amounts', () => {
  it('writes the whole column in tonnes with a decimal comma once its largest amount is 1.000 kg or more', () => {
    const col = co2Column([300, 1_000, 12_500, null], 'nl');
    expect(col.unit).toBe('t');
    expect(col.label).toBe('t CO₂e');
    expect([300, 1_000, 12_500, 24_900].map((kg) => col.format(kg))).toEqual(['0,3', '1,0', '12,5', '24,9']);
    expect(plain(col.withUnit(2_500))).toBe('2,5 t CO₂e');
  });

  it('stays in whole kilograms below 1.000 kg, grouped the Dutch way where it has to be', () => {
    const col = co2Column([120, 999], 'nl');
    expect(col.unit).toBe('kg');
    expect([120, 999, 0].map((kg) => col.format(kg))).toEqual(['120', '999', '0']);
    expect(co2Column([999.6], 'nl').unit).toBe('kg');
  });

  it('sizes by magnitude, so a large reduction also turns the column to tonnes, and signs when asked', () => {
    const col = co2Column([-4_200, 300], 'nl');
    expect(col.unit).toBe('t');
    expect(col.format(-4_200, true)).toMatch(/^[-−]4,2$/);
    expect(col.format(300, true)).toBe('+0,3');
    expect(col.format(0, true)).toBe('0,0');
  });

  it('reads English with a decimal point and a thousands comma', () => {
    const col = co2Column([1_234_567], 'en');
    expect(col.format(1_234_567)).toBe('1,234.6');
    expect(co2Column([5_000], 'en').format(12_345_000)).toBe('12,345.0');
  });

  it('prints for a PDF: hyphen-minus, CO2e without subscript, a plain space', () => {
    const col = co2Column([-12_000], 'nl', { printable: true });
    expect(col.format(-12_000)).toBe('-12,0');
    expect(col.withUnit(-1_500)).toBe('-1,5 t CO2e');
  });

  it('an empty column is in kilograms', () => {
    expect(co2Column([], 'nl').unit).toBe('kg');
    expect(co2Column([null, undefined], 'nl').unit).toBe('kg');
  });
});
