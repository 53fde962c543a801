/**
 * The action plan (DuOn-agenda) and the CSR vision (MVO-visie): items with
 * validation, progress totals and overdue items, the vision, a participant on
 * its own plan only, and no more changes once withdrawn or closed.
 */
import { DEMO_EMAILS, startHarness, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let coordinator: string;
let adviser: string;
let participant: string;
let cohortId: string;
let bakkerij: string;
let installateur: string;
let zorg: string;

const thisYear = new Date().getFullYear();

async function runningCohort(name: string): Promise<{ id: string; pid: Record<string, string> }> {
  const cohort = await h.call('POST', '/api/koploper/cohorts', { cookie: coordinator, body: { name, municipality: 'Assen', startsOn: `${thisYear}-01-15`, endsOn: `${thisYear}-12-15` } });
  expect(cohort.status).toBe(201);
  const pid: Record<string, string> = {};
  for (const key of ['bakkerij', 'installateur', 'zorg']) {
    pid[key] = (await h.call('POST', `/api/programme/groups/${cohort.body.id}/enrolments`, { cookie: coordinator, body: { organisationId: h.ids.organisations[key] } })).body.id;
  }
  expect((await h.call('POST', `/api/programme/groups/${cohort.body.id}/start`, { cookie: coordinator })).status).toBe(200);
  return { id: cohort.body.id, pid };
}

beforeAll(async () => {
  h = await startHarness();
  coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  adviser = await h.signIn(DEMO_EMAILS.adviser);
  participant = await h.signIn(DEMO_EMAILS.participant);
  const c = await runningCohort('Koplopergroep Assen');
  cohortId = c.id;
  ({ bakkerij, installateur, zorg } = c.pid);
});
afterAll(() => h?.close());

const plan = (pid: string, cookie = participant) => h.call('GET', `/api/koploper/participants/${pid}/action-plan`, { cookie });
const addItem = (pid: string, body: object, cookie = participant) => h.call('POST', `/api/koploper/participants/${pid}/action-plan/items`, { cookie, body });
const patchItem = (id: string, body: object, cookie = participant) => h.call('PATCH', `/api/koploper/action-plan-items/${id}`, { cookie, body });
const item = (over: object = {}) => ({ title: 'LED-verlichting in de winkel', owner: 'Petra de Vries', dueOn: '2099-06-30', ...over });

describe('action items', () => {
  it('starts empty', async () => {
    const res = await plan(bakkerij);
    expect(res.status).toBe(200);
    // No reviewed baseline yet: whether the energy-saving duty applies is not known (null).
    expect(res.body).toEqual({ vision: '', visionUpdatedAt: null, energySavingDuty: null, items: [], progress: { total: 0, done: 0, inProgress: 0, expectedKgCO2e: 0, expectedCostEur: 0 } });
  });

  it('the participant adds a recommended measure and an own one; staff may add too', async () => {
    const led = await addItem(bakkerij, item({ measureId: 'energy.led-lighting', expectedKgCO2e: 1800.04, expectedCostEur: 2500.555 }));
    expect(led.status).toBe(201);
    expect(led.body).toEqual({
      id: expect.any(String),
      measureId: 'energy.led-lighting',
      title: 'LED-verlichting in de winkel',
      owner: 'Petra de Vries',
      dueOn: '2099-06-30',
      status: 'planned',
      expectedKgCO2e: 1800,
      expectedCostEur: 2500.56,
      overdue: false,
      // On the EML (buildings); a choice while the duty is not known to apply.
      eml: { part: 'buildings', category: { nl: 'Verlichting: LED-verlichting', en: 'Lighting: LED lighting' }, verified: false },
      obligation: 'choice',
    });
    const own = await addItem(bakkerij, { title: '  Fietsplan voor personeel ', owner: 'Jan', dueOn: '2099-03-01', status: 'in_progress' });
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ measureId: null, title: 'Fietsplan voor personeel', status: 'in_progress', expectedKgCO2e: null, expectedCostEur: null });
    const byAdviser = await addItem(bakkerij, item({ title: 'Restwarmte ovens benutten', dueOn: '2099-09-01', expectedKgCO2e: 500, expectedCostEur: 10000 }), adviser);
    expect(byAdviser.status).toBe(201);
    expect((await addItem(bakkerij, item(), coordinator)).status).toBe(201);
    expect((await addItem(bakkerij, item(), await h.signIn(DEMO_EMAILS.analyst))).status).toBe(403);
  });

  it('refuses bad input, naming the fields, and writes nothing', async () => {
    const before = await writeFingerprint(h.sql);
    const bad = await addItem(bakkerij, { measureId: 'energy.perpetual-motion', title: ' ', owner: 'x'.repeat(201), dueOn: '2099-02-30', status: 'busy', expectedKgCO2e: -10, expectedCostEur: 'veel' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['measureId', 'title', 'owner', 'dueOn', 'status', 'expectedKgCO2e', 'expectedCostEur']),
    );
    expect(bad.body.errors.find((e: { field: string }) => e.field === 'measureId')).toMatchObject({ code: 'action_plan.unknown_measure', text: { en: 'Unknown measure (see the measures catalogue)' } });
    for (const dueOn of ['morgen', '2099-13-01', '2099-06-30T10:00:00Z', '1999-12-31', 20990630]) {
      const res = await addItem(bakkerij, item({ dueOn }));
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['dueOn']);
    }
    expect((await addItem(bakkerij, item({ expectedCostEur: -0.01 }))).body.errors[0].field).toBe('expectedCostEur');
    expect((await addItem(bakkerij, item({ title: 'x'.repeat(301) }))).body.errors[0].field).toBe('title');
    expect(new Set((await addItem(bakkerij, { owner: 'Jan', dueOn: '2099-01-01' })).body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['title']));
    expect((await addItem(bakkerij, item({ participantId: installateur }))).body.errors[0].field).toBe('participantId');
    expect(await writeFingerprint(h.sql)).toEqual(before);
  });

  it('changes any field; null clears the optional ones but not the required ones', async () => {
    const created = (await addItem(bakkerij, item({ title: 'Zonnepanelen', measureId: 'energy.solar-pv', expectedKgCO2e: 4000, expectedCostEur: 15000 }))).body;
    const done = await patchItem(created.id, { status: 'done', expectedCostEur: null, measureId: null, dueOn: '2099-01-31' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ id: created.id, status: 'done', expectedCostEur: null, expectedKgCO2e: 4000, measureId: null, dueOn: '2099-01-31', title: 'Zonnepanelen' });
    const before = await writeFingerprint(h.sql);
    for (const body of [{ title: null }, { status: null }, { dueOn: null }, { owner: '' }, { expectedKgCO2e: -1 }, {}]) {
      const res = await patchItem(created.id, body);
      expect(res.status).toBe(400);
    }
    expect((await patchItem(created.id, { dueOn: '2099-04-31' })).body.errors[0].field).toBe('dueOn');
    expect(await writeFingerprint(h.sql)).toEqual(before);
    expect((await patchItem('00000000-0000-4000-8000-000000000000', { status: 'done' })).status).toBe(404);
  });

  it('deletes an item (204), then it is gone (404)', async () => {
    const created = (await addItem(bakkerij, item({ title: 'Weg ermee' }))).body;
    const del = await h.call('DELETE', `/api/koploper/action-plan-items/${created.id}`, { cookie: participant });
    expect(del.status).toBe(204);
    expect((await h.call('DELETE', `/api/koploper/action-plan-items/${created.id}`, { cookie: participant })).status).toBe(404);
    expect((await plan(bakkerij)).body.items.map((i: { id: string }) => i.id)).not.toContain(created.id);
  });
});

