/**
 * Running a Koplopergroep on the programme core: advisers (trainees with a
 * mentor), the phase plan and the late overview, sessions and attendance,
 * enrolment by e-mail with self-registration, closing the year into the alumni
 * network. The group's own routes are /api/programme; step 1's /api/koploper.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_EMAILS, startHarness, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let coordinator: string;
let adviser: string;
let participant: string;

beforeAll(async () => {
  h = await startHarness();
  coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  adviser = await h.signIn(DEMO_EMAILS.adviser);
  participant = await h.signIn(DEMO_EMAILS.participant);
});
afterAll(() => h?.close());

async function cohortWith(orgKeys: string[], dates = { startsOn: '2026-01-15', endsOn: '2026-12-15' }) {
  const created = await h.call('POST', '/api/koploper/cohorts', { cookie: coordinator, body: { name: 'Koplopergroep Assen 2026', municipality: 'Assen', ...dates } });
  expect(created.status).toBe(201);
  for (const k of orgKeys) expect((await h.call('POST', `/api/programme/groups/${created.body.id}/enrolments`, { cookie: coordinator, body: { organisationId: h.ids.organisations[k] } })).status).toBe(201);
  return created.body.id as string;
}
const detail = async (id: string, cookie = coordinator) => (await h.call('GET', `/api/koploper/cohorts/${id}`, { cookie })).body;
const move = (pid: string, phase: string, cookie = adviser) => h.call('PATCH', `/api/programme/enrolments/${pid}`, { cookie, body: { phase } });

/** The invitation link of the newest mail to `to`. */
function invitationToken(to: string): string {
  const files = readdirSync(h.mailDir).filter((f) => f.includes(to.replace(/[^a-z0-9@.-]/gi, '_'))).sort();
  const mail = readFileSync(join(h.mailDir, files.at(-1)!), 'utf8').replace(/=\r?\n/g, '');
  const m = /\/koploper\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(mail);
  if (!m) throw new Error(`no invitation link in mail to ${to}`);
  return m[1];
}

describe('advisers', () => {
  it('adds an adviser and a trainee with a mentor; a trainee without a mentor is refused', async () => {
    const id = await cohortWith(['bakkerij']);
    const add = (body: object) => h.call('POST', `/api/programme/groups/${id}/staff`, { cookie: coordinator, body: { role: 'adviser', ...body } });
    const noMentor = await add({ userId: h.ids.users.trainee, trainee: true });
    expect(noMentor.status).toBe(400);
    expect(noMentor.body.errors[0]).toMatchObject({ field: 'mentorUserId', code: 'staff.mentor_missing' });
    // The mentor must be an experienced adviser of this cohort.
    const noSuchMentor = await add({ userId: h.ids.users.trainee, trainee: true, mentorUserId: h.ids.users.adviser });
    expect(noSuchMentor.status).toBe(400);
    expect(noSuchMentor.body).toMatchObject({ code: 'staff.mentor', errors: [{ field: 'mentorUserId' }] });
    expect((await add({ userId: h.ids.users.adviser, trainee: false })).status).toBe(201);
    const withTrainee = await add({ userId: h.ids.users.trainee, trainee: true, mentorUserId: h.ids.users.adviser });
    expect(withTrainee.status).toBe(201);
    expect(withTrainee.body.staff).toEqual(
      expect.arrayContaining([expect.objectContaining({ role: 'adviser', userId: h.ids.users.trainee, trainee: true, mentorUserId: h.ids.users.adviser, mentorName: 'Ada Veenstra', name: 'Jelle Bakker' })]),
    );
    const notAdviser = await add({ userId: h.ids.users.coordinator, trainee: false });
    expect(notAdviser.status).toBe(400);
    expect(notAdviser.body).toMatchObject({ code: 'staff.not_staff', errors: [{ field: 'userId' }] });
    const twice = await add({ userId: h.ids.users.adviser, trainee: false });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('staff.exists');
    // The mentor cannot leave while mentoring (by user id or by staff id).
    const mentorRow = withTrainee.body.staff.find((s: { userId: string }) => s.userId === h.ids.users.adviser);
    for (const key of [h.ids.users.adviser, mentorRow.id]) {
      const leave = await h.call('DELETE', `/api/programme/groups/${id}/staff/${key}`, { cookie: coordinator });
      expect(leave.status).toBe(409);
      expect(leave.body.code).toBe('staff.is_mentor');
    }
  });

  it('assigns a participant to one of the cohort advisers only', async () => {
    const id = await cohortWith(['bakkerij']);
    const p = (await detail(id)).participants[0].id;
    const assign = (adviserUserId: string | null) => h.call('PATCH', `/api/programme/enrolments/${p}`, { cookie: coordinator, body: { adviserUserId } });
    const notYet = await assign(h.ids.users.adviser);
    expect(notYet.status).toBe(400);
    expect(notYet.body).toMatchObject({ code: 'enrolment.not_an_adviser', errors: [{ field: 'adviserUserId' }] });
    await h.call('POST', `/api/programme/groups/${id}/staff`, { cookie: coordinator, body: { role: 'adviser', userId: h.ids.users.adviser, trainee: false } });
    const assigned = await assign(h.ids.users.adviser);
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ id: p, adviserUserId: h.ids.users.adviser });
    expect((await detail(id)).participants[0]).toMatchObject({ adviserUserId: h.ids.users.adviser, adviserName: 'Ada Veenstra' });
    expect((await assign(null)).body.adviserUserId).toBeNull();
  });

  it('lists the partner staff by role for the pickers, not to participants', async () => {
    const res = await h.call('GET', '/api/programme/staff-picker?role=adviser', { cookie: coordinator });
    expect(res.body.items.map((u: { name: string }) => u.name)).toEqual(['Ada Veenstra', 'Jelle Bakker']);
    expect((await h.call('GET', '/api/programme/staff-picker', { cookie: participant })).status).toBe(403);
    // An unknown role is the client's mistake, not an empty list.
    const unknown = await h.call('GET', '/api/programme/staff-picker?role=koning', { cookie: coordinator });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 'staff.picker_role', errors: [{ field: 'role' }] });
  });
});

