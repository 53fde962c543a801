import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from './browser';

export interface TestSystem {
  /** databaseUrl: the system's fresh database, for what an installation's administrator sets in SQL. */
  urls: { api: string; shell: string; koploper: string; masterclass: string; chain: string; databaseUrl: string };
  stop(): Promise<void>;
}

const ROOT = join(__dirname, '..', '..', '..');

/** Starts harness/run-system.ts in a child process (real PostgreSQL, queue, api, worker, web apps) and waits for READY. */
export async function startTestSystem(): Promise<TestSystem> {
  const ports = { api: await freePort(), shell: await freePort(), koploper: await freePort(), masterclass: await freePort(), chain: await freePort() };
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'tools/dev/register.cjs'), 'apps/e2e/harness/run-system.ts'], {
    cwd: ROOT,
    env: { ...process.env, KOERS_PORTS: JSON.stringify(ports), NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const urls = await new Promise<TestSystem['urls']>((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (d) => {
      buffer += d.toString();
      const m = /READY (\{.*\})/.exec(buffer);
      if (m) resolve(JSON.parse(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`test system exited with ${code} before it was ready`)));
  });
  return {
    urls,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
