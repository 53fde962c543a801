/**
 * BullMQ's production guide: workers never give up reconnecting. This test
 * runs its own Redis server, restarts it under a running worker, and shows
 * that jobs flow again afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { DEMO_EMAILS, startHarness, waitFor, type Harness } from '../../../tools/testing/api-harness';
import { redisAnswers } from '../../../tools/dev/system';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], { stdio: 'ignore' });
  child.on('error', (e) => {
    throw new Error(`redis-server could not be started (is it installed?): ${e.message}`);
  });
  await waitFor(() => redisAnswers(`redis://127.0.0.1:${port}`), 10_000, 'redis-server to answer');
  return child;
}

async function stopRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('worker survives a Redis restart', () => {
  let redis: ChildProcess;
  let port: number;
  let h: Harness;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    h = await startHarness({ queue: { redisUrl: `redis://127.0.0.1:${port}` }, worker: true });
  });
  afterAll(async () => {
    await h?.close();
    await stopRedis(redis);
  });

  async function pingRoundTrip(cookie: string) {
    const created = await h.call('POST', '/api/diagnostics/pings', { cookie });
    expect(created.status).toBe(201);
    return waitFor(async () => (await h.call('GET', `/api/diagnostics/pings/${created.body.id}`, { cookie })).body.completedAt, 30_000, 'ping completion');
  }

  it('processes jobs before and after Redis went away', async () => {
    const admin = await h.signIn(DEMO_EMAILS.administrator);
    await pingRoundTrip(admin);

    await stopRedis(redis);
    // While Redis is down the producer answers 503 at once rather than hanging.
    expect((await h.call('POST', '/api/diagnostics/pings', { cookie: admin })).status).toBe(503);

    redis = await startRedis(port);
    await waitFor(async () => (await h.call('GET', '/api/health')).status === 200, 30_000, 'the API to see Redis again');
    await pingRoundTrip(admin);
  });
});
