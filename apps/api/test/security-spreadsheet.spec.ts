/**
 * Hostile spreadsheets (issue 14, item 4): an .xlsx is a zip, and a small one
 * can unpack to far more than any baseline. The reader caps what a workbook
 * unpacks to while unpacking, and rows and cells while reading, so a bomb is
 * refused with the file named and nothing stored, and the API keeps answering
 * other requests during the upload.
 */
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { XLSX_LIMITS } from '@koers/server-files';
import { DEMO_EMAILS, startHarness, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let adviser: string;
let participantId = '';
const thisYear = new Date().getFullYear();

beforeAll(async () => {
  h = await startHarness();
  const coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  adviser = await h.signIn(DEMO_EMAILS.adviser);
  const cohort = await h.call('POST', '/api/koploper/cohorts', { cookie: coordinator, body: { name: 'Koplopergroep Meppel', municipality: 'Meppel', startsOn: `${thisYear}-01-15`, endsOn: `${thisYear}-12-15` } });
  for (const key of ['bakkerij', 'installateur', 'zorg']) {
    const added = await h.call('POST', `/api/programme/groups/${cohort.body.id}/enrolments`, { cookie: coordinator, body: { organisationId: h.ids.organisations[key] } });
    if (key === 'bakkerij') participantId = added.body.id;
  }
  expect((await h.call('POST', `/api/programme/groups/${cohort.body.id}/start`, { cookie: coordinator })).status).toBe(200);
});
afterAll(() => h?.close());

async function upload(name: string, content: Buffer) {
  const form = new FormData();
  form.append('year', String(thisYear - 1));
  form.append('file', new Blob([content]), name);
  const res = await fetch(`${h.url}/api/koploper/participants/${participantId}/baseline/upload`, { method: 'POST', headers: { cookie: adviser }, body: form });
  return { status: res.status, body: (await res.json()) as any };
}

/** A real workbook whose first sheet is padded with whitespace XML to `bytes` when unpacked; deflated it stays small. */
async function bomb(bytes: number): Promise<Buffer> {
  const wb = new Workbook();
  wb.addWorksheet('Nulmeting').addRows([['type', 'amount', 'unit'], ['water', 1000, 'm3']]);
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const padded = sheet.replace('<sheetData>', `<sheetData>${' '.repeat(bytes)}`);
  zip.file('xl/worksheets/sheet1.xml', padded);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

it('refuses a workbook that unpacks to more than the cap, naming the file, storing nothing, while other requests are answered', async () => {
  const file = await bomb(64 * 1024 * 1024);
  expect(file.length).toBeLessThan(200 * 1024);
  const before = await writeFingerprint(h.sql);
  const uploading = upload('nulmeting.xlsx', file);
  // During the upload the API still answers: the health probe comes back before the refusal does, or right after it.
  const health = await h.call('GET', '/api/health');
  expect(health.status).toBe(200);
  const res = await uploading;
  expect(res.status).toBe(400);
  expect(res.body.errors[0].field).toBe('file');
  expect(res.body.errors[0].text.nl).toContain(`uitgepakt groter dan ${XLSX_LIMITS.maxUncompressedBytes / 1024 / 1024} MB`);
  expect(await writeFingerprint(h.sql)).toEqual(before);
});

it('still reads a workbook under the cap', async () => {
  const res = await upload('nulmeting.xlsx', await bomb(1024 * 1024));
  expect(res.status).toBe(200);
  expect(res.body.footprint.input.activities).toEqual([expect.objectContaining({ type: 'water', amount: 1000, unit: 'm3' })]);
});

it('refuses a workbook with more cells than the cap while reading, before the rest is read', async () => {
  const wb = new Workbook();
  const sheet = wb.addWorksheet('Nulmeting');
  sheet.addRow(['type', 'amount', 'unit', ...Array.from({ length: 47 }, (_, i) => `extra${i}`)]);
  // 50 columns per row: the cell cap is passed long before the row cap.
  for (let r = 0; r < XLSX_LIMITS.maxCells / 50 + 10; r++) sheet.addRow(['electricity', 1, 'kWh', ...Array.from({ length: 47 }, () => 'x')]);
  const res = await upload('nulmeting.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
  expect(res.status).toBe(400);
  expect(res.body.errors[0].field).toBe('file');
  expect(res.body.errors[0].text.nl).toMatch(/meer dan \d+ (cellen|regels)/);
});

it('refuses a zip that is no workbook as unreadable', async () => {
  const zip = new JSZip();
  zip.file('hallo.txt', 'geen werkboek');
  const res = await upload('nulmeting.xlsx', await zip.generateAsync({ type: 'nodebuffer' }));
  expect(res.status).toBe(400);
  expect(res.body.errors[0].field).toBe('file');
});
