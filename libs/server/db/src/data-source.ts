import { DataSource, DataSourceOptions } from 'typeorm';
import { AuditSubscriber } from './audit.subscriber';
import { allEntities } from './schema';
import { allMigrations } from './schema';

/**
 * The one set of DataSource options for the api, the worker and the
 * migration CLI. Schema changes go through migrations only.
 */
export function dataSourceOptions(databaseUrl: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: allEntities,
    migrations: allMigrations,
    subscribers: [AuditSubscriber],
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    logging: ['error'],
    extra: { max: 10, connectionTimeoutMillis: 5000 },
    ...overrides,
  } as DataSourceOptions;
}

export async function runMigrations(databaseUrl: string, log: (line: string) => void = () => undefined): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(databaseUrl, { extra: { max: 1 } }));
  await ds.initialize();
  try {
    // Serialise concurrent starters (api replicas) on one advisory lock.
    await ds.query('select pg_advisory_lock(7263510)');
    const ran = await ds.runMigrations({ transaction: 'each' });
    for (const m of ran) log(`migratie uitgevoerd / migration applied: ${m.name}`);
    await ds.query('select pg_advisory_unlock(7263510)');
    return ran.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
