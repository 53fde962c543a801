/**
 * The MVO-certificaat: applying needs a published profile, an action plan and a
 * vision (409 naming what is missing, nothing written); the company's own
 * adviser never reviews; reject with a reason, approve with conditions; award
 * numbers MVO-<year>-0001, -0002, ... across partners with a validity of 1-5
 * years; the public register lists only what is awarded and valid today, with
 * only the public fields, without sign-in; refused transitions are 409.
 */
import { randomUUID } from 'node:crypto';
import { execFile } from 'node:child_process';
import { DEMO_EMAILS, FOREIGN_EMAILS, startHarness, waitFor, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let admin: string;
let coordinator: string;
let adviser: string;
let analyst: string;
let participant: string;
let gAdmin: string;
let gParticipant: string;
/** Participants of one running Noord cohort (Ada Veenstra advises the bakery), and Metaalbewerking Hoekstra in Groningen. */
let bakkerij: string;
let installateur: string;
let zorg: string;
let metaal: string;

/** Today in the Netherlands, as the API counts days. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const year = Number(today.slice(0, 4));
const shiftDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** The last valid day `years` after today: the day before the anniversary. */
const lastDay = (years: number) => {
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y + years, m - 1, d) - 86_400_000).toISOString().slice(0, 10);
};

const apply = (pid: string, cookie = participant) => h.call('POST', `/api/koploper/participants/${pid}/csr-certificate`, { cookie });
const review = (id: string, body: unknown, cookie = coordinator) => h.call('POST', `/api/koploper/csr-certificates/${id}/review`, { cookie, body });
const award = (id: string, body: unknown = {}, cookie = coordinator) => h.call('POST', `/api/koploper/csr-certificates/${id}/award`, { cookie, body });
const revoke = (id: string, body: unknown, cookie = coordinator) => h.call('POST', `/api/koploper/csr-certificates/${id}/revoke`, { cookie, body });
const register = (cookie?: string) => h.call('GET', '/api/public/csr-register', { cookie });
const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);
const entry = (number: string, cookie?: string) => h.call('GET', `/api/public/csr-register/${encodeURIComponent(number)}`, { cookie });
/** The certificate's PDF once the worker has rendered it (409 "not ready yet" until then). */
async function certificatePdf(id: string, cookie = coordinator): Promise<Buffer> {
  return waitFor(async () => {
    const res = await fetch(`${h.url}/api/koploper/csr-certificates/${id}/pdf`, { headers: { cookie } });
    if (res.status === 409) return null;
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    return Buffer.from(await res.arrayBuffer());
  }, 30_000, 'the certificate PDF');
}
/**
 * The PDF's text, extracted by unpdf (pdf.js) in a child Node process: unpdf is
 * an ES module that Jest's CommonJS runtime cannot import.
 */
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

/** A reviewed baseline entered by staff, its results from the worker, a profile generated and published (version 1). */
async function publishedProfile(pid: string, cookie: string) {
  const activities = [
    { type: 'electricity', amount: 30000, unit: 'kWh', contract: 'grey' },
    { type: 'natural_gas', amount: 6000, unit: 'm3' },
  ];
  expect((await h.call('PUT', `/api/koploper/participants/${pid}/baseline`, { cookie, body: { year: 2024, activities } })).status).toBe(200);
  await waitFor(async () => {
    const b = (await h.call('GET', `/api/koploper/participants/${pid}/baseline?year=2024`, { cookie })).body;
    return b.footprint.result?.status === 'succeeded' ? b : null;
  }, 30_000, 'the baseline footprint');
  const draft = await h.call('POST', `/api/koploper/participants/${pid}/profiles`, { cookie });
  expect(draft.status).toBe(201);
  const published = await h.call('POST', `/api/koploper/profiles/${draft.body.id}/publish`, { cookie });
  expect(published.body).toMatchObject({ status: 'published', version: 1 });
  // Let the worker finish the PDF, so nothing is written in the background while a test counts rows.
  await waitFor(async () => (await h.call('GET', `/api/koploper/profiles/${draft.body.id}`, { cookie })).body.pdfReady, 30_000, 'the profile PDF');
}

