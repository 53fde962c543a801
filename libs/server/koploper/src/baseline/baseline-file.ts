/**
 * The baseline (nulmeting) as a spreadsheet: the template companies fill in and
 * the parser for what they send back (.csv or .xlsx). Pure apart from the
 * spreadsheet libraries: no database, no request.
 *
 * One row per activity: type;amount;unit;detail;label (Dutch headers
 * soort;hoeveelheid;eenheid;detail;omschrijving). `detail` carries what the
 * footprint.ghg activity needs beyond amount and unit: the electricity contract,
 * fuel/purpose for car km (`diesel/business`), the haul of flights, the waste stream,
 * the refrigerant, the purpose of bus and public-transport km, the freight mode or
 * the material. Three more columns, factor;bron;bronjaar, carry the factor the list
 * does not have (materials bought, goods by rail or inland ship): kg CO2e per kg or
 * per tonne-km, where it comes from and that source's year; other rows leave them empty.
 * Types, units and details are read as codes or by their Dutch names
 * (`elektriciteit;30000;kWh;grijs`, `aardgas;8500;m³`, `diesel;3200;liter`,
 * `materiaal;2;ton;papier;Kopieerpapier;1,1;EPD leverancier;2025`).
 */
import { csvRow, parseNumber, spreadsheetRow, type Bilingual } from '@koers/domain';
import { activitySchema, CAR_FUELS, DECLARED_FREIGHT_MODES, ELECTRICITY_CONTRACTS, FREIGHT_MODES, HAULS, MATERIALS, REFRIGERANTS, TRIP_PURPOSES, WASTE_STREAMS, type Activity, type ActivityType } from '@koers/calc-footprint-ghg';
import { BadInputError } from '@koers/server-db';
import { readSheet, sheetText, type SheetCell, type SheetRow } from '@koers/server-files';
import { Workbook } from 'exceljs';
import { KEY_FIGURE_HELP, keyFigureExampleRows, keyFigureOf, KeyFigureReader, type KeyFigures } from './baseline-figures';

type DetailKind = 'contract' | 'fuel/purpose' | 'haul' | 'stream' | 'refrigerant' | 'purpose' | 'mode' | 'material';
const CAR_PURPOSES = TRIP_PURPOSES;

interface TypeSpec {
  units: readonly string[];
  detail?: DetailKind;
  /** Dutch names the import accepts beside the code (lower case; the first is the one the explanation sheet shows). */
  dutch: readonly string[];
  example: { amount: number; unit: string; detail: string; label: string; factor?: number; source?: string; sourceYear?: number };
}

