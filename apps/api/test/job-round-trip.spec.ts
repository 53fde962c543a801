/**
 * api -> queue -> worker -> PostgreSQL, on both transports: Redis (production)
 * and BullMQ's PostgreSQL backend (the embedded default).
 */
import { DiagnosticPing } from '@koers/server-db';
import { DEMO_EMAILS, startHarness, waitFor, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

describe.each(['redis', 'postgres'] as const)('job round trip on %s', (queue) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ queue, worker: true });
  });
  afterAll(() => h?.close());

  it('a ping requested through the API is completed by the worker and written to PostgreSQL', async () => {
    const admin = await h.signIn(DEMO_EMAILS.administrator);
    const created = await h.call('POST', '/api/diagnostics/pings', { cookie: admin });
    expect(created.status).toBe(201);
    expect(created.body.completedAt).toBeNull();
    const done = await waitFor(async () => {
      const res = await h.call('GET', `/api/diagnostics/pings/${created.body.id}`, { cookie: admin });
      return res.body.completedAt ? res.body : null;
    }, 30_000, 'the worker to complete the ping');
    expect(done.transport).toBe(queue);
    expect(done.handledBy).toMatch(/:\d+$/);
    const row = await h.sql.getRepository(DiagnosticPing).findOneByOrFail({ id: created.body.id });
    expect(row.completedAt).toBeInstanceOf(Date);
  });
});

describe('producers fail fast when Redis is down', () => {
  let h: Harness;
  beforeAll(async () => {
    // Nothing listens on port 1: the producer must answer 503 quickly instead of hanging.
    h = await startHarness({ queue: { redisUrl: 'redis://127.0.0.1:1' } });
  });
  afterAll(() => h?.close());

  it('answers 503 within seconds and rolls back what the request wrote', async () => {
    const admin = await h.signIn(DEMO_EMAILS.administrator);
    const before = await writeFingerprint(h.sql);
    const started = Date.now();
    const res = await h.call('POST', '/api/diagnostics/pings', { cookie: admin });
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({
      status: 503,
      code: 'service_unavailable',
      text: { nl: 'De wachtrij is niet bereikbaar; probeer het later opnieuw', en: 'The job queue is unavailable; please try again later' },
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await writeFingerprint(h.sql)).toEqual(before);
    const health = await h.call('GET', '/api/health');
    expect(health.status).toBe(503);
    expect(health.body.checks).toMatchObject({ database: 'up', queue: 'down' });
  });
});
