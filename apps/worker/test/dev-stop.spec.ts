/**
 * Ctrl+C on `npm start` (issue 14 item 11): with the embedded PostgreSQL and
 * BullMQ's PostgreSQL backend (no Redis), the terminal's SIGINT reaches the
 * whole foreground process group. The database must outlive the api and the
 * worker, the worker must finish the job in hand, and the stop must print
 * nothing alarming and end with exit code 0.
 *
 * Runs tools/dev/start.ts as `npm start` does, in its own process group (as a
 * shell runs a foreground job), with its own embedded PostgreSQL folder and
 * port, a Redis address nothing listens on, and no web apps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createQueue } from '@koers/server-queue';
import { makePluginsDir } from '../../../tools/testing/calc-fixtures';
import { DEMO_PASSWORD } from '../../../tools/dev/seed-demo';
import { canConnect, WORKSPACE_ROOT } from '../../../tools/dev/postgres';

jest.setTimeout(420_000);

const ADVISER = 'adviseur@mvo-noord.test';

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

interface Run {
  child: ChildProcess;
  output: string[];
  exited: Promise<{ code: number | null; signal: string | null }>;
}

describe('stopping npm start with Ctrl+C (embedded PostgreSQL, no Redis)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'koers-stop-'));
  // As root the embedded server runs as the `postgres` user, which must reach its folder.
  chmodSync(dir, 0o755);
  const runs: Run[] = [];
  let env: NodeJS.ProcessEnv;
  let pgPort: number;
  let apiUrl: string;

  beforeAll(async () => {
    pgPort = await freePort();
    const apiPort = await freePort();
    const nothing = await freePort();
    apiUrl = `http://127.0.0.1:${apiPort}`;
    env = {
      ...process.env,
      DATABASE_URL: '',
      REDIS_URL: '',
      DEV_REDIS_URL: `redis://127.0.0.1:${nothing}`,
      EMBEDDED_PG_DIR: dir,
      EMBEDDED_PG_PORT: String(pgPort),
      PORT: String(apiPort),
      KOERS_WEB: 'off',
      METRICS_PORT: '0',
      PLUGINS_DIR: makePluginsDir(),
      QUEUE_PREFIX: `stop${process.pid}`,
      NODE_ENV: 'development',
      VERBOSE: '',
    };
  });

  afterAll(async () => {
    for (const r of runs) if (r.child.exitCode === null && r.child.signalCode === null) process.kill(-r.child.pid!, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  /** `npm start` in a process group of its own; resolves once it prints how to stop it. */
  async function start(): Promise<Run> {
    const child = spawn(process.execPath, [join(WORKSPACE_ROOT, 'tools/dev/register.cjs'), 'tools/dev/start.ts'], {
      cwd: WORKSPACE_ROOT,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    const collect = (d: Buffer) => output.push(...d.toString().split('\n').filter((l) => l.trim()));
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const run = { child, output, exited };
    runs.push(run);
    await waitFor(async () => {
      if (child.exitCode !== null) throw new Error(`npm start ended early (${child.exitCode}):\n${output.join('\n')}`);
      return output.some((l) => l.startsWith('Stoppen / stop: Ctrl+C'));
    }, 300_000, 'npm start to be up');
    expect(output.join('\n')).toContain('BullMQ PostgreSQL-backend');
    return run;
  }

  /** Ctrl+C in a terminal: SIGINT to every process of the foreground group. */
  async function ctrlC(run: Run) {
    const from = run.output.length;
    process.kill(-run.child.pid!, 'SIGINT');
    const timer = setTimeout(() => process.kill(-run.child.pid!, 'SIGKILL'), 60_000);
    const exit = await run.exited;
    clearTimeout(timer);
    return { exit, after: run.output.slice(from) };
  }

  async function signIn(email: string): Promise<string> {
    const res = await fetch(`${apiUrl}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) });
    expect(res.status).toBe(200);
    return res.headers.getSetCookie().find((c) => c.startsWith('koers_session='))!.split(';')[0];
  }

  it('stops api, worker and database in order, finishing the job in hand, with nothing alarming and exit code 0', async () => {
    const first = await start();
    const databaseUrl = `postgres://postgres:koers-dev@127.0.0.1:${pgPort}/koers`;
    const adviser = await signIn(ADVISER);
    const orgs = (await (await fetch(`${apiUrl}/api/organisations`, { headers: { cookie: adviser } })).json()) as { items?: { id: string; name: string }[] } | { id: string; name: string }[];
    const list = Array.isArray(orgs) ? orgs : (orgs.items ?? []);
    const bakkerij = list.find((o) => o.name === 'Bakkerij De Vries')!;
    const submitted = await fetch(`${apiUrl}/api/organisations/${bakkerij.id}/calculations`, {
      method: 'POST',
      headers: { cookie: adviser, 'content-type': 'application/json' },
      body: JSON.stringify({ pluginId: 'test.slow', year: 2024, input: { ms: 4000 } }),
    });
    expect(submitted.status).toBe(202);
    const { id } = (await submitted.json()) as { id: string };
    const queue = createQueue({ kind: 'postgres', url: databaseUrl, prefix: env.QUEUE_PREFIX! }, 'calculations');
    try {
      await waitFor(async () => (await queue.getActiveCount()) > 0, 60_000, 'the slow job to be taken');
    } finally {
      await queue.close();
    }

    const { exit, after } = await ctrlC(first);
    const shown = after.join('\n');
    expect(shown).toContain('Stoppen... / stopping...');
    expect(after.filter((l) => /connection error/i.test(l))).toEqual([]);
    expect(after.filter((l) => /error|fatal|unhandled|terminat|ECONNREFUSED|\bat .*\.(js|ts):\d+/i.test(l))).toEqual([]);
    expect(exit).toEqual({ code: 0, signal: null });
    // Nothing keeps running: the database stopped with the rest.
    expect(await canConnect(`postgres://postgres:koers-dev@127.0.0.1:${pgPort}/postgres`, 1000)).toBe(false);

    // The job in hand was finished (not lost, not run twice): a second start finds its result.
    const second = await start();
    const cookie = await signIn(ADVISER);
    const result = (await (await fetch(`${apiUrl}/api/calculations/${id}`, { headers: { cookie } })).json()) as Record<string, unknown>;
    expect(result).toMatchObject({ status: 'succeeded', attempts: 1, output: { spins: 1 } });
    const again = await ctrlC(second);
    expect(again.after.filter((l) => /error|fatal|unhandled|terminat/i.test(l))).toEqual([]);
    expect(again.exit).toEqual({ code: 0, signal: null });
  });
});
