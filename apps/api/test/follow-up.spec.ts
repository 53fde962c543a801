/**
 * Follow-up after every track, against a real database: closing a group of
 * any step puts a call per finished participant on the coordinator's worklist
 * the partner's period later; calls record outcome, help and the next contact;
 * the plenary feedback session of a closed track mails every participant;
 * students get tasks at companies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DEMO_EMAILS, FOREIGN_EMAILS, startHarness, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let coordinator: string;
let analyst: string;
let participant: string;
let foreign: string;

const DAY_MS = 86_400_000;
const dutchToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

beforeAll(async () => {
  h = await startHarness();
  coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  analyst = await h.signIn(DEMO_EMAILS.analyst);
  participant = await h.signIn(DEMO_EMAILS.participant);
  foreign = await h.signIn(FOREIGN_EMAILS.administrator);
});
afterAll(() => h?.close());

const CLOSING: Record<string, string> = { koploper: 'symposium', masterclass: 'outcome', chain: 'implementation' };

/** A running group of MVO Noord in its step's closing phase, written directly (each step's own walk is in its spec); chain projects get their 4 held sessions. */
async function groupAtClosing(step: 'koploper' | 'masterclass' | 'chain', orgKeys: string[], behind: string[] = [], withdrawn: string[] = []) {
  const partner = h.ids.partners.noord;
  const id = randomUUID();
  await h.sql.query(
    `insert into programme_group (id, partner_id, step, name, starts_on, ends_on, coordinator_user_id, status) values ($1, $2, $3, $4, '2026-01-10', '2026-12-20', $5, 'running')`,
    [id, partner, step, `${step} ${id.slice(0, 6)}`, h.ids.users.coordinator],
  );
  const enrolments: Record<string, string> = {};
  for (const key of orgKeys) {
    enrolments[key] = randomUUID();
    const phase = withdrawn.includes(key) ? 'withdrawn' : behind.includes(key) ? (step === 'koploper' ? 'profile' : step === 'masterclass' ? 'workshops' : 'redesign') : CLOSING[step];
    await h.sql.query(`insert into enrolment (id, partner_id, group_id, organisation_id, role, phase) values ($1, $2, $3, $4, $5, $6)`, [
      enrolments[key], partner, id, h.ids.organisations[key], step === 'chain' && key === orgKeys[0] ? 'lead' : step === 'chain' ? 'chain_partner' : 'participant', phase,
    ]);
  }
  if (step === 'chain') {
    for (let n = 1; n <= 4; n++) {
      const session = randomUUID();
      await h.sql.query(`insert into programme_session (id, partner_id, group_id, kind, title, starts_at, location, agenda) values ($1, $2, $3, 'design_session', $4, now() - interval '${n} days', 'Assen', '')`, [session, partner, id, `Sessie ${n}`]);
      await h.sql.query(`insert into session_attendance (partner_id, session_id, enrolment_id, organisation_id, present) values ($1, $2, $3, $4, true)`, [partner, session, enrolments[orgKeys[0]], h.ids.organisations[orgKeys[0]]]);
    }
  }
  return { id, enrolments };
}

const tasksOf = (groupId: string): Promise<{ enrolment_id: string; due_on: string; status: string }[]> =>
  h.sql.query(`select enrolment_id, to_char(due_on, 'YYYY-MM-DD') as due_on, status from follow_up_task where group_id = $1 order by enrolment_id`, [groupId]);

