/**
 * The talk at the company's premises (issue 15 item 11, "Gesprek op locatie"):
 * a session of one participant, planned by the adviser, where the baseline's
 * outcome is discussed. It names its participant (required for company_visit,
 * refused for a group's session), takes place at the company when no place is
 * given, is seen by that participant and the staff only, and only that
 * participant attends.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_EMAILS, startHarness, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let coordinator: string;
let adviser: string;
let bakery: string;
let other: string;
let cohortId: string;
let bakeryId: string;
let otherId: string;

const visit = { kind: 'company_visit', title: 'Gesprek op locatie', startsAt: '2026-04-14T10:00:00+02:00', endsAt: '2026-04-14T11:30:00+02:00', location: '', agenda: 'Bespreken uitkomst nulmeting' };

function invitationToken(to: string): string {
  const files = readdirSync(h.mailDir).filter((f) => f.includes(to.replace(/[^a-z0-9@.-]/gi, '_'))).sort();
  const mail = readFileSync(join(h.mailDir, files.at(-1)!), 'utf8').replace(/=\r?\n/g, '');
  const m = /\/koploper\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(mail);
  if (!m) throw new Error(`no invitation link in mail to ${to}`);
  return m[1];
}

const cohort = async (cookie: string) => {
  const res = await h.call('GET', `/api/koploper/cohorts/${cohortId}`, { cookie });
  expect(res.status).toBe(200);
  return res.body as { sessions: { id: string; kind: string; participantId: string | null; organisationName: string | null; items: unknown[]; attendance: unknown[] }[] };
};

beforeAll(async () => {
  h = await startHarness();
  coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  adviser = await h.signIn(DEMO_EMAILS.adviser);
  bakery = await h.signIn(DEMO_EMAILS.participant);
  const created = await h.call('POST', '/api/koploper/cohorts', { cookie: coordinator, body: { name: 'Koplopergroep Assen 2026', municipality: 'Assen', startsOn: '2026-01-15', endsOn: '2026-12-15' } });
  cohortId = created.body.id;
  bakeryId = (await h.call('POST', `/api/programme/groups/${cohortId}/enrolments`, { cookie: coordinator, body: { organisationId: h.ids.organisations.bakkerij } })).body.id;
  // A second company of the same group, with its own participant account.
  expect((await h.call('POST', `/api/programme/groups/${cohortId}/invitations`, { cookie: coordinator, body: { email: 'info@kapsalon-lief.test' } })).status).toBe(201);
  const accepted = await h.call('POST', `/api/public/invitations/${invitationToken('info@kapsalon-lief.test')}/accept`, {
    body: { organisation: { name: 'Kapsalon Lief', kvkNumber: '40099881', sbiCode: '96.02', sizeClass: 'micro', municipality: 'Assen' }, user: { name: 'Lieke Lief', password: 'lang-genoeg-wachtwoord' } },
  });
  expect(accepted.status).toBe(201);
  otherId = accepted.body.participantId;
  other = await h.signIn('info@kapsalon-lief.test', 'lang-genoeg-wachtwoord');
});
afterAll(() => h?.close());

describe('planning the talk at the company', () => {
  it('the adviser plans it for one participant; without a place it is at the company', async () => {
    const res = await h.call('POST', `/api/programme/groups/${cohortId}/sessions`, { cookie: adviser, body: { ...visit, participantId: bakeryId } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      groupId: cohortId, kind: 'company_visit', participantId: bakeryId, organisationName: 'Bakkerij De Vries', location: 'Bakkerij De Vries, Assen',
      agenda: 'Bespreken uitkomst nulmeting', startsAt: '2026-04-14T08:00:00.000Z', endsAt: '2026-04-14T09:30:00.000Z', attendance: [],
    });
    const named = await h.call('POST', `/api/programme/groups/${cohortId}/sessions`, { cookie: adviser, body: { ...visit, location: 'Kapsalon, achterkamer', participantId: otherId } });
    expect(named.status).toBe(201);
    expect(named.body).toMatchObject({ participantId: otherId, organisationName: 'Kapsalon Lief', location: 'Kapsalon, achterkamer' });
  });

  it('refuses a company visit without its participant, and a group session with one, naming participantId; writes nothing', async () => {
    const before = await writeFingerprint(h.sql);
    const missing = await h.call('POST', `/api/programme/groups/${cohortId}/sessions`, { cookie: adviser, body: visit });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'participantId', code: 'session.participant_required' })]);
    expect(missing.body.text.nl).toBe('Kies de deelnemer bij wie het gesprek plaatsvindt');
    const group = await h.call('POST', `/api/programme/groups/${cohortId}/sessions`, { cookie: coordinator, body: { ...visit, kind: 'kickoff', location: 'Assen', participantId: bakeryId } });
    expect(group.status).toBe(400);
    expect(group.body.errors).toEqual([expect.objectContaining({ field: 'participantId', code: 'session.participant_not_allowed' })]);
    const foreignCohort = await h.call('POST', '/api/koploper/cohorts', { cookie: coordinator, body: { name: 'Koplopergroep Emmen 2026', municipality: 'Emmen', startsOn: '2026-01-15', endsOn: '2026-12-15' } });
    const before2 = await writeFingerprint(h.sql);
    const elsewhere = await h.call('POST', `/api/programme/groups/${foreignCohort.body.id}/sessions`, { cookie: adviser, body: { ...visit, participantId: bakeryId } });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.errors).toEqual([expect.objectContaining({ field: 'participantId', code: 'session.participant_unknown' })]);
    const malformed = await h.call('POST', `/api/programme/groups/${cohortId}/sessions`, { cookie: adviser, body: { ...visit, participantId: 'bakkerij' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'participantId' })]);
    expect(await writeFingerprint(h.sql)).toEqual(before2);
    expect(before2.programme_session).toBe(before.programme_session);
  });

  it("the group's sessions stay the coordinator's: an adviser is refused a kickoff (403), and a visit does not become a group session", async () => {
    const kickoff = await h.call('POST', `/api/programme/groups/${cohortId}/sessions`, { cookie: adviser, body: { ...visit, kind: 'kickoff', location: 'Assen' } });
    expect(kickoff.status).toBe(403);
    expect(kickoff.body.code).toBe('session.coordinator_only');
    const planned = (await cohort(coordinator)).sessions.find((s) => s.participantId === bakeryId)!;
    const crossed = await h.call('PATCH', `/api/programme/sessions/${planned.id}`, { cookie: coordinator, body: { kind: 'exchange' } });
    expect(crossed.status).toBe(400);
    expect(crossed.body.errors[0]).toMatchObject({ field: 'kind', code: 'session.kind_scope' });
    const moved = await h.call('PATCH', `/api/programme/sessions/${planned.id}`, { cookie: adviser, body: { startsAt: '2026-04-15T10:00:00+02:00', endsAt: '2026-04-15T11:00:00+02:00' } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ participantId: bakeryId, startsAt: '2026-04-15T08:00:00.000Z', location: 'Bakkerij De Vries, Assen' });
  });
});

describe('who sees it', () => {
  it('the participant sees its own talk and the group sessions; another participant of the same group sees neither the talk nor its actions', async () => {
    const kickoff = await h.call('POST', `/api/programme/groups/${cohortId}/sessions`, { cookie: coordinator, body: { kind: 'kickoff', title: 'Startbijeenkomst', startsAt: '2026-02-03T15:00:00+01:00', location: 'Gemeentehuis Assen', agenda: '' } });
    expect(kickoff.status).toBe(201);
    expect(kickoff.body).toMatchObject({ participantId: null, organisationName: null });
    const talk = (await cohort(coordinator)).sessions.find((s) => s.participantId === bakeryId)!;
    expect((await h.call('POST', `/api/programme/sessions/${talk.id}/items`, { cookie: adviser, body: { kind: 'action', text: 'Offerte ledverlichting opvragen', owner: 'Petra de Vries' } })).status).toBe(201);

    const staffView = await cohort(coordinator);
    expect(staffView.sessions.map((s) => [s.kind, s.organisationName])).toEqual([['kickoff', null], ['company_visit', 'Kapsalon Lief'], ['company_visit', 'Bakkerij De Vries']]);

    const own = await cohort(bakery);
    expect(own.sessions.map((s) => [s.kind, s.organisationName])).toEqual([['kickoff', null], ['company_visit', 'Bakkerij De Vries']]);
    expect(own.sessions[1].items).toEqual([expect.objectContaining({ text: 'Offerte ledverlichting opvragen' })]);

    const theirs = await cohort(other);
    expect(theirs.sessions.map((s) => [s.kind, s.organisationName])).toEqual([['kickoff', null], ['company_visit', 'Kapsalon Lief']]);
    expect(JSON.stringify(theirs)).not.toContain('Offerte ledverlichting');
    expect(JSON.stringify(theirs)).not.toContain('Bakkerij De Vries');
    // Nor by its id: the other participant cannot record anything on it.
    expect((await h.call('PATCH', `/api/programme/sessions/${talk.id}`, { cookie: other, body: { title: 'x' } })).status).toBe(403);
  });
});

describe('attendance', () => {
  it('only the participant the talk is with attends: another participant of the group is refused at its entry, nothing written', async () => {
    const talk = (await cohort(coordinator)).sessions.find((s) => s.participantId === bakeryId)!;
    const before = await writeFingerprint(h.sql);
    const wrong = await h.call('PUT', `/api/programme/sessions/${talk.id}/attendance`, { cookie: adviser, body: { attendance: [{ participantId: bakeryId, present: true }, { participantId: otherId, present: true }] } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'attendance.1.participantId', code: 'attendance.not_this_participant' })]);
    expect(await writeFingerprint(h.sql)).toEqual(before);
    const ok = await h.call('PUT', `/api/programme/sessions/${talk.id}/attendance`, { cookie: adviser, body: { attendance: [{ participantId: bakeryId, present: true }] } });
    expect(ok.status).toBe(200);
    expect(ok.body.attendance).toEqual([{ participantId: bakeryId, present: true }]);
    expect((await cohort(bakery)).sessions.find((s) => s.id === talk.id)?.attendance).toEqual([{ participantId: bakeryId, present: true }]);
  });
});
