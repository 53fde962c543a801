/**
 * Reading a spreadsheet a user uploads (.csv or .xlsx) into rows with the line
 * numbers the user sees, and refusing a file with every bad row named. The
 * approach of the baseline upload (libs/server/koploper/src/baseline/baseline-file.ts),
 * shared for the imports of later steps.
 */
import type { Bilingual } from '@koers/domain';
import { BadInputError } from '@koers/server-db';
import { parse as parseCsv } from 'csv-parse/sync';
import { stream as excelStream, type CellValue } from 'exceljs';
import { Readable } from 'node:stream';
import yauzl from 'yauzl';

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

/**
 * Caps on what an uploaded workbook may unpack to. An .xlsx is a zip: 65 kB can
 * unpack to 64 MB of XML, so the caps are enforced while unpacking and reading,
 * never after loading the whole workbook (issue 14, item 4).
 */
export const XLSX_LIMITS = { maxUncompressedBytes: 16 * 1024 * 1024, maxEntries: 500, maxCells: 100_000 };

async function readXlsx(content: Buffer, fail: (m: Bilingual) => BadInputError, maxRows: number, tooMany: () => BadInputError): Promise<SheetRow[]> {
  const unreadable = () => fail({ nl: 'het Excel-bestand kon niet gelezen worden; sla het op als .xlsx', en: 'the Excel file could not be read; save it as .xlsx' });
  await checkZip(content, fail, unreadable);
  const rows: SheetRow[] = [];
  let cellsRead = 0;
  try {
    // Streaming: rows are read one by one, so a workbook past a cap stops at the cap; styles only to tell dates from numbers.
    const reader = new excelStream.xlsx.WorkbookReader(Readable.from(content), { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
    for await (const worksheet of reader) {
      for await (const row of worksheet as AsyncIterable<import('exceljs').Row>) {
        const cells: SheetCell[] = [];
        const width = Math.min(row.cellCount, 50);
        for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c).value));
        if (!cells.some((x) => sheetText(x) !== '')) continue;
        rows.push({ line: row.number, cells });
        cellsRead += width;
        if (rows.length > maxRows + 1) throw tooMany();
        if (cellsRead > XLSX_LIMITS.maxCells) throw fail({ nl: `meer dan ${XLSX_LIMITS.maxCells} cellen`, en: `more than ${XLSX_LIMITS.maxCells} cells` });
      }
      return rows; // the first sheet only
    }
  } catch (e) {
    if (e instanceof BadInputError) throw e;
    throw unreadable();
  }
  throw fail({ nl: 'het Excel-bestand heeft geen werkblad', en: 'the Excel file has no worksheet' });
}

/**
 * Unpacks every entry once, counting what it inflates to, and refuses the file
 * as soon as the total passes the cap or an entry is bigger than it says
 * (yauzl checks the declared sizes). Inflating runs in zlib's thread pool, chunk
 * by chunk, so other requests are served meanwhile.
 */
async function checkZip(content: Buffer, fail: (m: Bilingual) => BadInputError, unreadable: () => BadInputError): Promise<void> {
  const tooBig = () => fail({ nl: `het Excel-bestand is uitgepakt groter dan ${XLSX_LIMITS.maxUncompressedBytes / 1024 / 1024} MB`, en: `the Excel file unpacks to more than ${XLSX_LIMITS.maxUncompressedBytes / 1024 / 1024} MB` });
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(content, { lazyEntries: true, validateEntrySizes: true }, (err, z) => (err || !z ? reject(unreadable()) : resolve(z))),
  );
  let total = 0;
  let entries = 0;
  await new Promise<void>((resolve, reject) => {
    const stop = (e: BadInputError) => {
      zip.close();
      reject(e);
    };
    zip.on('error', () => stop(unreadable()));
    zip.on('end', resolve);
    zip.on('entry', (entry: yauzl.Entry) => {
      if (++entries > XLSX_LIMITS.maxEntries) return stop(unreadable());
      if (total + entry.uncompressedSize > XLSX_LIMITS.maxUncompressedBytes) return stop(tooBig());
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      zip.openReadStream(entry, (err, stream) => {
        if (err || !stream) return stop(unreadable());
        stream.on('data', (chunk: Buffer) => {
          total += chunk.length;
          if (total > XLSX_LIMITS.maxUncompressedBytes) {
            stream.destroy();
            stop(tooBig());
          }
        });
        stream.on('error', () => stop(unreadable()));
        stream.on('end', () => zip.readEntry());
      });
    });
    zip.readEntry();
  });
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
