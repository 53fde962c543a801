/**
 * Reading a spreadsheet a user uploads (.csv or .xlsx) into rows with the line
 * numbers the user sees, and refusing a file with every bad row named. The
 * approach of the baseline upload (libs/server/koploper/src/baseline/baseline-file.ts),
 * shared for the imports of later steps.
 */
import type { Bilingual } from '@koers/domain';
import { BadInputError } from '@koers/server-db';
import { parse as parseCsv } from 'csv-parse/sync';
import { Workbook, type CellValue } from 'exceljs';

export type SheetCell = string | number | null;
export interface SheetRow {
  /** The line (CSV) or row (Excel) number the user sees. */
  line: number;
  cells: SheetCell[];
}
export interface Sheet {
  rows: SheetRow[];
  /** True for `;` CSV files and Excel (Dutch): numbers typed as text use the decimal comma. */
  decimalComma: boolean;
}

export const SHEET_CSV_TYPES = ['text/csv', 'application/vnd.ms-excel', 'text/plain', 'application/csv'];
export const SHEET_XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const count = (s: string, ch: string) => s.split(ch).length - 1;
/** A cell as trimmed text ('' when empty). */
export const sheetText = (c: SheetCell | undefined) => (c === null || c === undefined ? '' : String(c).trim());

/**
 * Reads the first sheet of an .xlsx or a .csv (`;` or `,`, UTF-8) file. Refuses
 * (400, field `file`, code `<code>`) what cannot be read, is empty or has more
 * than `maxRows` data rows. Empty rows are dropped.
 */
export async function readSheet(filename: string, content: Buffer, opts: { code: string; maxRows: number }): Promise<Sheet> {
  const fail = (m: Bilingual) => new BadInputError('file', m, { code: opts.code });
  const tooMany = () => fail({ nl: `meer dan ${opts.maxRows} regels`, en: `more than ${opts.maxRows} rows` });
  const ext = filename.toLowerCase().split('.').pop();
  let sheet: Sheet;
  if (ext === 'csv') sheet = readCsv(content, fail);
  else if (ext === 'xlsx') sheet = { rows: await readXlsx(content, fail, opts.maxRows, tooMany), decimalComma: true };
  else throw fail({ nl: `${filename}: alleen .csv of .xlsx`, en: `${filename}: only .csv or .xlsx` });
  sheet.rows = sheet.rows.filter((r) => r.cells.some((c) => sheetText(c) !== ''));
  if (sheet.rows.length === 0) throw fail({ nl: 'het bestand is leeg', en: 'the file is empty' });
  if (sheet.rows.length > opts.maxRows + 1) throw tooMany();
  return sheet;
}

function readCsv(content: Buffer, fail: (m: Bilingual) => BadInputError): Sheet {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content); // also drops a BOM
  } catch {
    throw fail({ nl: 'het bestand is geen UTF-8; sla het op als "CSV UTF-8"', en: 'the file is not UTF-8; save it as "CSV UTF-8"' });
  }
  if (text.trim() === '') throw fail({ nl: 'het bestand is leeg', en: 'the file is empty' });
  const firstLine = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  // Dutch Excel writes `;` (the comma is its decimal sign); elsewhere `,`.
  const delimiter = count(firstLine, ';') >= count(firstLine, ',') && count(firstLine, ';') > 0 ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(text, { delimiter, info: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as unknown as typeof records;
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw fail({ nl: `het CSV-bestand kon niet gelezen worden${line ? ` (regel ${line})` : ''}: ${(e as Error).message}`, en: `the CSV file could not be read${line ? ` (line ${line})` : ''}: ${(e as Error).message}` });
  }
  // info.lines is where a record ends; a quoted value may span lines, so count back to where it starts.
  const rows = records.map(({ record, info }) => ({ line: info.lines - record.reduce((n, c) => n + count(c, '\n'), 0), cells: record }));
  return { rows, decimalComma: delimiter === ';' };
}

async function readXlsx(content: Buffer, fail: (m: Bilingual) => BadInputError, maxRows: number, tooMany: () => BadInputError): Promise<SheetRow[]> {
  const wb = new Workbook();
  try {
    await wb.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw fail({ nl: 'het Excel-bestand kon niet gelezen worden; sla het op als .xlsx', en: 'the Excel file could not be read; save it as .xlsx' });
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw fail({ nl: 'het Excel-bestand heeft geen werkblad', en: 'the Excel file has no worksheet' });
  if (sheet.actualRowCount > maxRows + 1) throw tooMany();
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: SheetCell[] = [];
    for (let c = 1; c <= Math.min(row.cellCount, 50); c++) cells.push(cellValue(row.getCell(c).value));
    rows.push({ line, cells });
  });
  return rows;
}

/** What the user sees in a cell: the result of a formula, the text of rich text or a link. */
function cellValue(v: CellValue): SheetCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('result' in v) return cellValue((v.result ?? null) as CellValue);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('text' in v) return typeof v.text === 'string' ? v.text : cellValue(v.text as CellValue);
  if ('error' in v) return String(v.error);
  return null;
}

/**
 * Maps the header row to column indices by accepted names (compared
 * lower-case); refuses a header with a required column missing or an unknown
 * or repeated one, naming what is expected.
 */
export function readSheetHeader<C extends string>(header: SheetRow, names: Record<C, readonly string[]>, required: readonly C[], opts: { code: string; expected: string }): Partial<Record<C, number>> {
  const columns: Partial<Record<C, number>> = {};
  const unknown: string[] = [];
  header.cells.forEach((cell, i) => {
    const name = sheetText(cell).toLowerCase();
    if (name === '') return;
    const col = (Object.keys(names) as C[]).find((c) => names[c].includes(name));
    if (!col || columns[col] !== undefined) unknown.push(sheetText(cell));
    else columns[col] = i;
  });
  const missing = required.filter((c) => columns[c] === undefined);
  if (missing.length || unknown.length) {
    const what = (missingWord: string, unknownWord: string) =>
      [missing.length ? `${missingWord}: ${missing.join(', ')}` : '', unknown.length ? `${unknownWord}: ${unknown.join(', ')}` : ''].filter(Boolean).join('; ');
    throw new BadInputError('file', {
      nl: `regel ${header.line} is geen geldige kopregel (${what('ontbreekt', 'onbekend of dubbel')}); verwacht: ${opts.expected}`,
      en: `line ${header.line} is not a valid header (${what('missing', 'unknown or repeated')}); expected: ${opts.expected}`,
    }, { code: opts.code });
  }
  return columns;
}

export interface SheetRowProblem {
  line: number;
  problems: Bilingual[];
}

/** Refuses the whole file (400, code `<code>`), naming every bad row as a field `line N`: nothing is stored then. */
export function rejectSheetRows(bad: readonly SheetRowProblem[], opts: { code: string; rowCode: string }): never {
  const n = bad.length;
  const fields = bad.map((b) => ({
    field: `line ${b.line}`,
    code: opts.rowCode,
    text: { nl: `regel ${b.line}: ${b.problems.map((p) => p.nl).join('; ')}`, en: `line ${b.line}: ${b.problems.map((p) => p.en).join('; ')}` },
  }));
  throw new BadInputError('file', { nl: `${n} ${n === 1 ? 'regel bevat' : 'regels bevatten'} fouten; er is niets opgeslagen`, en: `${n} ${n === 1 ? 'line has' : 'lines have'} errors; nothing was stored` }, { code: opts.code, params: { count: n }, fields });
}