/** The action plan and vision as the action-plan endpoints store them (rows of action_plan_item, the vision in koploper_enrolment). */
async function actionItem(pid: string, status = 'planned') {
  const [p] = await h.sql.query(`select partner_id, organisation_id from enrolment where id = $1`, [pid]);
  await h.sql.query(
    `insert into action_plan_item (id, partner_id, participant_id, organisation_id, title, owner, due_on, status) values ($1, $2, $3, $4, 'LED-verlichting in de winkel', 'Petra', $5, $6)`,
    [randomUUID(), p.partner_id, pid, p.organisation_id, `${year}-11-01`, status],
  );
}
const vision = (pid: string, text: string) =>
  h.sql.query(
    `insert into koploper_enrolment (enrolment_id, partner_id, organisation_id, csr_vision, csr_vision_updated_at)
     select id, partner_id, organisation_id, $1, now() from enrolment where id = $2
     on conflict (enrolment_id) do update set csr_vision = excluded.csr_vision, csr_vision_updated_at = excluded.csr_vision_updated_at`,
    [text, pid],
  );

beforeAll(async () => {
  h = await startHarness({ worker: true });
  admin = await h.signIn(DEMO_EMAILS.administrator);
  coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  adviser = await h.signIn(DEMO_EMAILS.adviser);
  analyst = await h.signIn(DEMO_EMAILS.analyst);
  participant = await h.signIn(DEMO_EMAILS.participant);
  gAdmin = await h.signIn(FOREIGN_EMAILS.administrator);
  gParticipant = await h.signIn(FOREIGN_EMAILS.participant);

  const cohort = await h.call('POST', '/api/koploper/cohorts', { cookie: coordinator, body: { name: 'Koplopergroep Assen', municipality: 'Assen', startsOn: `${year}-01-15`, endsOn: `${year}-12-15` } });
  const pid: Record<string, string> = {};
  for (const key of ['bakkerij', 'installateur', 'zorg']) {
    pid[key] = (await h.call('POST', `/api/programme/groups/${cohort.body.id}/enrolments`, { cookie: coordinator, body: { organisationId: h.ids.organisations[key] } })).body.id;
  }
  expect((await h.call('POST', `/api/programme/groups/${cohort.body.id}/start`, { cookie: coordinator })).status).toBe(200);
  ({ bakkerij, installateur, zorg } = pid);
  expect((await h.call('POST', `/api/programme/groups/${cohort.body.id}/staff`, { cookie: coordinator, body: { role: 'adviser', userId: h.ids.users.adviser, trainee: false } })).status).toBe(201);
  const assigned = await h.call('PATCH', `/api/programme/enrolments/${bakkerij}`, { cookie: coordinator, body: { adviserUserId: h.ids.users.adviser } });
  expect(assigned.status).toBe(200);

  // Groningen: a planned cohort is enough to work on the track (its size rule asks for eight to start).
  const gCohort = await h.call('POST', '/api/koploper/cohorts', { cookie: gAdmin, body: { name: 'Koplopergroep Westerkwartier', municipality: 'Westerkwartier', startsOn: `${year}-01-15`, endsOn: `${year}-12-15` } });
  metaal = (await h.call('POST', `/api/programme/groups/${gCohort.body.id}/enrolments`, { cookie: gAdmin, body: { organisationId: h.ids.organisations.metaal } })).body.id;
});
afterAll(() => h?.close());

