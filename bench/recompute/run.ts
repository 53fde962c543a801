/**
 * Benchmark: bulk recompute of N organisation-years (default 100,000).
 *  (a) baseline: one query reads all inputs, compute in-process, COPY the results.
 *  (b) the real thing: API -> queue (Redis if one answers, else PostgreSQL) -> worker(s) -> PostgreSQL.
 * Prints both throughputs and their ratio. Not part of the test suite.
 *   npm run bench:recompute -- [N] [workers]
 */
import { builtinReferenceProvider } from '@koers/calc-builtin';
import { footprintGhg } from '@koers/calc-footprint-ghg';
import { createContext, runCalculator, type CalculatorDefinition } from '@koers/calc-sdk';
import { dataSourceOptions, runMigrations } from '@koers/server-db';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { spawn } from 'node:child_process';
import { DataSource } from 'typeorm';
import { createDatabase, dropDatabase, findTestPostgres } from '../../tools/dev/postgres';
import { DEMO_PASSWORD, seedDemoAlliance } from '../../tools/dev/seed-demo';
import { chooseRedis, spawnService } from '../../tools/dev/system';
import { insertFootprintInputs } from '../../tools/testing/calc-fixtures';
import { loadCatalogue } from '@koers/server-calculations';
import { Redis } from 'ioredis';
import { threadTimes, cpuSeconds, postgresAuxPids, snapshot, spent, type CpuGroups } from './cpu';

const N = Number(process.argv[2] ?? process.env.BENCH_N ?? 100_000);
const WORKERS = Number(process.argv[3] ?? process.env.BENCH_WORKERS ?? 1);
/**
 * How often (b) asks the api for progress. Each answer counts the bulk's results (a
 * bitmap heap scan, about 1 µs per result so far: 50-100 ms of PostgreSQL at 100,000),
 * so polling is itself load; every 500 ms costs at most half a second of (b).
 */
const POLL_MS = Number(process.env.BENCH_POLL_MS ?? 500);
const log = (s: string) => process.stderr.write(s + '\n');
const secs = (ms: number) => (ms / 1000).toFixed(2);

