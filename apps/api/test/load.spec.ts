/**
 * Under load (issue 14 item 10, docs/security.md section 10): a request works on
 * one database connection only, its tenancy transaction's, and never asks the
 * pool for a second while it holds it. Otherwise a burst near the pool size
 * waits on itself until the pool times out (500 "timeout exceeded when trying to
 * connect"), and a privileged lookup can even wait for a row lock its own
 * request holds.
 *
 * Generated from the OpenAPI document: every GET operation is called with the
 * path of a fixture row (the tenant-isolation matrix's own-tenant path, after
 * seedIsolationFixtures), as a role that may read it and, for a public one,
 * also without a session, in a concurrent burst larger than the pool, which is
 * made small for this spec. Every answer must be the matrix's status for that
 * role (never a 5xx), and the pool itself is watched: asking it for a
 * connection while the request's transaction is open is recorded with the
 * operation, so the spec fails by name even where the burst happens to fit.
 * The writes that looked names up outside the tenant (sign-out, switching
 * membership, creating a user, the KvK checks, the masterclass outcome's
 * organisations) get bursts of their own.
 */
import type { Role } from '@koers/domain';
import { requestScope } from '@koers/server-db';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '../../../tools/dev/seed-demo';
import { DEMO_EMAILS, startHarness, type Harness } from '../../../tools/testing/api-harness';
import { fx, ISOLATION_CASES, seedIsolationFixtures, type IsolationCase } from './cases/isolation-cases';
import type { Operation } from './cases/operation';

const POOL = 4;
const BURST = POOL + 6;
/** The default, set here so the spec does not depend on it: a burst that waits on itself fails after it, a busy machine's queueing does not. */
const POOL_TIMEOUT_MS = 5000;
/** The role a GET is read as: the first of these the matrix lets read it (2xx). */
const READERS: Role[] = ['coordinator', 'administrator', 'adviser', 'analyst', 'participant'];

let h: Harness;
let document: { paths: Record<string, Record<string, { security?: unknown[] }>> };
const cookies = {} as Record<Role, string>;
let operator: string;

/** The operation whose burst is running, and the pool requests made while a request's transaction was open. */
let current = '';
/** The slowest answer of any burst, in ms (reported). */
let slowest = 0;
const secondConnections: string[] = [];

beforeAll(async () => {
  h = await startHarness({ env: { DATABASE_POOL_SIZE: String(POOL), DATABASE_POOL_TIMEOUT_MS: String(POOL_TIMEOUT_MS) } });
  for (const role of READERS) cookies[role] = await h.signIn(DEMO_EMAILS[role]);
  operator = await h.signIn('operator@koers.test');
  await seedIsolationFixtures(h);
  document = (await h.call('GET', '/api/docs-json')).body;
  watchPool(h);
}, 120_000);
afterAll(() => h?.close());

/** Every connection the API's pool hands out passes here (TypeORM's query runners and pg's pool.query alike). */
function watchPool(x: Harness): void {
  const pool = (x.app.get(DataSource).driver as unknown as { master: { options: { max: number }; connect: (...a: unknown[]) => unknown } }).master;
  expect(pool.options.max).toBe(POOL);
  const connect = pool.connect.bind(pool);
  pool.connect = (...args: unknown[]) => {
    const runner = requestScope.getStore()?.em.queryRunner;
    if (runner && !runner.isReleased && runner.isTransactionActive) secondConnections.push(current);
    return connect(...args);
  };
}

interface Answer {
  status: number;
  ms: number;
  body: unknown;
}

/** BURST requests at once; their statuses, the slowest, and the body of the first unexpected answer. */
async function burst(label: string, call: (i: number) => Promise<{ status: number; body: unknown }>): Promise<Answer[]> {
  current = label;
  const answers = await Promise.all(
    Array.from({ length: BURST }, async (_, i) => {
      const start = Date.now();
      const res = await call(i);
      return { status: res.status, ms: Date.now() - start, body: res.body };
    }),
  );
  for (const a of answers) slowest = Math.max(slowest, a.ms);
  return answers;
}

/** What went wrong in a burst, or null: an answer other than the expected one, or a request that asked for a second connection. */
function problems(label: string, answers: Answer[], expected: number[], before: number): string | null {
  const wrong = answers.filter((a) => !expected.includes(a.status));
  const second = secondConnections.length - before;
  if (!wrong.length && !second) return null;
  const statuses = [...new Set(answers.map((a) => a.status))].join('/');
  const detail = wrong.length ? ` ${JSON.stringify(wrong[0].body).slice(0, 160)}` : '';
  return `${label}: ${statuses} (expected ${expected.join('/')}), ${second} second connection(s), slowest ${Math.max(...answers.map((a) => a.ms))} ms${detail}`;
}