describe('progress and overdue items', () => {
  it('sums what is not dropped and marks open items past their due date as overdue', async () => {
    const pid = zorg;
    const a = (await addItem(pid, item({ title: 'A', dueOn: '2020-01-31', expectedKgCO2e: 100.5, expectedCostEur: 1000 }), adviser)).body; // planned, past: overdue
    const b = (await addItem(pid, item({ title: 'B', dueOn: '2021-05-01', status: 'in_progress', expectedKgCO2e: 200 }), adviser)).body; // in progress, past: overdue
    const c = (await addItem(pid, item({ title: 'C', dueOn: '2020-06-01', status: 'done', expectedKgCO2e: 50, expectedCostEur: 250.25 }), adviser)).body; // done: never overdue
    const d = (await addItem(pid, item({ title: 'D', dueOn: '2020-02-01', status: 'dropped', expectedKgCO2e: 9999, expectedCostEur: 9999 }), adviser)).body; // dropped: not counted
    const e = (await addItem(pid, item({ title: 'E', dueOn: '2099-01-01', expectedCostEur: 0.1 }), adviser)).body; // future
    const res = await plan(pid, adviser);
    expect(res.body.items.map((i: { title: string }) => i.title)).toEqual(['A', 'D', 'C', 'B', 'E']); // by due date
    const overdue = Object.fromEntries(res.body.items.map((i: { id: string; overdue: boolean }) => [i.id, i.overdue]));
    expect(overdue).toEqual({ [a.id]: true, [b.id]: true, [c.id]: false, [d.id]: false, [e.id]: false });
    expect(res.body.progress).toEqual({ total: 4, done: 1, inProgress: 1, expectedKgCO2e: 350.5, expectedCostEur: 1250.35 });

    await patchItem(a.id, { status: 'done' }, adviser);
    await patchItem(d.id, { status: 'planned', dueOn: '2099-12-31' }, adviser);
    const after = await plan(pid, adviser);
    expect(after.body.items.find((i: { id: string }) => i.id === a.id).overdue).toBe(false);
    expect(after.body.progress).toEqual({ total: 5, done: 2, inProgress: 1, expectedKgCO2e: 10349.5, expectedCostEur: 11249.35 });
    // The track overview shows the same plan.
    expect((await h.call('GET', `/api/koploper/participants/${pid}`, { cookie: adviser })).body.actionPlan).toEqual(after.body);
  });
});

