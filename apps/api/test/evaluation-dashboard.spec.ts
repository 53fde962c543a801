/**
 * The programme dashboard and its exports (issue 13 item 9), against a real
 * database, Redis and a worker: per programme line, step, municipality and
 * year the reach, completed tracks, CO2 measured and reduced and the
 * evaluation's figures from the newest run; the CSV, the Excel file and the
 * province PDF carry the same figures as the dashboard, and a name that starts
 * a formula is neutralised in both spreadsheets.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import { DEMO_EMAILS, FOREIGN_EMAILS, startHarness, waitFor, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let analyst: string;
let foreign: string;
const HOSTILE = '=HYPERLINK("http://kwaad.test","klik")';

/** The PDF's text, extracted by unpdf in a child Node process (an ES module Jest's CommonJS runtime cannot import). */
function pdfText(pdf: Buffer): Promise<string> {
  const script = `import { extractText, getDocumentProxy } from 'unpdf';
    const chunks = []; for await (const c of process.stdin) chunks.push(c);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(Buffer.concat(chunks))), { mergePages: true });
    process.stdout.write(text);`;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['--input-type=module', '-e', script], { cwd: __dirname, maxBuffer: 10 * 1024 * 1024 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
    child.stdin?.end(pdf);
  });
}

async function download(path: string, cookie = analyst): Promise<{ status: number; type: string | null; body: Buffer }> {
  const res = await fetch(h.url + path, { headers: { cookie } });
  return { status: res.status, type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
}

beforeAll(async () => {
  h = await startHarness({ worker: true });
  analyst = await h.signIn(DEMO_EMAILS.analyst);
  foreign = await h.signIn(FOREIGN_EMAILS.administrator);
  const noord = h.ids.partners.noord;
  const sql = (text: string, params: unknown[] = []) => h.sql.query(text, params);
  // The care group's municipality is a formula: the exports must neutralise it.
  await sql(`update organisation set municipality = $2 where id = $1`, [h.ids.organisations.zorg, HOSTILE]);
  await sql(`update organisation set municipality = 'Assen' where id = any($1::uuid[])`, [[h.ids.organisations.bakkerij, h.ids.organisations.installateur]]);
  // A closed Koplopergroep of the clean-energy line (2099): bakery and installer finished, the care group withdrew.
  const group = randomUUID();
  await sql(
    `insert into programme_group (id, partner_id, step, name, starts_on, ends_on, status, closed_at, programme_line) values ($1, $2, 'koploper', 'Koplopergroep Dashboard', '2099-01-10', '2099-12-20', 'closed', '2099-12-20T12:00:00Z', 'clean_energy')`,
    [group, noord],
  );
  const enrolments: Record<string, string> = {};
  for (const [key, phase] of [['bakkerij', 'symposium'], ['installateur', 'symposium'], ['zorg', 'withdrawn']] as const) {
    enrolments[key] = randomUUID();
    await sql(`insert into enrolment (id, partner_id, group_id, organisation_id, role, phase) values ($1, $2, $3, $4, 'participant', $5)`, [enrolments[key], noord, group, h.ids.organisations[key], phase]);
  }
  // Footprints: 12.345,6 kg (bakery) and 4.000 kg (installer); the bakery's LED lighting (done) saves 1.500 kg, a planned measure does not count.
  for (const [key, kg] of [['bakkerij', 12345.6], ['installateur', 4000]] as const) {
    const input = randomUUID();
    await sql(
      `insert into calculation_input (id, partner_id, organisation_id, plugin_id, year, input, input_hash, subject) values ($1, $2, $3, 'footprint.ghg', 2099, '{}', $4, '')`,
      [input, noord, h.ids.organisations[key], 'd'.repeat(64)],
    );
    await sql(
      `insert into calculation_result (id, partner_id, organisation_id, input_id, plugin_id, plugin_version, input_hash, reference_version, status, output, computed_at) values ($1, $2, $3, $4, 'footprint.ghg', '9.9.9', $5, 'r', 'succeeded', $6, now())`,
      [randomUUID(), noord, h.ids.organisations[key], input, 'd'.repeat(64), JSON.stringify({ totalKgCO2e: kg })],
    );
  }
  for (const [key, status, kg] of [['bakkerij', 'done', 1500], ['installateur', 'planned', 900]] as const) {
    await sql(
      `insert into action_plan_item (id, partner_id, participant_id, organisation_id, measure_id, title, owner, due_on, status, expected_kg_co2e) values ($1, $2, $3, $4, 'energy.led-lighting', 'LED', 'Directie', '2099-10-01', $5, $6)`,
      [randomUUID(), noord, enrolments[key], h.ids.organisations[key], status, kg],
    );
  }
  // The survey: the bakery's two people and the installer invited; the two bakers answered.
  const survey = randomUUID();
  await sql(`insert into evaluation_survey (id, partner_id, group_id, questionnaire_id, expires_at) values ($1, $2, $3, 'evaluation.questionnaire.v1', now() + interval '30 days')`, [survey, noord, group]);
  const people = [
    [h.ids.users.participant, 'bakkerij', [{ item: 'good-instrument', value: 5 }, { item: 'green-electricity', value: 2 }]],
    [null, 'bakkerij', [{ item: 'good-instrument', value: 4 }, { item: 'green-electricity', value: 4 }]],
    [null, 'installateur', null],
  ] as const;
  for (const [known, key, answers] of people) {
    let user: string = known ?? randomUUID();
    if (!known) await sql(`insert into app_user (id, email, name, password_hash) values ($1, $2, 'Dashboard', 'x')`, [user, `dashboard-${user.slice(0, 8)}@voorbeeld.test`]);
    user = user as string;
    const invitation = randomUUID();
    await sql(
      `insert into evaluation_invitation (id, partner_id, survey_id, enrolment_id, organisation_id, user_id, email, sent_at, answered_at) values ($1, $2, $3, $4, $5, $6, 'dashboard@voorbeeld.test', now(), $7)`,
      [invitation, noord, survey, enrolments[key], h.ids.organisations[key], user, answers ? new Date() : null],
    );
    if (answers) await sql(`insert into evaluation_response (invitation_id, partner_id, survey_id, answers) values ($1, $2, $3, $4)`, [invitation, noord, survey, JSON.stringify(answers)]);
  }
  const run = await h.call('POST', '/api/evaluation/figures', { cookie: analyst });
  expect(run.status).toBe(202);
  await waitFor(async () => (await h.call('GET', `/api/evaluation/figures/${run.body.id}`, { cookie: analyst })).body.status === 'succeeded', 20_000, 'figures computed');
}, 60_000);
afterAll(() => h?.close());

const rowOf = (body: { rows: { value: string | null }[] }, value: string | null) => body.rows.find((r) => r.value === value) as unknown as Record<string, unknown> & { label: { nl: string } };

describe('the programme dashboard', () => {
  it('per programme line: reach, completed tracks, CO2 measured and reduced, response rate and the share agreeing, with their sources', async () => {
    const res = await h.call('GET', '/api/evaluation/dashboard?by=programmeLine', { cookie: analyst });
    expect(res.status).toBe(200);
    const clean = rowOf(res.body, 'clean_energy');
    expect(clean).toMatchObject({
      label: { nl: 'Schone energie' },
      groups: 1, closedGroups: 1, reached: 3, completed: 2,
      co2Organisations: 2, co2MeasuredKg: 16346, co2ReducedKg: 1500,
      invited: 3, answered: 2, responseRatePercent: 66.7,
    });
    const good = res.body.items.find((i: { key: string }) => i.key === 'good-instrument');
    const at = res.body.rows.findIndex((r: { value: string }) => r.value === 'clean_energy');
    expect(good.rows[at]).toEqual({ value: 'clean_energy', n: 2, agree: 2, sharePercent: 100, interval95: { lowPercent: 34.2, highPercent: 100 } });
    expect(res.body.source.evaluation).toMatchObject({ pluginId: 'evaluation.programme', questionnaireId: 'evaluation.questionnaire.v1', questionnaireVersion: 1 });
    expect(res.body.source.reach.nl).toContain('inschrijvingen');
  });

  it('per year and municipality: the group counts in its closing year, each organisation in its municipality', async () => {
    const year = await h.call('GET', '/api/evaluation/dashboard?by=year', { cookie: analyst });
    expect(rowOf(year.body, '2099')).toMatchObject({ reached: 3, completed: 2, answered: 2, invited: 3 });
    const town = await h.call('GET', '/api/evaluation/dashboard?by=municipality', { cookie: analyst });
    expect(rowOf(town.body, HOSTILE)).toMatchObject({ reached: expect.any(Number), invited: 0, answered: 0, responseRatePercent: null });
    // Groningen's staff see none of MVO Noord's groups.
    const other = await h.call('GET', '/api/evaluation/dashboard?by=year', { cookie: foreign });
    expect(rowOf(other.body, '2099')).toBeUndefined();
    expect(other.body.source.evaluation).toBeNull();
  });

  it('the CSV has the same figures as the dashboard; the formula-like municipality is neutralised', async () => {
    const dash = (await h.call('GET', '/api/evaluation/dashboard?by=municipality', { cookie: analyst })).body;
    const file = await download('/api/evaluation/dashboard/csv?by=municipality');
    expect(file.status).toBe(200);
    expect(file.type).toContain('text/csv');
    const rows: string[][] = parse(file.body.toString('utf8').replace(/^\uFEFF/, ''), { delimiter: ';', relax_column_count: true, skip_empty_lines: true });
    const num = (s: string) => (s === '' ? null : Number(s.replace(',', '.')));
    const reach = rows.slice(1, 1 + dash.rows.length + 1);
    expect(reach.map((r) => r[0])).toEqual([...dash.rows.map((r: { label: { nl: string } }) => (r.label.nl.startsWith('=') ? `'${r.label.nl}` : r.label.nl)), 'Heel het programma']);
    [...dash.rows, dash.total].forEach((r: Record<string, number | null>, i: number) =>
      expect(reach[i].slice(1).map(num)).toEqual([r.groups, r.closedGroups, r.reached, r.completed, r.co2Organisations, r.co2MeasuredKg, r.co2ReducedKg, r.invited, r.answered, r.responseRatePercent]),
    );
    expect(rows.flat().filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(rows.flat()).toContain(`'${HOSTILE}`);
  });

  it('the Excel file has the same figures as the dashboard, numbers as numbers, text neutralised', async () => {
    const dash = (await h.call('GET', '/api/evaluation/dashboard?by=programmeLine', { cookie: analyst })).body;
    const file = await download('/api/evaluation/dashboard/xlsx?by=programmeLine');
    expect(file.status).toBe(200);
    const wb = new Workbook();
    await wb.xlsx.load(file.body as unknown as ArrayBuffer);
    const reach = wb.getWorksheet('Bereik')!;
    const values = (row: number) => (reach.getRow(row).values as unknown[]).slice(1);
    expect(values(1)[0]).toBe('Programmalijn');
    [...dash.rows, dash.total].forEach((r: Record<string, unknown> & { label: { nl: string } }, i: number) =>
      expect(values(i + 2).map((v) => v ?? null)).toEqual([r.label.nl, r.groups, r.closedGroups, r.reached, r.completed, r.co2Organisations, r.co2MeasuredKg, r.co2ReducedKg, r.invited, r.answered, r.responseRatePercent]),
    );
    const evaluation = wb.getWorksheet('Evaluatie')!;
    const good = dash.items.find((i: { key: string }) => i.key === 'good-instrument');
    const at = dash.rows.findIndex((r: { value: string }) => r.value === 'clean_energy');
    const line = evaluation.getSheetValues().find((v) => Array.isArray(v) && v[1] === 'good-instrument' && v[3] === 'Schone energie') as unknown[];
    expect(line.slice(4, 9)).toEqual([good.rows[at].n, good.rows[at].agree, good.rows[at].sharePercent, good.rows[at].interval95.lowPercent, good.rows[at].interval95.highPercent]);
    const town = new Workbook();
    await town.xlsx.load((await download('/api/evaluation/dashboard/xlsx?by=municipality')).body as unknown as ArrayBuffer);
    const texts: string[] = [];
    town.eachSheet((s) => s.eachRow((r) => r.eachCell((c) => void (typeof c.value === 'string' && texts.push(c.value)))));
    expect(texts).toContain(`'${HOSTILE}`);
    expect(texts.filter((t) => /^[=+\-@]/.test(t))).toEqual([]);
  });

  it('the province PDF names the province and carries the same figures and their source', async () => {
    const file = await download('/api/evaluation/dashboard/pdf?by=programmeLine&province=Drenthe');
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/pdf');
    const text = (await pdfText(file.body)).replace(/\s+/g, ' ');
    expect(text).toContain('Rapportage MVO-programma voor de provincie Drenthe');
    expect(text).toContain('Schone energie');
    expect(text).toContain('16.346');
    expect(text).toContain('66,7% (2 van 3)');
    expect(text).toContain('100,0% (n = 2)');
    expect(text).toContain('evaluation.programme 0.1.0');
  });
});
