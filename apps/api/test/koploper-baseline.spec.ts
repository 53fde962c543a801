/**
 * The baseline (nulmeting): the template round trip (CSV and Excel), uploads
 * refused whole with every bad line named, entry by participant and staff with
 * the review, the ISO 26000 scan, results from the worker, and who sees what.
 */
import { Workbook } from 'exceljs';
import { DEMO_EMAILS, startHarness, waitFor, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let coordinator: string;
let adviser: string;
let participant: string;
/** Participants of one running cohort: the demo participant's bakery, and two other companies. */
let bakkerij: string;
let installateur: string;
let zorg: string;

const thisYear = new Date().getFullYear();

beforeAll(async () => {
  h = await startHarness({ worker: true });
  coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  adviser = await h.signIn(DEMO_EMAILS.adviser);
  participant = await h.signIn(DEMO_EMAILS.participant);
  const cohort = await h.call('POST', '/api/koploper/cohorts', { cookie: coordinator, body: { name: 'Koplopergroep Assen', municipality: 'Assen', startsOn: `${thisYear}-01-15`, endsOn: `${thisYear}-12-15` } });
  const pid: Record<string, string> = {};
  for (const key of ['bakkerij', 'installateur', 'zorg']) {
    const added = await h.call('POST', `/api/programme/groups/${cohort.body.id}/enrolments`, { cookie: coordinator, body: { organisationId: h.ids.organisations[key] } });
    pid[key] = added.body.id;
  }
  expect((await h.call('POST', `/api/programme/groups/${cohort.body.id}/start`, { cookie: coordinator })).status).toBe(200);
  ({ bakkerij, installateur, zorg } = pid);
});
afterAll(() => h?.close());

/** A multipart upload as a browser sends it. */
async function upload(cookie: string, participantId: string, file: { name: string; content: Buffer | string }, year: string | number = 2024) {
  const form = new FormData();
  form.append('year', String(year));
  form.append('file', new Blob([file.content]), file.name);
  const res = await fetch(`${h.url}/api/koploper/participants/${participantId}/baseline/upload`, { method: 'POST', headers: { cookie }, body: form });
  return { status: res.status, body: (await res.json()) as any };
}

async function download(path: string) {
  const res = await fetch(h.url + path, { headers: { cookie: participant } });
  return { status: res.status, type: res.headers.get('content-type') ?? '', content: Buffer.from(await res.arrayBuffer()) };
}

const results = (participantId: string, year: number) =>
  waitFor(async () => {
    const b = (await h.call('GET', `/api/koploper/participants/${participantId}/baseline?year=${year}`, { cookie: adviser })).body;
    const pending = [b.footprint.result, b.iso26000.result].some((r) => r && r.status === 'pending');
    return pending ? null : b;
  }, 30_000, `baseline results of ${year}`);

const fields = (body: { errors: { field: string }[] }) => body.errors.map((e) => e.field);

describe('the template', () => {
  it('CSV: a Dutch header and one example row per activity type that uploads back as is', async () => {
    const csv = await download('/api/koploper/baseline-template.csv');
    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');
    const text = csv.content.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('soort;hoeveelheid;eenheid;detail;omschrijving;factor;bron;bronjaar');
    expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual([
      'electricity', 'natural_gas', 'district_heat', 'diesel', 'petrol', 'lpg', 'car_km', 'train_km', 'flight_km', 'waste', 'water',
      'refrigerant', 'green_gas', 'propane', 'hvo', 'bus_km', 'public_transport_km', 'freight_tkm', 'solar_production', 'material',
      // The year's key figures, for the profile's ratios (issue 15 item 5).
      'medewerkers', 'vloeroppervlak', 'omzet', 'productie',
    ]);

    const res = await upload(participant, bakkerij, { name: 'nulmeting.csv', content: csv.content }, 2023);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ year: 2023, source: 'upload', status: 'submitted' });
    expect(res.body.footprint.input.activities).toHaveLength(20);
    expect(res.body.footprint.input.activities.find((a: { type: string }) => a.type === 'refrigerant')).toEqual({ type: 'refrigerant', amount: 1.5, unit: 'kg', refrigerant: 'R410A', label: 'Bijgevuld koudemiddel airco' });
    // The Dutch decimal comma of the example became a number.
    expect(res.body.footprint.input.activities.find((a: { type: string }) => a.type === 'district_heat').amount).toBe(120.5);
    expect(res.body.footprint.input.activities.find((a: { type: string }) => a.type === 'car_km')).toMatchObject({ fuel: 'diesel', purpose: 'business', unit: 'km' });
    // The key-figure rows became the footprint's organisation (turnover in millions) and the production unit.
    expect(res.body.footprint.input.organisation).toEqual({ employees: 12, floorAreaM2: 450, turnoverEurMillion: 1.8 });
    expect(res.body.production).toEqual({ unit: 'ton brood', amount: 120 });
  });

  it('Excel: the data sheet first, an explanation sheet, and it uploads back as is', async () => {
    const xlsx = await download('/api/koploper/baseline-template.xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.type).toContain('spreadsheetml');
    const wb = new Workbook();
    await wb.xlsx.load(xlsx.content as never);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Nulmeting', 'Toelichting']);
    expect(wb.worksheets[0].getRow(1).values).toEqual([undefined, 'soort', 'hoeveelheid', 'eenheid', 'detail', 'omschrijving', 'factor', 'bron', 'bronjaar']);

    const res = await upload(adviser, installateur, { name: 'nulmeting.xlsx', content: xlsx.content }, 2024);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ year: 2024, source: 'upload', status: 'reviewed', production: { unit: 'ton brood', amount: 120 } });
    expect(res.body.footprint.input.activities).toHaveLength(20);
  });

  it('is there for every signed-in role, not without a session', async () => {
    expect((await h.call('GET', '/api/koploper/baseline-template.csv', { cookie: adviser })).status).toBe(200);
    expect((await h.call('GET', '/api/koploper/baseline-template.xlsx')).status).toBe(401);
  });
});

