/**
 * Every CSV and Excel file the API hands out (issue 14, item 9) goes through
 * the shared cell helper (libs/domain/src/export/spreadsheet-cell.ts, with its
 * own unit test): no text cell starts a formula, and the files still read as before.
 */
import { neutraliseCell } from '@koers/domain';
import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import { DEMO_EMAILS, startHarness, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let admin: string;

beforeAll(async () => {
  h = await startHarness();
  admin = await h.signIn(DEMO_EMAILS.administrator);
});
afterAll(() => h?.close());

const download = async (path: string) => {
  const res = await fetch(h.url + path, { headers: { cookie: admin } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
};
const formulaCells = (cells: unknown[]) => cells.filter((c) => typeof c === 'string' && neutraliseCell(c) !== c);

it.each(['/api/koploper/baseline-template.csv', '/api/chain/flow-map-template'])('%s: no cell starts a formula, and every row has the header\'s columns', async (path) => {
  const text = (await download(path)).toString('utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = parse(text, { delimiter: ';', relax_column_count: false });
  expect(rows.length).toBeGreaterThan(2);
  expect(rows.flatMap(formulaCells)).toEqual([]);
});

it('the flow-map template is the same file as before the helper', async () => {
  expect((await download('/api/chain/flow-map-template')).toString('utf8')).toBe(
    'van;soort_van;naar;soort_naar;materiaal;kg_per_jaar;gerecycled_pct;hernieuwbaar_pct;route;herwinbaar_pct\n' +
      'Hennepteler;leverancier;Isolatiefabriek;productie;Hennepvezel;120.000;0;100;;\n' +
      'Bouwplaats;gebruik;Recycler;recycling;Snijresten;4.500,5;0;100;recycling;90\n',
  );
});

it('the Excel template: no text cell on any sheet starts a formula, and amounts stay numbers', async () => {
  const wb = new Workbook();
  await wb.xlsx.load((await download('/api/koploper/baseline-template.xlsx')) as unknown as ArrayBuffer);
  const values: unknown[] = [];
  wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => values.push(cell.value))));
  expect(values.length).toBeGreaterThan(20);
  expect(formulaCells(values)).toEqual([]);
  expect(values.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
  expect(typeof wb.getWorksheet('Nulmeting')!.getRow(2).getCell(2).value).toBe('number');
});
