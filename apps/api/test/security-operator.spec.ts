/**
 * Issue 14 item 6, cross-partner administration (docs/security.md section 6).
 * The queues every partner shares (their dashboard, pause and resume, job data
 * and stack traces) and the metrics belong to the platform's operator, a flag on
 * the account above every partner, which no partner's administrator can set.
 * An existing account joins another partner only by accepting an invitation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JobQueue } from '@koers/server-queue';
import { DEMO_EMAILS, FOREIGN_EMAILS, startHarness, waitFor, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let admin: string;
let operator: string;

beforeAll(async () => {
  h = await startHarness();
  admin = await h.signIn(DEMO_EMAILS.administrator);
  operator = await h.signIn('operator@koers.test');
});
afterAll(() => h?.close());

const paused = async () => Promise.all(h.app.get(JobQueue).allQueues().map((q) => q.isPaused()));

describe('the queue dashboard belongs to the operator', () => {
  it("refuses a partner's administrator the page, the job data and pause (403 forbidden.operator), and pauses nothing", async () => {
    for (const path of ['/api/admin/queues', '/api/admin/queues/api/queues']) {
      const res = await h.call('GET', path, { cookie: admin });
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ code: 'forbidden.operator' });
      expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|"data"/i);
    }
    const pause = await h.call('PUT', '/api/admin/queues/api/queues/pause', { cookie: admin });
    expect(pause.status).toBe(403);
    expect(await paused()).not.toContain(true);
  });

  it('lets the operator read the queues, pause and resume them', async () => {
    const list = await h.call('GET', '/api/admin/queues/api/queues', { cookie: operator });
    expect(list.status).toBe(200);
    expect(list.body.queues.length).toBe(h.app.get(JobQueue).allQueues().length);
    expect((await h.call('PUT', '/api/admin/queues/api/queues/pause', { cookie: operator })).status).toBe(200);
    expect(await paused()).not.toContain(false);
    expect((await h.call('PUT', '/api/admin/queues/api/queues/resume', { cookie: operator })).status).toBe(200);
    expect(await paused()).not.toContain(true);
  });

  it('/api/metrics answers the operator, and to everyone else is not there (404)', async () => {
    const res = await fetch(`${h.url}/api/metrics`, { headers: { cookie: operator } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('koers_api_');
    expect((await h.call('GET', '/api/metrics', { cookie: admin })).status).toBe(404);
    expect((await h.call('GET', '/api/metrics')).status).toBe(404);
  });

  it('the operator flag cannot be written by the tenant role the API runs as (insert or update)', async () => {
    const asTenant = async (statement: string) => {
      const runner = h.sql.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await runner.query(`select set_config('app.partner_id', $1, true), set_config('app.user_id', $2, true)`, [h.ids.partners.noord, h.ids.users.admin]);
        await runner.query('set local role koers_tenant');
        return await runner.query(statement, [h.ids.users.admin]).then(
          () => 'written',
          (e: Error) => e.message,
        );
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    };
    expect(await asTenant('update app_user set operator = true where id = $1')).toMatch(/permission denied/);
    expect(await asTenant(`insert into app_user (id, email, name, password_hash, operator) select gen_random_uuid(), 'x' || $1::text || '@x.test', 'X', 'x', true`)).toMatch(/permission denied/);
    // Everything else about an account the API writes still works for it.
    expect(await asTenant(`update app_user set locale = 'nl' where id = $1`)).toBe('written');
    const [row] = await h.sql.query('select operator from app_user where id = $1', [h.ids.users.admin]);
    expect(row.operator).toBe(false);
  });
});

describe('an existing account joins another partner only by accepting', () => {
  const mailTo = async (fragment: string, count: number) => {
    const file = await waitFor(async () => {
      const files = readdirSync(h.mailDir).filter((f) => f.includes(fragment));
      return files.length >= count ? files.sort()[count - 1] : null;
    }, 5000, `mail to ${fragment}`);
    return readFileSync(join(h.mailDir, file), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  };
  const memberships = async (userId: string, partnerId: string): Promise<number> =>
    (await h.sql.query('select count(*)::int as n from membership where user_id = $1 and partner_id = $2', [userId, partnerId]))[0].n;

  it("Noord's administrator adding Groningen's administrator gets 202 and an invitation, not a membership; only that person's acceptance makes it", async () => {
    const gAdminId = h.ids.users.gAdmin;
    const before = await memberships(gAdminId, h.ids.partners.noord);
    expect(before).toBe(0);
    const res = await h.call('POST', '/api/users', { cookie: admin, body: { email: FOREIGN_EMAILS.administrator, name: 'Wie dan ook', role: 'coordinator' } });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ invited: true, email: FOREIGN_EMAILS.administrator, role: 'coordinator' });
    expect(res.body.text.nl).toContain('uitnodiging');
    expect(res.body).not.toHaveProperty('membershipId');
    expect(await memberships(gAdminId, h.ids.partners.noord)).toBe(0);
    // The account is left as it was (its name is not the inviter's to change).
    expect((await h.sql.query('select name from app_user where id = $1', [gAdminId]))[0].name).toBe('Gerrit Beheer');

    const mail = await mailTo('groningen-duurzaam', 1);
    expect(mail).toContain('MVO Alliantie Noord-Nederland');
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail)![1];

    // Someone else signed in cannot use the token, not even Noord's own administrator.
    for (const cookie of [admin, await h.signIn(DEMO_EMAILS.coordinator)]) {
      const wrong = await h.call('POST', '/api/membership-invitations/accept', { cookie, body: { token } });
      expect(wrong.status).toBe(400);
      expect(wrong.body).toMatchObject({ code: 'membership_invitation.invalid', errors: [{ field: 'token' }] });
    }
    expect((await h.call('POST', '/api/membership-invitations/accept', { body: { token } })).status).toBe(401);
    expect(await memberships(gAdminId, h.ids.partners.noord)).toBe(0);

    const gAdmin = await h.signIn(FOREIGN_EMAILS.administrator);
    const accepted = await h.call('POST', '/api/membership-invitations/accept', { cookie: gAdmin, body: { token } });
    expect(accepted.status).toBe(200);
    expect(accepted.body.partnerId).toBe(h.ids.partners.noord);
    expect(await memberships(gAdminId, h.ids.partners.noord)).toBe(1);
    const session = await h.call('GET', '/api/auth/session', { cookie: gAdmin });
    expect(JSON.stringify(session.body)).toContain(accepted.body.membershipId);
    // Once only.
    expect((await h.call('POST', '/api/membership-invitations/accept', { cookie: gAdmin, body: { token } })).status).toBe(400);
    expect(await memberships(gAdminId, h.ids.partners.noord)).toBe(1);
  });

  it('a new address still gets its account and membership at once (201); a colleague of this partner gets the extra role at once', async () => {
    const fresh = await h.call('POST', '/api/users', { cookie: admin, body: { email: 'nieuwe.collega@mvo-noord.test', name: 'Nieuwe Collega', role: 'adviser' } });
    expect(fresh.status).toBe(201);
    expect(await memberships(fresh.body.userId, h.ids.partners.noord)).toBe(1);
    const colleague = await h.call('POST', '/api/users', { cookie: admin, body: { email: DEMO_EMAILS.analyst, name: 'Arjen Mulder', role: 'coordinator' } });
    expect(colleague.status).toBe(201);
    expect(await memberships(h.ids.users.analyst, h.ids.partners.noord)).toBe(2);
  });

  it('an expired invitation is refused', async () => {
    const res = await h.call('POST', '/api/users', { cookie: admin, body: { email: 'deelnemer@metaal-hoekstra.test', name: 'Henk', role: 'analyst' } });
    expect(res.status).toBe(202);
    const token = /token=([A-Za-z0-9_-]+)/.exec(await mailTo('metaal-hoekstra', 1))![1];
    await h.sql.query(`update membership_invitation set expires_at = now() - interval '1 second' where user_id = $1`, [h.ids.users.gParticipant]);
    const gParticipant = await h.signIn(FOREIGN_EMAILS.participant);
    expect((await h.call('POST', '/api/membership-invitations/accept', { cookie: gParticipant, body: { token } })).status).toBe(400);
    expect(await memberships(h.ids.users.gParticipant, h.ids.partners.noord)).toBe(0);
  });
});
