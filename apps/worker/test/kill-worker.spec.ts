/**
 * At-least-once delivery must never lose or double a result: a worker is
 * killed with SIGKILL in the middle of a bulk recompute, a new one starts,
 * and every input ends with exactly one result.
 */
import type { ChildProcess } from 'node:child_process';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@koers/server-db';
import { waitFor } from '../../../tools/testing/api-harness';
import { insertFootprintInputs } from '../../../tools/testing/calc-fixtures';
import { cloneTestDatabase } from '../../../tools/testing/test-database';
import { seedDemoAlliance } from '../../../tools/dev/seed-demo';
import { spawnService } from '../../../tools/dev/system';

const INPUTS = 4000;

describe('killing the worker during a bulk recompute', () => {
  let sql: DataSource;
  let env: NodeJS.ProcessEnv;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    const databaseUrl = await cloneTestDatabase();
    sql = new DataSource(dataSourceOptions(databaseUrl, { extra: { max: 2 } }));
    await sql.initialize();
    const { ids } = await seedDemoAlliance(sql);
    await insertFootprintInputs(sql, ids.partners.noord, INPUTS);
    env = {
      DATABASE_URL: databaseUrl,
      REDIS_URL: process.env.KOERS_TEST_REDIS_URL,
      QUEUE_PREFIX: `kill${process.pid}`,
      CALC_BATCH_SIZE: '25',
      COMPUTE_THREADS: '1',
      WORKER_CONCURRENCY: '2',
      WORKER_LOCK_MS: '3000',
      LOG_LEVEL: 'warn',
    };
  });

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await sql?.destroy();
  });

  const counts = async () => {
    const rows: { status: string; n: number }[] = await sql.query(`select status, count(*)::int as n from calculation_result group by status`);
    return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Record<string, number>;
  };

  it('ends with exactly one succeeded result per input', async () => {
    // A fresh database has seen no calculator release yet: the worker starts a platform-wide recompute by itself.
    const first = spawnService('worker', env, () => undefined, false);
    children.push(first);
    await waitFor(async () => ((await counts()).succeeded ?? 0) >= INPUTS / 10, 60_000, 'a tenth of the results');
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const atKill = await counts();
    expect(atKill.succeeded).toBeLessThan(INPUTS);

    const second = spawnService('worker', env, () => undefined, false);
    children.push(second);
    await waitFor(async () => (await counts()).succeeded === INPUTS, 120_000, 'all results after the restart');
    second.kill('SIGTERM');

    const [{ inputs, results, distinct_inputs }] = await sql.query(
      `select (select count(*)::int from calculation_input) as inputs, count(*)::int as results, count(distinct input_id)::int as distinct_inputs from calculation_result`,
    );
    expect({ inputs, results, distinct_inputs }).toEqual({ inputs: INPUTS, results: INPUTS, distinct_inputs: INPUTS });
    expect(await counts()).toEqual({ succeeded: INPUTS });
    const [{ bulks }] = await sql.query(`select count(*)::int as bulks from calculation_bulk where total = $1`, [INPUTS]);
    expect(bulks).toBe(1);
  });
});
