/**
 * The programme core as a coordinator relies on it, on a Koplopergroep (step 1):
 * the size rule at the start (the partner's own where it has one), staff with an
 * outside specialist, sessions of the step's kinds, invitations resent and
 * withdrawn, closing into the final phase in one go, and row-level security that
 * keeps a participant's writes to its own company.
 */
import { randomUUID } from 'node:crypto';
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

async function cohortWith(orgIds: string[], cookie = coordinator): Promise<{ id: string; enrolments: string[] }> {
  const created = await h.call('POST', '/api/koploper/cohorts', { cookie, body: { name: 'Koplopergroep Assen 2026', municipality: 'Assen', startsOn: '2026-01-15', endsOn: '2026-12-15' } });
  expect(created.status).toBe(201);
  const enrolments: string[] = [];
  for (const organisationId of orgIds) {
    const added = await h.call('POST', `/api/programme/groups/${created.body.id}/enrolments`, { cookie, body: { organisationId } });
    expect(added.status).toBe(201);
    enrolments.push(added.body.id);
  }
  return { id: created.body.id, enrolments };
}
const orgs = (...keys: string[]) => keys.map((k) => h.ids.organisations[k]);
const group = async (id: string, cookie = coordinator) => (await h.call('GET', `/api/programme/groups/${id}`, { cookie })).body;
/**
 * Moves on as the coordinator, past step 1's phase guards with a reason: what a
 * phase needs is koploper-phase-guards.spec's; here only the group's order and closing count.
 */
const move = (enrolment: string, phase: string) =>
  h.call('PATCH', `/api/programme/enrolments/${enrolment}`, { cookie: coordinator, body: { phase, reason: 'Het werk van deze fase is hier niet het onderwerp' } });

/** The token of the newest invitation mail to `to`. */
function invitationToken(to: string): string {
  const files = readdirSync(h.mailDir).filter((f) => f.includes(to.replace(/[^a-z0-9@.-]/gi, '_'))).sort();
  const mail = readFileSync(join(h.mailDir, files.at(-1)!), 'utf8').replace(/=\r?\n/g, '');
  const m = /\/koploper\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(mail);
  if (!m) throw new Error(`no invitation link in mail to ${to}`);
  return m[1];
}

describe('starting a group: the size rule', () => {
  it('refuses too few with group.too_few naming the rule and the count, and writes nothing', async () => {
    const { id } = await cohortWith(orgs('bakkerij', 'installateur'));
    expect((await group(id)).sizeRule).toEqual({ min: 3, max: 15 });
    const before = await writeFingerprint(h.sql);
    const res = await h.call('POST', `/api/programme/groups/${id}/start`, { cookie: coordinator });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'group.too_few',
      params: { min: 3, max: 15, count: 2 },
      text: { nl: 'Een Koplopergroep telt 3 tot 15 deelnemers; nu 2', en: 'A cohort has 3 to 15 participants; now 2' },
      detail: 'Een Koplopergroep telt 3 tot 15 deelnemers; nu 2',
    });
    expect(await writeFingerprint(h.sql)).toEqual(before);
    expect((await group(id)).status).toBe('planned');
  });

  it("uses the partner's own rule: Groningen starts with 8 to 15, not with 2, and does with 8", async () => {
    const g = await h.signIn('coordinator@groningen-duurzaam.test');
    const { id } = await cohortWith(orgs('metaal', 'drukkerij'), g);
    expect((await group(id, g)).sizeRule).toEqual({ min: 8, max: 15 });
    const refused = await h.call('POST', `/api/programme/groups/${id}/start`, { cookie: g });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'group.too_few', params: { min: 8, max: 15, count: 2 } });
    expect(refused.body.text.nl).toBe('Een Koplopergroep telt 8 tot 15 deelnemers; nu 2');
    for (let i = 0; i < 6; i++) {
      const org = await h.call('POST', '/api/organisations', { cookie: g, body: { name: `Westerkwartier Bedrijf ${i + 1}`, kind: 'company', step: 'koploper' } });
      expect(org.status).toBe(201);
      expect((await h.call('POST', `/api/programme/groups/${id}/enrolments`, { cookie: g, body: { organisationId: org.body.id } })).status).toBe(201);
    }
    const started = await h.call('POST', `/api/programme/groups/${id}/start`, { cookie: g });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ id, status: 'running', phase: 'kickoff' });
    expect(started.body.participants).toHaveLength(8);
  });
});

