import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_EMAILS, startHarness, waitFor, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('sign-in and sessions', () => {
  it('signs in with an httpOnly session cookie and shows the memberships', async () => {
    const res = await fetch(`${h.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'Coordinator@MVO-Noord.test', password: 'koers-demo-2026' }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('koers_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const body = (await res.json()) as any;
    expect(body.user.email).toBe('coordinator@mvo-noord.test');
    expect(body.memberships).toEqual([expect.objectContaining({ role: 'coordinator', partner: expect.objectContaining({ name: 'MVO Alliantie Noord-Nederland' }) })]);
  });

  it('refuses a wrong password and an unknown user alike, with 401', async () => {
    const wrong = await h.call('POST', '/api/auth/sign-in', { body: { email: DEMO_EMAILS.coordinator, password: 'fout-wachtwoord' } });
    const unknown = await h.call('POST', '/api/auth/sign-in', { body: { email: 'niemand@nergens.test', password: 'fout-wachtwoord' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toMatchObject({ code: 'auth.wrong_credentials', text: { nl: 'Onjuist e-mailadres of wachtwoord', en: 'Wrong e-mail address or password' } });
    expect(unknown.body).toEqual({ ...wrong.body, instance: unknown.body.instance });
  });

  it('signs out: the cookie no longer works', async () => {
    const cookie = await h.signIn(DEMO_EMAILS.adviser);
    expect((await h.call('GET', '/api/auth/session', { cookie })).status).toBe(200);
    expect((await h.call('POST', '/api/auth/sign-out', { cookie })).status).toBe(204);
    const after = await h.call('GET', '/api/auth/session', { cookie });
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('unauthenticated');
  });

  it('switches between the partners of a user with several memberships, and the data follows', async () => {
    const cookie = await h.signIn('multi@koers.test');
    const session = await h.call('GET', '/api/auth/session', { cookie });
    expect(session.body.memberships).toHaveLength(2);
    const groningen = session.body.memberships.find((m: { partner: { id: string } }) => m.partner.id === h.ids.partners.groningen);
    const before = await h.call('GET', '/api/partners/current', { cookie });
    expect(before.body.slug).toBe('mvo-noord');
    const switched = await h.call('POST', '/api/auth/switch', { cookie, body: { membershipId: groningen.id } });
    expect(switched.status).toBe(200);
    expect(switched.body.activeMembershipId).toBe(groningen.id);
    expect((await h.call('GET', '/api/partners/current', { cookie })).body.slug).toBe('groningen-duurzaam');
    expect((await h.call('GET', `/api/organisations/${h.ids.organisations.metaal}`, { cookie })).status).toBe(200);
    expect((await h.call('GET', `/api/organisations/${h.ids.organisations.zorg}`, { cookie })).status).toBe(404);
  });

  it('stores the chosen language on the profile', async () => {
    const cookie = await h.signIn(DEMO_EMAILS.analyst);
    const res = await h.call('PATCH', '/api/auth/profile', { cookie, body: { locale: 'en', name: 'Arjen M.' } });
    expect(res.status).toBe(200);
    expect((await h.call('GET', '/api/auth/session', { cookie })).body.user).toMatchObject({ locale: 'en', name: 'Arjen M.' });
  });
});

describe('password reset by e-mail', () => {
  it('mails a one-time link; the new password works, the old one and other sessions do not', async () => {
    const email = DEMO_EMAILS.participant;
    const oldSession = await h.signIn(email);
    expect((await h.call('POST', '/api/auth/password-reset', { body: { email } })).status).toBe(202);
    const file = await waitFor(async () => readdirSync(h.mailDir).find((f) => f.includes('deelnemer')), 5000, 'reset mail');
    // Undo quoted-printable soft line breaks, as a mail client would.
    const mail = readFileSync(join(h.mailDir, file), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail)![1];
    expect((await h.call('POST', '/api/auth/password-reset/confirm', { body: { token, password: 'nieuw-wachtwoord-2026' } })).status).toBe(204);
    const reused = await h.call('POST', '/api/auth/password-reset/confirm', { body: { token, password: 'nog-een-wachtwoord' } });
    expect(reused.status).toBe(400);
    expect(reused.body).toMatchObject({ code: 'auth.reset_token_invalid', errors: [{ field: 'token', code: 'auth.reset_token_invalid', text: { nl: 'Deze link is onbekend, al gebruikt of verlopen', en: 'This link is unknown, already used or expired' } }] });
    expect((await h.call('GET', '/api/auth/session', { cookie: oldSession })).status).toBe(401);
    expect((await h.call('POST', '/api/auth/sign-in', { body: { email, password: 'koers-demo-2026' } })).status).toBe(401);
    expect((await h.call('POST', '/api/auth/sign-in', { body: { email, password: 'nieuw-wachtwoord-2026' } })).status).toBe(200);
  });

  it('answers 202 for an unknown address too, and sends nothing', async () => {
    const before = readdirSync(h.mailDir).length;
    expect((await h.call('POST', '/api/auth/password-reset', { body: { email: 'onbekend@nergens.test' } })).status).toBe(202);
    expect(readdirSync(h.mailDir).length).toBe(before);
  });
});

describe('audit log', () => {
  it('records who changed what and when, without secrets', async () => {
    const cookie = await h.signIn(DEMO_EMAILS.coordinator);
    const created = await h.call('POST', '/api/organisations', { cookie, body: { name: 'Kwekerij Groen', kind: 'company', step: 'koploper', municipality: 'Assen' } });
    expect(created.status).toBe(201);
    await h.call('PATCH', `/api/organisations/${created.body.id}`, { cookie, body: { sizeClass: 'micro' } });
    const admin = await h.signIn(DEMO_EMAILS.administrator);
    const created2 = await h.call('POST', '/api/users', { cookie: admin, body: { email: 'stagiair@mvo-noord.test', name: 'Sam Stagiair', role: 'adviser' } });
    expect(created2.status).toBe(201);
    const audit = await h.call('GET', '/api/audit-log?pageSize=100', { cookie: admin });
    const rows = audit.body.items as { action: string; entity: string; entityId: string; actorUserId: string; changes: Record<string, unknown> | null; at: string }[];
    const orgRows = rows.filter((r) => r.entityId === created.body.id && r.entity === 'Organisation');
    expect(orgRows.map((r) => r.action).sort()).toEqual(['insert', 'update']);
    expect(orgRows.every((r) => r.actorUserId === h.ids.users.coordinator && !Number.isNaN(Date.parse(r.at)))).toBe(true);
    const userInsert = rows.find((r) => r.entity === 'User' && r.action === 'insert')!;
    expect(userInsert.changes?.passwordHash).toBe('[redacted]');
    expect(userInsert.actorUserId).toBe(h.ids.users.admin);
  });
});
