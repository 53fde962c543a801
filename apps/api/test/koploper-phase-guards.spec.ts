/**
 * Phases that follow the work (issue 15 item 8): a participant reaches the
 * profile only with its baseline reviewed, the action plan only with the
 * profile published, the communication assignment only with a measure in the
 * action plan and the MVO-visie written, the symposium only with the assignment
 * submitted. An adviser is refused, naming what is missing, and nothing is
 * written; the coordinator may move on anyway with a reason, which is kept
 * (who, when, which guards, why) and shown on the track to staff, not to the
 * company. The MVO-certificaat is awarded only from the communication phase.
 */
import { DEMO_EMAILS, startHarness, waitFor, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let admin: string;
let coordinator: string;
let adviser: string;
let participant: string;
let bakkerij: string;
let installateur: string;
let zorg: string;

const year = new Date().getUTCFullYear();
const move = (pid: string, phase: string, cookie = adviser, reason?: string) => h.call('PATCH', `/api/programme/enrolments/${pid}`, { cookie, body: reason === undefined ? { phase } : { phase, reason } });
const track = (pid: string, cookie = coordinator) => h.call('GET', `/api/koploper/participants/${pid}`, { cookie }).then((r) => r.body);

/** The baseline entered by staff (reviewed at once), its footprint from the worker, the profile generated and published. */
async function publishProfile(pid: string) {
  const activities = [
    { type: 'electricity', amount: 30000, unit: 'kWh', contract: 'grey' },
    { type: 'natural_gas', amount: 6000, unit: 'm3' },
  ];
  expect((await h.call('PUT', `/api/koploper/participants/${pid}/baseline`, { cookie: adviser, body: { year: year - 1, activities } })).status).toBe(200);
  await waitFor(async () => (await h.call('GET', `/api/koploper/participants/${pid}/baseline?year=${year - 1}`, { cookie: adviser })).body.footprint.result?.status === 'succeeded', 30_000, 'the baseline footprint');
  const draft = await h.call('POST', `/api/koploper/participants/${pid}/profiles`, { cookie: adviser });
  expect(draft.status).toBe(201);
  expect((await h.call('POST', `/api/koploper/profiles/${draft.body.id}/publish`, { cookie: adviser })).body.status).toBe('published');
  await waitFor(async () => (await h.call('GET', `/api/koploper/profiles/${draft.body.id}`, { cookie: adviser })).body.pdfReady, 30_000, 'the profile PDF');
}

beforeAll(async () => {
  h = await startHarness({ worker: true });
  admin = await h.signIn(DEMO_EMAILS.administrator);
  coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  adviser = await h.signIn(DEMO_EMAILS.adviser);
  participant = await h.signIn(DEMO_EMAILS.participant);
  const cohort = await h.call('POST', '/api/koploper/cohorts', { cookie: coordinator, body: { name: 'Koplopergroep Westerveld', municipality: 'Westerveld', startsOn: `${year}-01-15`, endsOn: `${year}-12-15` } });
  const pid: Record<string, string> = {};
  for (const key of ['bakkerij', 'installateur', 'zorg']) {
    pid[key] = (await h.call('POST', `/api/programme/groups/${cohort.body.id}/enrolments`, { cookie: coordinator, body: { organisationId: h.ids.organisations[key] } })).body.id;
  }
  expect((await h.call('POST', `/api/programme/groups/${cohort.body.id}/start`, { cookie: coordinator })).status).toBe(200);
  ({ bakkerij, installateur, zorg } = pid);
  for (const p of [bakkerij, installateur, zorg]) expect((await move(p, 'baseline')).status).toBe(200);
}, 60_000);
afterAll(() => h?.close());

describe('an adviser moves on only when the work is done', () => {
  it('is refused at the profile without a reviewed baseline (409 naming it, in Dutch and English, nothing written), a reason does not help', async () => {
    const before = await writeFingerprint(h.sql);
    const res = await move(zorg, 'profile');
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'phase.guard', params: { to: 'profile', guards: ['koploper.baseline_reviewed'], overridable: false }, errors: [{ field: 'phase' }] });
    expect(res.body.text.nl).toBe('Nog niet klaar voor Duurzaamheidsprofiel: de nulmeting is beoordeeld door de adviseur. Alleen de coördinator kan toch doorzetten, met een reden');
    expect(res.body.text.en).toBe('Not ready for Sustainability profile: the baseline is reviewed by the adviser. Only the coordinator can move on anyway, giving a reason');
    expect((await move(zorg, 'profile', adviser, 'De adviseur vindt het goed')).status).toBe(409);
    expect(await writeFingerprint(h.sql)).toEqual(before);
    expect((await track(zorg, adviser)).nextPhase).toEqual({ phase: 'profile', items: [{ code: 'koploper.baseline_reviewed', text: { nl: 'de nulmeting is beoordeeld door de adviseur', en: 'the baseline is reviewed by the adviser' }, done: false }] });
  });

  it('walks the track as the work comes in: baseline reviewed, profile published, a measure and the vision, the assignment submitted', async () => {
    await publishProfile(zorg);
    expect((await track(zorg, adviser)).nextPhase.items).toEqual([expect.objectContaining({ code: 'koploper.baseline_reviewed', done: true })]);
    expect((await move(zorg, 'profile')).status).toBe(200);
    expect((await move(zorg, 'action_plan')).status).toBe(200);

    const early = await move(zorg, 'communication');
    expect(early.status).toBe(409);
    expect(early.body.params.guards).toEqual(['koploper.action_plan_in', 'koploper.vision_written']);
    expect(early.body.text.nl).toContain('het actieplan (DuOn-agenda) heeft ten minste één maatregel; de MVO-visie is geschreven');
    const item = await h.call('POST', `/api/koploper/participants/${zorg}/action-plan/items`, { cookie: adviser, body: { title: 'Isolatie van de leidingen', owner: 'Facilitair', dueOn: `${year}-10-01` } });
    expect(item.status).toBe(201);
    expect((await move(zorg, 'communication')).body.params.guards).toEqual(['koploper.vision_written']);
    // A dropped measure does not count.
    expect((await h.call('PATCH', `/api/koploper/action-plan-items/${item.body.id}`, { cookie: adviser, body: { status: 'dropped' } })).status).toBe(200);
    expect((await h.call('PUT', `/api/koploper/participants/${zorg}/vision`, { cookie: adviser, body: { text: 'Zorg met zo min mogelijk energie en afval.' } })).status).toBe(200);
    expect((await track(zorg, adviser)).nextPhase).toMatchObject({ phase: 'communication', items: [{ code: 'koploper.action_plan_in', done: false }, { code: 'koploper.vision_written', done: true }] });
    expect((await move(zorg, 'communication')).body.params.guards).toEqual(['koploper.action_plan_in']);
    expect((await h.call('PATCH', `/api/koploper/action-plan-items/${item.body.id}`, { cookie: adviser, body: { status: 'in_progress' } })).status).toBe(200);
    expect((await move(zorg, 'communication')).status).toBe(200);

    expect((await move(zorg, 'symposium')).body.params.guards).toEqual(['koploper.communication_submitted']);
    expect((await h.call('PUT', `/api/koploper/participants/${zorg}/communication`, { cookie: adviser, body: { text: 'Onze zorglocatie bespaart 20% energie.' } })).status).toBe(200);
    expect((await move(zorg, 'symposium')).status).toBe(409);
    expect((await h.call('POST', `/api/koploper/participants/${zorg}/communication/submit`, { cookie: adviser })).status).toBe(200);
    expect((await move(zorg, 'symposium')).status).toBe(200);
    const done = await track(zorg, adviser);
    expect(done.participant.phase).toBe('symposium');
    expect(done.phaseOverrides).toEqual([]);
    // Withdrawing needs no work.
    expect((await move(installateur, 'withdrawn', coordinator, 'Geen tijd dit jaar')).status).toBe(200);
  }, 90_000);
});

