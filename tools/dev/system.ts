/**
 * Starts the whole server side for a developer or a browser test:
 * PostgreSQL (DATABASE_URL, else embedded), migrations, the demo alliance,
 * then api and worker as child processes, with the queue transport chosen
 * as the README says (REDIS_URL, else Redis on localhost:6379 if it answers,
 * else BullMQ's PostgreSQL backend in the same database).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@koers/server-db';
import { createDatabase, databaseExists, findTestPostgres, startEmbeddedPostgres, WORKSPACE_ROOT, type PostgresServer } from './postgres';
import { seedDemoAlliance, seedDemoTrack } from './seed-demo';
import { seedDemoScan } from './seed-demo-scan';
import { seedDemoTrackProgress } from './seed-demo-track';
import { seedDemoMasterclass } from './seed-demo-masterclass';
import { seedDemoChain } from './seed-demo-chain';
import { seedDemoJourney } from './seed-demo-journey';
import { seedDemoAllianceContracts } from './seed-demo-alliance';
import { seedDemoEducation } from './seed-demo-education';
import { seedDemoBenchmark } from './seed-demo-benchmark';

export interface SystemOptions {
  port?: number;
  log?: (line: string) => void;
  /** A fresh, uniquely named database (tests); otherwise the persistent `koers` database. */
  fresh?: boolean;
  /** Print the api's and worker's own log lines. */
  verbose?: boolean;
}

export interface RunningSystem {
  apiUrl: string;
  databaseUrl: string;
  redisUrl: string | null;
  postgresKind: PostgresServer['kind'];
  stop(): Promise<void>;
}

/** True when something answers PONG on host:port within the timeout. */
export function redisAnswers(url: string, timeoutMs = 800): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: u.hostname, port: Number(u.port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => done(d.toString().startsWith('+PONG')));
  });
}

export async function chooseRedis(log: (l: string) => void): Promise<string | null> {
  if (process.env.REDIS_URL) return process.env.REDIS_URL;
  // DEV_REDIS_URL: where to look for a local Redis instead of localhost:6379 (`off`: never, always the PostgreSQL backend).
  const local = process.env.DEV_REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (local !== 'off' && (await redisAnswers(local))) return local;
  log(`Geen Redis gevonden: wachtrijen draaien op PostgreSQL / no Redis answered${local === 'off' ? '' : ` on ${new URL(local).host}`}: queues run on BullMQ's PostgreSQL backend`);
  return null;
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`api stopped with exit code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`api did not become healthy within ${timeoutMs} ms`);
}

/**
 * Runs the api or the worker from source. `detached`: in a process group of its
 * own, so a Ctrl+C meant for `npm start` does not reach it and `npm start`
 * decides the order of the stop (see `startSystem`).
 */
export function spawnService(name: 'api' | 'worker', env: NodeJS.ProcessEnv, log: (l: string) => void, verbose: boolean, opts: { detached?: boolean } = {}): ChildProcess {
  const child = spawn(process.execPath, [join(WORKSPACE_ROOT, 'tools/dev/register.cjs'), `apps/${name}/src/main.ts`], {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: !!opts.detached,
  });
  if (opts.detached) {
    // Not in our process group any more: whatever ends this process ends the child too.
    const kill = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    };
    process.once('exit', kill);
    child.once('exit', () => process.removeListener('exit', kill));
  }
  const relay = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      // Errors always show; the rest only when asked, to keep the start-up output readable.
      if (verbose || /"level":"(error|fatal)"|Error|error:/i.test(line)) log(`[${name}] ${line}`);
    }
  };
  child.stdout?.on('data', relay);
  child.stderr?.on('data', relay);
  return child;
}

function stopChild(child: ChildProcess, timeoutMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * The stop, in order: the api and the worker first (each finishes what it has
 * in hand, the worker its running jobs), then the database they need for that.
 * The api and the worker run in process groups of their own and the embedded
 * PostgreSQL in a session of its own (`startEmbeddedPostgres`), so a Ctrl+C on
 * `npm start` reaches only `npm start`, which then stops them in this order.
 */
export async function startSystem(opts: SystemOptions = {}): Promise<RunningSystem> {
  const log = opts.log ?? ((l: string) => console.log(l));
  const port = opts.port ?? Number(process.env.PORT ?? 3000);
  let server: PostgresServer;
  let databaseUrl: string;
  if (process.env.DATABASE_URL && !opts.fresh) {
    server = { adminUrl: process.env.DATABASE_URL, kind: 'configured', stop: async () => undefined };
    databaseUrl = process.env.DATABASE_URL;
  } else {
    server = opts.fresh ? await findTestPostgres(log) : await startEmbeddedPostgres(log);
    const name = opts.fresh ? `koers_e2e_${process.pid}_${Date.now()}` : 'koers';
    databaseUrl = opts.fresh || !(await databaseExists(server.adminUrl, name)) ? await createDatabase(server.adminUrl, name) : urlFor(server.adminUrl, name);
  }
  try {
    return await startServices(opts, server, databaseUrl, log, port);
  } catch (e) {
    await server.stop().catch(() => undefined);
    throw e;
  }
}

async function startServices(opts: SystemOptions, server: PostgresServer, databaseUrl: string, log: (line: string) => void, port: number): Promise<RunningSystem> {
  await runMigrations(databaseUrl, log);
  const ds = new DataSource(dataSourceOptions(databaseUrl, { extra: { max: 2 } }));
  await ds.initialize();
  const { created, ids } = await seedDemoAlliance(ds);
  // Browser tests start from the bare alliance and build their own track.
  if (created && !opts.fresh) await seedDemoTrack(ds, ids);
  if (created && !opts.fresh) await seedDemoTrackProgress(ds, ids);
  if (created && !opts.fresh) await seedDemoScan(ds, ids);
  if (created && !opts.fresh) await seedDemoMasterclass(ds, ids);
  if (created && !opts.fresh) await seedDemoChain(ds, ids);
  if (created && !opts.fresh) await seedDemoJourney(ds, ids);
  if (created && !opts.fresh) await seedDemoAllianceContracts(ds, ids);
  if (created && !opts.fresh) await seedDemoEducation(ds);
  if (created && !opts.fresh) await seedDemoBenchmark(ds, ids);
  await ds.destroy();
  if (created) log('Demo-alliantie aangemaakt / demo alliance seeded');

  const redisUrl = await chooseRedis(log);
  const env: NodeJS.ProcessEnv = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl ?? '',
    PORT: String(port),
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    RUN_MIGRATIONS: 'false',
    // Separate queue namespaces per database, so a test system never picks up another's jobs.
    QUEUE_PREFIX: opts.fresh ? `koers_${process.pid}` : (process.env.QUEUE_PREFIX ?? 'koers'),
  };
  const api = spawnService('api', env, log, !!opts.verbose, { detached: true });
  const worker = spawnService('worker', env, log, !!opts.verbose, { detached: true });
  const apiUrl = `http://localhost:${port}`;
  try {
    await waitForHealth(apiUrl, api);
  } catch (e) {
    await Promise.all([stopChild(api), stopChild(worker)]);
    throw e;
  }
  return {
    apiUrl,
    databaseUrl,
    redisUrl,
    postgresKind: server.kind,
    stop: async () => {
      await Promise.all([stopChild(api), stopChild(worker)]);
      await server.stop();
    },
  };
}

function urlFor(adminUrl: string, name: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}