describe('the vision (MVO-visie)', () => {
  it('is written up to 5000 characters and answered with the plan', async () => {
    const tooLong = await h.call('PUT', `/api/koploper/participants/${bakkerij}/vision`, { cookie: participant, body: { text: 'x'.repeat(5001) } });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors[0].field).toBe('text');
    expect((await h.call('PUT', `/api/koploper/participants/${bakkerij}/vision`, { cookie: participant, body: { text: 42 } })).status).toBe(400);
    expect((await plan(bakkerij)).body.vision).toBe('');

    const max = await h.call('PUT', `/api/koploper/participants/${bakkerij}/vision`, { cookie: participant, body: { text: 'v'.repeat(5000) } });
    expect(max.status).toBe(200);
    expect(max.body.vision).toHaveLength(5000);
    const res = await h.call('PUT', `/api/koploper/participants/${bakkerij}/vision`, { cookie: adviser, body: { text: 'Wij bakken lekker brood met zo min mogelijk energie.' } });
    expect(res.status).toBe(200);
    expect(res.body.vision).toBe('Wij bakken lekker brood met zo min mogelijk energie.');
    expect(Date.parse(res.body.visionUpdatedAt)).not.toBeNaN();
    expect(res.body.items.length).toBeGreaterThan(0);
    const track = await h.call('GET', `/api/koploper/participants/${bakkerij}`, { cookie: participant });
    expect(track.body.actionPlan.vision).toBe('Wij bakken lekker brood met zo min mogelijk energie.');
  });
});