async function main() {
  const server = await findTestPostgres(log);
  const name = `koers_bench_${process.pid}`;
  const url = await createDatabase(server.adminUrl, name);
  try {
    await runMigrations(url);
    // BENCH_TOAST=lz4: what a migration setting the results' output column to lz4 would give (both (a) and (b)
    // write their jsonb with it; new sessions of this database only). Needs a server built with lz4.
    if (process.env.BENCH_TOAST) {
      const admin = new Client({ connectionString: url });
      await admin.connect();
      await admin.query(`alter database ${name} set default_toast_compression = '${process.env.BENCH_TOAST === 'lz4' ? 'lz4' : 'pglz'}'`);
      await admin.end();
    }
    const ds = new DataSource(dataSourceOptions(url, { extra: { max: 4 } }));
    await ds.initialize();
    const { ids } = await seedDemoAlliance(ds);
    let t = Date.now();
    await insertFootprintInputs(ds, ids.partners.noord, N);
    log(`generated ${N} organisation-years in ${secs(Date.now() - t)} s`);
    // The platform has "seen" this release, so the worker does not start its own recompute.
    const catalogue = loadCatalogue('plugins');
    await ds.query(`insert into calculator_release (plugin_id, plugin_version, reference_version) values ('footprint.ghg', $1, $2)`, [footprintGhg.version, catalogue.referenceVersionOf('footprint.ghg')]);
    await ds.query('vacuum analyze calculation_input');

    // (a) baseline
    t = Date.now();
    const cpuA = process.cpuUsage();
    const client = new Client({ connectionString: url });
    await client.connect();
    const [{ pid: baselineBackend }] = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows;
    const backendA = cpuSeconds(baselineBackend);
    const { rows } = await client.query<{ id: string; input: unknown }>(`select id, input from calculation_input where plugin_id = 'footprint.ghg'`);
    const def = footprintGhg as CalculatorDefinition;
    const ctx = createContext(def, builtinReferenceProvider);
    await client.query('create unlogged table bench_baseline (input_id uuid, status text, output jsonb)');
    const lines = (function* () {
      for (const r of rows) {
        const res = runCalculator(def, r.input, ctx);
        const out = res.status === 'ok' ? JSON.stringify(res.output) : 'null';
        yield `${r.id}\t${res.status}\t${out.replace(/\\/g, '\\\\')}\n`;
      }
    })();
    await pipeline(Readable.from(lines), client.query(copyFrom('copy bench_baseline from stdin')));
    const baselineMs = Date.now() - t;
    const cpuAUsed = process.cpuUsage(cpuA);
    const baselineCpu = { node: (cpuAUsed.user + cpuAUsed.system) / 1e6, postgres: cpuSeconds(baselineBackend) - backendA };
    const [{ ok }] = (await client.query(`select count(*)::int as ok from bench_baseline where status = 'ok'`)).rows;
    await client.end();
    log(`(a) baseline: ${ok}/${rows.length} ok in ${secs(baselineMs)} s`);

    // (b) through the system
    const redisUrl = await chooseRedis(log);
    const port = 3900 + (process.pid % 90);
    const env = { DATABASE_URL: url, REDIS_URL: redisUrl ?? '', PORT: String(port), QUEUE_PREFIX: `bench${process.pid}`, LOG_LEVEL: 'warn', NODE_ENV: 'production' };
    // PGAPPNAME names each process's PostgreSQL sessions, so the CPU of their backends can be told apart.
    const api = spawnService('api', { ...env, PGAPPNAME: 'bench-api' }, log, false);
    const workerEnv = { ...env, PGAPPNAME: 'bench-worker' };
    const workers = Array.from({ length: WORKERS }, () => (process.env.BENCH_PROFILE ? spawnProfiledWorker(workerEnv) : spawnService('worker', workerEnv, log, false)));
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      const ok = await fetch(`${base}/api/health`).then((r) => r.status === 200, () => false);
      if (ok) break;
      if (i > 600) throw new Error('api did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
    await new Promise((r) => setTimeout(r, 3000)); // let the workers finish starting
    const signIn = await fetch(`${base}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'analist@mvo-noord.test', password: DEMO_PASSWORD }) });
    const cookie = signIn.headers.getSetCookie()[0].split(';')[0];
    const groups = async (): Promise<CpuGroups> => {
      const backends = (await ds.query(`select pid, application_name as app from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`, [name])) as { pid: number; app: string }[];
      const of = (app: string) => backends.filter((b) => b.app === app).map((b) => b.pid);
      return {
        worker: workers.map((w) => w.pid ?? 0),
        'worker:main': workers.map((w) => w.pid ?? 0),
        api: [api.pid ?? 0],
        'pg:worker': of('bench-worker'),
        'pg:api': of('bench-api'),
        'pg:other': [...backends.filter((b) => b.app !== 'bench-worker' && b.app !== 'bench-api').map((b) => b.pid), ...postgresAuxPids()],
        redis: redisPid ? [redisPid] : [],
      };
    };
    const redisPid = await redisProcessId(redisUrl);
    const cpuBefore = snapshot(await groups());
    t = Date.now();
    const started = (await (await fetch(`${base}/api/calculations/recompute`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ pluginId: 'footprint.ghg' }) })).json()) as { bulkId: string };
    let progress: { finished: boolean; succeeded: number; failed: number; total: number };
    for (;;) {
      progress = (await (await fetch(`${base}/api/calculations/recompute/${started.bulkId}`, { headers: { cookie } })).json()) as typeof progress;
      if (progress.finished) break;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    const systemMs = Date.now() - t;
    const systemCpu = spent(cpuBefore, snapshot(await groups()));
    if (process.env.BENCH_THREADS) for (const w of workers) log(`worker ${w.pid} threads (cpu s since start): ${threadTimes(w.pid ?? 0)}`);
    log(`(b) system: ${progress.succeeded}/${progress.total} ok (${progress.failed} failed) in ${secs(systemMs)} s`);
    for (const c of [api, ...workers]) c.kill('SIGTERM');
    await ds.destroy();

    const baselineRate = rows.length / (baselineMs / 1000);
    const systemRate = progress.total / (systemMs / 1000);
    console.log(`bench/recompute  N=${N}  workers=${WORKERS}  queue=${redisUrl ? 'redis' : 'postgres'}${process.env.BENCH_TOAST ? `  toast=${process.env.BENCH_TOAST}` : ''}`);
    console.log(`  (a) baseline  (1 query, in-process, COPY): ${secs(baselineMs)} s  ${baselineRate.toFixed(0)} org-years/s`);
    console.log(`  (b) system    (api -> queue -> worker -> pg): ${secs(systemMs)} s  ${systemRate.toFixed(0)} org-years/s`);
    console.log(`  ratio (b)/(a): ${(systemRate / baselineRate).toFixed(2)}   targets: (b) <= 30 s for 100,000, ratio >= 0.50`);
    const perRow = (s: number) => ((s * 1e6) / rows.length).toFixed(0).padStart(4);
    const fmt = (c: Record<string, number>) => Object.entries(c).map(([k, v]) => `${k} ${v.toFixed(2)} s (${perRow(v)} µs/row)`).join(', ');
    const total = (c: Record<string, number>) => Object.entries(c).reduce((a, [k, v]) => (k.endsWith(':main') ? a : a + v), 0); // ':main' is part of its process
    console.log(`  CPU (a): ${fmt(baselineCpu)}; ${total(baselineCpu).toFixed(2)} s = ${(total(baselineCpu) / (baselineMs / 1000)).toFixed(2)} cores`);
    console.log(`  CPU (b): ${fmt(systemCpu)}; ${total(systemCpu).toFixed(2)} s = ${(total(systemCpu) / (systemMs / 1000)).toFixed(2)} cores`);
  } finally {
    await new Promise((r) => setTimeout(r, 1000));
    await dropDatabase(server.adminUrl, name).catch((e) => log(`could not drop ${name}: ${e.message}`));
    await server.stop();
  }
}

/** A worker under the V8 profiler (BENCH_PROFILE=<dir>): see profiled-worker.ts. */
function spawnProfiledWorker(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['tools/dev/register.cjs', 'bench/recompute/profiled-worker.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  return child;
}

/** The Redis server's pid when it runs on this machine (its CPU is then counted), else undefined. */
async function redisProcessId(url: string | null | undefined): Promise<number | undefined> {
  if (!url || !/\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) return undefined;
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    return Number(/process_id:(\d+)/.exec(await redis.info('server'))?.[1]) || undefined;
  } catch {
    return undefined;
  } finally {
    redis.disconnect();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
