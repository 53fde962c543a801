/**
 * Issue 14 item 5, rules people can route around (docs/security.md section 5).
 * "Never the company's own adviser" holds over the certificate's whole review:
 * whoever advised the company at any time in the track may not review, award or
 * revoke, whatever role they act in and even after unassigning themselves.
 * A trainee adviser's baseline review and profile publication wait for the
 * mentor's sign-off, and a trainee does not assign advisers.
 */
import { randomUUID } from 'node:crypto';
import { DEMO_EMAILS, startHarness, waitFor, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let coordinator: string;
let adviser: string;
let trainee: string;
let participant: string;
let cohortId: string;
let bakkerij: string;
let installateur: string;
let zorg: string;
const year = new Date().getFullYear();

const insertCertificate = async (pid: string, status: string) => {
  const id = randomUUID();
  await h.sql.query(
    `insert into csr_certificate (id, partner_id, participant_id, organisation_id, status, attachments, submitted_at)
     select $1, partner_id, id, organisation_id, $3, '{"vision":"Visie","actionItems":1,"profileVersion":1}', now() from enrolment where id = $2`,
    [id, pid, status],
  );
  return id;
};
const certStatus = async (id: string) => (await h.sql.query('select status from csr_certificate where id = $1', [id]))[0].status;
const activities = [
  { type: 'electricity', amount: 30000, unit: 'kWh', contract: 'grey' },
  { type: 'natural_gas', amount: 6000, unit: 'm3' },
];

beforeAll(async () => {
  h = await startHarness({ worker: true });
  coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  participant = await h.signIn(DEMO_EMAILS.participant);
  const cohort = await h.call('POST', '/api/koploper/cohorts', { cookie: coordinator, body: { name: 'Koplopergroep Assen', municipality: 'Assen', startsOn: `${year}-01-15`, endsOn: `${year}-12-15` } });
  cohortId = cohort.body.id;
  const pid: Record<string, string> = {};
  for (const key of ['bakkerij', 'installateur', 'zorg']) {
    pid[key] = (await h.call('POST', `/api/programme/groups/${cohortId}/enrolments`, { cookie: coordinator, body: { organisationId: h.ids.organisations[key] } })).body.id;
  }
  ({ bakkerij, installateur, zorg } = pid);
  expect((await h.call('POST', `/api/programme/groups/${cohortId}/start`, { cookie: coordinator })).status).toBe(200);
  const staff = (body: unknown) => h.call('POST', `/api/programme/groups/${cohortId}/staff`, { cookie: coordinator, body });
  expect((await staff({ role: 'adviser', userId: h.ids.users.adviser, trainee: false })).status).toBe(201);
  expect((await staff({ role: 'adviser', userId: h.ids.users.trainee, trainee: true, mentorUserId: h.ids.users.adviser })).status).toBe(201);
  adviser = await h.signIn(DEMO_EMAILS.adviser);
  trainee = await h.signIn('adviseur-io@mvo-noord.test');
});
afterAll(() => h?.close());

describe("never the company's own adviser, over the whole track", () => {
  it('an adviser with a second role who unassigned herself may not review, award or revoke; another coordinator may', async () => {
    expect((await h.call('PATCH', `/api/programme/enrolments/${bakkerij}`, { cookie: coordinator, body: { adviserUserId: h.ids.users.adviser } })).status).toBe(200);
    // Ada is also a coordinator of the partner, and acts as one.
    const membershipId = randomUUID();
    await h.sql.query(`insert into membership (id, user_id, partner_id, role) values ($1, $2, $3, 'coordinator')`, [membershipId, h.ids.users.adviser, h.ids.partners.noord]);
    const ada = await h.signIn(DEMO_EMAILS.adviser);
    expect((await h.call('POST', '/api/auth/switch', { cookie: ada, body: { membershipId } })).status).toBe(200);
    const unassigned = await h.call('PATCH', `/api/programme/enrolments/${bakkerij}`, { cookie: ada, body: { adviserUserId: null } });
    expect(unassigned.status).toBe(200);
    expect(unassigned.body.adviserUserId).toBeNull();

    // One application (a participant has one open at a time), put in each state in turn.
    const cert = await insertCertificate(bakkerij, 'submitted');
    const setState = (status: string, awarded = false) =>
      h.sql.query(`update csr_certificate set status = $2, number = $3, awarded_on = $4, valid_until = $5 where id = $1`, [
        cert, status, awarded ? 'MVO-2020-0099' : null, awarded ? '2020-01-01' : null, awarded ? '2099-12-31' : null,
      ]);
    const numbersTaken = async () => (await h.sql.query('select coalesce(sum(last), 0)::int as n from csr_certificate_number'))[0].n;
    const before = await numbersTaken();
    const review = await h.call('POST', `/api/koploper/csr-certificates/${cert}/review`, { cookie: ada, body: { decision: 'approve' } });
    expect(review.status).toBe(403);
    expect(review.body).toMatchObject({ code: 'csr_certificate.own_adviser', params: { action: 'review' } });
    expect(review.body.text.nl).toContain('adviseur van dit bedrijf');
    expect(await certStatus(cert)).toBe('submitted');

    await setState('approved');
    const award = await h.call('POST', `/api/koploper/csr-certificates/${cert}/award`, { cookie: ada, body: {} });
    expect(award.status).toBe(403);
    expect(award.body).toMatchObject({ code: 'csr_certificate.own_adviser', params: { action: 'award' } });
    // Reassigning herself in between and unassigning again changes nothing.
    expect((await h.call('PATCH', `/api/programme/enrolments/${bakkerij}`, { cookie: ada, body: { adviserUserId: h.ids.users.adviser } })).status).toBe(200);
    expect((await h.call('PATCH', `/api/programme/enrolments/${bakkerij}`, { cookie: ada, body: { adviserUserId: null } })).status).toBe(200);
    expect((await h.call('POST', `/api/koploper/csr-certificates/${cert}/award`, { cookie: ada, body: {} })).status).toBe(403);
    expect(await certStatus(cert)).toBe('approved');

    await setState('awarded', true);
    const revoke = await h.call('POST', `/api/koploper/csr-certificates/${cert}/revoke`, { cookie: ada, body: { reason: 'Niet meer van toepassing' } });
    expect(revoke.status).toBe(403);
    expect(revoke.body).toMatchObject({ code: 'csr_certificate.own_adviser', params: { action: 'revoke' } });
    expect(await certStatus(cert)).toBe('awarded');
    // No number was taken for the refused award.
    expect(await numbersTaken()).toBe(before);

    // The history the rule reads: Ada from the first assignment, and again after reassigning herself, each closed.
    const history = await h.sql.query(`select user_id, until is null as open from enrolment_adviser where enrolment_id = $1 order by "from"`, [bakkerij]);
    expect(history).toEqual([
      { user_id: h.ids.users.adviser, open: false },
      { user_id: h.ids.users.adviser, open: false },
    ]);

    // A coordinator who never advised the bakery reviews, awards and revokes (awarded from the communication phase on,
    // so the coordinator first moves the bakery there, past the phase guards with a reason: koploper-phase-guards.spec).
    for (const phase of ['baseline', 'profile', 'action_plan', 'communication']) {
      expect((await h.call('PATCH', `/api/programme/enrolments/${bakkerij}`, { cookie: coordinator, body: { phase, reason: 'Certificaatregels getest' } })).status).toBe(200);
    }
    await setState('submitted');
    expect((await h.call('POST', `/api/koploper/csr-certificates/${cert}/review`, { cookie: coordinator, body: { decision: 'approve' } })).status).toBe(200);
    expect((await h.call('POST', `/api/koploper/csr-certificates/${cert}/award`, { cookie: coordinator, body: {} })).status).toBe(200);
    expect((await h.call('POST', `/api/koploper/csr-certificates/${cert}/revoke`, { cookie: coordinator, body: { reason: 'Niet meer van toepassing' } })).status).toBe(200);
    expect(await certStatus(cert)).toBe('revoked');
  });
});

describe('a trainee adviser works under the mentor', () => {
  it('does not assign advisers: not itself, not anyone else, and does not unassign (403)', async () => {
    for (const adviserUserId of [h.ids.users.trainee, h.ids.users.adviser, null]) {
      const res = await h.call('PATCH', `/api/programme/enrolments/${installateur}`, { cookie: trainee, body: { adviserUserId } });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('enrolment.trainee_assigns');
    }
    const [row] = await h.sql.query('select adviser_user_id from enrolment where id = $1', [installateur]);
    expect(row.adviser_user_id).toBeNull();
    // The coordinator may assign the trainee as a company's adviser.
    expect((await h.call('PATCH', `/api/programme/enrolments/${installateur}`, { cookie: coordinator, body: { adviserUserId: h.ids.users.trainee } })).status).toBe(200);
  });

  it("a trainee's baseline stays submitted until the mentor signs off; the trainee cannot sign off its own", async () => {
    const put = await h.call('PUT', `/api/koploper/participants/${installateur}/baseline`, { cookie: trainee, body: { year: year - 1, activities } });
    expect(put.status).toBe(200);
    expect(put.body.status).toBe('submitted');
    expect(put.body.awaitingSignOff).toMatchObject({ byName: 'Jelle Bakker' });
    const reviewed = await h.call('POST', `/api/koploper/participants/${installateur}/baseline/review`, { cookie: trainee, body: { year: year - 1 } });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.status).toBe('submitted');
    // Without a reviewed baseline there is no profile yet.
    expect((await h.call('POST', `/api/koploper/participants/${installateur}/profiles`, { cookie: trainee })).body.code).toBe('profile.no_reviewed_baseline');

    const own = await h.call('POST', `/api/koploper/participants/${installateur}/baseline/sign-off`, { cookie: trainee, body: { year: year - 1 } });
    expect(own.status).toBe(403);
    expect(own.body.code).toBe('sign_off.own_work');
    const signed = await h.call('POST', `/api/koploper/participants/${installateur}/baseline/sign-off`, { cookie: adviser, body: { year: year - 1 } });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ status: 'reviewed', awaitingSignOff: null });
    expect(signed.body.signedOffAt).toEqual(expect.any(String));
    const again = await h.call('POST', `/api/koploper/participants/${installateur}/baseline/sign-off`, { cookie: adviser, body: { year: year - 1 } });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'baseline.no_sign_off_pending', errors: [{ field: 'year' }] });
  });

  it("a participant's own entry reviewed by the trainee also waits; a full adviser's review counts at once", async () => {
    expect((await h.call('PUT', `/api/koploper/participants/${bakkerij}/baseline`, { cookie: participant, body: { year: year - 1, activities } })).status).toBe(200);
    const byTrainee = await h.call('POST', `/api/koploper/participants/${bakkerij}/baseline/review`, { cookie: trainee, body: { year: year - 1 } });
    expect(byTrainee.body).toMatchObject({ status: 'submitted', awaitingSignOff: { byName: 'Jelle Bakker' } });
    const byAdviser = await h.call('POST', `/api/koploper/participants/${zorg}/baseline/review`, { cookie: adviser, body: { year: year - 1 } });
    expect(byAdviser.status).toBe(404);
    expect((await h.call('PUT', `/api/koploper/participants/${zorg}/baseline`, { cookie: adviser, body: { year: year - 1, activities } })).body).toMatchObject({ status: 'reviewed', awaitingSignOff: null });
  });

  it("a trainee's publication keeps the profile a draft until the mentor or a coordinator signs off", async () => {
    await waitFor(async () => {
      const b = (await h.call('GET', `/api/koploper/participants/${installateur}/baseline?year=${year - 1}`, { cookie: trainee })).body;
      return b.footprint.result?.status === 'succeeded' ? b : null;
    }, 30_000, 'the baseline footprint');
    const draft = await h.call('POST', `/api/koploper/participants/${installateur}/profiles`, { cookie: trainee });
    expect(draft.status).toBe(201);
    const published = await h.call('POST', `/api/koploper/profiles/${draft.body.id}/publish`, { cookie: trainee });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'draft', version: null, awaitingSignOffByName: 'Jelle Bakker' });
    expect(published.body.awaitingSignOffAt).toEqual(expect.any(String));
    const [{ n }] = await h.sql.query(`select count(*)::int as n from sustainability_profile where participant_id = $1 and status = 'published'`, [installateur]);
    expect(n).toBe(0);
    expect((await h.call('POST', `/api/koploper/profiles/${draft.body.id}/sign-off`, { cookie: trainee })).body.code).toBe('sign_off.own_work');
    const signed = await h.call('POST', `/api/koploper/profiles/${draft.body.id}/sign-off`, { cookie: coordinator });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ status: 'published', version: 1, awaitingSignOffAt: null, awaitingSignOffByName: null });
    expect(signed.body.signedOffAt).toEqual(expect.any(String));
    await waitFor(async () => (await h.call('GET', `/api/koploper/profiles/${draft.body.id}`, { cookie: coordinator })).body.pdfReady, 30_000, 'the profile PDF');
  });
});