describe('uploading a filled-in file', () => {
  it('names every bad line with its reason, as the user sees the lines, and stores nothing', async () => {
    const csv = [
      'type,amount,unit,detail,label', // line 1
      'electricity,1000,kWh,grey,Office', // 2
      'natural_gas,veel,m3,,Gas', // 3: not a number
      'car_km,500,km,diesel/holiday,Car', // 4: unknown purpose
      'water,10,m3,,Water', // 5
      '', // 6: empty lines are skipped but still counted
      'elektra,5,kWh,,X', // 7: unknown type
      'waste,200,kg,paper,Paper', // 8
    ].join('\n');
    const before = await writeFingerprint(h.sql);
    const res = await upload(adviser, bakkerij, { name: 'nulmeting.csv', content: csv });
    expect(res.status).toBe(400);
    expect(fields(res.body)).toEqual(['line 3', 'line 4', 'line 7']);
    expect(res.body.errors.map((e: { code: string }) => e.code)).toEqual(['baseline.row', 'baseline.row', 'baseline.row']);
    const texts = res.body.errors.map((e: { text: { nl: string; en: string } }) => e.text);
    expect(texts[0].nl).toContain('regel 3: hoeveelheid "veel" is geen getal');
    expect(texts[0].en).toContain('line 3: amount "veel" is not a number');
    expect(texts[1].en).toContain('diesel/holiday');
    expect(texts[2].en).toContain('unknown type "elektra"');
    expect(res.body.detail).toContain('3 regels bevatten fouten');
    expect(res.body.text.nl).toBe(res.body.detail);
    expect(await writeFingerprint(h.sql)).toEqual(before);
  });

  it('reads Dutch files: semicolons, decimal commas, a BOM and the Dutch header names, in any order', async () => {
    const csv = '\uFEFFomschrijving;Soort;Eenheid;Hoeveelheid;Detail\r\nStroom;electricity;MWh;1.234,5;green-nl\r\nAfval;waste;t;0,75;residual\r\n';
    const res = await upload(adviser, zorg, { name: 'Nulmeting Zorggroep.CSV', content: csv }, 2024);
    expect(res.status).toBe(200);
    expect(res.body.footprint.input.activities).toEqual([
      { type: 'electricity', amount: 1234.5, unit: 'MWh', contract: 'green-nl', label: 'Stroom' },
      { type: 'waste', amount: 0.75, unit: 't', stream: 'residual', label: 'Afval' },
    ]);
  });

  it('reads the Dutch names of types, units and details, and computes a 2026 file with the 2026 list', async () => {
    const csv = [
      'soort;hoeveelheid;eenheid;detail;omschrijving',
      'elektriciteit;30000;kWh;grijs;Stroom',
      'Aardgas;5000;m³;;',
      'diesel;1000;liter;;',
      'koudemiddel;2,5;kg;R410a;Lek airco',
      'groen gas;100;m3;;',
      'propaan;100;kilo;;',
      'bus;2000;km;woon-werk;',
      'goederenvervoer;1500;tonkm;bestelauto;',
      'eigen zonnestroom;12;MWh;;Dak',
    ].join('\n');
    const res = await upload(adviser, zorg, { name: 'nulmeting-2026.csv', content: csv }, 2026);
    expect(res.status).toBe(200);
    expect(res.body.footprint.input.activities).toEqual([
      { type: 'electricity', amount: 30000, unit: 'kWh', contract: 'grey', label: 'Stroom' },
      { type: 'natural_gas', amount: 5000, unit: 'm3' },
      { type: 'diesel', amount: 1000, unit: 'l' },
      { type: 'refrigerant', amount: 2.5, unit: 'kg', refrigerant: 'R410A', label: 'Lek airco' },
      { type: 'green_gas', amount: 100, unit: 'm3' },
      { type: 'propane', amount: 100, unit: 'kg' },
      { type: 'bus_km', amount: 2000, unit: 'km', purpose: 'commute' },
      { type: 'freight_tkm', amount: 1500, unit: 'tkm', mode: 'road-van' },
      { type: 'solar_production', amount: 12, unit: 'MWh', label: 'Dak' },
    ]);
    const done = await results(zorg, 2026);
    expect(done.footprint.result.status).toBe('succeeded');
    const out = done.footprint.result.output;
    expect(out.factorSet).toMatchObject({ id: 'co2emissiefactoren-nl-2026', selectedBy: 'newest-for-year' });
    // By hand, 2026 list: grey 30000 x 0.483 = 14490; gas 5000 x 2.134 = 10670; diesel 1000 x 3.251 = 3251;
    // R410A 2.5 x 2256 = 5640; green gas 100 x 0.305 = 30.5; propane 100 kg x 3.382 = 338.2; bus 2000 x 0.104 = 208;
    // van 1500 tkm x 1.326 = 1989; own solar 0: total 36616.7. Location-based: the grid mix 30000 x 0.244 = 7320 instead of 14490.
    expect(out.totalKgCO2e).toBe(36616.7);
    expect(out.totalLocationBasedKgCO2e).toBe(29446.7);
    expect(out.themes).toMatchObject({ energy: 31168.7, mobility: 5448 });
    expect(out.lines.find((l: { type: string }) => l.type === 'solar_production')).toMatchObject({ amount: 12, unit: 'MWh', kgCO2e: 0 });
  });

  it('names the Dutch choices when a type or detail is unknown', async () => {
    const res = await upload(adviser, zorg, { name: 'n.csv', content: 'soort;hoeveelheid;eenheid;detail\nkolen;10;kg;\nkoudemiddel;1;kg;R22\ngoederenvervoer;10;tonkm;vrachtwagen\n' }, 2026);
    expect(res.status).toBe(400);
    expect(fields(res.body)).toEqual(['line 2', 'line 3', 'line 4']);
    expect(res.body.errors[0].text.nl).toContain('kies uit elektriciteit (electricity), aardgas (natural_gas)');
    expect(res.body.errors[1].text.nl).toContain('detail "R22" past niet bij refrigerant');
    expect(res.body.errors[2].text.en).toContain('expected mode: road-van, rail, inland-ship');
  });

  it('names bad rows in Excel files by their row number', async () => {
    const wb = new Workbook();
    const sheet = wb.addWorksheet('Blad1');
    sheet.addRow(['type', 'amount', 'unit', 'detail', 'label']);
    sheet.addRow(['electricity', 100, 'kWh', 'grey', 'ok']);
    sheet.addRow(['flight_km', 900, 'km', 'intercontinental', 'bad haul']);
    sheet.addRow(['diesel', -4, 'l', '', 'negative']);
    const res = await upload(adviser, zorg, { name: 'x.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) });
    expect(res.status).toBe(400);
    expect(fields(res.body)).toEqual(['line 3', 'line 4']);
    expect(res.body.errors[1].text.en).toContain('must not be negative');
  });

  it.each([
    ['a wrong header', 'nulmeting.csv', 'soort;aantal;eenheid\nelectricity;1;kWh\n', 'file', 'aantal'],
    ['only a header', 'nulmeting.csv', 'type;amount;unit;detail;label\n', 'file', 'no rows below the header'],
    ['blank lines only', 'nulmeting.csv', '\n\n  \n', 'file', 'empty'],
    ['not UTF-8', 'nulmeting.csv', Buffer.from('soort;hoeveelheid;eenheid\nwater;1;m3;;Caf\xe9\n', 'latin1'), 'file', 'UTF-8'],
    ['a broken Excel file', 'nulmeting.xlsx', 'not a zip at all', 'file', 'Excel'],
    ['a text file', 'nulmeting.txt', 'type;amount;unit\n', 'file', '.csv, .xlsx'],
    ['an unclosed quote', 'nulmeting.csv', 'type;amount;unit\n"water;1;m3\n', 'file', 'could not be read'],
  ])('refuses %s with a clear 400', async (_what, name, content, field, text) => {
    const before = await writeFingerprint(h.sql);
    const res = await upload(adviser, zorg, { name, content });
    expect(res.status).toBe(400);
    expect(fields(res.body)).toContain(field);
    expect(JSON.stringify(res.body)).toContain(text);
    expect(await writeFingerprint(h.sql)).toEqual(before);
  });

  it('refuses a file over 2 MB, a missing or future year, and a request without a file', async () => {
    const big = 'type;amount;unit\n' + 'water;1;m3\n'.repeat(220_000);
    const tooBig = await upload(adviser, zorg, { name: 'groot.csv', content: big });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.text.nl).toContain('2 MB');
    expect(tooBig.body.text.en).toContain('2 MB');
    expect(fields((await upload(adviser, zorg, { name: 'n.csv', content: 'type;amount;unit\nwater;1;m3\n' }, 'vorig jaar')).body)).toEqual(['year']);
    expect(fields((await upload(adviser, zorg, { name: 'n.csv', content: 'type;amount;unit\nwater;1;m3\n' }, thisYear + 1)).body)).toEqual(['year']);
    const noFile = await h.call('POST', `/api/koploper/participants/${zorg}/baseline/upload`, { cookie: adviser, body: { year: 2024 } });
    expect(noFile.status).toBe(400);
    expect(fields(noFile.body)).toEqual(['file']);
  });
});

describe('entering, review and results', () => {
  const activities = [
    { type: 'electricity', amount: 30000, unit: 'kWh', contract: 'grey', label: 'Stroom' },
    { type: 'natural_gas', amount: 6000, unit: 'm3' },
    { type: 'car_km', amount: 20000, unit: 'km', fuel: 'diesel', purpose: 'business' },
  ];

  it("a participant's own entry is submitted until an adviser reviews it; the worker computes the footprint", async () => {
    const put = await h.call('PUT', `/api/koploper/participants/${bakkerij}/baseline`, { cookie: participant, body: { year: 2024, organisation: { employees: 12 }, activities } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ year: 2024, status: 'submitted', source: 'form', reviewedAt: null, footprint: { input: { year: 2024, organisation: { employees: 12 } } }, iso26000: { input: null, result: null } });
    expect(['pending', 'succeeded']).toContain(put.body.footprint.result.status);

    const done = await results(bakkerij, 2024);
    expect(done.footprint.result.status).toBe('succeeded');
    expect(done.footprint.result.output.totalKgCO2e).toBeGreaterThan(0);
    expect(done.footprint.result.output.intensity.perEmployee).toBeGreaterThan(0);
    expect(Date.parse(done.footprint.result.computedAt)).not.toBeNaN();

    expect((await h.call('POST', `/api/koploper/participants/${bakkerij}/baseline/review`, { cookie: participant, body: { year: 2024 } })).status).toBe(403);
    const reviewed = await h.call('POST', `/api/koploper/participants/${bakkerij}/baseline/review`, { cookie: adviser, body: { year: 2024 } });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.status).toBe('reviewed');
    expect(Date.parse(reviewed.body.reviewedAt)).not.toBeNaN();

    // Changing it again reopens the review.
    const again = await h.call('PUT', `/api/koploper/participants/${bakkerij}/baseline`, { cookie: participant, body: { year: 2024, organisation: { employees: 12 }, activities } });
    expect(again.body).toMatchObject({ status: 'submitted', reviewedAt: null });
  });

  it('an upload keeps the employee figures entered earlier for that year', async () => {
    const res = await upload(participant, bakkerij, { name: 'n.csv', content: 'type;amount;unit\nwater;12;m3\n' }, 2024);
    expect(res.status).toBe(200);
    expect(res.body.footprint.input).toEqual({ year: 2024, organisation: { employees: 12 }, activities: [{ type: 'water', amount: 12, unit: 'm3' }] });
  });

  it('the ISO 26000 scan: answers checked, unknown issues named, scores computed', async () => {
    const structure = await h.call('GET', '/api/koploper/iso26000', { cookie: participant });
    expect(structure.status).toBe(200);
    expect(structure.body.coreSubjects).toHaveLength(7);
    expect(structure.body.coreSubjects.flatMap((s: { issues: unknown[] }) => s.issues)).toHaveLength(37);
    const env = structure.body.coreSubjects.find((s: { id: string }) => s.id === 'environment');
    expect(env.name).toEqual({ nl: 'Het milieu', en: 'The environment' });

    const before = await writeFingerprint(h.sql);
    const bad = await h.call('PUT', `/api/koploper/participants/${bakkerij}/iso26000`, {
      cookie: participant,
      body: { year: 2024, answers: [{ issueId: env.issues[0].id, maturity: 2 }, { issueId: 'environment.space-travel', maturity: 1 }, { issueId: env.issues[1].id, notRelevant: true }, { issueId: env.issues[2].id, maturity: 7 }] },
    });
    expect(bad.status).toBe(400);
    expect(fields(bad.body)).toEqual(expect.arrayContaining(['answers.1.issueId', 'answers.3.maturity']));
    // The unknown issue is named by its field and code (the text no longer repeats the value sent).
    expect(bad.body.errors.find((e: { field: string }) => e.field === 'answers.1.issueId')).toMatchObject({ code: 'iso26000.unknown_issue', text: { en: 'Unknown ISO 26000 issue id' } });
    const noReason = await h.call('PUT', `/api/koploper/participants/${bakkerij}/iso26000`, { cookie: participant, body: { year: 2024, answers: [{ issueId: env.issues[1].id, notRelevant: true }] } });
    expect(fields(noReason.body)).toEqual(['answers.0.reason']);
    expect(await writeFingerprint(h.sql)).toEqual(before);

    const answers = [
      ...env.issues.map((i: { id: string }, n: number) => ({ issueId: i.id, maturity: n % 5 })),
      { issueId: 'governance.decision-making', notRelevant: true, reason: 'Eenmanszaak' },
    ];
    const put = await h.call('PUT', `/api/koploper/participants/${bakkerij}/iso26000`, { cookie: adviser, body: { year: 2024, answers } });
    expect(put.status).toBe(200);
    expect(put.body.status).toBe('reviewed');
    expect(put.body.iso26000.input.answers).toEqual(answers);
    const done = await results(bakkerij, 2024);
    expect(done.iso26000.result.status).toBe('succeeded');
    expect(done.iso26000.result.output.coreSubjects.find((s: { id: string }) => s.id === 'environment').scorePercent).toBe(37.5);
    // The footprint entered before is still there.
    expect(done.footprint.result.status).toBe('succeeded');
  });

  it('GET without a year gives the latest; 404 when there is none', async () => {
    await h.call('PUT', `/api/koploper/participants/${installateur}/baseline`, { cookie: adviser, body: { year: 2025, activities } });
    expect((await h.call('GET', `/api/koploper/participants/${installateur}/baseline`, { cookie: adviser })).body.year).toBe(2025);
    expect((await h.call('GET', `/api/koploper/participants/${installateur}/baseline?year=2019`, { cookie: adviser })).status).toBe(404);
    expect((await h.call('GET', `/api/koploper/participants/${installateur}/baseline?year=twintig`, { cookie: adviser })).status).toBe(400);
  });

  it('bad form input is a 400 naming the field, never a 500', async () => {
    const res = await h.call('PUT', `/api/koploper/participants/${bakkerij}/baseline`, {
      cookie: adviser,
      body: { year: 2024, activities: [{ type: 'electricity', amount: 5, unit: 'kWh' }, { type: 'natural_gas', amount: 5, unit: 'kWh' }, { type: 'teleport', amount: -1, unit: 'km' }] },
    });
    expect(res.status).toBe(400);
    expect(fields(res.body)).toEqual(expect.arrayContaining(['activities.2.type', 'activities.2.amount']));
    const crossField = await h.call('PUT', `/api/koploper/participants/${bakkerij}/baseline`, {
      cookie: adviser,
      body: { year: 2024, activities: [{ type: 'electricity', amount: 5, unit: 'kWh' }, { type: 'natural_gas', amount: 5, unit: 'kWh' }] },
    });
    expect(crossField.status).toBe(400);
    expect(fields(crossField.body)).toEqual(expect.arrayContaining(['activities.0.contract', 'activities.1.unit']));
    const before = await writeFingerprint(h.sql);
    const newTypes = await h.call('PUT', `/api/koploper/participants/${bakkerij}/baseline`, {
      cookie: adviser,
      body: {
        year: 2025,
        activities: [
          { type: 'refrigerant', amount: 1, unit: 'kg' },
          { type: 'bus_km', amount: 10, unit: 'km' },
          { type: 'freight_tkm', amount: 10, unit: 'tkm', mode: 'rail' },
          { type: 'propane', amount: 10, unit: 'm3' },
        ],
      },
    });
    expect(newTypes.status).toBe(400);
    expect(fields(newTypes.body)).toEqual(expect.arrayContaining(['activities.2.factor']));
    expect(await writeFingerprint(h.sql)).toEqual(before);
    const missing = await h.call('PUT', `/api/koploper/participants/${bakkerij}/baseline`, {
      cookie: adviser,
      body: { year: 2025, activities: [{ type: 'refrigerant', amount: 1, unit: 'kg' }, { type: 'bus_km', amount: 10, unit: 'km' }, { type: 'propane', amount: 10, unit: 'm3' }] },
    });
    expect(missing.status).toBe(400);
    expect(fields(missing.body)).toEqual(expect.arrayContaining(['activities.0.refrigerant', 'activities.1.purpose', 'activities.2.unit']));
  });

  it('a baseline of 2025 with the new activity types is computed with the amended 2025 set', async () => {
    const body = {
      year: 2025,
      activities: [
        { type: 'hvo', amount: 1000, unit: 'l' },
        { type: 'public_transport_km', amount: 5000, unit: 'km', purpose: 'business' },
        { type: 'waste', amount: 2, unit: 't', stream: 'residual' },
      ],
    };
    expect((await h.call('PUT', `/api/koploper/participants/${zorg}/baseline`, { cookie: adviser, body })).status).toBe(200);
    const done = await results(zorg, 2025);
    expect(done.footprint.result.status).toBe('succeeded');
    // HVO30 1000 x 2.558 = 2558; public transport 5000 x 0.036 = 180; residual waste 2000 kg x 0.038 = 76 (was 0.4 before the amendment): 2814.
    expect(done.footprint.result.output).toMatchObject({ factorSet: { id: 'co2emissiefactoren-nl-2025' }, totalKgCO2e: 2814, plugin: { version: '1.2.0' } });
  });
});