/** Every footprint.ghg activity type, in template order, with its units, its detail and an example row. */
export const ACTIVITY_TYPES: Record<ActivityType, TypeSpec> = {
  electricity: { units: ['kWh', 'MWh'], detail: 'contract', dutch: ['elektriciteit', 'stroom'], example: { amount: 42000, unit: 'kWh', detail: 'green-nl', label: 'Elektriciteit winkel en bakkerij' } },
  natural_gas: { units: ['m3'], dutch: ['aardgas', 'gas'], example: { amount: 8500, unit: 'm3', detail: '', label: 'Aardgas verwarming en ovens' } },
  district_heat: { units: ['GJ'], dutch: ['stadswarmte', 'warmtenet'], example: { amount: 120.5, unit: 'GJ', detail: '', label: 'Stadswarmte' } },
  diesel: { units: ['l'], dutch: ['diesel'], example: { amount: 3200, unit: 'l', detail: '', label: 'Diesel bestelbussen' } },
  petrol: { units: ['l'], dutch: ['benzine'], example: { amount: 900, unit: 'l', detail: '', label: 'Benzine' } },
  lpg: { units: ['l'], dutch: ['lpg'], example: { amount: 400, unit: 'l', detail: '', label: 'LPG heftruck' } },
  car_km: { units: ['km'], detail: 'fuel/purpose', dutch: ['autokilometers', 'auto'], example: { amount: 25000, unit: 'km', detail: 'diesel/business', label: 'Zakelijke kilometers' } },
  train_km: { units: ['km'], dutch: ['treinkilometers', 'trein'], example: { amount: 3000, unit: 'km', detail: '', label: 'Treinreizen' } },
  flight_km: { units: ['km'], detail: 'haul', dutch: ['vliegkilometers', 'vliegtuig'], example: { amount: 2400, unit: 'km', detail: 'short', label: 'Beursbezoek' } },
  waste: { units: ['kg', 't'], detail: 'stream', dutch: ['afval'], example: { amount: 5400, unit: 'kg', detail: 'residual', label: 'Restafval' } },
  water: { units: ['m3'], dutch: ['water', 'leidingwater'], example: { amount: 310, unit: 'm3', detail: '', label: 'Leidingwater' } },
  refrigerant: { units: ['kg'], detail: 'refrigerant', dutch: ['koudemiddel', 'koudemiddellekkage'], example: { amount: 1.5, unit: 'kg', detail: 'R410A', label: 'Bijgevuld koudemiddel airco' } },
  green_gas: { units: ['m3'], dutch: ['groen gas', 'groengas'], example: { amount: 1200, unit: 'm3', detail: '', label: 'Groen gas' } },
  propane: { units: ['l', 'kg'], dutch: ['propaan'], example: { amount: 250, unit: 'l', detail: '', label: 'Propaan heftruck' } },
  hvo: { units: ['l'], dutch: ['hvo', 'hvo30'], example: { amount: 800, unit: 'l', detail: '', label: 'HVO30 bestelbus' } },
  bus_km: { units: ['km'], detail: 'purpose', dutch: ['buskilometers', 'bus'], example: { amount: 1500, unit: 'km', detail: 'commute', label: 'Woon-werk met de bus' } },
  public_transport_km: { units: ['km'], detail: 'purpose', dutch: ['ov-kilometers', 'openbaar vervoer', 'ov'], example: { amount: 2500, unit: 'km', detail: 'business', label: 'Zakelijk met het ov' } },
  freight_tkm: { units: ['tkm'], detail: 'mode', dutch: ['goederenvervoer', 'tonkilometers'], example: { amount: 900, unit: 'tkm', detail: 'road-van', label: 'Bezorging door koerier (bestelauto)' } },
  solar_production: { units: ['kWh', 'MWh'], dutch: ['eigen zonnestroom', 'zonnestroom', 'zonnepanelen'], example: { amount: 18000, unit: 'kWh', detail: '', label: 'Opbrengst zonnepanelen dak' } },
  material: {
    units: ['kg', 't'],
    detail: 'material',
    dutch: ['materiaal', 'materialen', 'ingekocht materiaal', 'inkoop'],
    example: { amount: 2, unit: 't', detail: 'paper', label: 'Kopieerpapier', factor: 1.1, source: 'EPD van de leverancier (voorbeeld: vervang door uw bron)', sourceYear: 2025 },
  },
};
const TYPE_IDS = Object.keys(ACTIVITY_TYPES) as ActivityType[];

/** A type by its code or one of its Dutch names (`elektriciteit` -> electricity). */
const TYPE_BY_NAME = new Map<string, ActivityType>(TYPE_IDS.flatMap((t) => [[t, t] as const, ...ACTIVITY_TYPES[t].dutch.map((n) => [n, t] as const)]));

/** Units as people write them, lower case, to the code (`liter` -> l, `m³` -> m3). */
const UNIT_NAMES: Record<string, string> = {
  kwh: 'kWh', mwh: 'MWh', gj: 'GJ', m3: 'm3', 'm³': 'm3', kuub: 'm3', nm3: 'm3', 'nm³': 'm3',
  l: 'l', liter: 'l', liters: 'l', ltr: 'l', km: 'km', kilometer: 'km', kilometers: 'km',
  kg: 'kg', kilo: 'kg', kilogram: 'kg', t: 't', ton: 't', tonne: 't', tkm: 'tkm', tonkm: 'tkm', tonkilometer: 'tkm', tonkilometers: 'tkm',
};