/** A burst of `call`, checked: null when every answer is one of `expected` and no request asked for a second connection. */
async function check(label: string, call: (i: number) => Promise<{ status: number; body: unknown }>, expected: number[]): Promise<string | null> {
  const before = secondConnections.length;
  return problems(label, await burst(label, call), expected, before);
}

function caseOf(op: string): IsolationCase | undefined {
  return ISOLATION_CASES.find((c) => c.op === op);
}

/** The role that reads the operation in the burst and the status the matrix expects for it. */
function readerOf(c: IsolationCase): { role: Role; status: number } {
  const role = READERS.find((r) => c.expect[r] >= 200 && c.expect[r] < 300) ?? READERS.find((r) => c.expect[r] !== 403) ?? 'coordinator';
  return { role, status: c.expect[role] };
}

describe(`a burst of ${BURST} concurrent requests per operation, the pool holding ${POOL} connections`, () => {
  it('every GET operation of the OpenAPI document, signed in and (where public) not, answers as the matrix expects, on one connection per request', async () => {
    const started = Date.now();
    const gets = Object.entries(document.paths).flatMap(([path, item]) => (item.get ? [{ op: `GET ${path}` as Operation, public: Array.isArray(item.get.security) && item.get.security.length === 0 }] : []));
    expect(gets.length).toBeGreaterThan(50);
    const failures: string[] = [];
    let publicOps = 0;
    let participantOps = 0;
    for (const { op, public: isPublic } of gets) {
      const c = caseOf(op);
      if (!c) {
        failures.push(`${op}: no case in the isolation matrix, so no fixture path to call`);
        continue;
      }
      const path = c.own(h);
      // A resource that a PUT on the same path makes (a baseline): made first, as the matrix does before reading it.
      const put = caseOf(`PUT ${op.slice(4)}`);
      if (put) {
        const writer = readerOf(put);
        const made = await h.call('PUT', put.own(h), { cookie: cookies[writer.role], body: put.body?.(writer.role) });
        if (made.status !== writer.status) failures.push(`${put.op} (made before the burst) as ${writer.role}: ${made.status}, expected ${writer.status}`);
      }
      const { role, status } = readerOf(c);
      const p = await check(`${op} as ${role}`, () => h.call('GET', path, { cookie: cookies[role] }), [status]);
      if (p) failures.push(p);
      // A participant's transaction also narrows to its organisation: read again as one where the matrix lets it.
      if (role !== 'participant' && c.expect.participant >= 200 && c.expect.participant < 300) {
        participantOps++;
        const q = await check(`${op} as participant`, () => h.call('GET', path, { cookie: cookies.participant }), [c.expect.participant]);
        if (q) failures.push(q);
      }
      if (isPublic) {
        publicOps++;
        const q = await check(`${op} without a session`, () => h.call('GET', path), [c.signedOut ?? 401]);
        if (q) failures.push(q);
      }
    }
    expect(failures).toEqual([]);
    expect(publicOps).toBeGreaterThanOrEqual(3);
    // Reported in docs/security.md section 10 (what is measured).
    console.log(`load.spec: ${gets.length} GET operations (${publicOps} public, ${participantOps} also as a participant) in bursts of ${BURST}, pool ${POOL}: ${Date.now() - started} ms, slowest answer ${slowest} ms`);
  }, 120_000);

  it('the probes left out of the document: health signed in and not, metrics for the operator', async () => {
    const failures = [
      await check('GET /api/health signed in', () => h.call('GET', '/api/health', { cookie: cookies.coordinator }), [200]),
      await check('GET /api/health without a session', () => h.call('GET', '/api/health'), [200]),
      await check('GET /api/metrics as the operator', () => h.call('GET', '/api/metrics', { cookie: operator }), [200]),
    ];
    expect(failures.filter(Boolean)).toEqual([]);
  });
});