describe('closing a group plans the follow-up calls', () => {
  it.each(['koploper', 'masterclass', 'chain'] as const)('%s: one open call per finished participant, due six weeks after the closing; none for a withdrawn one; closing again adds none', async (step) => {
    const { id, enrolments } = await groupAtClosing(step, ['bakkerij', 'installateur', 'zorg'], [], ['zorg']);
    const closed = await h.call('POST', `/api/programme/groups/${id}/close`, { cookie: coordinator });
    expect(closed.status).toBe(200);
    const due = plusDays(dutchToday(), 42);
    expect(await tasksOf(id)).toEqual([enrolments.bakkerij, enrolments.installateur].sort().map((e) => ({ enrolment_id: e, due_on: due, status: 'open' })));
    expect((await h.call('POST', `/api/programme/groups/${id}/close`, { cookie: coordinator })).status).toBe(409);
    expect(await tasksOf(id)).toHaveLength(2);
  });

  it('a failed close (someone behind) plans nothing; the partner period of 2 weeks sets the next due date', async () => {
    const { id } = await groupAtClosing('koploper', ['bakkerij', 'installateur'], ['installateur']);
    const before = await writeFingerprint(h.sql);
    expect((await h.call('POST', `/api/programme/groups/${id}/close`, { cookie: coordinator })).status).toBe(409);
    expect(await writeFingerprint(h.sql)).toEqual(before);

    const set = await h.call('PUT', '/api/journey/follow-up/settings', { cookie: coordinator, body: { weeks: 2 } });
    expect(set.body).toEqual({ weeks: 2, default: 6 });
    for (const weeks of [-1, 53, 2.5, '2']) {
      const bad = await h.call('PUT', '/api/journey/follow-up/settings', { cookie: coordinator, body: { weeks } });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('weeks');
    }
    expect((await h.call('PUT', '/api/journey/follow-up/settings', { cookie: analyst, body: { weeks: 3 } })).status).toBe(403);
    const next = await groupAtClosing('masterclass', ['bakkerij']);
    expect((await h.call('POST', `/api/programme/groups/${next.id}/close`, { cookie: coordinator })).status).toBe(200);
    expect((await tasksOf(next.id))[0].due_on).toBe(plusDays(dutchToday(), 14));
    await h.call('PUT', '/api/journey/follow-up/settings', { cookie: coordinator, body: { weeks: 6 } });
  });
});