/** Dutch words for detail values, beside the codes. */
const DETAIL_NAMES: Partial<Record<DetailKind | 'fuel', Record<string, string>>> = {
  contract: { grijs: 'grey', 'grijze stroom': 'grey', 'groen-nl': 'green-nl', 'groen nl': 'green-nl', 'groen-eu': 'green-eu', 'groen eu': 'green-eu', onbekend: 'unknown' },
  fuel: { benzine: 'petrol', elektrisch: 'electric', onbekend: 'unknown' },
  purpose: { zakelijk: 'business', 'woon-werk': 'commute', woonwerk: 'commute' },
  haul: { kort: 'short', middel: 'medium', middellang: 'medium', lang: 'long' },
  stream: { restafval: 'residual', rest: 'residual', papier: 'paper', 'papier en karton': 'paper', karton: 'paper', kunststof: 'plastic', gft: 'organic', glas: 'glass', hout: 'wood' },
  mode: { bestelauto: 'road-van', trein: 'rail', spoor: 'rail', binnenvaart: 'inland-ship', binnenvaartschip: 'inland-ship', schip: 'inland-ship' },
  material: {
    papier: 'paper', karton: 'cardboard', kunststof: 'plastics', kunststoffen: 'plastics', plastic: 'plastics', staal: 'steel', aluminium: 'aluminium',
    beton: 'concrete', hout: 'wood', glas: 'glass', textiel: 'textile', overig: 'other', anders: 'other',
  },
};
const named = (kind: DetailKind | 'fuel', value: string) => DETAIL_NAMES[kind]?.[value] ?? value;

const DETAIL_VALUES: Record<DetailKind, string> = {
  contract: `${ELECTRICITY_CONTRACTS.join(', ')} (grijs, groen-nl, groen-eu, onbekend)`,
  'fuel/purpose': `${CAR_FUELS.join('|')} / ${CAR_PURPOSES.join('|')}, bijv./e.g. diesel/business (diesel/zakelijk)`,
  haul: `${HAULS.join(', ')} (kort, middel, lang)`,
  stream: `${WASTE_STREAMS.join(', ')} (restafval, papier, kunststof, gft, glas, hout)`,
  refrigerant: REFRIGERANTS.join(', '),
  purpose: `${TRIP_PURPOSES.join(', ')} (zakelijk, woon-werk)`,
  mode: `${FREIGHT_MODES.join(', ')} (bestelauto < 2 ton, trein, binnenvaart; trein en binnenvaart met factor, bron en bronjaar / rail and inland-ship with factor, source and source year)`,
  material: `${MATERIALS.join(', ')} (papier, karton, kunststof, staal, aluminium, beton, hout, glas, textiel, overig), met factor, bron en bronjaar / with factor, source and source year`,
};

type Column = 'type' | 'amount' | 'unit' | 'detail' | 'label' | 'factor' | 'source' | 'sourceYear';
/** Accepted header names per column, Dutch and English, compared lower-case. */
const HEADER_NAMES: Record<Column, string[]> = {
  type: ['type', 'soort'],
  amount: ['amount', 'hoeveelheid'],
  unit: ['unit', 'eenheid'],
  detail: ['detail'],
  label: ['label', 'omschrijving'],
  factor: ['factor', 'emissiefactor'],
  source: ['bron', 'source', 'factorbron'],
  sourceYear: ['bronjaar', 'source year', 'source_year', 'jaar bron'],
};
const REQUIRED: Column[] = ['type', 'amount', 'unit'];
const DUTCH_HEADER = ['soort', 'hoeveelheid', 'eenheid', 'detail', 'omschrijving', 'factor', 'bron', 'bronjaar'];

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Far more than any company's activity list; stops a small zip from unfolding into a huge sheet. */
export const MAX_DATA_ROWS = 5000;

export { SHEET_CSV_TYPES as CSV_TYPES, SHEET_XLSX_TYPE as XLSX_TYPE } from '@koers/server-files';

// ---------------------------------------------------------------- template