describe('the writes that looked names up outside the tenant, in bursts', () => {
  it('sign-out: each of the burst ends its own session', async () => {
    const sessions: string[] = [];
    for (let i = 0; i < BURST; i++) sessions.push(await h.signIn(DEMO_EMAILS.adviser));
    expect(await check('POST /api/auth/sign-out', (i) => h.call('POST', '/api/auth/sign-out', { cookie: sessions[i] }), [204])).toBeNull();
    for (const s of sessions) expect((await h.call('GET', '/api/auth/session', { cookie: s })).status).toBe(401);
  });

  it('switching membership', async () => {
    expect(await check('POST /api/auth/switch', () => h.call('POST', '/api/auth/switch', { cookie: cookies.coordinator, body: { membershipId: fx.memberships.coordinator } }), [200])).toBeNull();
  });

  it("creating users: the e-mail address is looked up among every partner's accounts", async () => {
    const admin = await h.signIn(DEMO_EMAILS.administrator);
    const found = [
      await check('POST /api/users (new addresses)', (i) => h.call('POST', '/api/users', { cookie: admin, body: { email: `last-${i}-${randomUUID().slice(0, 8)}@mvo-noord.test`, name: 'Collega onder last', role: 'adviser' } }), [201]),
      await check('POST /api/users (role taken)', () => h.call('POST', '/api/users', { cookie: admin, body: { email: DEMO_EMAILS.coordinator, name: 'Coördinator', role: 'coordinator' } }), [409]),
      // An account of another partner: an invitation (202), not a membership.
      await check('POST /api/users (account of another partner)', () => h.call('POST', '/api/users', { cookie: admin, body: { email: 'beheer@groningen-duurzaam.test', name: 'Beheer Groningen', role: 'analyst' } }), [202]),
    ];
    expect(found.filter(Boolean)).toEqual([]);
  });

  it('the KvK number checks: a new organisation, a lead, taken and free', async () => {
    const coordinator = await h.signIn(DEMO_EMAILS.coordinator);
    // Eight digits nobody has: 9, six from the clock, the burst's index.
    const stamp = String(Date.now() % 1_000_000).padStart(6, '0');
    const kvk = (i: number) => `9${stamp}${i % 10}`;
    const found = [
      await check('POST /api/organisations (free KvK)', (i) => h.call('POST', '/api/organisations', { cookie: coordinator, body: { name: `Bedrijf onder last ${i}`, kind: 'company', step: 'koploper', kvkNumber: kvk(i) } }), [201]),
      await check('POST /api/organisations (KvK of another partner)', (i) => h.call('POST', '/api/organisations', { cookie: coordinator, body: { name: `Dubbel ${i}`, kind: 'company', step: 'koploper', kvkNumber: '02056789' } }), [409]),
      await check('POST /api/journey/leads (KvK of another partner)', (i) => h.call('POST', '/api/journey/leads', { cookie: coordinator, body: { organisation: { name: `Lead ${i}`, kind: 'company', kvkNumber: '02056789' }, source: 'event', contactedOn: '2026-10-01' } }), [409]),
    ];
    expect(found.filter(Boolean)).toEqual([]);
  });

  it("a masterclass outcome naming the partner's organisations", async () => {
    const coordinator = await h.signIn(DEMO_EMAILS.coordinator);
    const path = `/api/masterclass/enrolments/${fx.mc.ownEnrolment}/outcome`;
    const body = { fields: [{ fieldId: 'packaging' }], chainPartners: [{ organisationId: h.ids.organisations.installateur }], opportunities: [] };
    expect((await h.call('PUT', path, { cookie: coordinator, body })).status).toBe(200);
    expect(await check('PUT /api/masterclass/enrolments/{id}/outcome', () => h.call('PUT', path, { cookie: coordinator, body }), [200])).toBeNull();
  });
});

describe('on the PostgreSQL queue backend, where the sign-in and reset limits count in the database too', () => {
  let pg: Harness;
  beforeAll(async () => {
    pg = await startHarness({ queue: 'postgres', env: { DATABASE_POOL_SIZE: String(POOL), DATABASE_POOL_TIMEOUT_MS: String(POOL_TIMEOUT_MS) } });
    watchPool(pg);
  }, 60_000);
  afterAll(() => pg?.close());

  it('health, signing in and asking for a reset with a session cookie, switching and signing out, in bursts', async () => {
    const coordinator = await pg.signIn(DEMO_EMAILS.coordinator);
    const sessions: string[] = [];
    for (let i = 0; i < BURST; i++) sessions.push(await pg.signIn(DEMO_EMAILS.adviser));
    const membershipId = (await pg.call('GET', '/api/auth/session', { cookie: coordinator })).body.activeMembershipId;
    const found = [
      await check('GET /api/health signed in', () => pg.call('GET', '/api/health', { cookie: coordinator }), [200]),
      await check('POST /api/auth/sign-in with a session cookie', () => pg.call('POST', '/api/auth/sign-in', { cookie: coordinator, body: { email: DEMO_EMAILS.coordinator, password: DEMO_PASSWORD } }), [200]),
      // Ten wrong passwords for one account reach its limit (SIGNIN_MAX_FAILURES_PER_ACCOUNT): 401 each, or 429 once locked.
      await check('POST /api/auth/sign-in (wrong password) with a session cookie', () => pg.call('POST', '/api/auth/sign-in', { cookie: coordinator, body: { email: DEMO_EMAILS.analyst, password: 'niet-het-wachtwoord' } }), [401, 429]),
      await check('POST /api/auth/password-reset with a session cookie', (i) => pg.call('POST', '/api/auth/password-reset', { cookie: coordinator, body: { email: `niemand-${i}@example.test` } }), [202]),
      await check('POST /api/auth/switch', () => pg.call('POST', '/api/auth/switch', { cookie: coordinator, body: { membershipId } }), [200]),
      await check('POST /api/auth/sign-out', (i) => pg.call('POST', '/api/auth/sign-out', { cookie: sessions[i] }), [204]),
    ];
    expect(found.filter(Boolean)).toEqual([]);
  });
});
