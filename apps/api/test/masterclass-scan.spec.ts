/**
 * The region scan of step 2 through the API: companies imported from a list
 * (every bad row named, nothing stored then), a scan ranked and explained
 * (same inputs, same order; the points match the facts), saved as made, and a
 * partner sees only its own scans and companies.
 */
import { Workbook } from 'exceljs';
import { DEMO_EMAILS, startHarness, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let coordinator: string;
let adviser: string;
let participant: string;
let gCoordinator: string;

beforeAll(async () => {
  h = await startHarness();
  coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  adviser = await h.signIn(DEMO_EMAILS.adviser);
  participant = await h.signIn(DEMO_EMAILS.participant);
  gCoordinator = await h.signIn('coordinator@groningen-duurzaam.test');
});
afterAll(() => h?.close());

async function upload(cookie: string, name: string, content: Buffer | string) {
  const form = new FormData();
  form.append('file', new Blob([content]), name);
  const res = await fetch(`${h.url}/api/masterclass/scan-companies/import`, { method: 'POST', headers: { cookie }, body: form });
  return { status: res.status, body: (await res.json()) as any };
}
const scanCompanies = async () => Number((await h.sql.query(`select count(*)::int as n from scan_company`))[0].n);
const candidate = (scan: { candidates: { name: string }[] }, name: string) => scan.candidates.find((c) => c.name === name) as any;

const LIST = [
  'kvk;naam;sbi;grootte;medewerkers;gemeente;interesse',
  '51000001;Bouwbedrijf Hunze;41.20;klein;;Assen;ja',
  '51000002;Kunststofwerk Emmen;22.29;;120;Emmen;nee',
  '51000003;Adviesbureau Vaart;70.22;micro;3;Assen;',
  // The bakery is a known organisation: the list marks it as interested and gives its employees.
  '40012345;Bakkerij De Vries (lijst);10.71;klein;14;Assen;ja',
  '51000005;Textiel Meppel;13.92;groot;400;Meppel;ja',
].join('\r\n');

describe('importing companies', () => {
  it('refuses a list with bad rows, naming every one, and stores nothing', async () => {
    const before = await scanCompanies();
    const bad = [
      'kvk;naam;sbi;grootte;medewerkers;gemeente',
      '51000001;Bouwbedrijf Hunze;41.20;klein;;Assen',
      '1234;Te kort;41.20;klein;;Assen',
      '51000002;Onbekende grootte;22.29;reusachtig;;Emmen',
      '51000003;Zonder gemeente;70.22;micro;3;',
      '51000001;Dubbel;41.20;klein;;Assen',
      '51000006;Groot maar klein;41.20;groot;5;Assen',
    ].join('\n');
    const res = await upload(coordinator, 'bedrijven.csv', bad);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('scan_import.rows');
    expect(res.body.params).toEqual({ count: 5 });
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['line 3', 'line 4', 'line 5', 'line 6', 'line 7']);
    expect(res.body.errors[0].text.nl).toContain('8 cijfers');
    expect(res.body.errors[3].text.en).toContain('also on line 2');
    expect(await scanCompanies()).toBe(before);
  });

  it('refuses a file without the required columns, and a file that is not CSV or Excel', async () => {
    const noHeader = await upload(coordinator, 'bedrijven.csv', 'naam;sbi\nBouw;41');
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.code).toBe('scan_import.file');
    expect(noHeader.body.text.en).toContain('missing: kvk, municipality');
    expect((await upload(coordinator, 'bedrijven.pdf', '%PDF')).status).toBe(400);
  });

  it('imports a CSV list, and again by KvK number without doubling', async () => {
    const before = await scanCompanies();
    expect(await upload(coordinator, 'bedrijven.csv', LIST)).toEqual({ status: 200, body: { imported: 5 } });
    expect(await upload(coordinator, 'bedrijven.csv', LIST)).toEqual({ status: 200, body: { imported: 5 } });
    expect(await scanCompanies()).toBe(before + 5);
  });

  it('imports an Excel list with English headers', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Companies');
    ws.addRow(['kvk', 'name', 'sbi', 'size', 'employees', 'municipality']);
    ws.addRow(['51000007', 'Metaalwerk Assen', 2562, 'medium', 80, 'Assen']);
    const res = await upload(coordinator, 'companies.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res).toEqual({ status: 200, body: { imported: 1 } });
    const [row] = await h.sql.query(`select sbi_code, size_class, employees from scan_company where kvk_number = '51000007'`);
    expect(row).toEqual({ sbi_code: '2562', size_class: 'medium', employees: 80 });
  });

  it('is for coordinators and administrators only', async () => {
    expect((await upload(adviser, 'bedrijven.csv', LIST)).status).toBe(403);
    expect((await upload(participant, 'bedrijven.csv', LIST)).status).toBe(403);
  });
});