/** The CSV template: `;`, UTF-8 with a BOM (so Excel shows é and ü right), Dutch decimal commas. */
export function templateCsv(): string {
  // Every cell through the shared export helper: quoted where needed, and nothing that starts a formula.
  const rows = TYPE_IDS.map((t) => {
    const e = ACTIVITY_TYPES[t].example;
    return csvRow([t, e.amount, e.unit, e.detail, e.label, e.factor ?? '', e.source ?? '', e.sourceYear ?? ''], { decimalComma: true });
  });
  // The key figures of the year (fte, m², turnover, production unit) below the activities: baseline-figures.ts.
  rows.push(...keyFigureExampleRows().map((r) => csvRow([...r, '', '', ''], { decimalComma: true }))); // as many columns as the header (no factor, source, year)
  return '\uFEFF' + [csvRow(DUTCH_HEADER), ...rows].join('\r\n') + '\r\n';
}

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
    { header: 'factor', key: 'factor', width: 10 },
    { header: 'bron', key: 'source', width: 40 },
    { header: 'bronjaar', key: 'sourceYear', width: 10 },
  ];
  data.getRow(1).font = { bold: true };
  data.views = [{ state: 'frozen', ySplit: 1 }];
  // Every cell through the shared export helper (libs/domain, spreadsheet-cell.ts): no text starts a formula.
  for (const t of TYPE_IDS) data.addRow(spreadsheetRow({ type: t, ...ACTIVITY_TYPES[t].example }));

  for (const r of keyFigureExampleRows()) data.addRow(spreadsheetRow(r));

  const help = wb.addWorksheet('Toelichting');
  help.columns = [{ width: 16 }, { width: 14 }, { width: 70 }];
  help.addRow(spreadsheetRow(['Vul per regel één activiteit van het jaar in, op het blad "Nulmeting". Laat de kopregel staan; vervang of verwijder de voorbeeldregels.'])).font = { bold: true };
  help.addRow(spreadsheetRow(['Fill in one activity of the year per row on the sheet "Nulmeting". Keep the header row; replace or delete the example rows.'])).font = { italic: true };
  help.addRow([]);
  help.addRow(spreadsheetRow(['soort / type', 'eenheid / unit', 'detail', 'of in het Nederlands / or in Dutch'])).font = { bold: true };
  for (const t of TYPE_IDS) {
    const spec = ACTIVITY_TYPES[t];
    help.addRow(spreadsheetRow([t, spec.units.join(' of / or '), spec.detail ? `${spec.detail}: ${DETAIL_VALUES[spec.detail]}` : 'leeg laten / leave empty', spec.dutch.join(', ')]));
  }
  help.addRow([]);
  help.addRow(spreadsheetRow(['factor, bron, bronjaar: alleen bij material (ingekocht materiaal) en bij freight_tkm per trein of binnenvaart, die niet op de lijst CO2emissiefactoren.nl staan: kg CO2e per kg (van grondstof tot fabriekspoort, uit de EPD van de leverancier of een LCA-database) of per tonkilometer (well-to-wheel, uit de rapportage van de vervoerder), de bron en het jaar van de bron; anders leeg laten / only for material (bought) and for freight_tkm by rail or inland ship, which are not on the list: kg CO2e per kg (cradle-to-gate, from the supplier\'s EPD or an LCA database) or per tonne-km (well-to-wheel, from the carrier\'s report), the source and its year; else leave empty.']));
  help.addRow(spreadsheetRow(['eenheid / unit: ook / also liter, m³, kilo, ton, tonkm. solar_production: de eigen opbrengst, niet afgetrokken van de ingekochte stroom / own production, not subtracted from bought electricity.']));
  help.addRow([]);
  for (const line of KEY_FIGURE_HELP) help.addRow(spreadsheetRow(line));
  help.addRow([]);
  help.addRow(spreadsheetRow(['hoeveelheid / amount: een getal ≥ 0 zonder eenheid, op z\'n Nederlands: 30.000 of 4.500,5 (een punt scheidt duizendtallen, 12.5 wordt geweigerd) / a number ≥ 0 without unit, written the Dutch way: 30.000 or 4.500,5 (a point groups thousands, 12.5 is refused). omschrijving / label: vrij, max. 200 tekens / free text, max 200 characters.']));
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
export type BaselineFile = { activities: Activity[] } & KeyFigures;

/** The activities only (key-figure rows are read and checked too, then left out). */
export async function parseBaselineFile(filename: string, content: Buffer): Promise<Activity[]> {
  return (await readBaselineFile(filename, content)).activities;
}