describe('phase plan and the late overview', () => {
  it('marks a participant late once the planned date of its phase has passed', async () => {
    const id = await cohortWith(['bakkerij', 'installateur', 'zorg'], { startsOn: '2025-01-10', endsOn: '2027-12-01' });
    const plan = await h.call('PATCH', `/api/koploper/cohorts/${id}`, { cookie: coordinator, body: { phasePlan: { kickoff: '2025-02-01', baseline: '2099-01-01' } } });
    expect(plan.status).toBe(400); // after the cohort's end
    expect(plan.body.errors[0]).toMatchObject({ field: 'phasePlan.baseline', code: 'plan.outside_group' });
    const backwards = await h.call('PATCH', `/api/koploper/cohorts/${id}`, { cookie: coordinator, body: { phasePlan: { kickoff: '2025-06-01', baseline: '2025-03-01' } } });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0]).toMatchObject({ field: 'phasePlan.baseline', code: 'plan.order', params: { phase: 'baseline', before: 'kickoff' } });
    expect(backwards.body.errors[0].text.nl).toContain('Nulmeting ligt voor Startbijeenkomst');
    const planned = await h.call('PATCH', `/api/koploper/cohorts/${id}`, { cookie: coordinator, body: { phasePlan: { kickoff: '2025-02-01', baseline: '2027-11-01' } } });
    expect(planned.status).toBe(200);
    expect(planned.body).toMatchObject({ municipality: 'Assen', phasePlan: { kickoff: '2025-02-01', baseline: '2027-11-01' } });
    await h.call('POST', `/api/programme/groups/${id}/start`, { cookie: coordinator });
    const [first, second] = (await detail(id)).participants;
    await move(first.id, 'baseline');
    const rows = (await detail(id)).participants;
    expect(rows.find((r: { id: string }) => r.id === first.id)).toMatchObject({ phase: 'baseline', plannedBy: '2027-11-01', late: false, nextPhases: ['profile', 'withdrawn'] });
    expect(rows.find((r: { id: string }) => r.id === second.id)).toMatchObject({ phase: 'kickoff', plannedBy: '2025-02-01', late: true });
  });
});

