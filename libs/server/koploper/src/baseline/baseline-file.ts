/**
 * The baseline (nulmeting) as a spreadsheet: the template companies fill in and
 * the parser for what they send back (.csv or .xlsx). Pure apart from the
 * spreadsheet libraries: no database, no request.
 *
 * One row per activity: type;amount;unit;detail;label (Dutch headers
 * soort;hoeveelheid;eenheid;detail;omschrijving). `detail` carries what the
 * footprint.ghg activity needs beyond amount and unit: the electricity contract,
 * fuel/purpose for car km (`diesel/business`), the haul of flights or the waste stream.
 */
import type { Bilingual } from '@koers/domain';
import { activitySchema, CAR_FUELS, ELECTRICITY_CONTRACTS, HAULS, WASTE_STREAMS, type Activity, type ActivityType } from '@koers/calc-footprint-ghg';
import { BadInputError } from '@koers/server-db';
import { readSheet, sheetText, type SheetCell, type SheetRow } from '@koers/server-files';
import { Workbook } from 'exceljs';

type DetailKind = 'contract' | 'fuel/purpose' | 'haul' | 'stream';
const CAR_PURPOSES = ['business', 'commute'] as const;

interface TypeSpec {
  units: readonly string[];
  detail?: DetailKind;
  example: { amount: number; unit: string; detail: string; label: string };
}

/** Every footprint.ghg activity type, in template order, with its units, its detail and an example row. */
export const ACTIVITY_TYPES: Record<ActivityType, TypeSpec> = {
  electricity: { units: ['kWh', 'MWh'], detail: 'contract', example: { amount: 42000, unit: 'kWh', detail: 'green-nl', label: 'Elektriciteit winkel en bakkerij' } },
  natural_gas: { units: ['m3'], example: { amount: 8500, unit: 'm3', detail: '', label: 'Aardgas verwarming en ovens' } },
  district_heat: { units: ['GJ'], example: { amount: 120.5, unit: 'GJ', detail: '', label: 'Stadswarmte' } },
  diesel: { units: ['l'], example: { amount: 3200, unit: 'l', detail: '', label: 'Diesel bestelbussen' } },
  petrol: { units: ['l'], example: { amount: 900, unit: 'l', detail: '', label: 'Benzine' } },
  lpg: { units: ['l'], example: { amount: 400, unit: 'l', detail: '', label: 'LPG heftruck' } },
  car_km: { units: ['km'], detail: 'fuel/purpose', example: { amount: 25000, unit: 'km', detail: 'diesel/business', label: 'Zakelijke kilometers' } },
  train_km: { units: ['km'], example: { amount: 3000, unit: 'km', detail: '', label: 'Treinreizen' } },
  flight_km: { units: ['km'], detail: 'haul', example: { amount: 2400, unit: 'km', detail: 'short', label: 'Beursbezoek' } },
  waste: { units: ['kg', 't'], detail: 'stream', example: { amount: 5400, unit: 'kg', detail: 'residual', label: 'Restafval' } },
  water: { units: ['m3'], example: { amount: 310, unit: 'm3', detail: '', label: 'Leidingwater' } },
};
const TYPE_IDS = Object.keys(ACTIVITY_TYPES) as ActivityType[];

const DETAIL_VALUES: Record<DetailKind, string> = {
  contract: ELECTRICITY_CONTRACTS.join(', '),
  'fuel/purpose': `${CAR_FUELS.join('|')} / ${CAR_PURPOSES.join('|')}, bijv./e.g. diesel/business`,
  haul: HAULS.join(', '),
  stream: WASTE_STREAMS.join(', '),
};

type Column = 'type' | 'amount' | 'unit' | 'detail' | 'label';
/** Accepted header names per column, Dutch and English, compared lower-case. */
const HEADER_NAMES: Record<Column, string[]> = {
  type: ['type', 'soort'],
  amount: ['amount', 'hoeveelheid'],
  unit: ['unit', 'eenheid'],
  detail: ['detail'],
  label: ['label', 'omschrijving'],
};
const REQUIRED: Column[] = ['type', 'amount', 'unit'];
const DUTCH_HEADER = ['soort', 'hoeveelheid', 'eenheid', 'detail', 'omschrijving'];

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Far more than any company's activity list; stops a small zip from unfolding into a huge sheet. */
export const MAX_DATA_ROWS = 5000;

export { SHEET_CSV_TYPES as CSV_TYPES, SHEET_XLSX_TYPE as XLSX_TYPE } from '@koers/server-files';

// ---------------------------------------------------------------- template

/** The CSV template: `;`, UTF-8 with a BOM (so Excel shows é and ü right), Dutch decimal commas. */
export function templateCsv(): string {
  const rows = TYPE_IDS.map((t) => {
    const e = ACTIVITY_TYPES[t].example;
    return [t, String(e.amount).replace('.', ','), e.unit, e.detail, e.label].map(csvCell).join(';');
  });
  return '\uFEFF' + [DUTCH_HEADER.join(';'), ...rows].join('\r\n') + '\r\n';
}