describe('a region scan', () => {
  let first: any;

  it('ranks the companies in the region with an explanation whose points are the score', async () => {
    const res = await h.call('POST', '/api/masterclass/scans', { cookie: coordinator, body: { municipalities: ['Assen', ' emmen ', 'ASSEN'], audience: 'sme' } });
    expect(res.status).toBe(201);
    first = res.body;
    expect(first.municipalities).toEqual(['Assen', 'emmen']);
    expect(first.sectorTable).toBe('ce.sectors.v1');
    for (const c of first.candidates) expect(c.reasons.reduce((s: number, r: { points: number }) => s + r.points, 0)).toBe(c.score);
    // Meppel is not in the region.
    expect(candidate(first, 'Textiel Meppel')).toBeUndefined();

    // Imported, construction (SBI 41, weight 3), small, marked: 30 + 10 + 10.
    expect(candidate(first, 'Bouwbedrijf Hunze')).toMatchObject({ source: 'imported', score: 50, kvkNumber: '51000001', municipality: 'Assen' });
    expect(candidate(first, 'Bouwbedrijf Hunze').reasons.map((r: any) => [r.code, r.points])).toEqual([['sector', 30], ['size', 10], ['interest', 10]]);
    // Plastics (22, weight 3), 120 employees = medium fits SMEs, no interest: 30 + 10 + 0.
    expect(candidate(first, 'Kunststofwerk Emmen').reasons.map((r: any) => [r.code, r.points])).toEqual([['sector', 30], ['size', 10], ['interest', 0]]);
    // Management consultancy is not CE-suitable: 0 + 10 + 0.
    expect(candidate(first, 'Adviesbureau Vaart')).toMatchObject({ score: 10 });
    expect(candidate(first, 'Adviesbureau Vaart').reasons[0].text.en).toContain('not in the table');

    // The bakery is a visible organisation; the list's row with its KvK number is not a second candidate but its mark.
    expect(first.candidates.filter((c: any) => c.kvkNumber === '40012345')).toHaveLength(1);
    const bakery = candidate(first, 'Bakkerij De Vries');
    expect(bakery.key).toBe(`organisation:${h.ids.organisations.bakkerij}`);
    expect(bakery.employees).toBe(14);
    expect(bakery.reasons.slice(0, 2).map((r: any) => [r.code, r.points])).toEqual([['sector', 30], ['size', 10]]);
    expect(bakery.reasons.filter((r: any) => r.text.en === 'Marked as interested by the coordinator')).toHaveLength(1);

    // Highest score first; ties by name.
    const order = first.candidates.map((c: any) => [c.score, c.name.toLowerCase()]);
    for (let i = 1; i < order.length; i++) expect(order[i - 1][0] > order[i][0] || (order[i - 1][0] === order[i][0] && order[i - 1][1] <= order[i][1])).toBe(true);
  });

  it('counts the sectors per SBI division with the known employees', () => {
    const plastics = first.sectors.find((s: any) => s.sbiDivision === '22');
    expect(plastics).toEqual({ sbiSection: 'C', sbiDivision: '22', name: { nl: 'Vervaardiging van producten van rubber en kunststof', en: 'Manufacture of rubber and plastic products' }, organisations: 1, employees: 120, ceWeight: 3 });
    expect(first.sectors.find((s: any) => s.sbiDivision === '70')).toMatchObject({ sbiSection: 'M', organisations: 1, employees: 3, ceWeight: null });
  });

  it('gives the same list for the same inputs, and is saved as made', async () => {
    const again = (await h.call('POST', '/api/masterclass/scans', { cookie: coordinator, body: { municipalities: ['Assen', 'emmen'], audience: 'sme' } })).body;
    expect(again.id).not.toBe(first.id);
    expect(again.candidates).toEqual(first.candidates);
    expect(again.sectors).toEqual(first.sectors);
    const saved = await h.call('GET', `/api/masterclass/scans/${first.id}`, { cookie: adviser });
    expect(saved).toMatchObject({ status: 200, body: first });
    const list = await h.call('GET', '/api/masterclass/scans', { cookie: adviser });
    expect(list.body.items.slice(0, 2).map((s: any) => s.id)).toEqual([again.id, first.id]);
    expect(list.body.items[1]).toEqual({ id: first.id, municipalities: ['Assen', 'emmen'], audience: 'sme', createdAt: first.createdAt, candidateCount: first.candidates.length });
  });

  it('the large audience ranks by another size fit', async () => {
    const res = await h.call('POST', '/api/masterclass/scans', { cookie: coordinator, body: { municipalities: ['Emmen'], audience: 'large' } });
    expect(res.status).toBe(201);
    // Medium for a masterclass for large companies: 5.
    expect(candidate(res.body, 'Kunststofwerk Emmen').reasons[1]).toMatchObject({ code: 'size', points: 5 });
  });

  it('refuses a scan without a region or with an unknown audience, naming the fields', async () => {
    const res = await h.call('POST', '/api/masterclass/scans', { cookie: coordinator, body: { municipalities: [], audience: 'iedereen' } });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: any) => e.field).sort()).toEqual(['audience', 'municipalities']);
  });
});

describe('a partner sees only what it may', () => {
  it("another partner's scan is not found and not listed; its scan of the same region has none of this partner's companies", async () => {
    const own = (await h.call('POST', '/api/masterclass/scans', { cookie: coordinator, body: { municipalities: ['Assen'], audience: 'sme' } })).body;
    expect((await h.call('GET', `/api/masterclass/scans/${own.id}`, { cookie: gCoordinator })).status).toBe(404);
    const theirs = await h.call('GET', '/api/masterclass/scans', { cookie: gCoordinator });
    expect(theirs.body.items.map((s: any) => s.id)).not.toContain(own.id);

    const foreign = await h.call('POST', '/api/masterclass/scans', { cookie: gCoordinator, body: { municipalities: ['Assen', 'Westerkwartier'], audience: 'sme' } });
    expect(foreign.status).toBe(201);
    const names = foreign.body.candidates.map((c: any) => c.name);
    expect(names).not.toContain('Bouwbedrijf Hunze');
    expect(names).not.toContain('Installatiebedrijf Bos');
    expect(names).toContain('Metaalbewerking Hoekstra');
  });

  it('a participant sees no scans', async () => {
    expect((await h.call('GET', '/api/masterclass/scans', { cookie: participant })).status).toBe(403);
    expect((await h.call('POST', '/api/masterclass/scans', { cookie: participant, body: { municipalities: ['Assen'], audience: 'sme' } })).status).toBe(403);
  });
});
