/**
 * Entities and migrations agree: on a database migrated to the end, TypeORM's
 * schema builder has nothing to change (columns, lengths, precision, defaults,
 * foreign keys, checks, indices and uniques as the migrations made them).
 * A difference is fixed in the entity, or by a new migration, never by `synchronize`.
 */
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@koers/server-db';
import { cloneTestDatabase } from '../../../tools/testing/test-database';

let ds: DataSource;

beforeAll(async () => {
  ds = new DataSource(dataSourceOptions(await cloneTestDatabase(), { extra: { max: 1 } }));
  await ds.initialize();
});
afterAll(() => ds?.destroy());

it('the schema builder reports no queries for the migrated database', async () => {
  const log = await ds.driver.createSchemaBuilder().log();
  expect(log.upQueries.map((q) => q.query)).toEqual([]);
});

it('every table the migrations made, except the bookkeeping ones, has an entity', async () => {
  const tables: { table_name: string }[] = await ds.query(`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`);
  const mapped = new Set(ds.entityMetadatas.map((m) => m.tableName));
  // migrations: TypeORM's own; csr_certificate_number: the yearly counter, written by one SQL statement in the certificates service;
  // auth_throttle: the sign-in and reset counters, read and written by rate-limiter-flexible's PostgreSQL store.
  const withoutEntity = tables.map((t) => t.table_name).filter((t) => !mapped.has(t));
  expect(withoutEntity).toEqual(['auth_throttle', 'csr_certificate_number', 'migrations']);
});
