/**
 * A bulk recompute through the worker's batch path (read a key range, compute in a
 * thread, one upsert with the outputs as one JSON parameter): every input ends with
 * one result equal to what the calculator computes in-process, with its provenance;
 * a pending result of the same key is completed rather than doubled; a failing input
 * is retried and then recorded as failed with the calculator's error.
 */
import type { ChildProcess } from 'node:child_process';
import { DataSource } from 'typeorm';
import { builtinReferenceProvider } from '@koers/calc-builtin';
import { footprintGhg } from '@koers/calc-footprint-ghg';
import { runCalculator, stableHash } from '@koers/calc-sdk';
import { dataSourceOptions } from '@koers/server-db';
import { loadCatalogue } from '@koers/server-calculations';
import { waitFor } from '../../../tools/testing/api-harness';
import { insertFootprintInputs } from '../../../tools/testing/calc-fixtures';
import { cloneTestDatabase } from '../../../tools/testing/test-database';
import { seedDemoAlliance } from '../../../tools/dev/seed-demo';
import { spawnService } from '../../../tools/dev/system';

const INPUTS = 60;

describe('bulk recompute in batches', () => {
  let sql: DataSource;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    const databaseUrl = await cloneTestDatabase();
    sql = new DataSource(dataSourceOptions(databaseUrl, { extra: { max: 2 } }));
    await sql.initialize();
    const { ids } = await seedDemoAlliance(sql);
    await insertFootprintInputs(sql, ids.partners.noord, INPUTS);
    // An input the calculator refuses to compute: no factor set is valid for 2019.
    const bad = { year: 2019, activities: [{ type: 'water', amount: 1, unit: 'm3' }] };
    await sql.query(
      `insert into calculation_input (id, partner_id, organisation_id, plugin_id, year, input, input_hash)
       select gen_random_uuid(), partner_id, organisation_id, plugin_id, 2019, $1, $2 from calculation_input order by id limit 1`,
      [JSON.stringify(bad), stableHash(bad)],
    );
    // A result already pending for one input, with the key the bulk computes (as a submission leaves it).
    await sql.query(
      `insert into calculation_result (id, partner_id, organisation_id, input_id, plugin_id, plugin_version, input_hash, reference_version, status)
       select '00000000-0000-4000-8000-000000000001', partner_id, organisation_id, id, plugin_id, $1, input_hash, $2, 'pending'
         from calculation_input where year = 2025 order by id limit 1`,
      [footprintGhg.version, loadCatalogue('plugins').referenceVersionOf('footprint.ghg')],
    );
    // A fresh database has seen no calculator release: the worker starts the platform-wide recompute itself.
    worker = spawnService(
      'worker',
      { DATABASE_URL: databaseUrl, REDIS_URL: process.env.KOERS_TEST_REDIS_URL, QUEUE_PREFIX: `bulk${process.pid}`, CALC_BATCH_SIZE: '25', COMPUTE_THREADS: '1', LOG_LEVEL: 'warn' },
      () => undefined,
      false,
    );
  });

  afterAll(async () => {
    if (worker && worker.exitCode === null) worker.kill('SIGKILL');
    await sql?.destroy();
  });

  it('writes one result per input, as computed in-process, and the failure after its retries', async () => {
    const [bulk] = await waitFor(async () => {
      const rows: { id: string; total: number; done: number }[] = await sql.query(
        `select b.id, b.total, (select count(*)::int from calculation_result r where r.bulk_id = b.id and r.status in ('succeeded', 'failed')) as done
           from calculation_bulk b where b.total is not null`,
      );
      return rows.length && rows[0].done >= rows[0].total ? rows : null;
    }, 90_000, 'the recompute to finish');
    expect(bulk.total).toBe(INPUTS + 1);

    const results: { id: string; input_id: string; status: string; output: unknown; error: string | null; reference_set: string | null; attempts: number; bulk_id: string; input: unknown }[] = await sql.query(
      `select r.id, r.input_id, r.status, r.output, r.error, r.reference_set, r.attempts, r.bulk_id, i.input
         from calculation_result r join calculation_input i on i.id = r.input_id order by i.id`,
    );
    expect(results).toHaveLength(INPUTS + 1);
    expect(new Set(results.map((r) => r.input_id)).size).toBe(INPUTS + 1);
    expect(results.every((r) => r.bulk_id === bulk.id)).toBe(true);

    const failed = results.filter((r) => r.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ output: null, reference_set: null, attempts: 3, input: { year: 2019 } });
    expect(failed[0].error).toMatch(/no emission-factor set is valid for 2019/);

    for (const r of results.filter((x) => x.status === 'succeeded')) {
      const expected = runCalculator(footprintGhg, r.input, builtinReferenceProvider);
      expect(expected.status).toBe('ok');
      expect(r.output).toEqual(expected.status === 'ok' ? expected.output : undefined);
      expect(r.reference_set).toBe((r.output as { factorSet: { id: string } }).factorSet.id);
      expect(r.error).toBeNull();
    }
    // The pending result was completed in place, not written a second time.
    expect(results.find((r) => r.id === '00000000-0000-4000-8000-000000000001')).toMatchObject({ status: 'succeeded', attempts: 1 });
  }, 120_000);
});
