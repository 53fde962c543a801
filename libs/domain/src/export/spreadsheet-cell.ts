/**
 * Every cell Koers writes into a CSV or Excel file goes through here, so that a
 * value someone typed (a company name, a label, a comment) is never run as a
 * formula when the file is opened: text that starts with =, +, -, @, a tab or a
 * carriage return gets a leading apostrophe (OWASP "CSV injection"). Spreadsheet
 * programs show the apostrophe-prefixed text as the text; numbers written as
 * numbers cannot be formulas and stay as they are.
 */

/** What makes Excel, LibreOffice and Google Sheets read a cell as a formula (or hide what follows). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as a safe cell: prefixed with ' when it would start a formula. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export type SpreadsheetValue = string | number | boolean | Date | null | undefined;

/** A value for a spreadsheet library (ExcelJS): text neutralised, numbers, booleans, dates and empty cells as they are. */
export function spreadsheetCell<T extends SpreadsheetValue>(value: T): T | string {
  return typeof value === 'string' ? neutraliseCell(value) : value;
}

/** A row (array) or a keyed row (object) with every text cell neutralised. */
export function spreadsheetRow<T extends readonly SpreadsheetValue[] | Record<string, SpreadsheetValue>>(row: T): T {
  if (Array.isArray(row)) return row.map((v) => spreadsheetCell(v)) as unknown as T;
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, spreadsheetCell(v)])) as T;
}

/**
 * One CSV field: neutralised, then quoted when it holds the delimiter, a quote
 * or a line break. A number is written as it is (with a decimal comma when
 * `decimalComma`, for Dutch Excel's `;` files).
 */
export function csvField(value: SpreadsheetValue, opts: { delimiter?: string; decimalComma?: boolean } = {}): string {
  const delimiter = opts.delimiter ?? ';';
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return opts.decimalComma ? String(value).replace('.', ',') : String(value);
  const text = neutraliseCell(value instanceof Date ? value.toISOString() : String(value));
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (without its line break). */
export function csvRow(values: readonly SpreadsheetValue[], opts: { delimiter?: string; decimalComma?: boolean } = {}): string {
  return values.map((v) => csvField(v, opts)).join(opts.delimiter ?? ';');
}