describe('the worklist and the calls', () => {
  let groupId = '';
  const taskFor: Record<string, string> = {};

  beforeAll(async () => {
    const { id } = await groupAtClosing('masterclass', ['bakkerij', 'installateur', 'zorg']);
    groupId = id;
    expect((await h.call('POST', `/api/programme/groups/${id}/close`, { cookie: coordinator })).status).toBe(200);
    const rows: { id: string; organisation_id: string }[] = await h.sql.query(`select id, organisation_id from follow_up_task where group_id = $1`, [id]);
    for (const key of ['bakkerij', 'installateur', 'zorg']) taskFor[key] = rows.find((r) => r.organisation_id === h.ids.organisations[key])!.id;
    // Overdue by 5 days, due today, planned in 10 days.
    await h.sql.query(`update follow_up_task set due_on = $2 where id = $1`, [taskFor.bakkerij, plusDays(dutchToday(), -5)]);
    await h.sql.query(`update follow_up_task set due_on = $2 where id = $1`, [taskFor.installateur, dutchToday()]);
    await h.sql.query(`update follow_up_task set due_on = $2 where id = $1`, [taskFor.zorg, plusDays(dutchToday(), 10)]);
  });

  it('shows overdue (with the days past), due and planned calls in that order, with whom to call; participants may not see it', async () => {
    const list = await h.call('GET', '/api/journey/follow-ups', { cookie: coordinator });
    expect(list.status).toBe(200);
    const mine = list.body.items.filter((t: { group: { id: string } | null }) => t.group?.id === groupId);
    expect(mine.map((t: { id: string; state: string; daysOverdue: number | null }) => [t.id, t.state, t.daysOverdue])).toEqual([
      [taskFor.bakkerij, 'overdue', 5],
      [taskFor.installateur, 'due', null],
      [taskFor.zorg, 'planned', null],
    ]);
    expect(mine[0]).toMatchObject({ organisation: { name: 'Bakkerij De Vries' }, group: { step: 'masterclass' }, contact: { email: DEMO_EMAILS.participant } });
    const due = await h.call('GET', '/api/journey/follow-ups?state=due', { cookie: analyst });
    expect(due.body.items.every((t: { state: string }) => t.state === 'due' || t.state === 'overdue')).toBe(true);
    expect((await h.call('GET', '/api/journey/follow-ups?state=soon', { cookie: coordinator })).status).toBe(400);
    expect((await h.call('GET', '/api/journey/follow-ups', { cookie: participant })).status).toBe(403);
    const groningen = await h.call('GET', '/api/journey/follow-ups', { cookie: foreign });
    expect(groningen.body.items.some((t: { id: string }) => Object.values(taskFor).includes(t.id))).toBe(false);
  });

  it('recording a call closes the task and plans the next contact as a new task; a second record is refused; a past date is named', async () => {
    const before = await writeFingerprint(h.sql);
    const early = await h.call('POST', `/api/journey/follow-ups/${taskFor.bakkerij}/call`, { cookie: coordinator, body: { outcome: 'picked_up', helpNeeded: ['financing'], nextContactOn: dutchToday() } });
    expect(early.status).toBe(400);
    expect(early.body.errors[0].field).toBe('nextContactOn');
    const bad = await h.call('POST', `/api/journey/follow-ups/${taskFor.bakkerij}/call`, { cookie: coordinator, body: { outcome: 'maybe', helpNeeded: ['money'] } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['helpNeeded', 'outcome']);
    expect(await writeFingerprint(h.sql)).toEqual(before);

    const next = plusDays(dutchToday(), 90);
    const rec = await h.call('POST', `/api/journey/follow-ups/${taskFor.bakkerij}/call`, {
      cookie: coordinator, body: { outcome: 'picked_up', helpNeeded: ['financing', 'student', 'financing'], note: 'Zoekt een lening voor de ovens', nextContactOn: next },
    });
    expect(rec.status).toBe(200);
    expect(rec.body.task).toMatchObject({ state: 'done', outcome: 'picked_up', helpNeeded: ['financing', 'student'], nextContactOn: next, recordedBy: 'Cor Dijkstra' });
    expect(rec.body.next).toMatchObject({ state: 'planned', dueOn: next, previousTaskId: taskFor.bakkerij });
    const again = await h.call('POST', `/api/journey/follow-ups/${taskFor.bakkerij}/call`, { cookie: coordinator, body: { outcome: 'done', helpNeeded: [] } });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('follow_up.not_open');
    expect((await h.call('POST', `/api/journey/follow-ups/${taskFor.bakkerij}/call`, { cookie: analyst, body: { outcome: 'done', helpNeeded: [] } })).status).toBe(403);
    expect((await h.call('POST', `/api/journey/follow-ups/${taskFor.installateur}/call`, { cookie: foreign, body: { outcome: 'done', helpNeeded: [] } })).status).toBe(404);

    const ofBakery = await h.call('GET', `/api/journey/organisations/${h.ids.organisations.bakkerij}/follow-ups`, { cookie: coordinator });
    expect(ofBakery.body.items.map((t: { id: string }) => t.id)).toEqual(expect.arrayContaining([taskFor.bakkerij, rec.body.next.id]));
    expect((await h.call('GET', `/api/journey/organisations/${h.ids.organisations.bakkerij}/follow-ups`, { cookie: foreign })).status).toBe(404);
  });

  it('cancels an open call with its reason, once', async () => {
    const cancelled = await h.call('POST', `/api/journey/follow-ups/${taskFor.zorg}/cancel`, { cookie: coordinator, body: { reason: 'Fusie met een andere zorggroep' } });
    expect(cancelled.body).toMatchObject({ state: 'cancelled', note: 'Fusie met een andere zorggroep' });
    expect((await h.call('POST', `/api/journey/follow-ups/${taskFor.zorg}/cancel`, { cookie: coordinator, body: { reason: 'x' } })).status).toBe(409);
    expect((await h.call('POST', `/api/journey/follow-ups/${taskFor.installateur}/cancel`, { cookie: coordinator, body: { reason: '  ' } })).status).toBe(400);
  });

  it('plans one plenary feedback session on the closed track and mails its participants', async () => {
    const mails = readdirSync(h.mailDir).length;
    const res = await h.call('POST', `/api/journey/groups/${groupId}/feedback-session`, { cookie: coordinator, body: { startsAt: '2027-02-10T16:00:00+01:00', location: 'Gemeentehuis Assen' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ session: { kind: 'feedback', title: expect.stringContaining('Plenaire terugkoppeling'), location: 'Gemeentehuis Assen' }, invited: 1 });
    // Only the bakery has a participant user in the demo alliance; the others are named as not reached.
    expect(res.body.notReached.map((n: { organisationName: string }) => n.organisationName).sort()).toEqual(['Installatiebedrijf Bos', 'Zorggroep Drentse Aa']);
    expect(readdirSync(h.mailDir).length).toBe(mails + 1);
    const sent = readdirSync(h.mailDir).filter((f) => f.includes('deelnemer')).sort().at(-1) as string;
    const text = readFileSync(join(h.mailDir, sent), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    // Dutch first with the Dutch date and time (Europe/Amsterdam), English second.
    expect(text).toContain('woensdag 10 februari 2027 om 16:00');
    expect(text.indexOf('Beste')).toBeLessThan(text.indexOf('Dear'));
    const [session] = await h.sql.query(`select kind from programme_session where id = $1`, [res.body.session.id]);
    expect(session.kind).toBe('feedback');
    const twice = await h.call('POST', `/api/journey/groups/${groupId}/feedback-session`, { cookie: coordinator, body: { startsAt: '2027-02-11T16:00:00+01:00', location: 'Assen' } });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('follow_up.feedback_exists');
    expect((await h.call('POST', `/api/journey/groups/${groupId}/feedback-session`, { cookie: coordinator, body: { startsAt: 'morgen', location: '' } })).status).toBe(400);
    expect((await h.call('POST', `/api/journey/groups/${groupId}/feedback-session`, { cookie: foreign, body: { startsAt: '2027-02-10T16:00:00+01:00', location: 'Assen' } })).status).toBe(404);
  });
});

describe('students', () => {
  it('registers a student, links it to a company for a task and records the result; the company reads its own task, another partner never', async () => {
    const bad = await h.call('POST', '/api/journey/students', { cookie: coordinator, body: { name: 'Sanne Bakker', institution: 'Hanzehogeschool', studyProgramme: 'Bedrijfskunde', periodStart: '2027-06-30', periodEnd: '2027-02-01' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('periodEnd');
    const student = await h.call('POST', '/api/journey/students', {
      cookie: coordinator, body: { name: 'Sanne Bakker', email: 'Sanne.Bakker@student.hanze.test', institution: 'Hanzehogeschool Groningen', studyProgramme: 'Bedrijfskunde', periodStart: '2027-02-01', periodEnd: '2027-06-30' },
    });
    expect(student.status).toBe(201);
    expect(student.body.email).toBe('sanne.bakker@student.hanze.test');
    const metaal = await h.call('POST', `/api/journey/students/${student.body.id}/assignments`, { cookie: coordinator, body: { organisationId: h.ids.organisations.metaal, task: 'Energiescan' } });
    expect(metaal.status).toBe(400);
    expect(metaal.body.errors[0].field).toBe('organisationId');
    const task = await h.call('POST', `/api/journey/students/${student.body.id}/assignments`, { cookie: coordinator, body: { organisationId: h.ids.organisations.bakkerij, task: 'Plan voor restwarmte van de ovens' } });
    expect(task.status).toBe(201);
    const noResult = await h.call('PATCH', `/api/journey/student-assignments/${task.body.id}`, { cookie: coordinator, body: { status: 'done' } });
    expect(noResult.status).toBe(400);
    expect(noResult.body.errors[0].field).toBe('result');
    const done = await h.call('PATCH', `/api/journey/student-assignments/${task.body.id}`, { cookie: coordinator, body: { status: 'done', result: 'Warmtewisselaar geplaatst' } });
    expect(done.body).toMatchObject({ status: 'done', result: 'Warmtewisselaar geplaatst', studentName: 'Sanne Bakker', institution: 'Hanzehogeschool Groningen' });

    const own = await h.call('GET', `/api/journey/organisations/${h.ids.organisations.bakkerij}/student-assignments`, { cookie: participant });
    expect(own.status).toBe(200);
    expect(own.body.items).toEqual([expect.objectContaining({ id: task.body.id, studentName: 'Sanne Bakker', result: 'Warmtewisselaar geplaatst' })]);
    expect((await h.call('GET', `/api/journey/organisations/${h.ids.organisations.bakkerij}/student-assignments`, { cookie: foreign })).status).toBe(404);
    expect((await h.call('GET', '/api/journey/students', { cookie: foreign })).body.items.some((s: { id: string }) => s.id === student.body.id)).toBe(false);
    expect((await h.call('GET', '/api/journey/students', { cookie: participant })).status).toBe(403);
  });
});