/** The activities and the key figures of the year (fte, m², turnover, production unit). */
export async function readBaselineFile(filename: string, content: Buffer): Promise<BaselineFile> {
  const { rows, decimalComma } = await readSheet(filename, content, { code: 'baseline.file', maxRows: MAX_DATA_ROWS });
  return toActivities(rows, decimalComma);
}

const text = sheetText;

function toActivities(rows: SheetRow[], decimalComma: boolean): BaselineFile {
  const filled = rows.filter((r) => r.cells.some((c) => text(c) !== ''));
  const [header, ...data] = filled;
  if (!header) throw fileError({ nl: 'het bestand is leeg', en: 'the file is empty' });
  const columns = readHeader(header);
  const amountColumn = { header: columns.amount === undefined ? 'hoeveelheid' : text(header.cells[columns.amount] ?? null), index: columns.amount };
  if (data.length === 0) throw fileError({ nl: 'het bestand heeft geen regels onder de kopregel', en: 'the file has no rows below the header' });

  const activities: Activity[] = [];
  const errors: { field: string; code: string; text: Bilingual }[] = [];
  const keyFigures = new KeyFigureReader((cell) => parseAmount(cell, decimalComma), text, columnName(amountColumn.header, amountColumn.index));
  for (const row of data) {
    const get = (col: Column) => (columns[col] === undefined ? null : (row.cells[columns[col]] ?? null));
    const figure = keyFigureOf(text(get('type')));
    if (figure) {
      const problems = keyFigures.read(figure, get, row.line);
      if (problems.length) errors.push({ field: `line ${row.line}`, code: 'baseline.row', text: { nl: `regel ${row.line}: ${problems.map((p) => p.nl).join('; ')}`, en: `line ${row.line}: ${problems.map((p) => p.en).join('; ')}` } });
      continue;
    }
    const { activity, problems } = toActivity(get, decimalComma, amountColumn);
    if (activity) activities.push(activity);
    else errors.push({ field: `line ${row.line}`, code: 'baseline.row', text: { nl: `regel ${row.line}: ${problems.map((p) => p.nl).join('; ')}`, en: `line ${row.line}: ${problems.map((p) => p.en).join('; ')}` } });
  }
  if (errors.length) {
    const n = errors.length;
    throw new BadInputError('file', { nl: `${n} ${n === 1 ? 'regel bevat' : 'regels bevatten'} fouten; er is niets opgeslagen`, en: `${n} ${n === 1 ? 'line has' : 'lines have'} errors; nothing was stored` }, { code: 'baseline.rows', params: { count: n }, fields: errors });
  }
  return { activities, ...keyFigures.result() };
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
function toActivity(get: (col: Column) => Cell, decimalComma: boolean, amountColumn: { header: string; index: number | undefined }): { activity?: Activity; problems: Bilingual[] } {
  const problems: Bilingual[] = [];
  const typeText = text(get('type'));
  const type = TYPE_BY_NAME.get(typeText.toLowerCase().replace(/\s+/g, ' ')) as ActivityType;
  const spec = type === undefined ? undefined : ACTIVITY_TYPES[type];
  if (!spec) {
    const names = TYPE_IDS.map((t) => `${ACTIVITY_TYPES[t].dutch[0]} (${t})`).join(', ');
    problems.push(typeText === ''
      ? { nl: 'soort ontbreekt', en: 'type is missing' }
      : { nl: `onbekende soort "${typeText}"; kies uit ${names}`, en: `unknown type "${typeText}"; choose from ${names}` });
  }

  const reading = parseAmount(get('amount'), decimalComma);
  const amount = 'value' in reading ? reading.value : null;
  if (!('value' in reading)) {
    const col = columnName(amountColumn.header, amountColumn.index);
    problems.push({ nl: `hoeveelheid ${reading.problem.nl} (${col.nl})`, en: `amount ${reading.problem.en} (${col.en})` });
  } else if (reading.value < 0) problems.push({ nl: 'hoeveelheid mag niet negatief zijn', en: 'amount must not be negative' });

  const unitText = text(get('unit'));
  const unitCode = UNIT_NAMES[unitText.toLowerCase()] ?? unitText;
  const unit = spec?.units.find((u) => u === unitCode);
  if (spec && !unit) problems.push({ nl: `eenheid "${unitText}" past niet bij ${type}; gebruik ${spec.units.join(' of ')}`, en: `unit "${unitText}" does not fit ${type}; use ${spec.units.join(' or ')}` });

  const detail = text(get('detail'));
  const details = spec ? readDetail(type, spec.detail, detail, problems) : {};
  const declared = spec ? readDeclaredFactor(type, details, get, decimalComma, problems) : undefined;
  const label = text(get('label'));
  if (problems.length) return { problems };

  const candidate = { type, amount, unit, ...details, ...(declared ? { factor: declared } : {}), ...(label ? { label } : {}) };
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
    case 'haul':
    case 'stream':
    case 'purpose':
    case 'mode':
    case 'material': {
      const allowed: Record<typeof kind, readonly string[]> = { contract: ELECTRICITY_CONTRACTS, haul: HAULS, stream: WASTE_STREAMS, purpose: TRIP_PURPOSES, mode: FREIGHT_MODES, material: MATERIALS };
      const code = named(kind, value);
      if (!allowed[kind].includes(code)) wrong();
      return { [kind]: code };
    }
    case 'refrigerant': {
      // R410a, r410A, R 410A: the list writes them in several ways.
      const code = REFRIGERANTS.find((r) => r.toLowerCase() === value.replace(/[\s-]/g, ''));
      if (!code) wrong();
      return { refrigerant: code ?? detail };
    }
    case 'fuel/purpose': {
      const [fuelText = '', purposeText = '', ...rest] = value.split('/').map((s) => s.trim());
      const fuel = named('fuel', fuelText);
      const purpose = named('purpose', purposeText);
      if (!(CAR_FUELS as readonly string[]).includes(fuel) || !(CAR_PURPOSES as readonly string[]).includes(purpose) || rest.length) wrong();
      return { fuel, purpose };
    }
  }
}