describe('who may', () => {
  it('a participant sees and enters only its own company (404 for another), an analyst only reads', async () => {
    expect((await h.call('GET', `/api/koploper/participants/${installateur}/baseline`, { cookie: participant })).status).toBe(404);
    const put = await h.call('PUT', `/api/koploper/participants/${installateur}/baseline`, { cookie: participant, body: { year: 2024, activities: [] } });
    expect(put.status).toBe(404);
    expect((await upload(participant, installateur, { name: 'n.csv', content: 'type;amount;unit\nwater;1;m3\n' })).status).toBe(404);
    const analyst = await h.signIn(DEMO_EMAILS.analyst);
    expect((await h.call('GET', `/api/koploper/participants/${installateur}/baseline`, { cookie: analyst })).status).toBe(200);
    expect((await h.call('PUT', `/api/koploper/participants/${installateur}/baseline`, { cookie: analyst, body: { year: 2024, activities: [] } })).status).toBe(403);
    const g = await h.signIn('beheer@groningen-duurzaam.test');
    expect((await h.call('GET', `/api/koploper/participants/${installateur}/baseline`, { cookie: g })).status).toBe(404);
  });

  it('refuses a baseline for a participant who has withdrawn', async () => {
    const cohort = await h.call('POST', '/api/koploper/cohorts', { cookie: coordinator, body: { name: 'Koplopergroep Beilen', municipality: 'Midden-Drenthe', startsOn: `${thisYear}-01-15`, endsOn: `${thisYear}-12-15` } });
    const ids: string[] = [];
    for (const key of ['bakkerij', 'installateur', 'zorg']) ids.push((await h.call('POST', `/api/programme/groups/${cohort.body.id}/enrolments`, { cookie: coordinator, body: { organisationId: h.ids.organisations[key] } })).body.id);
    await h.call('POST', `/api/programme/groups/${cohort.body.id}/start`, { cookie: coordinator });
    expect((await h.call('PATCH', `/api/programme/enrolments/${ids[2]}`, { cookie: coordinator, body: { phase: 'withdrawn' } })).status).toBe(200);
    const res = await h.call('PUT', `/api/koploper/participants/${ids[2]}/baseline`, { cookie: adviser, body: { year: 2024, activities: [] } });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('enrolment.withdrawn');
    expect(res.body.text.en).toContain('withdrawn');
  });
});