describe('staff', () => {
  it('adds an outside specialist (no account) next to the advisers; the group lists them, a participant sees them too', async () => {
    const { id } = await cohortWith(orgs('bakkerij'));
    expect((await h.call('POST', `/api/programme/groups/${id}/staff`, { cookie: coordinator, body: { role: 'adviser', userId: h.ids.users.adviser, trainee: false } })).status).toBe(201);
    const added = await h.call('POST', `/api/programme/groups/${id}/staff`, {
      cookie: coordinator,
      body: { role: 'specialist', externalName: ' dr. Ineke Smit ', externalOrganisation: 'Hanzehogeschool Groningen', externalEmail: 'I.Smit@Hanze.test', contribution: 'Biobased bouwmaterialen' },
    });
    expect(added.status).toBe(201);
    const specialist = {
      id: expect.any(String), role: 'specialist', userId: null, name: 'dr. Ineke Smit', email: 'i.smit@hanze.test', organisation: 'Hanzehogeschool Groningen', organisationId: null,
      contribution: 'Biobased bouwmaterialen', trainee: false, mentorUserId: null, mentorName: null,
    };
    expect(added.body.staff).toEqual(expect.arrayContaining([specialist, expect.objectContaining({ role: 'adviser', userId: h.ids.users.adviser, name: 'Ada Veenstra' })]));
    expect((await h.call('GET', `/api/koploper/cohorts/${id}`, { cookie: coordinator })).body.staff).toEqual(expect.arrayContaining([specialist]));
    expect((await group(id, participant)).staff.map((s: { name: string }) => s.name).sort()).toEqual(['Ada Veenstra', 'dr. Ineke Smit']);

    // A user or a name, not both; a specialist is no trainee.
    const both = await h.call('POST', `/api/programme/groups/${id}/staff`, { cookie: coordinator, body: { role: 'specialist', userId: h.ids.users.trainee, externalName: 'Jelle' } });
    expect(both.status).toBe(400);
    expect(both.body).toMatchObject({ code: 'staff.person', errors: [{ field: 'externalName' }] });
    const traineeSpecialist = await h.call('POST', `/api/programme/groups/${id}/staff`, { cookie: coordinator, body: { role: 'specialist', externalName: 'Jan', trainee: true } });
    expect(traineeSpecialist.status).toBe(400);
    expect(traineeSpecialist.body.errors[0]).toMatchObject({ field: 'trainee', code: 'staff.trainee_external' });
    // A role of another step (a masterclass has coaches) is named with the step's roles.
    const coach = await h.call('POST', `/api/programme/groups/${id}/staff`, { cookie: coordinator, body: { role: 'coach', externalName: 'Coach Carter' } });
    expect(coach.status).toBe(400);
    expect(coach.body).toMatchObject({ code: 'staff.role', params: { allowed: ['adviser', 'specialist'] }, errors: [{ field: 'role' }] });

    // Removed by staff id (a specialist has no user id).
    const row = added.body.staff.find((s: { role: string }) => s.role === 'specialist');
    expect((await h.call('DELETE', `/api/programme/groups/${id}/staff/${row.id}`, { cookie: coordinator })).status).toBe(204);
    expect((await group(id)).staff.map((s: { role: string }) => s.role)).toEqual(['adviser']);
  });
});