/**
 * The factor, source and source year of a row whose factor is not on the list (a
 * material, goods by rail or inland ship): all three required there, each problem
 * named; every other row leaves them empty.
 */
function readDeclaredFactor(type: ActivityType, details: Record<string, string>, get: (col: Column) => Cell, decimalComma: boolean, problems: Bilingual[]) {
  const factorCell = get('factor');
  const source = text(get('source'));
  const yearCell = get('sourceYear');
  const given = text(factorCell) !== '' || source !== '' || text(yearCell) !== '';
  const needed = type === 'material' || (type === 'freight_tkm' && (DECLARED_FREIGHT_MODES as readonly string[]).includes(details['mode'] ?? ''));
  if (!needed) {
    if (given) problems.push({ nl: `${type}${details['mode'] ? ` (${details['mode']})` : ''} staat op de lijst; laat factor, bron en bronjaar leeg`, en: `${type}${details['mode'] ? ` (${details['mode']})` : ''} takes the list's factor; leave factor, source and source year empty` });
    return undefined;
  }
  const per = type === 'material' ? { nl: 'kg CO2e per kg', en: 'kg CO2e per kg' } : { nl: 'kg CO2e per tonkilometer', en: 'kg CO2e per tonne-km' };
  let kgCO2ePerUnit: number | undefined;
  if (text(factorCell) === '') problems.push({ nl: `factor ontbreekt (${per.nl}; staat niet op de lijst CO2emissiefactoren.nl)`, en: `factor is missing (${per.en}; not on the CO2emissiefactoren.nl list)` });
  else {
    const reading = parseAmount(factorCell, decimalComma);
    if (!('value' in reading)) problems.push({ nl: `factor ${reading.problem.nl}`, en: `factor ${reading.problem.en}` });
    else if (!(reading.value > 0 && reading.value <= 1000)) problems.push({ nl: `factor moet groter dan 0 en hoogstens 1000 ${per.nl} zijn`, en: `factor must be above 0 and at most 1000 ${per.en}` });
    else kgCO2ePerUnit = reading.value;
  }
  if (source === '') problems.push({ nl: 'bron ontbreekt (bijv. de EPD van de leverancier of een LCA-database)', en: "source is missing (e.g. the supplier's EPD or an LCA database)" });
  const yearText = typeof yearCell === 'number' ? String(yearCell) : text(yearCell);
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
  if (yearText === '') problems.push({ nl: 'bronjaar ontbreekt', en: 'source year is missing' });
  else if (!(year >= 1990 && year <= 2100)) problems.push({ nl: `bronjaar "${yearText}" is geen jaartal (bijv. 2025)`, en: `source year "${yearText}" is not a year (e.g. 2025)` });
  return kgCO2ePerUnit === undefined || source === '' || Number.isNaN(year) ? undefined : { kgCO2ePerUnit, source, year };
}

