/**
 * The education line (issue 13 item 5) on the real database, with the worker:
 * the school registers a class of students and an internship company; the
 * company consents through its link and enters the journey with a lead of
 * source "education"; the student hands in the ISO 26000 quick scan through
 * the personal link (computed by iso26000.scan in the worker), discusses it
 * with the company, and is named junior MVO ambassador; the line's figures
 * count it. Row-level security: a student's link shows only that student,
 * the company's link only its internship, another partner nothing.
 */
import { ISO26000_ISSUE_IDS } from '@koers/reference-data';
import { DEMO_EMAILS, FOREIGN_EMAILS, startHarness, waitFor, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let coordinator: string;
let adviser: string;
let participant: string;
let gAdmin: string;

beforeAll(async () => {
  h = await startHarness({ worker: true });
  coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  adviser = await h.signIn(DEMO_EMAILS.adviser);
  participant = await h.signIn(DEMO_EMAILS.participant);
  gAdmin = await h.signIn(FOREIGN_EMAILS.administrator);
});
afterAll(() => h?.close());

const tokenOf = (link: string) => link.split('/').pop() as string;
const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);
/** Every issue answered: maturity 2, and the first "not relevant" with a reason. */
const fullScan = () => ISO26000_ISSUE_IDS.map((issueId, i) => (i === 0 ? { issueId, notRelevant: true, reason: 'Eenmanszaak zonder bestuur' } : { issueId, maturity: i % 2 ? 2 : 3 }));
const today = () => new Date().toISOString().slice(0, 10);

const state = {} as { sanne: string; sanneLink: string; tom: string; tomLink: string; internship: string; consentLink: string; organisation: string };

