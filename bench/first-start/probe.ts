/**
 * One `npm start` timed, from inside a fresh network namespace (bench/first-start
 * runs it with `unshare -n`): nothing listens, so there is no PostgreSQL or Redis
 * and the start uses embedded PostgreSQL and the PostgreSQL queue backend.
 * Prints `RESULT {json}` with seconds from the start until
 *  - api: /api/health answers 200;
 *  - urls: `npm start` printed the URLs and sign-ins;
 *  - shell: the shell on :4200 serves its built page (not the waiting page) with
 *    its main script, and a sign-in through the shell's /api answers a session.
 * Then stops it with SIGTERM (as Ctrl+C would) and waits for it.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '../../tools/dev/seed-demo';

const ROOT = join(__dirname, '..', '..');
const TIMEOUT_S = Number(process.env.FIRST_START_TIMEOUT_S ?? 600);

async function shellSignedIn(): Promise<boolean> {
  const shell = 'http://localhost:4200';
  const index = await fetch(`${shell}/`).catch(() => null);
  if (!index || index.status !== 200) return false;
  const html = await index.text();
  const main = /src="(main-[^"]+\.js)"/.exec(html)?.[1];
  if (!main || (await fetch(`${shell}/${main}`)).status !== 200) return false;
  const signIn = await fetch(`${shell}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'coordinator@mvo-noord.test', password: DEMO_PASSWORD }) });
  if (signIn.status >= 300) return false;
  const cookie = signIn.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  return (await fetch(`${shell}/api/auth/session`, { headers: { cookie } })).status === 200;
}

async function main() {
  const t0 = performance.now();
  const at = () => Number(((performance.now() - t0) / 1000).toFixed(1));
  const env: NodeJS.ProcessEnv = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
  for (const k of ['DATABASE_URL', 'REDIS_URL', 'PORT', 'TEST_DATABASE_URL']) delete env[k];
  const child = spawn(process.execPath, [join(ROOT, 'tools/dev/register.cjs'), 'tools/dev/start.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const result: { api?: number; urls?: number; shell?: number; error?: string } = {};
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
    process.stderr.write(d);
    if (result.urls === undefined && out.includes('Koers draait / is running')) result.urls = at();
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    while (result.shell === undefined) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      if (at() > TIMEOUT_S) throw new Error(`no signed-in shell within ${TIMEOUT_S} s`);
      if (result.api === undefined && (await fetch('http://localhost:3000/api/health').then((r) => r.status === 200, () => false))) result.api = at();
      if (result.api !== undefined && (await shellSignedIn().catch(() => false))) result.shell = at();
      else await new Promise((r) => setTimeout(r, 250));
    }
  } catch (e) {
    result.error = (e as Error).message;
  }
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
