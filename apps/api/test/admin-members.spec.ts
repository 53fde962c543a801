/**
 * The administrator's pages (issue 15 item 11): a membership's role changed and
 * a membership removed, each in the audit log with who did it; the audit log
 * filtered by item, person and date (Dutch days).
 */
import { DEMO_EMAILS, startHarness, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let admin: string;

beforeAll(async () => {
  h = await startHarness();
  admin = await h.signIn(DEMO_EMAILS.administrator);
});
afterAll(() => h?.close());

type Member = { membershipId: string; userId: string; email: string; name: string; role: string; organisationName: string | null };
const members = async (): Promise<Member[]> => (await h.call('GET', '/api/users?pageSize=100', { cookie: admin })).body.items;

it('lists the members with their role and, for a participant, the company', async () => {
  const all = await members();
  expect(all.find((m) => m.email === DEMO_EMAILS.analyst)).toMatchObject({ role: 'analyst', organisationName: null });
  expect(all.find((m) => m.email === DEMO_EMAILS.participant)).toMatchObject({ role: 'participant', organisationName: 'Bakkerij De Vries' });
});

it("changes the analyst's role to adviser: the analyst then may do what an adviser does, and the log says who changed what", async () => {
  const analyst = (await members()).find((m) => m.email === DEMO_EMAILS.analyst)!;
  const res = await h.call('PATCH', `/api/users/memberships/${analyst.membershipId}`, { cookie: admin, body: { role: 'adviser' } });
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ membershipId: analyst.membershipId, role: 'adviser', email: DEMO_EMAILS.analyst });
  const session = (await h.call('GET', '/api/auth/session', { cookie: await h.signIn(DEMO_EMAILS.analyst) })).body;
  expect(session.memberships.map((m: { role: string }) => m.role)).toContain('adviser');

  const me = (await h.call('GET', '/api/auth/session', { cookie: admin })).body.user.id;
  const log = await h.call('GET', `/api/audit-log?entity=Membership&actorUserId=${me}`, { cookie: admin });
  expect(log.status).toBe(200);
  expect(log.body.items[0]).toMatchObject({
    action: 'role_change', entity: 'Membership', entityId: analyst.membershipId, actorUserId: me, actorEmail: DEMO_EMAILS.administrator,
    changes: { email: DEMO_EMAILS.analyst, role: { from: 'analyst', to: 'adviser' } },
  });
  // One entry for the change, not a second one from the generic subscriber.
  expect(log.body.items.filter((e: { entityId: string }) => e.entityId === analyst.membershipId)).toHaveLength(1);
  expect(log.body.total).toBe(log.body.items.length);

  // Setting the role it has changes nothing and logs nothing.
  expect((await h.call('PATCH', `/api/users/memberships/${analyst.membershipId}`, { cookie: admin, body: { role: 'adviser' } })).status).toBe(200);
  expect((await h.call('GET', `/api/audit-log?entity=Membership&actorUserId=${me}`, { cookie: admin })).body.total).toBe(log.body.total);
});

it('refuses a role the person already has in another membership, naming the role', async () => {
  const multi = await h.call('POST', '/api/users', { cookie: admin, body: { email: 'twee-rollen@mvo-noord.test', name: 'Twee Rollen', role: 'coordinator' } });
  expect(multi.status).toBe(201);
  expect((await h.call('POST', '/api/users', { cookie: admin, body: { email: 'twee-rollen@mvo-noord.test', name: 'Twee Rollen', role: 'analyst' } })).status).toBe(201);
  const coordinator = (await members()).find((m) => m.email === 'twee-rollen@mvo-noord.test' && m.role === 'coordinator')!;
  const res = await h.call('PATCH', `/api/users/memberships/${coordinator.membershipId}`, { cookie: admin, body: { role: 'analyst' } });
  expect(res.status).toBe(409);
  expect(res.body.errors[0]).toMatchObject({ field: 'role', code: 'user.role_exists' });
  expect(res.body.text.nl).toBe('Deze persoon heeft de rol analist al');
});

it('removes a membership: the person can no longer work for the partner in that role; the account stays; logged', async () => {
  await h.call('POST', '/api/users', { cookie: admin, body: { email: 'vertrekt@mvo-noord.test', name: 'Vertrekt', role: 'adviser' } });
  const leaving = (await members()).find((m) => m.email === 'vertrekt@mvo-noord.test')!;
  expect((await h.call('DELETE', `/api/users/memberships/${leaving.membershipId}`, { cookie: admin })).status).toBe(204);
  expect((await members()).some((m) => m.email === 'vertrekt@mvo-noord.test')).toBe(false);
  const [user] = await h.sql.query(`select id from app_user where email = 'vertrekt@mvo-noord.test'`);
  expect(user).toBeDefined();
  const log = (await h.call('GET', '/api/audit-log?entity=Membership', { cookie: admin })).body.items;
  expect(log[0]).toMatchObject({ action: 'remove', entityId: leaving.membershipId, changes: { email: 'vertrekt@mvo-noord.test', role: 'adviser' } });
});

it('filters the log by Dutch calendar day: an entry at 23:30 UTC on 3 March belongs to 4 March', async () => {
  await h.sql.query(
    `insert into audit_log (at, partner_id, action, entity, entity_id) values ('2026-03-03T23:30:00Z', $1, 'update', 'Organisation', 'dag-test'), ('2026-03-03T12:00:00Z', $1, 'update', 'Organisation', 'dag-test')`,
    [h.ids.partners.noord],
  );
  const day = async (from: string, to: string) =>
    (await h.call('GET', `/api/audit-log?entity=Organisation&from=${from}&to=${to}`, { cookie: admin })).body.items.filter((e: { entityId: string }) => e.entityId === 'dag-test').map((e: { at: string }) => new Date(e.at).toISOString());
  expect(await day('2026-03-04', '2026-03-04')).toEqual(['2026-03-03T23:30:00.000Z']);
  expect(await day('2026-03-03', '2026-03-03')).toEqual(['2026-03-03T12:00:00.000Z']);
  expect(await day('2026-03-03', '2026-03-04')).toHaveLength(2);
});

it("another partner's administrator sees none of these entries", async () => {
  const g = await h.signIn('beheer@groningen-duurzaam.test');
  const log = (await h.call('GET', '/api/audit-log?entity=Membership&pageSize=100', { cookie: g })).body.items;
  expect(log.some((e: { changes: { email?: string } | null }) => e.changes?.email === DEMO_EMAILS.analyst)).toBe(false);
});
