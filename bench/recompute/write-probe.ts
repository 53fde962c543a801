/**
 * What PostgreSQL spends per row on the bulk recompute's read and write, as CPU
 * time of the backend (from /proc), for the statement the worker runs and for
 * variants of it. Each variant runs in a fresh database with the same N inputs,
 * written in batches of 500 as run-range does. Not part of the test suite.
 *
 *   node tools/dev/register.cjs bench/recompute/write-probe.ts [N=20000] [variant ...]
 *
 * Variants (default: all of them):
 *   upsert     the worker's statement: insert ... select from unnest + jsonb_array_elements ... on conflict do update
 *   plain      the same without on conflict
 *   json       the outputs as one json parameter (json_array_elements, a jsonb cast per element)
 *   copy       COPY straight into calculation_result (no upsert, so no idempotence: for comparison only)
 *   lz4        upsert with lz4 TOAST compression (the session's default_toast_compression)
 *   no-output  upsert with a null output (what the jsonb parse and its compression cost)
 *   no-fk      upsert with calculation_result's four foreign keys dropped
 */
import { dataSourceOptions, runMigrations } from '@koers/server-db';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { computeBatch } from '../../libs/server/calculations/src/compute-thread';
import { createDatabase, dropDatabase, findTestPostgres } from '../../tools/dev/postgres';
import { seedDemoAlliance } from '../../tools/dev/seed-demo';
import { insertFootprintInputs } from '../../tools/testing/calc-fixtures';
import { cpuSeconds } from './cpu';

const ALL = ['upsert', 'plain', 'json', 'copy', 'lz4', 'no-output', 'no-fk'] as const;
type Variant = (typeof ALL)[number];
const N = Number(process.argv[2] ?? 20_000);
const variants = (process.argv.length > 3 ? process.argv.slice(3) : ALL) as Variant[];
const BATCH = 500;
const log = (s: string) => process.stderr.write(s + '\n');

const READ = `select i.id, i.partner_id, i.organisation_id, i.input_hash, case when d.done then null else i.input::text end as input, coalesce(d.done, false) as done
   from calculation_input i
   left join lateral (select true as done from calculation_result r
                       where r.input_id = i.id and r.plugin_version = $4 and r.input_hash = i.input_hash
                         and r.reference_version = $5 and r.status = 'succeeded' limit 1) d on true
  where i.plugin_id = $1 and i.id > $2 and i.id <= $3`;

function write(variant: Variant): string {
  const json = variant === 'json';
  const output = variant === 'no-output' ? 'null' : `case when v.status = 'succeeded' then v.output${json ? '::jsonb' : ''} end`;
  return `insert into calculation_result (id, partner_id, organisation_id, input_id, input_hash, status, output, error, reference_set,
                                     plugin_id, plugin_version, reference_version, bulk_id, attempts, computed_at)
     select gen_random_uuid(), v.partner, v.org, v.input, v.hash, v.status, ${output}, v.error, v.ref, $8, $9, $10, $11, $12, now()
       from rows from (unnest($1::uuid[]), unnest($2::uuid[]), unnest($3::uuid[]), unnest($4::text[]), unnest($5::text[]), unnest($6::text[]),
                       unnest($7::text[]), ${json ? 'json_array_elements($14::json)' : 'jsonb_array_elements($14::jsonb)'})
            as v(partner, org, input, hash, status, error, ref, output)
      where v.status = 'succeeded' or $13
     ${variant === 'plain' ? '' : `on conflict (input_id, plugin_version, input_hash, reference_version) do update
       set bulk_id = excluded.bulk_id, status = excluded.status, output = excluded.output, error = excluded.error,
           reference_set = excluded.reference_set, attempts = excluded.attempts, computed_at = excluded.computed_at
       where calculation_result.status <> 'succeeded'`}`;
}

