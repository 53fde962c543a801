/**
 * SIGTERM (a deploy, a scale-down) must not lose the job in hand: the worker
 * stops taking jobs, finishes the running one, writes its result, and exits.
 */
import { JobQueue } from '@koers/server-queue';
import { DEMO_EMAILS, startHarness, waitFor, type Harness } from '../../../tools/testing/api-harness';
import { makePluginsDir } from '../../../tools/testing/calc-fixtures';
import { spawnService } from '../../../tools/dev/system';

describe('graceful shutdown of the worker', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { PLUGINS_DIR: makePluginsDir() } });
  });
  afterAll(() => h?.close());

  it('finishes the job in hand on SIGTERM and exits cleanly', async () => {
    const c = h.config;
    const worker = spawnService(
      'worker',
      { DATABASE_URL: c.DATABASE_URL, REDIS_URL: c.REDIS_URL ?? '', QUEUE_PREFIX: c.QUEUE_PREFIX, PLUGINS_DIR: c.PLUGINS_DIR, LOG_LEVEL: 'warn' },
      () => undefined,
      false,
    );
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => worker.once('exit', (code, signal) => resolve({ code, signal })));
    const adviser = await h.signIn(DEMO_EMAILS.adviser);
    const submitted = await h.call('POST', `/api/organisations/${h.ids.organisations.bakkerij}/calculations`, {
      cookie: adviser,
      body: { pluginId: 'test.slow', year: 2024, input: { ms: 3000 } },
    });
    expect(submitted.status).toBe(202);
    const queue = h.app.get(JobQueue).queue('calculations');
    await waitFor(async () => (await queue.getActiveCount()) > 0, 60_000, 'the slow job to be taken');
    worker.kill('SIGTERM');
    // Nest re-raises the signal once its shutdown hooks have run, so a clean stop ends by SIGTERM, not by a crash.
    const { code, signal } = await exited;
    expect(code === 0 || signal === 'SIGTERM').toBe(true);
    // No worker runs any more: what is written now was written by the one that was told to stop.
    const result = await h.call('GET', `/api/calculations/${submitted.body.id}`, { cookie: adviser });
    expect(result.body).toMatchObject({ status: 'succeeded', attempts: 1, output: { spins: 1 } });
  });
});