/** What an amount cell says: a number, or why it is not one (said in the file's own notation). */
export type AmountReading = { value: number } | { problem: Bilingual };

const plain = (n: number, lang: 'nl' | 'en') => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { useGrouping: false, maximumFractionDigits: 20 }).format(n);

/**
 * An amount cell. Excel number cells are numbers already. Text is read the
 * Dutch way (`30.000` is thirty thousand, `4.500,5`, `0,75`) with the shared
 * parser (@koers/domain parseNumber), and nothing is guessed:
 * - in `;` files and Excel (Dutch) a point only groups thousands, so `12.5`
 *   is refused with both readings offered ("schrijf 12,5 of 12.500");
 * - in `,` files (where a comma cannot be a decimal sign unquoted) `1234.5` and
 *   `0.75` read as decimals, and what reads as two different numbers the Dutch
 *   and the English way (`30.000`, `"1,234"`) is refused with both.
 */
export function parseAmount(cell: Cell, decimalComma: boolean): AmountReading {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell } : { problem: { nl: 'is geen getal', en: 'is not a number' } };
  const raw = text(cell);
  // `0.750` is no Dutch thousands group (parseNumber would read 750): only a decimal can be meant.
  const nl = /^[-+]?0\d*\./.test(raw.replace(/[\s\u00a0]/g, '')) ? Number.NaN : parseNumber(raw, 'nl');
  const notANumber = { problem: { nl: `"${raw}" is geen getal`, en: `"${raw}" is not a number` } };
  if (nl === null) return notANumber;
  if (decimalComma) {
    if (!Number.isNaN(nl)) return { value: nl };
    // One point where a decimal comma is meant, or a thousands group cut short: offer both, choose neither.
    const m = /^(-?\d+)\.(\d+)$/.exec(raw.replace(/[\s\u00a0]/g, ''));
    if (!m) return notANumber;
    const [, whole = '', fraction = ''] = m;
    const decimal = `${whole},${fraction}`;
    const grouped = /^-?[1-9]\d{0,2}$/.test(whole) && fraction.length < 3 ? `${whole}.${fraction.padEnd(3, '0')}` : null;
    return {
      problem: grouped
        ? { nl: `"${raw}" is niet eenduidig: een punt scheidt hier duizendtallen; schrijf ${decimal} of ${grouped}`, en: `"${raw}" is ambiguous: a point groups thousands here; write ${decimal} or ${grouped}` }
        : { nl: `"${raw}" is geen getal: een punt scheidt hier duizendtallen; schrijf ${decimal}`, en: `"${raw}" is not a number: a point groups thousands here; write ${decimal}` },
    };
  }
  const en = parseNumber(raw, 'en');
  const readsNl = !Number.isNaN(nl);
  const readsEn = en !== null && !Number.isNaN(en);
  if (readsNl && readsEn && nl !== en) {
    return {
      problem: {
        nl: `"${raw}" is niet eenduidig: ${plain(nl, 'nl')} of ${plain(en as number, 'nl')}; schrijf het getal zonder scheiding van duizendtallen`,
        en: `"${raw}" is ambiguous: ${plain(nl, 'en')} or ${plain(en as number, 'en')}; write the number without a thousands separator`,
      },
    };
  }
  if (readsNl) return { value: nl };
  if (readsEn) return { value: en as number };
  return notANumber;
}

/** A column as the user sees it: its header and, as Excel shows it, its letter. */
function columnName(header: string, index: number | undefined): { nl: string; en: string } {
  const letter = index === undefined ? '' : index < 26 ? String.fromCharCode(65 + index) : `${index + 1}`;
  return { nl: `kolom ${header}${letter ? ` (${letter})` : ''}`, en: `column ${header}${letter ? ` (${letter})` : ''}` };
}
