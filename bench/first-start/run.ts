/**
 * Benchmark: the first `npm start` of a fresh clone, and a warm start after it.
 * Clones this repository's HEAD into a temporary folder, gives it installed
 * dependencies (node_modules hard-linked from this checkout: what `npm ci` would
 * leave, without the download), then runs bench/first-start/probe.ts twice in a
 * fresh network namespace (`unshare -n`: no PostgreSQL, no Redis, free ports):
 *  1. cold: embedded PostgreSQL created, migrations, demo data, web apps built;
 *  2. warm: the same clone again, everything in place.
 * Prints the seconds until the API answers, until the URLs are printed and until
 * the shell serves a signed-in page, each against its goal (signed-in shell
 * within 180 s cold, 15 s warm), and warm against cold. Needs root (unshare).
 * Commit first: the clone has only what HEAD has. Takes minutes (a full web build).
 *   npm run bench:first-start
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const GOAL = { cold: 180, warm: 15 };
const log = (s: string) => process.stderr.write(s + '\n');

type Result = { api?: number; urls?: number; shell?: number; error?: string };

function probe(clone: string): Promise<Result> {
  const script = 'ip link set lo up; exec node tools/dev/register.cjs bench/first-start/probe.ts';
  // This process's SWC_NODE_PROJECT points at this checkout's tsconfig: the clone must use its own.
  const env = { ...process.env };
  delete env.SWC_NODE_PROJECT;
  const child = spawn('unshare', ['-n', 'bash', '-c', script], { cwd: clone, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => {
    if (process.env.VERBOSE === '1') process.stderr.write(d);
  });
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      const m = /RESULT (\{.*\})/.exec(out);
      resolve(m ? (JSON.parse(m[1]) as Result) : { error: `probe exited with ${code}` });
    }),
  );
}

async function main() {
  const clone = mkdtempSync(join(tmpdir(), 'koers-first-start-'));
  // Embedded PostgreSQL runs as the `postgres` user when started by root: it must reach var/postgres.
  chmodSync(clone, 0o755);
  try {
    execFileSync('git', ['clone', '--quiet', ROOT, clone]);
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: clone }).toString().trim();
    let t = performance.now();
    execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(clone, 'node_modules')]);
    log(`clone of ${head} in ${clone}, node_modules linked in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
    log('cold start (embedded PostgreSQL, migrations, demo data, web build)...');
    const cold = await probe(clone);
    log(`  ${JSON.stringify(cold)}`);
    log('warm start...');
    const warm = await probe(clone);
    log(`  ${JSON.stringify(warm)}`);
    const s = (n?: number) => (n === undefined ? '   -  ' : `${n.toFixed(1).padStart(6)} s`);
    console.log(`bench/first-start  fresh clone of ${head}, fresh network namespace (no PostgreSQL, no Redis)`);
    for (const [kind, r] of [['cold', cold], ['warm', warm]] as const) {
      const goal = GOAL[kind];
      console.log(`  ${kind}: api answers ${s(r.api)}   URLs printed ${s(r.urls)}   signed-in shell ${s(r.shell)}   goal ${goal} s  ratio ${r.shell === undefined ? '-' : (r.shell / goal).toFixed(2)}  ${r.shell !== undefined && r.shell <= goal ? 'ok' : 'MISSED'}${r.error ? `  (${r.error})` : ''}`);
    }
    if (cold.shell && warm.shell) console.log(`  ratio warm/cold (signed-in shell): ${(warm.shell / cold.shell).toFixed(2)}`);
  } finally {
    rmSync(clone, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
