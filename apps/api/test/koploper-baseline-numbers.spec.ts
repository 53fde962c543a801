/**
 * The baseline import reads numbers typed as text the Dutch way (`30.000` is
 * thirty thousand, `4.500,5`), in CSV and in Excel text cells, and refuses what
 * is ambiguous with the line and the column named, storing nothing.
 */
import { Workbook } from 'exceljs';
import { DEMO_EMAILS, startHarness, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let adviser: string;
let participantId: string;

const thisYear = new Date().getFullYear();

beforeAll(async () => {
  h = await startHarness();
  const coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  adviser = await h.signIn(DEMO_EMAILS.adviser);
  const cohort = await h.call('POST', '/api/koploper/cohorts', { cookie: coordinator, body: { name: 'Koplopergroep Emmen', municipality: 'Emmen', startsOn: `${thisYear}-01-15`, endsOn: `${thisYear}-12-15` } });
  // A cohort starts with enough companies (as in koploper-baseline.spec); the bakery's track is the one used.
  for (const key of ['bakkerij', 'installateur', 'zorg']) {
    const added = await h.call('POST', `/api/programme/groups/${cohort.body.id}/enrolments`, { cookie: coordinator, body: { organisationId: h.ids.organisations[key] } });
    if (key === 'bakkerij') participantId = added.body.id;
  }
  expect((await h.call('POST', `/api/programme/groups/${cohort.body.id}/start`, { cookie: coordinator })).status).toBe(200);
});
afterAll(() => h?.close());

async function upload(name: string, content: Buffer | string, year = 2024) {
  const form = new FormData();
  form.append('year', String(year));
  form.append('file', new Blob([content]), name);
  const res = await fetch(`${h.url}/api/koploper/participants/${participantId}/baseline/upload`, { method: 'POST', headers: { cookie: adviser }, body: form });
  return { status: res.status, body: (await res.json()) as any };
}
const amounts = (body: { footprint: { input: { activities: { amount: number }[] } } }) => body.footprint.input.activities.map((a) => a.amount);

describe('numbers in an uploaded baseline', () => {
  it('reads Dutch notation in a ; file: 30.000 is 30000, 4.500,5 is 4500.5, 1.234.567 and 0,75 too', async () => {
    const csv = 'soort;hoeveelheid;eenheid;detail\nelektriciteit;30.000;kWh;grijs\naardgas;4.500,5;m³;\nwater;1.234.567;m3;\ndiesel;0,75;liter;\nbenzine;€ 1.200;liter;\n';
    const res = await upload('nulmeting.csv', csv);
    expect(res.status).toBe(200);
    expect(amounts(res.body)).toEqual([30000, 4500.5, 1234567, 0.75, 1200]);
  });

  it('reads Dutch notation in Excel cells that are text, numbers stay numbers', async () => {
    const wb = new Workbook();
    const sheet = wb.addWorksheet('Nulmeting');
    sheet.addRow(['soort', 'hoeveelheid', 'eenheid', 'detail']);
    sheet.addRow(['elektriciteit', '30.000', 'kWh', 'grijs']);
    sheet.addRow(['aardgas', '4.500,5', 'm3']);
    sheet.addRow(['water', 12.5, 'm3']);
    const res = await upload('nulmeting.xlsx', Buffer.from(await wb.xlsx.writeBuffer()), 2023);
    expect(res.status).toBe(200);
    expect(amounts(res.body)).toEqual([30000, 4500.5, 12.5]);
  });

  it('refuses 12.5 in a Dutch file with the line and the column named and both readings offered, storing nothing', async () => {
    const before = await writeFingerprint(h.sql);
    const csv = 'soort;eenheid;hoeveelheid\naardgas;m3;30.000\naardgas;m3;12.5\nwater;m3;1234.5\ndiesel;l;0.75\n';
    const res = await upload('nulmeting.csv', csv, 2022);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['line 3', 'line 4', 'line 5']);
    const nl = res.body.errors.map((e: { text: { nl: string } }) => e.text.nl);
    expect(nl[0]).toBe('regel 3: hoeveelheid "12.5" is niet eenduidig: een punt scheidt hier duizendtallen; schrijf 12,5 of 12.500 (kolom hoeveelheid (C))');
    expect(nl[1]).toBe('regel 4: hoeveelheid "1234.5" is geen getal: een punt scheidt hier duizendtallen; schrijf 1234,5 (kolom hoeveelheid (C))');
    expect(nl[2]).toContain('schrijf 0,75 (kolom hoeveelheid (C))');
    expect(res.body.errors[0].text.en).toBe('line 3: amount "12.5" is ambiguous: a point groups thousands here; write 12,5 or 12.500 (column hoeveelheid (C))');
    expect(await writeFingerprint(h.sql)).toEqual(before);
  });

  it('refuses 12.5 in an Excel text cell, naming the row and the column', async () => {
    const wb = new Workbook();
    const sheet = wb.addWorksheet('Nulmeting');
    sheet.addRow(['soort', 'hoeveelheid', 'eenheid']);
    sheet.addRow(['aardgas', '12.5', 'm3']);
    const res = await upload('nulmeting.xlsx', Buffer.from(await wb.xlsx.writeBuffer()), 2022);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('line 2');
    expect(res.body.errors[0].text.nl).toContain('schrijf 12,5 of 12.500 (kolom hoeveelheid (B))');
  });

  it('in a , file reads a decimal point where it cannot group thousands, and refuses 30.000, which reads two ways', async () => {
    const ok = await upload('nulmeting.csv', 'type,amount,unit\nwater,1234.5,m3\ndiesel,0.75,l\nnatural_gas,"4.500,5",m3\n', 2021);
    expect(ok.status).toBe(200);
    expect(amounts(ok.body)).toEqual([1234.5, 0.75, 4500.5]);

    const res = await upload('nulmeting.csv', 'type,amount,unit\nnatural_gas,30.000,m3\nwater,"1,234",m3\n', 2020);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['line 2', 'line 3']);
    expect(res.body.errors[0].text.nl).toBe('regel 2: hoeveelheid "30.000" is niet eenduidig: 30000 of 30; schrijf het getal zonder scheiding van duizendtallen (kolom amount (B))');
    expect(res.body.errors[1].text.en).toBe('line 3: amount "1,234" is ambiguous: 1.234 or 1234; write the number without a thousands separator (column amount (B))');
  });
});
