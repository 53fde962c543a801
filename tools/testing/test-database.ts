/**
 * A fresh PostgreSQL database per test run: a migrated and seeded template,
 * from which every test file clones its own database in milliseconds.
 * Real PostgreSQL (local server, TEST_DATABASE_URL, or embedded), never a fake.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@koers/server-db';
import { createDatabase, dropDatabase, findTestPostgres, type PostgresServer } from '../dev/postgres';
import { seedDemoAlliance } from '../dev/seed-demo';

let server: PostgresServer | undefined;

export async function globalSetup(): Promise<void> {
  server = await findTestPostgres((l) => console.error(l));
  const template = `koers_tpl_${process.pid}_${randomBytes(3).toString('hex')}`;
  const url = await createDatabase(server.adminUrl, template);
  await runMigrations(url);
  const ds = new DataSource(dataSourceOptions(url, { extra: { max: 1 } }));
  await ds.initialize();
  await seedDemoAlliance(ds);
  await ds.destroy();
  process.env.KOERS_TEST_PG_ADMIN = server.adminUrl;
  process.env.KOERS_TEST_PG_TEMPLATE = template;
  process.env.KOERS_TEST_REDIS_URL ??= process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
}

export async function globalTeardown(): Promise<void> {
  const admin = process.env.KOERS_TEST_PG_ADMIN;
  if (admin) {
    const client = new Client({ connectionString: admin });
    await client.connect();
    const { rows } = await client.query(`select datname from pg_database where datname like $1`, [`koers_%_${process.pid}_%`]);
    await client.end();
    for (const r of rows) await dropDatabase(admin, r.datname);
  }
  await server?.stop();
}

/** Clones the run's template into a new database for one test file. */
export async function cloneTestDatabase(): Promise<string> {
  const admin = process.env.KOERS_TEST_PG_ADMIN;
  const template = process.env.KOERS_TEST_PG_TEMPLATE;
  if (!admin || !template) throw new Error('test database template missing: run through jest with the server global setup');
  const pid = template.split('_')[2];
  const name = `koers_t_${pid}_${randomBytes(4).toString('hex')}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`create database ${name} template ${template}`);
  } finally {
    await client.end();
  }
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A new, empty database of this run (no migrations, no seed), for tests that build a schema step by step; dropped at the run's end if the test does not. */
export async function createEmptyTestDatabase(): Promise<string> {
  const admin = process.env.KOERS_TEST_PG_ADMIN;
  const template = process.env.KOERS_TEST_PG_TEMPLATE;
  if (!admin || !template) throw new Error('test database server missing: run through jest with the server global setup');
  const pid = template.split('_')[2];
  return createDatabase(admin, `koers_e_${pid}_${randomBytes(4).toString('hex')}`);
}

/** Drops a database made by cloneTestDatabase or createEmptyTestDatabase (connections are closed by force). */
export async function dropTestDatabase(url: string): Promise<void> {
  const admin = process.env.KOERS_TEST_PG_ADMIN;
  if (!admin) throw new Error('test database server missing: run through jest with the server global setup');
  const name = new URL(url).pathname.slice(1);
  if (!/^koers_[a-z]_\d+_[0-9a-f]+$/.test(name)) throw new Error(`not a test database: ${name}`);
  await dropDatabase(admin, name);
}