describe('sessions', () => {
  it("refuses a kind that is not the step's with 400 naming kind; plans one that is, with an end", async () => {
    const { id } = await cohortWith(orgs('bakkerij'));
    const before = await writeFingerprint(h.sql);
    const body = { title: 'Workshop circulair ontwerpen', startsAt: '2026-03-10T14:00:00+01:00', endsAt: '2026-03-10T17:00:00+01:00', location: 'Assen', agenda: '' };
    const workshop = await h.call('POST', `/api/programme/groups/${id}/sessions`, { cookie: coordinator, body: { ...body, kind: 'workshop' } });
    expect(workshop.status).toBe(400);
    expect(workshop.body).toMatchObject({ code: 'session.kind', params: { allowed: ['kickoff', 'exchange', 'company_visit', 'symposium', 'feedback'] } });
    expect(workshop.body.errors).toEqual([expect.objectContaining({ field: 'kind', code: 'session.kind' })]);
    expect(workshop.body.text.en).toContain('known: kickoff, exchange, company_visit, symposium');
    expect(await writeFingerprint(h.sql)).toEqual(before);

    const visit = await h.call('POST', `/api/programme/groups/${id}/sessions`, { cookie: coordinator, body: { ...body, kind: 'exchange' } });
    expect(visit.status).toBe(201);
    expect(visit.body).toMatchObject({ groupId: id, kind: 'exchange', participantId: null, startsAt: '2026-03-10T13:00:00.000Z', endsAt: '2026-03-10T16:00:00.000Z' });
    const changed = await h.call('PATCH', `/api/programme/sessions/${visit.body.id}`, { cookie: coordinator, body: { kind: 'closing' } });
    expect(changed.status).toBe(400);
    expect(changed.body.errors[0]).toMatchObject({ field: 'kind', code: 'session.kind' });
    const backwards = await h.call('PATCH', `/api/programme/sessions/${visit.body.id}`, { cookie: coordinator, body: { endsAt: '2026-03-10T12:00:00Z' } });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0]).toMatchObject({ field: 'endsAt', code: 'session.ends_before_start' });
  });
});

