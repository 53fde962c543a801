/** Test fixtures for the calculation engine: realistic footprint inputs and a plugins directory. */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small company's year: electricity, gas, a van, commuting, waste and water; varied by `seed`. */
export function footprintInput(seed: number, year = 2024) {
  const f = 1 + (seed % 97) / 100;
  return {
    year,
    organisation: { employees: 5 + (seed % 40), floorAreaM2: 200 + (seed % 800) },
    activities: [
      { type: 'electricity', amount: Math.round(25_000 * f), unit: 'kWh', contract: seed % 3 === 0 ? 'green-nl' : 'grey' },
      { type: 'natural_gas', amount: Math.round(4_000 * f), unit: 'm3' },
      { type: 'diesel', amount: Math.round(1_500 * f), unit: 'l' },
      { type: 'car_km', amount: Math.round(12_000 * f), unit: 'km', fuel: 'petrol', purpose: 'commute' },
      { type: 'waste', amount: Math.round(3 * f * 10) / 10, unit: 't', stream: 'residual' },
      { type: 'water', amount: Math.round(120 * f), unit: 'm3' },
    ],
  };
}

/** A plugins directory with the example plugin and one that always throws. */
export function makePluginsDir(): string {
  // Inside the workspace, so the plugins resolve zod from its node_modules as they would in a deployment.
  const base = join(__dirname, '..', '..', 'tmp');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'plugins-'));
  cpSync(join(__dirname, '..', '..', 'plugins', 'example-water-intensity'), join(dir, 'example-water-intensity'), { recursive: true });
  const bad = join(dir, 'always-fails');
  mkdirSync(bad);
  writeFileSync(join(bad, 'package.json'), JSON.stringify({ name: 'koers-plugin-always-fails', version: '1.0.0', koers: { calculator: './index.js' } }));
  writeFileSync(
    join(bad, 'index.js'),
    `const { z } = require('zod');
module.exports = {
  id: 'test.always-fails', version: '1.0.0', title: { nl: 'Faalt altijd', en: 'Always fails' },
  inputSchema: z.object({ n: z.number() }), outputSchema: z.object({ n: z.number() }),
  compute() { throw new Error('deliberate failure for the test'); },
};\n`,
  );
  const slow = join(dir, 'slow');
  mkdirSync(slow);
  writeFileSync(join(slow, 'package.json'), JSON.stringify({ name: 'koers-plugin-slow', version: '1.0.0', koers: { calculator: './index.js' } }));
  // Deterministic CPU work of about `ms` milliseconds: a job that is still running when the worker is told to stop.
  writeFileSync(
    join(slow, 'index.js'),
    `const { z } = require('zod');
module.exports = {
  id: 'test.slow', version: '1.0.0', title: { nl: 'Traag', en: 'Slow' },
  inputSchema: z.object({ ms: z.number().int().min(0).max(20000) }), outputSchema: z.object({ spins: z.number() }),
  compute(input) { const end = Date.now() + input.ms; let spins = 0; while (Date.now() < end) spins++; return { spins: spins > 0 ? 1 : 0 }; },
};\n`,
  );
  return dir;
}

/**
 * Generates `count` organisation-years of footprint input for one partner:
 * count/2 companies (with a participation) x the years 2024 and 2025, written
 * with multi-row inserts of 1,000 rows. Used by the kill test and the benchmark.
 */
export async function insertFootprintInputs(sql: { query(q: string, p?: unknown[]): Promise<unknown> }, partnerId: string, count: number): Promise<void> {
  const companies = Math.ceil(count / 2);
  await sql.query(
    `with orgs as (
       insert into organisation (id, name, kind, sbi_code, size_class, municipality, region)
       select gen_random_uuid(), 'Bedrijf ' || g, 'company', '43.21', 'small', 'Assen', 'Drenthe' from generate_series(1, $2) g
       returning id
     )
     insert into participation (id, partner_id, organisation_id, step) select gen_random_uuid(), $1, id, 'koploper' from orgs`,
    [partnerId, companies],
  );
  const orgIds = ((await sql.query(`select organisation_id as id from participation where partner_id = $1 order by started_at desc, id limit $2`, [partnerId, companies])) as { id: string }[]).map((r) => r.id);
  const { stableHash } = await import('@koers/calc-sdk');
  const { randomUUID } = await import('node:crypto');
  for (let start = 0; start < count; start += 1000) {
    const cols: unknown[][] = [[], [], [], [], [], []];
    for (let i = start; i < Math.min(count, start + 1000); i++) {
      const year = 2024 + (i % 2);
      const input = footprintInput(i, year);
      [randomUUID(), orgIds[Math.floor(i / 2)], year, JSON.stringify(input), stableHash(input), partnerId].forEach((v, c) => cols[c].push(v));
    }
    await sql.query(
      `insert into calculation_input (id, organisation_id, year, input, input_hash, partner_id, plugin_id)
       select id, org, year, input, hash, partner, 'footprint.ghg' from unnest($1::uuid[], $2::uuid[], $3::int[], $4::jsonb[], $5::text[], $6::uuid[]) as t(id, org, year, input, hash, partner)`,
      cols,
    );
  }
}
