import { readNumber, retypeNumber, writeNumber } from './flow-numbers';

describe('numbers as typed in the flow map', () => {
  it('reads Dutch numbers: a dot groups thousands, a comma is the decimal sign', () => {
    expect(readNumber('30.000', 'nl')).toEqual({ ok: true, value: 30000 });
    expect(readNumber('4.500,5', 'nl')).toEqual({ ok: true, value: 4500.5 });
    expect(readNumber('12500', 'nl')).toEqual({ ok: true, value: 12500 });
    expect(readNumber(' 1 250,25 ', 'nl')).toEqual({ ok: true, value: 1250.25 });
    expect(readNumber('-1,5', 'nl')).toEqual({ ok: true, value: -1.5 });
    expect(readNumber('', 'nl')).toEqual({ ok: true, value: null });
  });

  it('does not guess: a decimal point in Dutch, wrong groups or too many decimals get a message', () => {
    expect(readNumber('12.5', 'nl')).toEqual({ ok: false, problem: 'otherDecimal', example: '12,5' });
    expect(readNumber('1.2345', 'nl')).toEqual({ ok: false, problem: 'otherDecimal', example: '1,2345' });
    expect(readNumber('1.234.5', 'nl')).toEqual({ ok: false, problem: 'invalid' });
    expect(readNumber('12,500.5', 'nl')).toEqual({ ok: false, problem: 'invalid' });
    expect(readNumber('veel', 'nl')).toEqual({ ok: false, problem: 'invalid' });
    expect(readNumber('1,2345', 'nl')).toEqual({ ok: false, problem: 'decimals', example: '3' });
    expect(readNumber('12,345', 'nl', 2)).toEqual({ ok: false, problem: 'decimals', example: '2' });
  });

  it('reads English numbers the other way round', () => {
    expect(readNumber('30,000', 'en')).toEqual({ ok: true, value: 30000 });
    expect(readNumber('4,500.5', 'en')).toEqual({ ok: true, value: 4500.5 });
    expect(readNumber('12,5', 'en')).toEqual({ ok: false, problem: 'otherDecimal', example: '12.5' });
  });

  it('writes numbers back the way they are read, and keeps the value when the language switches', () => {
    expect(writeNumber(12500, 'nl')).toBe('12.500');
    expect(writeNumber(4500.5, 'nl')).toBe('4.500,5');
    expect(writeNumber(null, 'nl')).toBe('');
    expect(retypeNumber('4.500,5', 'nl', 'en')).toBe('4,500.5');
    expect(retypeNumber('12.5', 'nl', 'en')).toBe('12.5');
  });
});