const csvCell = (s: string) => (/[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The Excel template: the data sheet first (header in row 1, so row numbers in errors match Excel's), then a sheet explaining the columns. */
export async function templateXlsx(): Promise<Buffer> {
  const wb = new Workbook();
  wb.creator = 'Koers';
  const data = wb.addWorksheet('Nulmeting');
  data.columns = [
    { header: 'soort', key: 'type', width: 16 },
    { header: 'hoeveelheid', key: 'amount', width: 14 },
    { header: 'eenheid', key: 'unit', width: 10 },
    { header: 'detail', key: 'detail', width: 18 },
    { header: 'omschrijving', key: 'label', width: 36 },
  ];
  data.getRow(1).font = { bold: true };
  data.views = [{ state: 'frozen', ySplit: 1 }];
  for (const t of TYPE_IDS) data.addRow({ type: t, ...ACTIVITY_TYPES[t].example });

  const help = wb.addWorksheet('Toelichting');
  help.columns = [{ width: 16 }, { width: 14 }, { width: 70 }];
  help.addRow(['Vul per regel één activiteit van het jaar in, op het blad "Nulmeting". Laat de kopregel staan; vervang of verwijder de voorbeeldregels.']).font = { bold: true };
  help.addRow(['Fill in one activity of the year per row on the sheet "Nulmeting". Keep the header row; replace or delete the example rows.']).font = { italic: true };
  help.addRow([]);
  help.addRow(['soort / type', 'eenheid / unit', 'detail']).font = { bold: true };
  for (const t of TYPE_IDS) {
    const spec = ACTIVITY_TYPES[t];
    help.addRow([t, spec.units.join(' of / or '), spec.detail ? `${spec.detail}: ${DETAIL_VALUES[spec.detail]}` : 'leeg laten / leave empty']);
  }
  help.addRow([]);
  help.addRow(['hoeveelheid / amount: een getal ≥ 0 zonder eenheid / a number ≥ 0 without unit. omschrijving / label: vrij, max. 200 tekens / free text, max 200 characters.']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ---------------------------------------------------------------- parsing

type Cell = SheetCell;

const fileError = (m: Bilingual) => new BadInputError('file', m, { code: 'baseline.file' });

/**
 * Reads a filled-in template into footprint.ghg activities. Refuses the whole
 * file (400) when it cannot be read or when any row is wrong, listing every bad
 * row with its line number, so nothing half is ever stored.
 */
export async function parseBaselineFile(filename: string, content: Buffer): Promise<Activity[]> {
  const { rows, decimalComma } = await readSheet(filename, content, { code: 'baseline.file', maxRows: MAX_DATA_ROWS });
  return toActivities(rows, decimalComma);
}

const text = sheetText;

function toActivities(rows: SheetRow[], decimalComma: boolean): Activity[] {
  const filled = rows.filter((r) => r.cells.some((c) => text(c) !== ''));
  const [header, ...data] = filled;
  if (!header) throw fileError({ nl: 'het bestand is leeg', en: 'the file is empty' });
  const columns = readHeader(header);
  if (data.length === 0) throw fileError({ nl: 'het bestand heeft geen regels onder de kopregel', en: 'the file has no rows below the header' });

  const activities: Activity[] = [];
  const errors: { field: string; code: string; text: Bilingual }[] = [];
  for (const row of data) {
    const get = (col: Column) => (columns[col] === undefined ? null : (row.cells[columns[col]] ?? null));
    const { activity, problems } = toActivity(get, decimalComma);
    if (activity) activities.push(activity);
    else errors.push({ field: `line ${row.line}`, code: 'baseline.row', text: { nl: `regel ${row.line}: ${problems.map((p) => p.nl).join('; ')}`, en: `line ${row.line}: ${problems.map((p) => p.en).join('; ')}` } });
  }
  if (errors.length) {
    const n = errors.length;
    throw new BadInputError('file', { nl: `${n} ${n === 1 ? 'regel bevat' : 'regels bevatten'} fouten; er is niets opgeslagen`, en: `${n} ${n === 1 ? 'line has' : 'lines have'} errors; nothing was stored` }, { code: 'baseline.rows', params: { count: n }, fields: errors });
  }
  return activities;
}

function readHeader(header: SheetRow): Partial<Record<Column, number>> {
  const columns: Partial<Record<Column, number>> = {};
  const unknown: string[] = [];
  header.cells.forEach((cell, i) => {
    const name = text(cell).toLowerCase();
    if (name === '') return;
    const col = (Object.keys(HEADER_NAMES) as Column[]).find((c) => HEADER_NAMES[c].includes(name));
    if (!col || columns[col] !== undefined) unknown.push(text(cell));
    else columns[col] = i;
  });
  const missing = REQUIRED.filter((c) => columns[c] === undefined);
  if (missing.length || unknown.length) {
    const what = (missingWord: string, unknownWord: string) =>
      [missing.length ? `${missingWord}: ${missing.join(', ')}` : '', unknown.length ? `${unknownWord}: ${unknown.join(', ')}` : ''].filter(Boolean).join('; ');
    throw fileError({
      nl: `regel ${header.line} is geen geldige kopregel (${what('ontbreekt', 'onbekend of dubbel')}); verwacht: ${DUTCH_HEADER.join(';')} (of type;amount;unit;detail;label)`,
      en: `line ${header.line} is not a valid header (${what('missing', 'unknown or repeated')}); expected: ${DUTCH_HEADER.join(';')} (or type;amount;unit;detail;label)`,
    });
  }
  return columns;
}

/** One row into one activity, or every problem with it. */
function toActivity(get: (col: Column) => Cell, decimalComma: boolean): { activity?: Activity; problems: Bilingual[] } {
  const problems: Bilingual[] = [];
  const typeText = text(get('type'));
  const type = typeText.toLowerCase() as ActivityType;
  const spec = ACTIVITY_TYPES[type] as TypeSpec | undefined;
  if (!spec) {
    problems.push(typeText === ''
      ? { nl: 'soort ontbreekt', en: 'type is missing' }
      : { nl: `onbekende soort "${typeText}"; kies uit ${TYPE_IDS.join(', ')}`, en: `unknown type "${typeText}"; choose from ${TYPE_IDS.join(', ')}` });
  }

  const amount = parseAmount(get('amount'), decimalComma);
  if (amount === null) problems.push({ nl: `hoeveelheid "${text(get('amount'))}" is geen getal`, en: `amount "${text(get('amount'))}" is not a number` });
  else if (amount < 0) problems.push({ nl: 'hoeveelheid mag niet negatief zijn', en: 'amount must not be negative' });

  const unitText = text(get('unit'));
  const unit = spec?.units.find((u) => u.toLowerCase() === unitText.toLowerCase().replace('³', '3'));
  if (spec && !unit) problems.push({ nl: `eenheid "${unitText}" past niet bij ${type}; gebruik ${spec.units.join(' of ')}`, en: `unit "${unitText}" does not fit ${type}; use ${spec.units.join(' or ')}` });

  const detail = text(get('detail'));
  const details = spec ? readDetail(type, spec.detail, detail, problems) : {};
  const label = text(get('label'));
  if (problems.length) return { problems };

  const candidate = { type, amount, unit, ...details, ...(label ? { label } : {}) };
  // The calculator's own schema has the last word (e.g. the length of a label).
  const checked = activitySchema.safeParse(candidate);
  if (!checked.success) return { problems: checked.error.issues.map((i) => ({ nl: `${i.path.join('.') || 'regel'}: ${i.message}`, en: `${i.path.join('.') || 'row'}: ${i.message}` })) };
  return { activity: checked.data, problems };
}

function readDetail(type: ActivityType, kind: DetailKind | undefined, detail: string, problems: Bilingual[]): Record<string, string> {
  const value = detail.toLowerCase();
  if (kind === undefined) {
    if (detail) problems.push({ nl: `${type} heeft geen detail; laat het leeg`, en: `${type} takes no detail; leave it empty` });
    return {};
  }
  const expected = `${kind}: ${DETAIL_VALUES[kind]}`;
  const wrong = () => problems.push({ nl: `detail "${detail}" past niet bij ${type}; verwacht ${expected}`, en: `detail "${detail}" does not fit ${type}; expected ${expected}` });
  switch (kind) {
    case 'contract':
      if (!(ELECTRICITY_CONTRACTS as readonly string[]).includes(value)) wrong();
      return { contract: value };
    case 'haul':
      if (!(HAULS as readonly string[]).includes(value)) wrong();
      return { haul: value };
    case 'stream':
      if (!(WASTE_STREAMS as readonly string[]).includes(value)) wrong();
      return { stream: value };
    case 'fuel/purpose': {
      const [fuel = '', purpose = '', ...rest] = value.split('/').map((s) => s.trim());
      if (!(CAR_FUELS as readonly string[]).includes(fuel) || !(CAR_PURPOSES as readonly string[]).includes(purpose) || rest.length) wrong();
      return { fuel, purpose };
    }
  }
}

/**
 * "1234.5", and in `;` files (Dutch) also "1234,5" and "1.234,5". Excel cells
 * come as numbers already. Null when it is not a plain number.
 */
export function parseAmount(cell: Cell, decimalComma: boolean): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  let s = text(cell).replace(/[\s\u00a0]/g, '');
  if (decimalComma) {
    if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '');
    s = s.replace(',', '.');
  }
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}