describe('applying', () => {
  it('409 naming every missing thing, in Dutch and English, and nothing written', async () => {
    const before = await writeFingerprint(h.sql);
    const res = await apply(bakkerij);
    expect(res.status).toBe(409);
    expect(res.body.detail).toContain('nog nodig: een gepubliceerd duurzaamheidsprofiel, ten minste één actie in het actieplan (DuOn-agenda), een MVO-visie');
    expect(res.body.text.nl).toBe(res.body.detail);
    expect(res.body.text.en).toContain('still needed: a published sustainability profile, at least one action-plan item, a CSR vision');
    expect(await writeFingerprint(h.sql)).toEqual(before);
  });

  it('names only what is still missing: a dropped action and a blank vision do not count', async () => {
    await publishedProfile(bakkerij, adviser);
    await actionItem(bakkerij, 'dropped');
    await vision(bakkerij, '   ');
    const before = await writeFingerprint(h.sql);
    const res = await apply(bakkerij);
    expect(res.status).toBe(409);
    expect(res.body.text.en).not.toContain('profile');
    expect(res.body.text.en).toContain('still needed: at least one action-plan item, a CSR vision');

    await actionItem(bakkerij, 'in_progress');
    expect(await writeFingerprint(h.sql)).toEqual({ ...before, action_plan_item: before.action_plan_item + 1 });
    const onlyVision = await apply(bakkerij);
    expect(onlyVision.status).toBe(409);
    expect(onlyVision.body.detail).toContain('nog nodig: een MVO-visie');
    expect(onlyVision.body.text.en).toContain('still needed: a CSR vision');
    expect(await writeFingerprint(h.sql)).toEqual({ ...before, action_plan_item: before.action_plan_item + 1 });
  });

  it('only the participant (own) and advisers apply; another company is out of sight (404)', async () => {
    expect((await apply(bakkerij, coordinator)).status).toBe(403);
    expect((await apply(bakkerij, analyst)).status).toBe(403);
    expect((await apply(installateur, participant)).status).toBe(404);
    expect((await apply(bakkerij, gParticipant)).status).toBe(404);
  });

  it('works with everything present, snapshotting profile version, vision and action count', async () => {
    await vision(bakkerij, 'Wij bakken met zo min mogelijk energie en gooien geen brood weg.');
    const res = await apply(bakkerij);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      participantId: bakkerij,
      organisationName: 'Bakkerij De Vries',
      status: 'submitted',
      profileVersion: 1,
      attachments: { vision: 'Wij bakken met zo min mogelijk energie en gooien geen brood weg.', actionItems: 1 },
      conditions: [],
      reason: null,
      number: null,
      awardedOn: null,
      validUntil: null,
      submittedAt: expect.any(String),
      reviewedAt: null,
    });
    expect(Date.parse(res.body.submittedAt)).not.toBeNaN();

    // The snapshot stays as it was when the vision changes later.
    await vision(bakkerij, 'Een nieuwe visie');
    const seen = await h.call('GET', `/api/koploper/csr-certificates/${res.body.id}`, { cookie: participant });
    expect(seen.status).toBe(200);
    expect(seen.body.attachments.vision).toBe('Wij bakken met zo min mogelijk energie en gooien geen brood weg.');
    const track = await h.call('GET', `/api/koploper/participants/${bakkerij}`, { cookie: participant });
    expect(track.body.csrCertificate).toEqual(seen.body);
    expect((await h.call('GET', `/api/koploper/participants/${installateur}`, { cookie: coordinator })).body.csrCertificate).toBeNull();
  });

  it('one open application at a time (409)', async () => {
    const before = await writeFingerprint(h.sql);
    const again = await apply(bakkerij, adviser);
    expect(again.status).toBe(409);
    expect(again.body.text.en).toContain('An application is already open');
    expect(await writeFingerprint(h.sql)).toEqual(before);
  });
});