describe('whose plan', () => {
  it("a participant reads and edits its own plan, never another company's (404); nothing is written", async () => {
    const theirs = (await addItem(installateur, item({ title: 'Warmtepomp bij klanten' }), adviser)).body;
    const g = await h.signIn('beheer@groningen-duurzaam.test');
    const before = await writeFingerprint(h.sql);
    expect((await plan(installateur)).status).toBe(404);
    expect((await addItem(installateur, item())).status).toBe(404);
    expect((await patchItem(theirs.id, { status: 'done' })).status).toBe(404);
    expect((await h.call('DELETE', `/api/koploper/action-plan-items/${theirs.id}`, { cookie: participant })).status).toBe(404);
    expect((await h.call('PUT', `/api/koploper/participants/${installateur}/vision`, { cookie: participant, body: { text: 'Hallo' } })).status).toBe(404);
    expect(await writeFingerprint(h.sql)).toEqual(before);
    // Another partner sees nothing either.
    expect((await plan(bakkerij, g)).status).toBe(404);
    expect((await patchItem(theirs.id, { status: 'done' }, g)).status).toBe(404);
    expect(await writeFingerprint(h.sql)).toEqual(before);
  });
});

describe('no changes after the track ends', () => {
  it('refuses a withdrawn participant (409) but still shows its plan', async () => {
    const c = await runningCohort('Koplopergroep Beilen');
    const pid = c.pid.installateur;
    const kept = (await addItem(pid, item({ title: 'Bestelbus elektrisch' }), adviser)).body;
    expect((await h.call('PATCH', `/api/programme/enrolments/${pid}`, { cookie: coordinator, body: { phase: 'withdrawn' } })).status).toBe(200);
    const before = await writeFingerprint(h.sql);
    const refused = await addItem(pid, item(), adviser);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('enrolment.withdrawn');
    expect(refused.body.text.en).toContain('withdrawn');
    expect((await patchItem(kept.id, { status: 'done' }, adviser)).status).toBe(409);
    expect((await h.call('DELETE', `/api/koploper/action-plan-items/${kept.id}`, { cookie: adviser })).status).toBe(409);
    expect((await h.call('PUT', `/api/koploper/participants/${pid}/vision`, { cookie: adviser, body: { text: 'Later' } })).status).toBe(409);
    expect(await writeFingerprint(h.sql)).toEqual(before);
    expect((await plan(pid, adviser)).body.items.map((i: { id: string }) => i.id)).toEqual([kept.id]);
  });

  it('refuses everyone once the cohort is closed (409)', async () => {
    const c = await runningCohort('Koplopergroep Hoogeveen');
    const pid = c.pid.bakkerij;
    const kept = (await addItem(pid, item({ title: 'Groene stroom' }))).body;
    for (const p of Object.values(c.pid)) {
      for (const phase of ['baseline', 'profile', 'action_plan', 'communication', 'symposium']) {
        // Past the phase guards with a reason (their work: koploper-phase-guards.spec).
        expect((await h.call('PATCH', `/api/programme/enrolments/${p}`, { cookie: coordinator, body: { phase, reason: 'Afgesloten groep getest' } })).status).toBe(200);
      }
    }
    expect((await h.call('POST', `/api/programme/groups/${c.id}/close`, { cookie: coordinator })).status).toBe(200);
    const before = await writeFingerprint(h.sql);
    const refused = await addItem(pid, item());
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('group.closed');
    expect(refused.body.text.en).toContain('cohort is closed');
    expect((await patchItem(kept.id, { status: 'done' })).status).toBe(409);
    expect((await h.call('DELETE', `/api/koploper/action-plan-items/${kept.id}`, { cookie: participant })).status).toBe(409);
    expect((await h.call('PUT', `/api/koploper/participants/${pid}/vision`, { cookie: participant, body: { text: 'Te laat' } })).status).toBe(409);
    expect(await writeFingerprint(h.sql)).toEqual(before);
    expect((await plan(pid)).status).toBe(200);
  });

  it('the running cohort is unaffected', async () => {
    expect((await h.call('GET', `/api/koploper/cohorts/${cohortId}`, { cookie: coordinator })).body.status).toBe('running');
    expect((await addItem(bakkerij, item({ title: 'Nog een' }))).status).toBe(201);
  });
});