describe('meetings', () => {
  it('plans a kickoff with agenda and records attendance of the cohort participants only', async () => {
    const id = await cohortWith(['bakkerij', 'installateur', 'zorg']);
    const created = await h.call('POST', `/api/programme/groups/${id}/sessions`, {
      cookie: coordinator,
      body: { kind: 'kickoff', title: 'Startbijeenkomst', startsAt: '2026-02-03T15:00:00+01:00', endsAt: '2026-02-03T17:00:00+01:00', location: 'Gemeentehuis Assen', agenda: '1. Welkom\n2. Het traject' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ groupId: id, kind: 'kickoff', endsAt: '2026-02-03T16:00:00.000Z', attendance: [] });
    const [a, b] = (await detail(id)).participants;
    const foreign = (await detail(await cohortWith(['gemeente']))).participants[0].id;
    const before = await writeFingerprint(h.sql);
    const bad = await h.call('PUT', `/api/programme/sessions/${created.body.id}/attendance`, { cookie: adviser, body: { attendance: [{ participantId: a.id, present: true }, { participantId: foreign, present: true }] } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'attendance.1.participantId', code: 'attendance.not_enrolled' });
    expect(await writeFingerprint(h.sql)).toEqual(before);
    const ok = await h.call('PUT', `/api/programme/sessions/${created.body.id}/attendance`, { cookie: adviser, body: { attendance: [{ participantId: a.id, present: true }, { participantId: b.id, present: false }] } });
    expect(ok.status).toBe(200);
    expect(ok.body.attendance).toHaveLength(2);
    const shown = (await detail(id)).sessions[0];
    expect(shown).toMatchObject({ kind: 'kickoff', location: 'Gemeentehuis Assen' });
    expect(shown.attendance).toEqual(expect.arrayContaining([{ participantId: a.id, present: true }, { participantId: b.id, present: false }]));
    const moved = await h.call('PATCH', `/api/programme/sessions/${created.body.id}`, { cookie: coordinator, body: { location: 'Drents Museum', endsAt: null } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ location: 'Drents Museum', endsAt: null, title: 'Startbijeenkomst' });
    expect((await h.call('POST', `/api/programme/groups/${id}/sessions`, { cookie: adviser, body: { kind: 'exchange', title: 'x', startsAt: '2026-03-01T10:00:00Z', location: '', agenda: '' } })).status).toBe(403);
  });
});

describe('enrolment by e-mail', () => {
  it('lets a new company register itself from the invitation and signs its contact in on its own track', async () => {
    const id = await cohortWith(['installateur']);
    const invited = await h.call('POST', `/api/programme/groups/${id}/invitations`, { cookie: coordinator, body: { email: 'Directie@Korenschoof.test' } });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ email: 'directie@korenschoof.test', organisationId: null, acceptedAt: null, withdrawnAt: null, sentCount: 1 });
    const twice = await h.call('POST', `/api/programme/groups/${id}/invitations`, { cookie: coordinator, body: { email: 'directie@korenschoof.test' } });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'invitation.exists', params: { email: 'directie@korenschoof.test' }, errors: [{ field: 'email' }] });
    const token = invitationToken('directie@korenschoof.test');

    const shown = await h.call('GET', `/api/public/invitations/${token}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({
      groupName: 'Koplopergroep Assen 2026', step: 'koploper', place: 'Assen', partnerName: 'MVO Alliantie Noord-Nederland', email: 'directie@korenschoof.test', organisationName: null, existingAccount: false,
    });

    const before = await writeFingerprint(h.sql);
    const missing = await h.call('POST', `/api/public/invitations/${token}/accept`, { body: { user: { name: 'Anna Koren', password: 'lang-genoeg-wachtwoord' } } });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0]).toMatchObject({ field: 'organisation', code: 'invitation.organisation_missing' });
    const badKvk = await h.call('POST', `/api/public/invitations/${token}/accept`, {
      body: { organisation: { name: 'Bakkerij De Korenschoof', kvkNumber: '123', sbiCode: '10.71', sizeClass: 'micro', municipality: 'Assen' }, user: { name: 'Anna Koren', password: 'kort' } },
    });
    expect(badKvk.status).toBe(400);
    expect(badKvk.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['organisation.kvkNumber', 'user.password']);
    const takenKvk = await h.call('POST', `/api/public/invitations/${token}/accept`, {
      body: { organisation: { name: 'Bakkerij De Korenschoof', kvkNumber: '40012345', sbiCode: '10.71', sizeClass: 'micro', municipality: 'Assen' }, user: { name: 'Anna Koren', password: 'lang-genoeg-wachtwoord' } },
    });
    expect(takenKvk.status).toBe(409);
    expect(takenKvk.body).toMatchObject({ code: 'organisation.kvk_exists', params: { kvkNumber: '40012345' }, errors: [{ field: 'organisation.kvkNumber' }] });
    expect(await writeFingerprint(h.sql)).toEqual(before);

    const accepted = await h.call('POST', `/api/public/invitations/${token}/accept`, {
      body: { organisation: { name: 'Bakkerij De Korenschoof', kvkNumber: '40099999', sbiCode: '10.71', sizeClass: 'micro', municipality: 'Assen' }, user: { name: 'Anna Koren', password: 'lang-genoeg-wachtwoord' } },
    });
    expect(accepted.status).toBe(201);
    expect(accepted.body).toEqual({ participantId: expect.any(String), groupId: id, step: 'koploper' });
    const cookie = String(accepted.headers.get('set-cookie')).split(';')[0];
    const session = await h.call('GET', '/api/auth/session', { cookie });
    expect(session.body.memberships[0]).toMatchObject({ role: 'participant', organisation: { name: 'Bakkerij De Korenschoof' } });
    const own = await h.call('GET', `/api/koploper/cohorts/${id}`, { cookie });
    expect(own.body.participants.map((p: { id: string; organisationName: string }) => [p.id, p.organisationName])).toEqual([[accepted.body.participantId, 'Bakkerij De Korenschoof']]);
    expect(own.body.invitations).toEqual([]);
    // Used once only.
    const used = await h.call('GET', `/api/public/invitations/${token}`);
    expect(used.status).toBe(409);
    expect(used.body.code).toBe('invitation.accepted');
    expect((await detail(id)).invitations[0]).toMatchObject({ email: 'directie@korenschoof.test', organisationName: 'Bakkerij De Korenschoof' });
  });

  it('invites an existing organisation: the invitee only sets a name and password', async () => {
    const id = await cohortWith([]);
    await h.call('POST', `/api/programme/groups/${id}/invitations`, { cookie: coordinator, body: { email: 'inkoop@zorggroep.test', organisationId: h.ids.organisations.zorg } });
    const token = invitationToken('inkoop@zorggroep.test');
    expect((await h.call('GET', `/api/public/invitations/${token}`)).body.organisationName).toBe('Zorggroep Drentse Aa');
    const accepted = await h.call('POST', `/api/public/invitations/${token}/accept`, { body: { user: { name: 'Ineke Zorg', password: 'lang-genoeg-wachtwoord' } } });
    expect(accepted.status).toBe(201);
    expect((await detail(id)).participants.map((p: { organisationName: string }) => p.organisationName)).toEqual(['Zorggroep Drentse Aa']);
  });

  it('answers 404 for an unknown token and refuses invitations by participants', async () => {
    expect((await h.call('GET', '/api/public/invitations/onbekend-token-dat-niet-bestaat-xyz')).status).toBe(404);
    const id = await cohortWith([]);
    expect((await h.call('POST', `/api/programme/groups/${id}/invitations`, { cookie: participant, body: { email: 'x@y.test' } })).status).toBe(403);
  });
});

describe('closing the year', () => {
  it('refuses while a participant has not reached the symposium, naming it; then moves everyone to the alumni network', async () => {
    const id = await cohortWith(['bakkerij', 'installateur', 'zorg']);
    await h.call('POST', `/api/programme/groups/${id}/start`, { cookie: coordinator });
    const rows = (await detail(id)).participants;
    const walk = async (pid: string, to: string) => {
      for (const phase of ['baseline', 'profile', 'action_plan', 'communication', 'symposium']) {
        // The coordinator moves on past the phase guards, saying why (their work: koploper-phase-guards.spec).
        expect((await h.call('PATCH', `/api/programme/enrolments/${pid}`, { cookie: coordinator, body: { phase, reason: 'Afsluiten getest, niet het werk per fase' } })).status).toBe(200);
        if (phase === to) return;
      }
    };
    await walk(rows[0].id, 'symposium');
    await walk(rows[1].id, 'symposium');
    await walk(rows[2].id, 'profile');
    const refused = await h.call('POST', `/api/programme/groups/${id}/close`, { cookie: coordinator });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'group.not_ready_to_close', params: { behind: [rows[2].id] } });
    expect(refused.body.detail).toContain('Zorggroep Drentse Aa (Duurzaamheidsprofiel)');
    expect(refused.body.text.en).toContain('Zorggroep Drentse Aa (Sustainability profile)');
    const withdrawn = await h.call('PATCH', `/api/programme/enrolments/${rows[2].id}`, { cookie: coordinator, body: { phase: 'withdrawn', reason: 'Geen tijd dit jaar' } });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.phase).toBe('withdrawn');
    const closed = await h.call('POST', `/api/programme/groups/${id}/close`, { cookie: coordinator });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.participants.map((p: { phase: string }) => p.phase)).toEqual(['alumni', 'alumni', 'withdrawn']);

    const alumni = await h.call('GET', '/api/koploper/alumni', { cookie: coordinator });
    expect(alumni.body.items.map((a: { organisationName: string }) => a.organisationName).sort()).toEqual(['Bakkerij De Vries', 'Installatiebedrijf Bos']);
    expect((await h.call('GET', '/api/koploper/alumni', { cookie: participant })).status).toBe(403);

    const wrong = await h.call('POST', '/api/koploper/alumni/invitations', { cookie: coordinator, body: { organisationIds: [h.ids.organisations.zorg], activity: 'masterclass', subject: 'CE-masterclass', message: 'Welkom' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0]).toMatchObject({ field: 'organisationIds.0', code: 'alumni.unknown' });
    const sent = await h.call('POST', '/api/koploper/alumni/invitations', {
      cookie: coordinator,
      body: { organisationIds: [h.ids.organisations.bakkerij], activity: 'masterclass', subject: 'Uitnodiging CE-masterclass voorjaar 2027', message: 'Graag nodigen wij u uit.' },
    });
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({ sent: 1, organisations: 1 });
    expect(readdirSync(h.mailDir).some((f) => f.includes('deelnemer@bakkerij-devries.test'))).toBe(true);
    // A closed cohort takes no more work.
    const late = await h.call('POST', `/api/programme/groups/${id}/sessions`, { cookie: coordinator, body: { kind: 'exchange', title: 'x', startsAt: '2026-03-01T10:00:00Z', location: '', agenda: '' } });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('group.closed');
  });
});

describe("a participant's track", () => {
  it('shows the participant its own track with what is planned, and hides other companies (404)', async () => {
    const id = await cohortWith(['bakkerij', 'installateur', 'zorg']);
    await h.call('PATCH', `/api/koploper/cohorts/${id}`, { cookie: coordinator, body: { phasePlan: { kickoff: '2026-03-01' } } });
    await h.call('POST', `/api/programme/groups/${id}/start`, { cookie: coordinator });
    const rows = (await detail(id)).participants;
    const own = rows.find((r: { organisationName: string }) => r.organisationName === 'Bakkerij De Vries').id;
    const other = rows.find((r: { organisationName: string }) => r.organisationName === 'Zorggroep Drentse Aa').id;
    const track = await h.call('GET', `/api/koploper/participants/${own}`, { cookie: participant });
    expect(track.status).toBe(200);
    expect(track.body).toMatchObject({
      participant: { phase: 'kickoff', plannedBy: '2026-03-01', nextPhases: ['baseline', 'withdrawn'] },
      cohort: { id, status: 'running', municipality: 'Assen' },
      organisation: { name: 'Bakkerij De Vries', sbiCode: '10.71' },
      baseline: null,
      profiles: [],
    });
    expect((await h.call('GET', `/api/koploper/participants/${other}`, { cookie: participant })).status).toBe(404);
    expect((await h.call('GET', `/api/koploper/participants/${other}`, { cookie: adviser })).status).toBe(200);
  });
});