describe('invitations', () => {
  it('resending makes a new link: the old one answers 404, the new one shows the invitation and accepts', async () => {
    const { id } = await cohortWith(orgs('bakkerij'));
    const invited = await h.call('POST', `/api/programme/groups/${id}/invitations`, { cookie: coordinator, body: { email: 'info@gemeente-assen.test', organisationId: h.ids.organisations.gemeente } });
    expect(invited.status).toBe(201);
    const oldToken = invitationToken('info@gemeente-assen.test');
    expect((await h.call('GET', `/api/public/invitations/${oldToken}`)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 5)); // the next mail gets a later file name

    const resent = await h.call('POST', `/api/programme/invitations/${invited.body.id}/resend`, { cookie: coordinator });
    expect(resent.status).toBe(200);
    expect(resent.body).toMatchObject({ id: invited.body.id, email: 'info@gemeente-assen.test', organisationName: 'Gemeente Assen', sentCount: 2, withdrawnAt: null, acceptedAt: null });
    expect(Date.parse(resent.body.lastSentAt)).toBeGreaterThan(Date.parse(invited.body.lastSentAt));
    const newToken = invitationToken('info@gemeente-assen.test');
    expect(newToken).not.toBe(oldToken);

    const old = await h.call('GET', `/api/public/invitations/${oldToken}`);
    expect(old.status).toBe(404);
    expect(old.headers.get('content-type')).toContain('application/problem+json');
    expect((await h.call('POST', `/api/public/invitations/${oldToken}/accept`, { body: { user: { name: 'Gemeente', password: 'lang-genoeg-wachtwoord' } } })).status).toBe(404);

    const shown = await h.call('GET', `/api/public/invitations/${newToken}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ groupName: 'Koplopergroep Assen 2026', step: 'koploper', place: 'Assen', email: 'info@gemeente-assen.test', organisationName: 'Gemeente Assen', existingAccount: false });
    const accepted = await h.call('POST', `/api/public/invitations/${newToken}/accept`, { body: { user: { name: 'Gea Gemeente', password: 'lang-genoeg-wachtwoord' } } });
    expect(accepted.status).toBe(201);
    expect(accepted.body).toEqual({ participantId: expect.any(String), groupId: id, step: 'koploper' });
    expect((await group(id)).invitations[0]).toMatchObject({ id: invited.body.id, sentCount: 2, acceptedAt: expect.any(String) });
    // An accepted invitation is not resent.
    const again = await h.call('POST', `/api/programme/invitations/${invited.body.id}/resend`, { cookie: coordinator });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('invitation.accepted');
  });

  it('a withdrawn invitation: its link answers 409 invitation.withdrawn; it is not resent or withdrawn twice; it stays listed', async () => {
    const { id } = await cohortWith([]);
    const invited = await h.call('POST', `/api/programme/groups/${id}/invitations`, { cookie: coordinator, body: { email: 'directie@korenschoof.test' } });
    const token = invitationToken('directie@korenschoof.test');
    const withdrawn = await h.call('DELETE', `/api/programme/invitations/${invited.body.id}`, { cookie: coordinator });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ id: invited.body.id, withdrawnAt: expect.any(String), acceptedAt: null });

    const before = await writeFingerprint(h.sql);
    const page = await h.call('GET', `/api/public/invitations/${token}`);
    expect(page.status).toBe(409);
    expect(page.body).toMatchObject({ code: 'invitation.withdrawn', text: { en: 'This invitation has been withdrawn; ask the coordinator for a new one' } });
    const accept = await h.call('POST', `/api/public/invitations/${token}/accept`, {
      body: { organisation: { name: 'Bakkerij De Korenschoof', kvkNumber: '40099998', sbiCode: '10.71', sizeClass: 'micro', municipality: 'Assen' }, user: { name: 'Anna Koren', password: 'lang-genoeg-wachtwoord' } },
    });
    expect(accept.status).toBe(409);
    expect(accept.body.code).toBe('invitation.withdrawn');
    for (const [method, path] of [['POST', `/api/programme/invitations/${invited.body.id}/resend`], ['DELETE', `/api/programme/invitations/${invited.body.id}`]]) {
      const res = await h.call(method, path, { cookie: coordinator });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('invitation.withdrawn');
    }
    expect(await writeFingerprint(h.sql)).toEqual(before);
    expect((await group(id)).invitations).toEqual([expect.objectContaining({ id: invited.body.id, withdrawnAt: withdrawn.body.withdrawnAt })]);
    // The address may be invited anew.
    expect((await h.call('POST', `/api/programme/groups/${id}/invitations`, { cookie: coordinator, body: { email: 'directie@korenschoof.test' } })).status).toBe(201);
  });
});

describe('closing a group', () => {
  it('refuses while anyone is behind, naming each with its phase; then moves everyone at the symposium to alumni in one statement', async () => {
    const { id, enrolments } = await cohortWith(orgs('bakkerij', 'installateur', 'zorg', 'gemeente'));
    const [bakkerij, installateur, zorg, gemeente] = enrolments;
    expect((await h.call('POST', `/api/programme/groups/${id}/start`, { cookie: coordinator })).status).toBe(200);
    const walk = async (enrolment: string, to: string) => {
      for (const phase of ['baseline', 'profile', 'action_plan', 'communication', 'symposium']) {
        expect((await move(enrolment, phase)).status).toBe(200);
        if (phase === to) return;
      }
    };
    await walk(bakkerij, 'symposium');
    await walk(installateur, 'symposium');
    await walk(zorg, 'profile');

    const before = await writeFingerprint(h.sql);
    const refused = await h.call('POST', `/api/programme/groups/${id}/close`, { cookie: coordinator });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'group.not_ready_to_close' });
    expect([...refused.body.params.behind].sort()).toEqual([zorg, gemeente].sort());
    expect(refused.body.text.nl).toContain('Nog niet bij Koplopersymposium');
    expect(refused.body.text.nl).toContain('Zorggroep Drentse Aa (Duurzaamheidsprofiel)');
    expect(refused.body.text.nl).toContain('Gemeente Assen (Startbijeenkomst)');
    expect(refused.body.text.en).toContain('Zorggroep Drentse Aa (Sustainability profile)');
    expect(await writeFingerprint(h.sql)).toEqual(before);
    expect((await group(id)).status).toBe('running');

    // Withdrawn participants do not hold the group up; the rest catch up.
    expect((await h.call('PATCH', `/api/programme/enrolments/${gemeente}`, { cookie: coordinator, body: { phase: 'withdrawn', reason: 'Geen capaciteit' } })).status).toBe(200);
    for (const phase of ['action_plan', 'communication', 'symposium']) expect((await move(zorg, phase)).status).toBe(200);

    const closed = await h.call('POST', `/api/programme/groups/${id}/close`, { cookie: coordinator });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ id, status: 'closed', closedAt: expect.any(String), phase: 'alumni' });
    const byId = Object.fromEntries(closed.body.participants.map((p: { id: string; phase: string }) => [p.id, p.phase]));
    expect(byId).toEqual({ [bakkerij]: 'alumni', [installateur]: 'alumni', [zorg]: 'alumni', [gemeente]: 'withdrawn' });
    // One statement: the three moved at the same instant, the group's closing time.
    const rows: { id: string; phase_reached_at: Date; closed_at: Date }[] = await h.sql.query(
      `select e.id, e.phase_reached_at, g.closed_at from enrolment e join programme_group g on g.id = e.group_id where e.group_id = $1 and e.phase = 'alumni'`,
      [id],
    );
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.phase_reached_at.toISOString()))).toEqual(new Set([rows[0].closed_at.toISOString()]));
    const [{ reason }] = await h.sql.query(`select withdrawn_reason as reason from enrolment where id = $1`, [gemeente]);
    expect(reason).toBe('Geen capaciteit');

    const twice = await h.call('POST', `/api/programme/groups/${id}/close`, { cookie: coordinator });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('group.not_running');
    const closedWork = await h.call('PATCH', `/api/programme/groups/${id}`, { cookie: coordinator, body: { name: 'Te laat' } });
    expect(closedWork.status).toBe(409);
    expect(closedWork.body.code).toBe('group.closed');
  });
});

describe("a participant writes only its own company's rows", () => {
  let group1: string;
  let own: string;
  let other: string;

  beforeAll(async () => {
    const c = await cohortWith(orgs('bakkerij', 'installateur', 'zorg'));
    group1 = c.id;
    [own, other] = c.enrolments;
    const kickoff = await h.call('POST', `/api/programme/groups/${group1}/sessions`, { cookie: coordinator, body: { kind: 'kickoff', title: 'Start', startsAt: '2026-02-03T15:00:00+01:00', location: 'Assen', agenda: '' } });
    expect(kickoff.status).toBe(201);
  });

  /** Runs `sql` as the participant's tenant transaction does (role koers_tenant, partner and organisation set); rolled back. */
  async function asParticipant(sql: string, params: unknown[] = []): Promise<{ rows?: unknown[]; error?: string }> {
    const qr = h.sql.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    try {
      await qr.query(`select set_config('app.partner_id', $1, true), set_config('app.user_id', $2, true), set_config('app.organisation_id', $3, true)`, [
        h.ids.partners.noord, h.ids.users.participant, h.ids.organisations.bakkerij,
      ]);
      await qr.query('set local role koers_tenant');
      return { rows: await qr.query(sql, params) };
    } catch (e) {
      return { error: (e as Error).message };
    } finally {
      await qr.rollbackTransaction();
      await qr.release();
    }
  }

  it('reads no other company in the group (using), and its own', async () => {
    const seen = await asParticipant(`select id from enrolment where group_id = $1`, [group1]);
    expect(seen.rows).toEqual([{ id: own }]);
  });

  it.each([
    ['move its own enrolment to another company', `update enrolment set organisation_id = $1 where id = $2`, () => [h.ids.organisations.installateur, own]],
    ['add an action item to another company', `insert into action_plan_item (id, partner_id, participant_id, organisation_id, title, owner, due_on) values ($1, $2, $3, $4, 'x', 'x', '2026-09-01')`, () => [randomUUID(), h.ids.partners.noord, other, h.ids.organisations.installateur]],
    ['write the MVO-visie of another company', `insert into koploper_enrolment (enrolment_id, partner_id, organisation_id, csr_vision) values ($1, $2, $3, 'x')`, () => [other, h.ids.partners.noord, h.ids.organisations.installateur]],
    ['store a file as another company', `insert into stored_file (id, partner_id, organisation_id, purpose, owner_id, filename, content_type, size_bytes, sha256, content) values ($1, $2, $3, 'communication', $1, 'x.pdf', 'application/pdf', 1, repeat('0', 64), '\\x00')`, () => [randomUUID(), h.ids.partners.noord, h.ids.organisations.installateur]],
    ['record attendance for another company', `insert into session_attendance (partner_id, session_id, enrolment_id, organisation_id, present) select $1, s.id, $2, $3, true from programme_session s where s.group_id = $4`, () => [h.ids.partners.noord, other, h.ids.organisations.installateur, group1]],
    ['enrol another company in its group', `insert into enrolment (id, partner_id, group_id, organisation_id, role, phase) values ($1, $2, $3, $4, 'participant', 'kickoff')`, () => [randomUUID(), h.ids.partners.noord, group1, h.ids.organisations.gemeente]],
  ])('cannot %s (with check)', async (_what, sql, params) => {
    const res = await asParticipant(sql, params());
    expect(res.error).toMatch(/new row violates row-level security policy/);
  });

  it('may write its own rows (the same statements for its own company pass)', async () => {
    const res = await asParticipant(
      `insert into action_plan_item (id, partner_id, participant_id, organisation_id, title, owner, due_on) values ($1, $2, $3, $4, 'Zonnepanelen', 'Petra', '2026-09-01') returning id`,
      [randomUUID(), h.ids.partners.noord, own, h.ids.organisations.bakkerij],
    );
    expect(res.error).toBeUndefined();
    expect(res.rows).toHaveLength(1);
  });

  it("through the API: another company's participant is not found (404), and nothing is written", async () => {
    const before = await writeFingerprint(h.sql);
    for (const [method, path, body] of [
      ['POST', `/api/koploper/participants/${other}/action-plan/items`, { title: 'LED', owner: 'Petra', dueOn: '2026-09-30' }],
      ['PUT', `/api/koploper/participants/${other}/vision`, { text: 'Niet de mijne' }],
      ['PUT', `/api/koploper/participants/${other}/communication`, { text: 'Niet de mijne' }],
    ] as const) {
      expect((await h.call(method, path, { cookie: participant, body })).status).toBe(404);
    }
    expect(await writeFingerprint(h.sql)).toEqual(before);
  });
});

describe("a group's materials", () => {
  const PDF = Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  async function addMaterial(id: string, name: string, content: Buffer, cookie = coordinator) {
    const form = new FormData();
    form.append('file', new Blob([content]), name);
    const res = await fetch(`${h.url}/api/programme/groups/${id}/materials`, { method: 'POST', headers: { cookie }, body: form });
    return { status: res.status, body: (await res.json()) as any };
  }

  it('staff add slides; the participants of the group read and download them; a renamed file and a participant upload are refused', async () => {
    const { id } = await cohortWith(orgs('bakkerij', 'installateur', 'zorg'));
    const added = await addMaterial(id, 'Workshop 1 - de R-ladder.pdf', PDF);
    expect(added.status).toBe(201);
    expect(added.body.items).toEqual([{ id: expect.any(String), filename: 'Workshop 1 - de R-ladder.pdf', contentType: 'application/pdf', sizeBytes: PDF.length, createdAt: expect.any(String) }]);
    const fileId = added.body.items[0].id;

    const seen = await h.call('GET', `/api/programme/groups/${id}/materials`, { cookie: participant });
    expect(seen.status).toBe(200);
    expect(seen.body.items.map((m: { id: string }) => m.id)).toEqual([fileId]);
    const download = await fetch(`${h.url}/api/files/${fileId}`, { headers: { cookie: participant } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);

    const before = await writeFingerprint(h.sql);
    const fake = await addMaterial(id, 'slides.pdf', Buffer.from('dit is geen pdf'));
    expect(fake.status).toBe(400);
    expect(fake.body).toMatchObject({ code: 'upload.content_mismatch', errors: [{ field: 'file' }] });
    expect((await addMaterial(id, 'mijn.pdf', PDF, participant)).status).toBe(403);
    expect(await writeFingerprint(h.sql)).toEqual(before);

    // A company that is not in the group does not see its materials.
    const other = await cohortWith(orgs('installateur', 'zorg', 'gemeente'));
    const otherFile = (await addMaterial(other.id, 'Alleen voor deze groep.pdf', PDF)).body.items[0].id;
    expect((await h.call('GET', `/api/programme/groups/${other.id}/materials`, { cookie: participant })).status).toBe(404);
    expect((await fetch(`${h.url}/api/files/${otherFile}`, { headers: { cookie: participant } })).status).toBe(404);

    // Materials may be up to 20 MB (more than the 10 MB of a communication file); above that the refusal names the limit.
    const MB = 1024 * 1024;
    const large = await addMaterial(id, 'Opname workshop.pdf', Buffer.concat([PDF, Buffer.alloc(12 * MB)]));
    expect(large.status).toBe(201);
    const tooLarge = await addMaterial(id, 'Te groot.pdf', Buffer.concat([PDF, Buffer.alloc(21 * MB)]));
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body).toMatchObject({ code: 'upload.too_large', params: { maxMb: 20 } });

    expect((await h.call('DELETE', `/api/programme/groups/${id}/materials/${fileId}`, { cookie: adviser })).status).toBe(204);
    expect((await h.call('GET', `/api/programme/groups/${id}/materials`, { cookie: coordinator })).body.items.map((m: { filename: string }) => m.filename)).toEqual(['Opname workshop.pdf']);
  });
});