describe('review, award and revoke', () => {
  let first: string;
  let second: string;
  let bos: string;
  let hoekstra: string;
  let waiting: string;

  beforeAll(async () => {
    first = (await h.call('GET', `/api/koploper/participants/${bakkerij}`, { cookie: coordinator })).body.csrCertificate.id;
    // A certificate is awarded from the communication phase on (koploper-phase-guards.spec): the coordinator moves the
    // Noord companies there, saying why where a phase's work is not in (the bakery's baseline was entered by its participant).
    for (const pid of [bakkerij, installateur]) {
      for (const phase of ['baseline', 'profile', 'action_plan', 'communication']) {
        expect((await h.call('PATCH', `/api/programme/enrolments/${pid}`, { cookie: coordinator, body: { phase, reason: 'Certificaat getest, niet het werk per fase' } })).status).toBe(200);
      }
    }
    // Groningen's cohort is only planned (eight companies to start): the metal works is put at the communication phase as if it had run.
    await h.sql.query(`update enrolment set phase = 'communication' where id = $1`, [metaal]);
  });

  it("the company's own adviser never reviews, not even as coordinator (403, nothing written)", async () => {
    expect((await review(first, { decision: 'approve' }, adviser)).status).toBe(403);
    // Ada Veenstra advises the bakery; give her a coordinator membership too and let her switch to it.
    const membershipId = randomUUID();
    await h.sql.query(`insert into membership (id, user_id, partner_id, role) values ($1, $2, $3, 'coordinator')`, [membershipId, h.ids.users.adviser, h.ids.partners.noord]);
    const ada = await h.signIn(DEMO_EMAILS.adviser);
    expect((await h.call('POST', '/api/auth/switch', { cookie: ada, body: { membershipId } })).status).toBe(200);
    const before = await writeFingerprint(h.sql);
    const res = await review(first, { decision: 'approve' }, ada);
    expect(res.status).toBe(403);
    expect(res.body.text.en).toContain('You advise (or advised) this company');
    expect(await writeFingerprint(h.sql)).toEqual(before);
    // The same coordinator may review another company's application (the list is hers to see).
    expect((await h.call('GET', '/api/koploper/csr-certificates', { cookie: ada })).status).toBe(200);
  });

  it('a submitted application cannot be awarded or revoked yet (409, nothing written)', async () => {
    const before = await writeFingerprint(h.sql);
    const early = await award(first);
    expect(early.status).toBe(409);
    expect(early.body.text.en).toContain("From 'Submitted' an application can only move to 'Approved' or 'Approved with conditions' or 'Rejected', not to 'Awarded'");
    expect((await revoke(first, { reason: 'Te vroeg' })).status).toBe(409);
    expect(await writeFingerprint(h.sql)).toEqual(before);
  });

  it('rejects with a reason (400 without one); a rejected application stays rejected', async () => {
    const noReason = await review(first, { decision: 'reject' });
    expect(noReason.status).toBe(400);
    expect(fields(noReason.body)).toContain('reason');
    expect(fields(await review(first, { decision: 'reject', reason: '  ' }).then((r) => r.body))).toContain('reason');
    expect(fields(await review(first, { decision: 'reject', reason: 'x', conditions: ['y'] }).then((r) => r.body))).toContain('conditions');

    const rejected = await review(first, { decision: 'reject', reason: 'De MVO-visie noemt nog geen doelen' });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: 'De MVO-visie noemt nog geen doelen', conditions: [], number: null });
    expect(Date.parse(rejected.body.reviewedAt)).not.toBeNaN();

    const before = await writeFingerprint(h.sql);
    const again = await review(first, { decision: 'approve' });
    expect(again.status).toBe(409);
    expect(again.body.text.en).toContain("An application with status 'Rejected' cannot change any more");
    expect((await award(first)).status).toBe(409);
    expect(await writeFingerprint(h.sql)).toEqual(before);
  });

  it('a new application after a rejection is approved with conditions (400 without them) and awarded MVO-<year>-0001 for 3 years', async () => {
    const applied = await apply(bakkerij);
    expect(applied.status).toBe(201);
    second = applied.body.id;
    expect(second).not.toBe(first);
    expect((await h.call('GET', `/api/koploper/participants/${bakkerij}`, { cookie: participant })).body.csrCertificate.id).toBe(second);

    const none = await review(second, { decision: 'approve_with_conditions' });
    expect(none.status).toBe(400);
    expect(fields(none.body)).toContain('conditions');
    expect(fields((await review(second, { decision: 'approve_with_conditions', conditions: [] })).body)).toContain('conditions');
    expect(fields((await review(second, { decision: 'approve_with_conditions', conditions: [' '] })).body)).toContain('conditions');
    expect(fields((await review(second, { decision: 'approve', reason: 'Mooi' })).body)).toContain('reason');

    const approved = await review(second, { decision: 'approve_with_conditions', conditions: ['Meet het energieverbruik per kwartaal'] }, admin);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved_with_conditions', conditions: ['Meet het energieverbruik per kwartaal'], reason: null });
    expect((await review(second, { decision: 'approve' })).status).toBe(409);

    const awarded = await award(second);
    expect(awarded.status).toBe(200);
    expect(awarded.body).toMatchObject({ status: 'awarded', number: `MVO-${year}-0001`, awardedOn: today, validUntil: lastDay(3), conditions: ['Meet het energieverbruik per kwartaal'] });
    expect((await award(second)).status).toBe(409);
  });

  it('validity is 1 to 5 whole years (400 otherwise, nothing written); the next number is -0002', async () => {
    await publishedProfile(installateur, coordinator);
    await actionItem(installateur);
    await vision(installateur, 'Wij installeren warmtepompen en rijden elektrisch.');
    const applied = await apply(installateur, adviser);
    expect(applied.status).toBe(201);
    bos = applied.body.id;
    expect((await review(bos, { decision: 'approve' })).body.status).toBe('approved');

    const before = await writeFingerprint(h.sql);
    for (const validYears of [0, 6, 2.5, 'drie', null]) {
      const res = await award(bos, { validYears });
      expect(res.status).toBe(400);
      expect(fields(res.body)).toContain('validYears');
    }
    expect(await writeFingerprint(h.sql)).toEqual(before);

    const awarded = await award(bos, { validYears: 1 });
    expect(awarded.body).toMatchObject({ status: 'awarded', number: `MVO-${year}-0002`, awardedOn: today, validUntil: lastDay(1) });
  });

  it("numbers are unique across partners: Groningen's first certificate is -0003, valid 5 years", async () => {
    await publishedProfile(metaal, gAdmin);
    await actionItem(metaal);
    await vision(metaal, 'Wij bewerken metaal met zo min mogelijk afval.');
    const applied = await apply(metaal, gParticipant);
    expect(applied.status).toBe(201);
    hoekstra = applied.body.id;
    // Another partner's staff cannot see or act on it (404).
    expect((await h.call('GET', `/api/koploper/csr-certificates/${hoekstra}`, { cookie: coordinator })).status).toBe(404);
    expect((await review(hoekstra, { decision: 'approve' }, coordinator)).status).toBe(404);
    expect((await review(hoekstra, { decision: 'approve' }, gAdmin)).status).toBe(200);
    const awarded = await award(hoekstra, { validYears: 5 }, gAdmin);
    expect(awarded.body).toMatchObject({ number: `MVO-${year}-0003`, validUntil: lastDay(5) });
  });

  it('the public register: awarded and valid today, every partner, only the public fields, with or without sign-in', async () => {
    // A submitted application (the care group's, inserted as the endpoint would) and the rejected one stay out.
    waiting = randomUUID();
    await h.sql.query(
      `insert into csr_certificate (id, partner_id, participant_id, organisation_id, status, attachments, submitted_at) values ($1, $2, $3, $4, 'submitted', '{"vision":"Zorg","actionItems":2,"profileVersion":1}', now())`,
      [waiting, h.ids.partners.noord, zorg, h.ids.organisations.zorg],
    );

    const res = await register();
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      items: [
        { number: `MVO-${year}-0001`, company: 'Bakkerij De Vries', municipality: 'Assen', awardedOn: today, validUntil: lastDay(3) },
        { number: `MVO-${year}-0002`, company: 'Installatiebedrijf Bos', municipality: 'Assen', awardedOn: today, validUntil: lastDay(1) },
        { number: `MVO-${year}-0003`, company: 'Metaalbewerking Hoekstra', municipality: 'Westerkwartier', awardedOn: today, validUntil: lastDay(5) },
      ],
    });
    // Signed in, as anyone of either partner: the same list.
    for (const cookie of [participant, gParticipant, analyst]) expect((await register(cookie)).body).toEqual(res.body);
  });

  it('staff list applications by status; participants and advisers may not list', async () => {
    const submitted = await h.call('GET', '/api/koploper/csr-certificates?status=submitted', { cookie: coordinator });
    expect(submitted.status).toBe(200);
    expect(submitted.body.items.map((c: { id: string }) => c.id)).toEqual([waiting]);
    expect(submitted.body.items[0]).toMatchObject({ organisationName: 'Zorggroep Drentse Aa', attachments: { vision: 'Zorg', actionItems: 2 }, profileVersion: 1 });
    const all = await h.call('GET', '/api/koploper/csr-certificates', { cookie: admin });
    expect(all.body.items.map((c: { id: string }) => c.id).sort()).toEqual([first, second, bos, waiting].sort());
    expect((await h.call('GET', '/api/koploper/csr-certificates?status=awarded', { cookie: gAdmin })).body.items.map((c: { id: string }) => c.id)).toEqual([hoekstra]);
    const bad = await h.call('GET', '/api/koploper/csr-certificates?status=klaar', { cookie: coordinator });
    expect(bad.status).toBe(400);
    expect(fields(bad.body)).toContain('status');
    expect((await h.call('GET', '/api/koploper/csr-certificates', { cookie: participant })).status).toBe(403);
    expect((await h.call('GET', '/api/koploper/csr-certificates', { cookie: adviser })).status).toBe(403);
    // A participant sees its own applications only.
    expect((await h.call('GET', `/api/koploper/csr-certificates/${second}`, { cookie: participant })).status).toBe(200);
    expect((await h.call('GET', `/api/koploper/csr-certificates/${bos}`, { cookie: participant })).status).toBe(404);
  });

  it('revoking needs a reason and takes the certificate out of the register; revoked stays revoked', async () => {
    const noReason = await revoke(bos, {});
    expect(noReason.status).toBe(400);
    expect(fields(noReason.body)).toContain('reason');
    expect((await revoke(bos, { reason: 'Ingetrokken' }, adviser)).status).toBe(403);
    const revoked = await revoke(bos, { reason: 'Het bedrijf voldoet niet meer aan de voorwaarden' });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', reason: 'Het bedrijf voldoet niet meer aan de voorwaarden', number: `MVO-${year}-0002` });
    expect((await register()).body.items.map((i: { number: string }) => i.number)).toEqual([`MVO-${year}-0001`, `MVO-${year}-0003`]);
    const before = await writeFingerprint(h.sql);
    expect((await revoke(bos, { reason: 'Nog eens' })).status).toBe(409);
    expect((await award(bos)).status).toBe(409);
    expect(await writeFingerprint(h.sql)).toEqual(before);
  });

  it('an expired certificate leaves the register on the day after its last valid day and can no longer be revoked', async () => {
    await h.sql.query(`update csr_certificate set awarded_on = $1, valid_until = $2 where id = $3`, [shiftDays(today, -3 * 365), shiftDays(today, -1), second]);
    expect((await register()).body.items.map((i: { company: string }) => i.company)).toEqual(['Metaalbewerking Hoekstra']);
    const seen = await h.call('GET', `/api/koploper/csr-certificates/${second}`, { cookie: participant });
    expect(seen.body).toMatchObject({ status: 'expired', number: `MVO-${year}-0001`, validUntil: shiftDays(today, -1) });
    expect((await h.call('GET', '/api/koploper/csr-certificates?status=expired', { cookie: coordinator })).body.items.map((c: { id: string }) => c.id)).toEqual([second]);
    expect((await h.call('GET', '/api/koploper/csr-certificates?status=awarded', { cookie: coordinator })).body.items).toEqual([]);
    const before = await writeFingerprint(h.sql);
    const res = await revoke(second, { reason: 'Verlopen' });
    expect(res.status).toBe(409);
    expect(res.body.text.en).toContain("An application with status 'Expired' cannot change any more");
    expect(await writeFingerprint(h.sql)).toEqual(before);

    // Still valid on its last day.
    await h.sql.query(`update csr_certificate set valid_until = $1 where id = $2`, [today, second]);
    expect((await register()).body.items.map((i: { company: string }) => i.company)).toEqual(['Bakkerij De Vries', 'Metaalbewerking Hoekstra']);
  });

  it('the awarded certificate is a PDF with number, company, validity and the link to its page in the register, and that link answers with it', async () => {
    // Not awarded yet (rejected, submitted): no certificate, 409 saying so.
    const early = await h.call('GET', `/api/koploper/csr-certificates/${first}/pdf`, { cookie: coordinator });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('csr_certificate.not_awarded');
    const text = await pdfText(await certificatePdf(second, participant));
    const number = `MVO-${year}-0001`;
    const link = `${h.config.PUBLIC_WEB_URL}/koploper/mvo-register/${number}`;
    for (const s of ['MVO-certificaat', `Certificaatnummer ${number}`, 'Bakkerij De Vries', 'Assen', 'Wat dit certificaat betekent', link]) expect(text).toContain(s);
    // Follow the printed link: its last part is the number the register page asks the API for.
    const printed = text.match(/https?:\/\/\S+\/koploper\/mvo-register\/(MVO-\d{4}-\d{4})/);
    expect(printed?.[0]).toBe(link);
    const page = await entry(printed![1]);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ number, company: 'Bakkerij De Vries', municipality: 'Assen', status: 'valid', revokedOn: null, issuedBy: 'MVO Alliantie Noord-Nederland', url: link });
    expect(page.body.meaning).toHaveLength(3);
    expect(page.body.meaning[0].nl).toContain('Koplopertraject');
    expect(page.body.meaning[0].en).toContain('Koploper track');
    // Another company's participant and another partner's staff do not get it (404); Groningen's own is theirs.
    expect((await h.call('GET', `/api/koploper/csr-certificates/${second}/pdf`, { cookie: gAdmin })).status).toBe(404);
    expect((await h.call('GET', `/api/koploper/csr-certificates/${hoekstra}/pdf`, { cookie: participant })).status).toBe(404);
    expect(await pdfText(await certificatePdf(hoekstra, gParticipant))).toContain('Metaalbewerking Hoekstra');
  });

  it("a certificate's page says valid, expired or revoked (withdrawn); an unknown number is 404 naming it, a malformed one 400", async () => {
    const revoked = await entry(`MVO-${year}-0002`);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ company: 'Installatiebedrijf Bos', status: 'revoked', revokedOn: today });
    await h.sql.query(`update csr_certificate set valid_until = $1 where id = $2`, [shiftDays(today, -1), second]);
    expect((await entry(`MVO-${year}-0001`)).body).toMatchObject({ status: 'expired', validUntil: shiftDays(today, -1) });
    await h.sql.query(`update csr_certificate set valid_until = $1 where id = $2`, [today, second]);
    expect((await entry(`MVO-${year}-0001`, gParticipant)).body.status).toBe('valid');

    const unknown = await entry(`MVO-${year}-0099`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'csr_register.not_found', params: { number: `MVO-${year}-0099` } });
    expect(unknown.body.text.nl).toBe(`Certificaat MVO-${year}-0099 staat niet in het MVO-register`);
    expect(unknown.body.text.en).toBe(`Certificate MVO-${year}-0099 is not in the CSR register`);
    const bad = await entry('MVO-26-1');
    expect(bad.status).toBe(400);
    expect(fields(bad.body)).toContain('number');
  });

  it('the register is searched by company and by municipality (case does not matter), and together', async () => {
    const search = async (query: string) => (await h.call('GET', `/api/public/csr-register?${query}`)).body.items.map((i: { company: string }) => i.company);
    expect(await search('municipality=westerkwartier')).toEqual(['Metaalbewerking Hoekstra']);
    expect(await search('municipality=ASSEN')).toEqual(['Bakkerij De Vries']);
    expect(await search('company=bakkerij')).toEqual(['Bakkerij De Vries']);
    expect(await search('company=bakkerij&municipality=Westerkwartier')).toEqual([]);
    expect(await search(`number=MVO-${year}-0003`)).toEqual(['Metaalbewerking Hoekstra']);
    const long = await h.call('GET', `/api/public/csr-register?municipality=${'x'.repeat(101)}`);
    expect(long.status).toBe(400);
    expect(fields(long.body)).toContain('municipality');
  });
});