describe('the school registers students and an internship company', () => {
  it('registers a class of two students, each with a personal link shown once', async () => {
    const res = await h.call('POST', '/api/education/students', {
      cookie: coordinator, body: { className: 'MVO-3A', studyProgramme: 'Ondernemer detailhandel', students: [{ name: 'Sanne de Boer', email: 'Sanne@student.test' }, { name: 'Tom Mulder' }] },
    });
    expect(res.status).toBe(201);
    expect(res.body.items.map((s: { name: string; className: string; email: string | null }) => [s.name, s.className, s.email])).toEqual([
      ['Sanne de Boer', 'MVO-3A', 'sanne@student.test'], ['Tom Mulder', 'MVO-3A', null],
    ]);
    const [sanne, tom] = res.body.items;
    expect(sanne.studentLink).toMatch(/\/onderwijs\/student\/[A-Za-z0-9_-]{43}$/);
    Object.assign(state, { sanne: sanne.id, sanneLink: tokenOf(sanne.studentLink), tom: tom.id, tomLink: tokenOf(tom.studentLink) });
    // The link is not stored: the student's view has none.
    const again = await h.call('GET', `/api/education/students/${sanne.id}`, { cookie: adviser });
    expect(again.status).toBe(200);
    expect(again.body.studentLink).toBeUndefined();
    expect(again.body.ambassadorRefusal.en).toMatch(/consented/);
  });

  it('refuses a class without students and a student without a name, naming the fields, writing nothing', async () => {
    const before = await writeFingerprint(h.sql);
    const empty = await h.call('POST', '/api/education/students', { cookie: coordinator, body: { className: 'MVO-3A', studyProgramme: 'x', students: [] } });
    expect(empty.status).toBe(400);
    expect(fields(empty.body)).toEqual(['students']);
    const blank = await h.call('POST', '/api/education/students', { cookie: coordinator, body: { className: ' ', studyProgramme: 'x', students: [{ name: 'Anna' }, { name: '  ', email: 'geen-adres' }] } });
    expect(blank.status).toBe(400);
    expect(fields(blank.body).sort()).toEqual(['className', 'students.1.email', 'students.1.name']);
    expect(await writeFingerprint(h.sql)).toEqual(before);
  });

  it("registers the internship company with its contact; the company's consent link is shown once", async () => {
    const bad = await h.call('POST', `/api/education/students/${state.sanne}/internships`, {
      cookie: coordinator, body: { companyName: 'Fietsenmaker Bos', contactName: 'Henk Bos', startsOn: '2026-06-26', endsOn: '2026-02-02' },
    });
    expect(bad.status).toBe(400);
    expect(fields(bad.body)).toEqual(['endsOn']);
    const res = await h.call('POST', `/api/education/students/${state.sanne}/internships`, {
      cookie: coordinator, body: { companyName: 'Fietsenmaker Bos', municipality: 'Assen', contactName: 'Henk Bos', contactEmail: 'henk@fietsenmakerbos.test', startsOn: '2026-02-02', endsOn: '2026-06-26' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ companyName: 'Fietsenmaker Bos', consentStatus: 'requested', stage: 'consent', organisationId: null, scan: null });
    expect(res.body.consentLink).toMatch(/\/onderwijs\/toestemming\//);
    Object.assign(state, { internship: res.body.id, consentLink: tokenOf(res.body.consentLink) });
  });
});

describe('the student and the company', () => {
  it('the student sees only its own page; no scan before the company consents (409)', async () => {
    const page = await h.call('GET', `/api/public/education/student/${state.sanneLink}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ name: 'Sanne de Boer', schoolName: 'MVO Alliantie Noord-Nederland' });
    expect(page.body.internships.map((i: { companyName: string }) => i.companyName)).toEqual(['Fietsenmaker Bos']);
    // Tom's link does not reach Sanne's internship.
    const tom = await h.call('GET', `/api/public/education/student/${state.tomLink}`);
    expect(tom.body.internships).toEqual([]);
    expect((await h.call('PUT', `/api/public/education/student/${state.tomLink}/internships/${state.internship}/scan`, { body: { answers: fullScan() } })).status).toBe(404);
    const early = await h.call('PUT', `/api/public/education/student/${state.sanneLink}/internships/${state.internship}/scan`, { body: { answers: fullScan() } });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('education.no_consent');
    expect((await h.call('GET', `/api/public/education/student/${'x'.repeat(43)}`)).status).toBe(404);
  });

  it('the company consents once; it enters the journey through the education line', async () => {
    const page = await h.call('GET', `/api/public/education/consent/${state.consentLink}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ studentName: 'Sanne de Boer', internship: { companyName: 'Fietsenmaker Bos', consentStatus: 'requested' } });
    const bad = await h.call('POST', `/api/public/education/consent/${state.consentLink}`, { body: { decision: 'maybe', name: '' } });
    expect(bad.status).toBe(400);
    expect(fields(bad.body).sort()).toEqual(['decision', 'name']);
    const yes = await h.call('POST', `/api/public/education/consent/${state.consentLink}`, { body: { decision: 'given', name: 'Henk Bos' } });
    expect(yes.status).toBe(200);
    expect(yes.body.internship).toMatchObject({ consentStatus: 'given', consentBy: 'Henk Bos', stage: 'scan' });
    state.organisation = yes.body.internship.organisationId;
    const twice = await h.call('POST', `/api/public/education/consent/${state.consentLink}`, { body: { decision: 'declined', name: 'Henk Bos' } });
    expect(twice.status).toBe(409);
    const journey = await h.call('GET', `/api/journey/organisations/${state.organisation}`, { cookie: coordinator });
    expect(journey.status).toBe(200);
    expect(journey.body.organisation.name).toBe('Fietsenmaker Bos');
    expect(journey.body.leads.map((l: { source: string; sourceLabel: { nl: string } }) => [l.source, l.sourceLabel.nl])).toEqual([['education', 'Via de onderwijslijn']]);
    expect(journey.body.suggestion.step).toBe('koploper');
    // The company's data stays the school's and the company's: another partner does not see it.
    expect((await h.call('GET', `/api/journey/organisations/${state.organisation}`, { cookie: gAdmin })).status).toBe(404);
  });

  it('the student hands in the scan: refused answers are named; the worker computes it with iso26000.scan', async () => {
    const path = `/api/public/education/student/${state.sanneLink}/internships/${state.internship}/scan`;
    const before = await writeFingerprint(h.sql);
    const bad = await h.call('PUT', path, { body: { answers: [{ issueId: 'environment.climate-change', maturity: 7 }, { issueId: 'nope', maturity: 1 }, { issueId: 'environment.pollution-prevention', notRelevant: true }] } });
    expect(bad.status).toBe(400);
    expect(fields(bad.body).sort()).toEqual(['answers.0.maturity', 'answers.1.issueId']);
    const noReason = await h.call('PUT', path, { body: { answers: [{ issueId: 'environment.pollution-prevention', notRelevant: true }] } });
    expect(noReason.status).toBe(400);
    expect(fields(noReason.body)).toEqual(['answers.0.reason']);
    expect(await writeFingerprint(h.sql)).toEqual(before);
    const put = await h.call('PUT', path, { body: { answers: fullScan() } });
    expect(put.status).toBe(200);
    expect(put.body.internships[0].scan).toMatchObject({ complete: true, answered: 37 });
    const done = await waitFor(async () => {
      const b = (await h.call('GET', `/api/public/education/student/${state.sanneLink}`)).body;
      return b.internships[0].scan.result?.status === 'succeeded' ? b : null;
    }, 30_000, 'the scan result');
    const result = done.internships[0].scan.result;
    expect(result.pluginId).toBe('iso26000.scan');
    expect(result.coreSubjects).toHaveLength(7);
    // governance's only issue is not relevant: no score; the rest averaged from 2 and 3.
    expect(result.coreSubjects[0]).toMatchObject({ id: 'governance', scorePercent: null });
    expect(result.overallPercent).toBeGreaterThan(50);
    expect(result.overallPercent).toBeLessThan(75);
    // The result joins the company's journey (profile and footprint part) at the school.
    const journey = await h.call('GET', `/api/journey/organisations/${state.organisation}/parts/profile_footprint`, { cookie: coordinator });
    expect(journey.status).toBe(200);
    expect(JSON.stringify(journey.body)).toContain('iso26000.scan');
    // The company's link shows its scan.
    const company = await h.call('GET', `/api/public/education/consent/${state.consentLink}`);
    expect(company.body.internship.scan.result.overallPercent).toBe(result.overallPercent);
  });

  it('the follow-up: not before the scan nor in the future; the ambassador needs it (409 saying so)', async () => {
    const early = await h.call('POST', `/api/education/students/${state.sanne}/ambassador`, { cookie: coordinator, body: { namedOn: today() } });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('education.not_eligible');
    const path = `/api/public/education/student/${state.sanneLink}/internships/${state.internship}/follow-up`;
    const future = await h.call('PUT', path, { body: { discussedOn: '2999-01-01', note: 'x', nextStep: 'koploper' } });
    expect(future.status).toBe(400);
    expect(fields(future.body)).toEqual(['discussedOn']);
    const blank = await h.call('PUT', path, { body: { discussedOn: today(), note: ' ', nextStep: 'step-9' } });
    expect(fields(blank.body).sort()).toEqual(['nextStep', 'note']);
    const ok = await h.call('PUT', path, { body: { discussedOn: today(), note: 'Besproken met Henk: ledverlichting en afvalscheiding', nextStep: 'koploper' } });
    expect(ok.status).toBe(200);
    expect(ok.body.internships[0]).toMatchObject({ stage: 'done', followUp: { nextStep: 'koploper', nextStepLabel: { nl: 'Stap 1: Koplopertraject' } } });
    expect(ok.body.ambassadorRefusal).toBeNull();
  });

  it('the school names the student junior MVO ambassador, once; students, school page and line figures show it', async () => {
    expect((await h.call('POST', `/api/education/students/${state.sanne}/ambassador`, { cookie: adviser, body: { namedOn: today() } })).status).toBe(403);
    const res = await h.call('POST', `/api/education/students/${state.sanne}/ambassador`, { cookie: coordinator, body: { namedOn: today(), note: 'Presenteerde de scan' } });
    expect(res.status).toBe(200);
    expect(res.body.ambassador).toEqual({ namedOn: today(), note: 'Presenteerde de scan' });
    expect((await h.call('POST', `/api/education/students/${state.sanne}/ambassador`, { cookie: coordinator, body: { namedOn: today() } })).body.code).toBe('education.ambassador_already');
    const mine = await h.call('GET', `/api/public/education/student/${state.sanneLink}`);
    expect(mine.body.ambassador.namedOn).toBe(today());
    const school = await h.call('GET', '/api/education/students', { cookie: adviser });
    expect(school.body.figures).toEqual({ students: 2, companies: 1, scans: 1, ambassadors: 1 });
    const lines = await h.call('GET', '/api/alliance/programme-lines', { cookie: gAdmin });
    const education = lines.body.items.find((l: { code: string }) => l.code === 'education_development');
    expect(education.education).toEqual({ schools: 1, students: 2, scans: 1, ambassadors: 1 });
    expect(lines.body.items.find((l: { code: string }) => l.code === 'clean_energy').education).toBeNull();
  });
});

describe('who sees what', () => {
  it('another partner and a participant see none of the school\'s students', async () => {
    const foreign = await h.call('GET', '/api/education/students', { cookie: gAdmin });
    expect(foreign.status).toBe(200);
    expect(foreign.body.items).toEqual([]);
    expect((await h.call('GET', `/api/education/students/${state.sanne}`, { cookie: gAdmin })).status).toBe(404);
    expect((await h.call('GET', '/api/education/students', { cookie: participant })).status).toBe(403);
  });

  it("row-level security: a student's link setting shows one student, the company's one internship, even in raw SQL", async () => {
    const as = <T>(settings: Record<string, string>, fn: (q: (sql: string, p?: unknown[]) => Promise<any>) => Promise<T>) =>
      h.sql.transaction(async (em) => {
        for (const [k, v] of Object.entries(settings)) await em.query(`select set_config($1, $2, true)`, [k, v]);
        await em.query('set local role koers_tenant');
        return fn((sql, p) => em.query(sql, p));
      });
    const noord = h.ids.partners.noord;
    expect(await as({ 'app.partner_id': noord, 'app.student_id': state.tom }, (q) => q('select name from education_student'))).toEqual([{ name: 'Tom Mulder' }]);
    expect(await as({ 'app.partner_id': noord, 'app.student_id': state.tom }, (q) => q('select id from education_internship'))).toEqual([]);
    const [, changed] = await as({ 'app.partner_id': noord, 'app.student_id': state.tom }, (q) => q(`update education_student set name = 'x' where id = $1`, [state.sanne]));
    expect(changed).toBe(0);
    expect(await as({ 'app.partner_id': noord, 'app.internship_id': state.internship }, (q) => q('select name from education_student'))).toEqual([{ name: 'Sanne de Boer' }]);
    expect(await as({ 'app.partner_id': h.ids.partners.groningen }, (q) => q('select count(*)::int as n from education_student'))).toEqual([{ n: 0 }]);
    expect(await as({ 'app.partner_id': noord }, (q) => q('select count(*)::int as n from education_student'))).toEqual([{ n: 2 }]);
  });
});
