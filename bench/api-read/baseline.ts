/**
 * The baseline of bench/api-read: bare Fastify with `pg`, no framework, ORM or
 * guards. For each route it runs, on one pooled connection, exactly the SQL the
 * API sent for that request (recorded by record-sql.cjs: session lookup, the
 * tenancy transaction, every feature query, same parameters) and answers the
 * rows as JSON. Started by bench/api-read/run.ts; not a server for anything else.
 *   BENCH_QUERIES=<file> DATABASE_URL=... PORT=... node tools/dev/register.cjs bench/api-read/baseline.ts
 */
import Fastify from 'fastify';
import { readFileSync } from 'node:fs';
import { Pool } from 'pg';

type Recorded = { text: string; values: unknown[] };

async function main() {
  const routes = JSON.parse(readFileSync(process.env.BENCH_QUERIES ?? '', 'utf8')) as Record<string, Recorded[]>;
  // The same pool size as the API's (libs/server/db dataSourceOptions: max 10).
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  const app = Fastify({ logger: false });
  app.get('/api/health', async () => ({ status: 'ok' }));
  for (const [path, queries] of Object.entries(routes)) {
    app.get(path, async () => {
      const client = await pool.connect();
      try {
        const rows: unknown[] = [];
        for (const q of queries) rows.push((await client.query(q.text, q.values)).rows);
        return rows;
      } finally {
        client.release();
      }
    });
  }
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
  const stop = () => app.close().then(() => pool.end()).then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
