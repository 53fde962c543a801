/**
 * Benchmark: a representative signed-in read through the whole stack against
 * the same SQL on a bare server, in one run.
 *  (a) baseline: bare Fastify + `pg` (bench/api-read/baseline.ts) running, per
 *      request, exactly the SQL the API sent for it (recorded in a capture phase);
 *  (b) the API: session lookup, the tenancy transaction (role switch, row-level
 *      security), TypeORM, serialisation.
 * Two reads of the cohort page: `GET /api/koploper/cohorts/:id` and one
 * participant's track `GET /api/koploper/participants/:id`, as the coordinator.
 * Both servers are loaded with autocannon at the same fixed concurrency (a
 * bounded number of requests) and at a fixed rate of 200 requests/s.
 * Prints, per read, the throughput ratio (b)/(a) and p50/p99 of each, and where
 * the API's time goes (queries per request, time in session lookup, tenancy
 * set-up and feature queries). Not part of the test suite.
 *   npm run bench:api-read -- [requests=1500] [connections=10] [seconds at 200 rps=4]
 *   BENCH_CPU_PROF=<dir> also writes the loaded API's CPU profile (a .cpuprofile) to <dir>.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@koers/server-db';
import { createDatabase, dropDatabase, findTestPostgres, WORKSPACE_ROOT } from '../../tools/dev/postgres';
import { DEMO_PASSWORD, seedDemoAlliance, seedDemoTrack } from '../../tools/dev/seed-demo';
import { chooseRedis } from '../../tools/dev/system';

const REQUESTS = Number(process.argv[2] ?? 1500);
const CONNECTIONS = Number(process.argv[3] ?? 10);
const RATE_SECONDS = Number(process.argv[4] ?? 4);
const RATE = 200;
const CAPTURE_ROUNDS = 30;
const log = (s: string) => process.stderr.write(s + '\n');

type Query = { at: number; ms: number; text: string; values: unknown[] };

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

function spawnNode(args: string[], env: NodeJS.ProcessEnv, name: string): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: WORKSPACE_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.on('data', (d: Buffer) => log(`[${name}] ${d.toString().trim()}`));
  return child;
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited with ${child.exitCode}`);
    if (await fetch(url).then((r) => r.status === 200, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => (clearTimeout(timer), resolve()));
    child.kill('SIGTERM');
  });
}

async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'coordinator@mvo-noord.test', password: DEMO_PASSWORD }) });
  if (res.status >= 300) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  return res.headers.getSetCookie()[0].split(';')[0];
}

/** Splits one request's queries into its phases: the session lookup (the first transaction), the tenancy set-up, the feature's queries. */
function phases(queries: Query[]) {
  const firstCommit = queries.findIndex((q) => /^commit/i.test(q.text));
  const session = queries.slice(0, firstCommit + 1);
  const rest = queries.slice(firstCommit + 1);
  const setup = rest.filter((q) => /^(start transaction|begin)|set_config\('app\.|^set local role/i.test(q.text));
  const end = rest.filter((q) => /^(commit|rollback)/i.test(q.text));
  const feature = rest.filter((q) => !setup.includes(q) && !end.includes(q));
  const sum = (qs: Query[]) => qs.reduce((s, q) => s + q.ms, 0);
  return { total: queries.length, session: session.length, setup: setup.length, feature: feature.length, end: end.length, sessionMs: sum(session), setupMs: sum(setup), featureMs: sum(feature), endMs: sum(end) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

type Load = { rps: number; p50: number; p99: number; errors: number; non2xx: number };
async function load(url: string, cookie: string, opts: { amount?: number; duration?: number; overallRate?: number }): Promise<Load> {
  const r = await autocannon({ url, connections: CONNECTIONS, headers: { cookie }, ...opts });
  return { rps: r.requests.total / r.duration, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

async function main() {
  const server = await findTestPostgres(log);
  const name = `koers_bench_read_${process.pid}`;
  const url = await createDatabase(server.adminUrl, name);
  const dir = mkdtempSync(join(tmpdir(), 'koers-api-read-'));
  const children: ChildProcess[] = [];
  try {
    await runMigrations(url);
    const ds = new DataSource(dataSourceOptions(url, { extra: { max: 2 } }));
    await ds.initialize();
    const { ids } = await seedDemoAlliance(ds);
    await seedDemoTrack(ds, ids);
    await ds.destroy();
    const redisUrl = await chooseRedis(log);
    const env = { DATABASE_URL: url, REDIS_URL: redisUrl ?? '', QUEUE_PREFIX: `benchread${process.pid}`, LOG_LEVEL: 'warn', NODE_ENV: 'production', RUN_MIGRATIONS: 'false' };
    const api = ['tools/dev/register.cjs', 'apps/api/src/main.ts'];

    // Capture: the API with every query recorded, serial requests, one at a time.
    const sqlLog = join(dir, 'sql.jsonl');
    const capturePort = await freePort();
    const capture = spawnNode(['-r', './bench/api-read/record-sql.cjs', ...api], { ...env, PORT: String(capturePort), BENCH_SQL_LOG: sqlLog }, 'api');
    children.push(capture);
    let base = `http://127.0.0.1:${capturePort}`;
    await waitFor(`${base}/api/health`, capture);
    let cookie = await signIn(base);
    const list = (await (await fetch(`${base}/api/koploper/cohorts`, { headers: { cookie } })).json()) as { items: { id: string }[] };
    const cohortId = list.items[0].id;
    const detail = (await (await fetch(`${base}/api/koploper/cohorts/${cohortId}`, { headers: { cookie } })).json()) as { participants: { id: string }[] };
    const reads = { cohort: `/api/koploper/cohorts/${cohortId}`, participant: `/api/koploper/participants/${detail.participants[0].id}` };
    const recorded: Record<string, Query[]> = {};
    const profile: Record<string, { wallMs: number; bytes: number; p: ReturnType<typeof phases> }> = {};
    for (const [read, path] of Object.entries(reads)) {
      const walls: number[] = [];
      const ps: ReturnType<typeof phases>[] = [];
      let bytes = 0;
      for (let i = 0; i < CAPTURE_ROUNDS; i++) {
        writeFileSync(sqlLog, '');
        const t = performance.now();
        const res = await fetch(`${base}${path}`, { headers: { cookie } });
        const body = await res.text();
        walls.push(performance.now() - t);
        if (res.status !== 200) throw new Error(`${path}: ${res.status} ${body}`);
        bytes = body.length;
        await new Promise((r) => setTimeout(r, 5)); // the last line is written after the answer
        const queries = readFileSync(sqlLog, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Query);
        ps.push(phases(queries));
        recorded[path] = queries;
      }
      const pick = (k: keyof ReturnType<typeof phases>) => median(ps.map((p) => p[k]));
      profile[read] = { wallMs: median(walls), bytes, p: { total: pick('total'), session: pick('session'), setup: pick('setup'), feature: pick('feature'), end: pick('end'), sessionMs: pick('sessionMs'), setupMs: pick('setupMs'), featureMs: pick('featureMs'), endMs: pick('endMs') } };
    }
    await stop(capture);
    const queriesFile = join(dir, 'queries.json');
    writeFileSync(queriesFile, JSON.stringify(Object.fromEntries(Object.entries(recorded).map(([p, qs]) => [p, qs.map((q) => ({ text: q.text, values: q.values }))]))));

    // Load: the API as it runs (nothing recorded) and the baseline, side by side.
    const apiPort = await freePort();
    const basePort = await freePort();
    // BENCH_CPU_PROF=<dir>: the loaded API writes a V8 CPU profile there when it stops.
    const prof = process.env.BENCH_CPU_PROF ? ['-r', './bench/api-read/cpu-profile.cjs'] : [];
    const apiChild = spawnNode([...prof, ...api], { ...env, PORT: String(apiPort) }, 'api');
    const baseChild = spawnNode(['tools/dev/register.cjs', 'bench/api-read/baseline.ts'], { DATABASE_URL: url, PORT: String(basePort), BENCH_QUERIES: queriesFile, NODE_ENV: 'production' }, 'baseline');
    children.push(apiChild, baseChild);
    base = `http://127.0.0.1:${apiPort}`;
    const bare = `http://127.0.0.1:${basePort}`;
    await Promise.all([waitFor(`${base}/api/health`, apiChild), waitFor(`${bare}/api/health`, baseChild)]);
    cookie = await signIn(base);
    const results: Record<string, Record<'api' | 'base', { fixed: Load; rate: Load }>> = {};
    for (const [read, path] of Object.entries(reads)) {
      // Warm both up (JIT, pools), then alternate so drift on a shared machine hits both alike.
      await load(`${base}${path}`, cookie, { amount: 300 });
      await load(`${bare}${path}`, cookie, { amount: 300 });
      const baseFixed = await load(`${bare}${path}`, cookie, { amount: REQUESTS });
      const apiFixed = await load(`${base}${path}`, cookie, { amount: REQUESTS });
      const baseRate = await load(`${bare}${path}`, cookie, { duration: RATE_SECONDS, overallRate: RATE });
      const apiRate = await load(`${base}${path}`, cookie, { duration: RATE_SECONDS, overallRate: RATE });
      await new Promise((r) => setTimeout(r, 500)); // requests a timed run left in flight
      results[read] = { api: { fixed: apiFixed, rate: apiRate }, base: { fixed: baseFixed, rate: baseRate } };
    }

    const f = (n: number) => n.toFixed(1);
    console.log(`bench/api-read  coordinator, ${CONNECTIONS} connections, ${REQUESTS} requests per fixed-concurrency run, ${RATE} rps for ${RATE_SECONDS} s  queue=${redisUrl ? 'redis' : 'postgres'}`);
    for (const [read, path] of Object.entries(reads)) {
      const { api: a, base: b } = results[read];
      const p = profile[read].p;
      const bad = [a.fixed, a.rate, b.fixed, b.rate].reduce((s, l) => s + l.errors + l.non2xx, 0);
      console.log(`  ${read}  GET ${path.replace(/[0-9a-f-]{36}/, ':id')}${bad ? `  (${bad} failed requests!)` : ''}`);
      console.log(`    (a) baseline  (fastify + pg, same SQL): ${f(b.fixed.rps).padStart(7)} req/s   p50 ${f(b.fixed.p50)} ms  p99 ${f(b.fixed.p99)} ms   at ${RATE} rps: p50 ${f(b.rate.p50)} ms  p99 ${f(b.rate.p99)} ms`);
      console.log(`    (b) api       (whole stack):           ${f(a.fixed.rps).padStart(7)} req/s   p50 ${f(a.fixed.p50)} ms  p99 ${f(a.fixed.p99)} ms   at ${RATE} rps: p50 ${f(a.rate.p50)} ms  p99 ${f(a.rate.p99)} ms`);
      console.log(`    ratio (b)/(a): ${(a.fixed.rps / b.fixed.rps).toFixed(2)}   targets: ratio >= 0.70, p99 <= 25 ms at ${RATE} rps  -> ${a.fixed.rps / b.fixed.rps >= 0.7 ? 'ok' : 'MISSED'} / ${a.rate.p99 <= 25 ? 'ok' : 'MISSED'}`);
      console.log(`    where the time goes (one request alone, median of ${CAPTURE_ROUNDS}): ${f(profile[read].wallMs)} ms, ${profile[read].bytes} bytes; ${p.total} queries: session lookup ${p.session} (${f(p.sessionMs)} ms), tenancy set-up ${p.setup} (${f(p.setupMs)} ms), feature ${p.feature} (${f(p.featureMs)} ms), commit ${p.end} (${f(p.endMs)} ms); outside the database ${f(profile[read].wallMs - p.sessionMs - p.setupMs - p.featureMs - p.endMs)} ms`);
    }
  } finally {
    await Promise.all(children.map(stop));
    await dropDatabase(server.adminUrl, name).catch((e) => log(`could not drop ${name}: ${e.message}`));
    rmSync(dir, { recursive: true, force: true });
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
