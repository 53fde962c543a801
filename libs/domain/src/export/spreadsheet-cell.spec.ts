import { describe, expect, it } from 'vitest';
import { csvField, csvRow, neutraliseCell, spreadsheetCell, spreadsheetRow } from './spreadsheet-cell';

describe('neutraliseCell', () => {
  it.each(['=SUM(A1:A9)', '+31 6 1234 5678', '-2+3', '@SUM(1)', '\t=1+1', '\r=1+1', '=HYPERLINK("http://evil.test","klik")', "=cmd|' /C calc'!A0"])('prefixes %j with an apostrophe', (text) => {
    expect(neutraliseCell(text)).toBe(`'${text}`);
  });

  it.each(['Bakkerij De Vries', '', ' =1+1', "'al veilig", '12,5', 'e-mail', 'a=b', '2026-02-03'])('leaves %j as it is', (text) => {
    expect(neutraliseCell(text)).toBe(text);
  });
});

describe('spreadsheetCell and spreadsheetRow', () => {
  it('neutralise text, keep numbers, booleans, dates and empty cells', () => {
    const date = new Date('2026-02-03T00:00:00Z');
    expect(spreadsheetRow(['=1+1', -5, true, date, null, undefined, 'LED'])).toEqual(["'=1+1", -5, true, date, null, undefined, 'LED']);
    expect(spreadsheetRow({ label: '@bad', amount: -3.5 })).toEqual({ label: "'@bad", amount: -3.5 });
    expect(spreadsheetCell('-')).toBe("'-");
  });
});

describe('csvField and csvRow', () => {
  it('neutralise first, then quote what holds the delimiter, a quote or a line break', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('=A1;B1')).toBe(`"'=A1;B1"`);
    expect(csvField('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvField('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvField('a,b', { delimiter: ',' })).toBe('"a,b"');
    expect(csvField('a,b')).toBe('a,b');
  });

  it('write numbers as numbers, with the Dutch decimal comma when asked', () => {
    expect(csvRow(['elektriciteit', 30000.5, 'kWh', null, '-geheim'], { decimalComma: true })).toBe("elektriciteit;30000,5;kWh;;'-geheim");
    expect(csvRow([-4.5, '+1'], { delimiter: ',' })).toBe("-4.5,'+1");
  });
});
