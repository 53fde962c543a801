/**
 * The tenant-isolation matrix: every endpoint x every role x own and foreign
 * tenant, asserting the exact status. Foreign objects answer 404, never data.
 * The cases are in cases/isolation-cases.ts (coverage.spec.ts checks that every
 * operation of the OpenAPI document has one).
 */
import type { Role } from '@koers/domain';
import { DEMO_EMAILS, startHarness, type Harness } from '../../../tools/testing/api-harness';
import { fx, ISOLATION_CASES, ROLES, seedIsolationFixtures } from './cases/isolation-cases';
import { methodOf, pathMatches } from './cases/operation';

let h: Harness;
const cookies = {} as Record<Role, string>;

beforeAll(async () => {
  h = await startHarness();
  for (const role of ROLES) cookies[role] = await h.signIn(DEMO_EMAILS[role]);
  await seedIsolationFixtures(h);
});

afterAll(() => h?.close());

describe.each(ISOLATION_CASES)('$op ($name)', (c) => {
  const method = methodOf(c.op);
  const cookie = async (role: Role) => (c.freshSession ? h.signIn(DEMO_EMAILS[role]) : cookies[role]);

  it('calls the operation it names', () => {
    expect(pathMatches(c.op, c.own(h))).toBe(true);
    if (c.foreign) expect(pathMatches(c.op, c.foreign(h))).toBe(true);
  });

  it(`answers ${c.signedOut ?? 401} without a session`, async () => {
    const res = await h.call(method, c.own(h), { body: c.body?.('administrator') });
    expect(res.status).toBe(c.signedOut ?? 401);
    if (res.status >= 400) expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it.each(ROLES)('own tenant as %s', async (role) => {
    const res = await h.call(method, c.own(h), { cookie: await cookie(role), body: c.body?.(role) });
    expect({ status: res.status, body: res.status === c.expect[role] ? undefined : res.body }).toEqual({ status: c.expect[role], body: undefined });
  });

  if (c.foreign) {
    it.each(ROLES)('foreign tenant as %s: 404 (or 403 when the role may not act at all), never data', async (role) => {
      const res = await h.call(method, c.foreign!(h), { cookie: await cookie(role), body: (c.foreignBody ?? c.body)?.(role) });
      expect(res.status).toBe(c.expect[role] === 403 ? 403 : 404);
      expect(JSON.stringify(res.body)).not.toContain('Hoekstra');
    });
  }
});

describe('lists never contain foreign objects', () => {
  it.each(ROLES)('organisations as %s', async (role) => {
    const res = await h.call('GET', '/api/organisations?pageSize=100', { cookie: cookies[role] });
    const ids: string[] = res.body.items.map((o: { id: string }) => o.id);
    expect(ids).not.toContain(h.ids.organisations.metaal);
    expect(ids).not.toContain(h.ids.organisations.drukkerij);
    if (role === 'participant') expect(ids).toEqual([h.ids.organisations.bakkerij]);
    else expect(ids).toEqual(expect.arrayContaining([h.ids.organisations.bakkerij, h.ids.organisations.zorg]));
  });

  it('users and audit log of the other partner stay out of sight', async () => {
    const users = await h.call('GET', '/api/users?pageSize=100', { cookie: cookies.administrator });
    expect(users.body.items.map((u: { email: string }) => u.email)).not.toContain('beheer@groningen-duurzaam.test');
    const audit = await h.call('GET', '/api/audit-log?pageSize=100', { cookie: cookies.administrator });
    expect(audit.body.items.every((a: { partnerId: string }) => a.partnerId === h.ids.partners.noord)).toBe(true);
  });

  it('works the other way round: the Groningen administrator cannot see Noord objects', async () => {
    const g = await h.signIn('beheer@groningen-duurzaam.test');
    // (Bakkerij De Vries may have consented to Groningen in the matrix above; the care group has not.)
    expect((await h.call('GET', `/api/organisations/${h.ids.organisations.zorg}`, { cookie: g })).status).toBe(404);
    expect((await h.call('GET', `/api/diagnostics/pings/${fx.ownPing}`, { cookie: g })).status).toBe(404);
    expect((await h.call('GET', `/api/organisations/${h.ids.organisations.metaal}`, { cookie: g })).status).toBe(200);
  });
});

describe('consent and participation decide visibility', () => {
  it('an organisation is visible to another partner only while its consent stands', async () => {
    const participant = await h.signIn(DEMO_EMAILS.participant);
    const g = await h.signIn('coordinator@groningen-duurzaam.test');
    const path = `/api/organisations/${h.ids.organisations.bakkerij}`;
    const before = await h.call('GET', `${path}/consents`, { cookie: participant });
    for (const c of before.body.filter((x: { revokedAt: string | null }) => !x.revokedAt)) {
      expect((await h.call('DELETE', `${path}/consents/${c.id}`, { cookie: participant })).status).toBe(204);
    }
    expect((await h.call('GET', path, { cookie: g })).status).toBe(404);
    const granted = await h.call('POST', `${path}/consents`, { cookie: participant, body: { partnerSlug: 'groningen-duurzaam' } });
    expect(granted.status).toBe(201);
    expect((await h.call('GET', path, { cookie: g })).body.name).toBe('Bakkerij De Vries');
    expect((await h.call('DELETE', `${path}/consents/${granted.body.id}`, { cookie: participant })).status).toBe(204);
    expect((await h.call('GET', path, { cookie: g })).status).toBe(404);
  });

  it('an organisation whose participation ended is no longer visible', async () => {
    const coordinator = cookies.coordinator;
    const path = `/api/organisations/${h.ids.organisations.gemeente}`;
    expect((await h.call('GET', path, { cookie: coordinator })).status).toBe(200);
    await h.sql.query(`update participation set ended_at = now() where organisation_id = $1`, [h.ids.organisations.gemeente]);
    expect((await h.call('GET', path, { cookie: coordinator })).status).toBe(404);
  });
});

describe('row-level security is a second wall', () => {
  it('a tenant-scoped query without a matching partner sees nothing, even with raw SQL', async () => {
    const rows = await h.sql.transaction(async (em) => {
      await em.query(`select set_config('app.partner_id', $1, true)`, [h.ids.partners.noord]);
      await em.query('set local role koers_tenant');
      return em.query('select id from organisation');
    });
    const ids = rows.map((r: { id: string }) => r.id);
    expect(ids).toContain(h.ids.organisations.bakkerij);
    expect(ids).not.toContain(h.ids.organisations.metaal);
    const none = await h.sql.transaction(async (em) => {
      await em.query('set local role koers_tenant');
      return em.query('select id::text from organisation union all select id::text from membership');
    });
    expect(none).toEqual([]);
  });
});
