/**
 * Boots the real API (and optionally a worker) in-process on a cloned test
 * database and real Redis, and talks to it over HTTP like a client would.
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig, type AppConfig } from '@koers/server-config';
import { prepareTransport, transportFromConfig } from '@koers/server-queue';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@koers/server-db';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { DEMO_PASSWORD, seedDemoAlliance, type DemoIds } from '../dev/seed-demo';
import { cloneTestDatabase } from './test-database';

export interface HttpResult<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface Harness {
  url: string;
  config: AppConfig;
  app: NestFastifyApplication;
  worker: INestApplicationContext | null;
  /** A privileged connection for assertions (bypasses RLS). */
  sql: DataSource;
  ids: DemoIds;
  mailDir: string;
  signIn(email: string, password?: string): Promise<string>;
  call<T = any>(method: string, path: string, opts?: { cookie?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> }): Promise<HttpResult<T>>;
  startWorker(): Promise<INestApplicationContext>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** 'redis' (default), 'postgres' (BullMQ's PostgreSQL backend), or an explicit Redis URL. */
  queue?: 'redis' | 'postgres' | { redisUrl: string };
  worker?: boolean;
  env?: Record<string, string>;
  /** Run on this database (already migrated, e.g. an upgraded installation) instead of a fresh clone of the run's template. */
  databaseUrl?: string;
}

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const databaseUrl = opts.databaseUrl ?? (await cloneTestDatabase());
  const mailDir = mkdtempSync(join(tmpdir(), 'koers-mail-'));
  const queue = opts.queue ?? 'redis';
  const redisUrl = queue === 'postgres' ? '' : queue === 'redis' ? process.env.KOERS_TEST_REDIS_URL! : queue.redisUrl;
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    NODE_ENV: 'test',
    MAIL_DIR: mailDir,
    LOG_LEVEL: 'error',
    QUEUE_PREFIX: `t${randomBytes(4).toString('hex')}`,
    ...opts.env,
  });
  await prepareTransport(transportFromConfig(config));
  const sql = new DataSource(dataSourceOptions(databaseUrl, { extra: { max: 2 } }));
  await sql.initialize();
  // Seeds the demo alliance unless it is there already (an upgraded installation has it); its ids either way.
  const { ids } = await seedDemoAlliance(sql);
  const app = await createApiApp(config, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const workers: INestApplicationContext[] = [];

  const harness: Harness = {
    url,
    config,
    app,
    worker: null,
    sql,
    ids,
    mailDir,
    async call(method, path, o = {}) {
      const headers: Record<string, string> = { ...(o.headers ?? {}) };
      if (o.cookie) headers.cookie = o.cookie;
      let body: string | undefined = o.rawBody;
      if (o.body !== undefined) {
        body = JSON.stringify(o.body);
        headers['content-type'] ??= 'application/json';
      }
      const res = await fetch(url + path, { method, headers, body });
      const text = await res.text();
      let parsed: unknown = text;
      if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
      return { status: res.status, body: parsed as any, headers: res.headers };
    },
    async signIn(email, password = DEMO_PASSWORD) {
      const res = await fetch(`${url}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
      if (res.status !== 200) throw new Error(`sign-in of ${email} answered ${res.status}: ${await res.text()}`);
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('koers_session='));
      if (!cookie) throw new Error('no session cookie');
      return cookie.split(';')[0];
    },
    async startWorker() {
      const w = await createWorkerApp(config, process.env.KOERS_TEST_LOGS ? undefined : false);
      await w.init();
      workers.push(w);
      harness.worker = w;
      return w;
    },
    async close() {
      for (const w of workers) await w.close();
      await app.close();
      await sql.destroy();
    },
  };
  if (opts.worker) await harness.startWorker();
  return harness;
}

/** Row counts of every table plus the newest audit id: equal before and after means nothing was written. */
export async function writeFingerprint(sql: DataSource): Promise<Record<string, number>> {
  const tables: { table_name: string }[] = await sql.query(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('migrations', 'session')`,
  );
  const out: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [{ n }] = await sql.query(`select count(*)::int as n from "${table_name}"`);
    out[table_name] = n;
  }
  return out;
}

export async function waitFor<T>(fn: () => Promise<T | null | undefined | false>, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const DEMO_EMAILS = {
  administrator: 'beheer@mvo-noord.test',
  coordinator: 'coordinator@mvo-noord.test',
  adviser: 'adviseur@mvo-noord.test',
  analyst: 'analist@mvo-noord.test',
  participant: 'deelnemer@bakkerij-devries.test',
} as const;

export const FOREIGN_EMAILS = {
  administrator: 'beheer@groningen-duurzaam.test',
  participant: 'deelnemer@metaal-hoekstra.test',
} as const;