describe('the coordinator moves on anyway, saying why', () => {
  it('without a reason (or a blank one) is refused naming the reason field; with one the move is made and kept', async () => {
    const before = await writeFingerprint(h.sql);
    const none = await move(bakkerij, 'profile', coordinator);
    expect(none.status).toBe(409);
    expect(none.body).toMatchObject({ code: 'phase.guard', params: { guards: ['koploper.baseline_reviewed'], overridable: true }, errors: [{ field: 'reason' }] });
    expect(none.body.text.nl).toContain('Zet toch door door een reden te geven');
    expect((await move(bakkerij, 'profile', coordinator, '   ')).status).toBe(409);
    expect(await writeFingerprint(h.sql)).toEqual(before);

    const reason = 'Nulmeting besproken op locatie; de cijfers volgen na de jaarafsluiting';
    const moved = await move(bakkerij, 'profile', coordinator, `  ${reason} `);
    expect(moved.status).toBe(200);
    expect(moved.body.phase).toBe('profile');
    const rows = await h.sql.query(`select from_phase, to_phase, guards, reason, overridden_by, overridden_at from phase_override where enrolment_id = $1`, [bakkerij]);
    expect(rows).toEqual([{ from_phase: 'baseline', to_phase: 'profile', guards: ['koploper.baseline_reviewed'], reason, overridden_by: h.ids.users.coordinator, overridden_at: expect.any(Date) }]);
  });

  it('the administrator may too; every override is on the track for staff, with who, when, which guards and why, and not for the company', async () => {
    expect((await move(bakkerij, 'action_plan', admin, 'Profiel wordt na de zomer gepubliceerd')).status).toBe(200);
    const seen = await track(bakkerij, coordinator);
    expect(seen.phaseOverrides).toEqual([
      { id: expect.any(String), fromPhase: 'baseline', toPhase: 'profile', guards: [{ code: 'koploper.baseline_reviewed', text: { nl: 'de nulmeting is beoordeeld door de adviseur', en: 'the baseline is reviewed by the adviser' }, done: false }], reason: 'Nulmeting besproken op locatie; de cijfers volgen na de jaarafsluiting', byName: expect.any(String), at: expect.any(String) },
      expect.objectContaining({ fromPhase: 'profile', toPhase: 'action_plan', reason: 'Profiel wordt na de zomer gepubliceerd', guards: [expect.objectContaining({ code: 'koploper.profile_published' })] }),
    ]);
    const [coord] = await h.sql.query(`select name from app_user where id = $1`, [h.ids.users.coordinator]);
    expect(seen.phaseOverrides[0].byName).toBe(coord.name);
    expect((await track(bakkerij, adviser)).phaseOverrides).toHaveLength(2);
    const own = await track(bakkerij, participant);
    expect(own.participant.phase).toBe('action_plan');
    expect(own.phaseOverrides).toEqual([]);
    expect(own.nextPhase).toMatchObject({ phase: 'communication', items: [{ done: false }, { done: false }] });
  });
});