/** COPY text format: backslash, newline and tab escaped; \N is null. */
const copyField = (v: string | null) => (v === null ? '\\N' : v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t'));

async function probe(adminUrl: string, variant: Variant) {
  const name = `koers_probe_${process.pid}_${variant.replace('-', '_')}`;
  const url = await createDatabase(adminUrl, name);
  const ds = new DataSource(dataSourceOptions(url, { extra: { max: 2 } }));
  let client: Client | undefined;
  try {
    await runMigrations(url);
    await ds.initialize();
    const { ids } = await seedDemoAlliance(ds);
    await insertFootprintInputs(ds, ids.partners.noord, N);
    await ds.query('vacuum analyze calculation_input');
    const [bulk] = await ds.query(`insert into calculation_bulk (id, plugin_id, plugin_version, reference_version, reason) values (gen_random_uuid(), 'footprint.ghg', '1.1.0', 'probe', 'probe') returning id`);
    const ids_: string[] = (await ds.query(`select id from calculation_input order by id`)).map((r: { id: string }) => r.id);
    client = new Client({ connectionString: url });
    await client.connect();
    if (variant === 'lz4') await client.query(`set default_toast_compression = lz4`);
    if (variant === 'no-fk') {
      const fks = (await client.query(`select conname from pg_constraint where conrelid = 'calculation_result'::regclass and contype = 'f'`)).rows.map((r) => r.conname);
      await client.query(`alter table calculation_result ${fks.map((f) => `drop constraint ${f}`).join(', ')}`);
    }
    const [{ pid }] = (await client.query('select pg_backend_pid() as pid')).rows;
    let read = 0;
    let written = 0;
    for (let start = 0; start < N; start += BATCH) {
      const after = start === 0 ? '00000000-0000-0000-0000-000000000000' : ids_[start - 1];
      const last = ids_[Math.min(start + BATCH, N) - 1];
      let c = cpuSeconds(pid);
      const rows = (await client.query(READ, ['footprint.ghg', after, last, '1.1.0', 'probe'])).rows as { id: string; partner_id: string; organisation_id: string; input_hash: string; input: string }[];
      read += cpuSeconds(pid) - c;
      const batch = computeBatch({ pluginId: 'footprint.ghg', pluginVersion: '1.1.0', items: rows.map((r) => ({ id: r.id, input: r.input })) });
      if (variant === 'copy') {
        const outputs = JSON.parse(batch.outputsJson) as unknown[];
        const text = rows
          .map((r, i) => [randomUUID(), r.partner_id, r.organisation_id, r.id, r.input_hash, 'succeeded', copyField(JSON.stringify(outputs[i])), '\\N', copyField(batch.refs[i]), 'footprint.ghg', '1.1.0', 'probe', bulk.id, '1'].join('\t') + '\n')
          .join('');
        c = cpuSeconds(pid);
        await pipeline(Readable.from([text]), client.query(copyFrom(`copy calculation_result (id, partner_id, organisation_id, input_id, input_hash, status, output, error, reference_set, plugin_id, plugin_version, reference_version, bulk_id, attempts) from stdin`)));
      } else {
        const params = [rows.map((r) => r.partner_id), rows.map((r) => r.organisation_id), rows.map((r) => r.id), rows.map((r) => r.input_hash), rows.map(() => 'succeeded'), rows.map(() => null), batch.refs, 'footprint.ghg', '1.1.0', 'probe', bulk.id, 1, true, batch.outputsJson];
        c = cpuSeconds(pid);
        await client.query(write(variant), params);
      }
      written += cpuSeconds(pid) - c;
    }
    const [{ size }] = (await client.query(`select pg_size_pretty(pg_total_relation_size('calculation_result')) as size`)).rows;
    const [{ n }] = (await client.query(`select count(*)::int as n from calculation_result where status = 'succeeded'`)).rows;
    if (n !== N) throw new Error(`${variant}: ${n} results for ${N} inputs`);
    return { read: (read * 1e6) / N, write: (written * 1e6) / N, size };
  } finally {
    await client?.end();
    if (ds.isInitialized) await ds.destroy();
    await dropDatabase(adminUrl, name).catch((e) => log(`could not drop ${name}: ${e.message}`));
  }
}

async function main() {
  const server = await findTestPostgres(log);
  try {
    console.log(`bench/recompute/write-probe  N=${N}  batches of ${BATCH}  (CPU µs per row of the PostgreSQL backend)`);
    for (const v of variants) {
      if (!ALL.includes(v)) throw new Error(`unknown variant ${v} (${ALL.join(', ')})`);
      const r = await probe(server.adminUrl, v);
      console.log(`  ${v.padEnd(10)} read ${r.read.toFixed(0).padStart(4)} µs   write ${r.write.toFixed(0).padStart(4)} µs   calculation_result ${r.size}`);
    }
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