describe('the MVO-certificaat follows the phases', () => {
  it('is not awarded before the communication phase (409 naming the phase it is in and the one it needs, nothing written); from there it is', async () => {
    // The bakery has a published profile, a measure and a vision, but is in the action-plan phase.
    await publishProfile(bakkerij);
    expect((await h.call('POST', `/api/koploper/participants/${bakkerij}/action-plan/items`, { cookie: participant, body: { title: 'LED-verlichting', owner: 'Petra', dueOn: `${year}-11-01` } })).status).toBe(201);
    expect((await h.call('PUT', `/api/koploper/participants/${bakkerij}/vision`, { cookie: participant, body: { text: 'Brood bakken met groene stroom.' } })).status).toBe(200);
    const applied = await h.call('POST', `/api/koploper/participants/${bakkerij}/csr-certificate`, { cookie: participant });
    expect(applied.status).toBe(201);
    expect((await h.call('POST', `/api/koploper/csr-certificates/${applied.body.id}/review`, { cookie: admin, body: { decision: 'approve' } })).body.status).toBe('approved');

    const before = await writeFingerprint(h.sql);
    const early = await h.call('POST', `/api/koploper/csr-certificates/${applied.body.id}/award`, { cookie: admin, body: {} });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'csr_certificate.too_early', params: { phase: 'action_plan', needed: 'communication' } });
    expect(early.body.text.nl).toBe('Het MVO-certificaat kan pas worden toegekend als het bedrijf de fase Communicatieopdracht heeft bereikt (actieplan en MVO-visie ingeleverd); het staat nu in de fase Actieplan (DuOn-Agenda)');
    expect(early.body.text.en).toContain('it is now in the');
    expect(await writeFingerprint(h.sql)).toEqual(before);

    // The work is in now, so the adviser moves it on without any override.
    expect((await move(bakkerij, 'communication')).status).toBe(200);
    const awarded = await h.call('POST', `/api/koploper/csr-certificates/${applied.body.id}/award`, { cookie: admin, body: {} });
    expect(awarded.status).toBe(200);
    expect(awarded.body.number).toMatch(new RegExp(`^MVO-${year}-\\d{4}$`));
  }, 90_000);
});
