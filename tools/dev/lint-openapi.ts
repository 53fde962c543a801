/**
 * `npm run lint:openapi`: builds the API's OpenAPI document (boots the API on a
 * scratch database) and lints it with Redocly's recommended rules; prints one
 * line per operation with a problem and exits 1 when there is any.
 *
 *   npm run lint:openapi                        the document of the code as it is
 *   npm run lint:openapi -- --file doc.json     a document on disk
 *   npm run lint:openapi -- --json              the problems as JSON (for the API test)
 */
import { readFileSync } from 'node:fs';
import { loadConfig } from '@koers/server-config';
import { runMigrations } from '@koers/server-db';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { formatReport, lintOpenApi } from '../testing/openapi-lint';
import { createDatabase, dropDatabase, findTestPostgres } from './postgres';

async function documentFromScratchApi(): Promise<object> {
  const server = await findTestPostgres((l) => console.error(l));
  const name = `koers_lint_${process.pid}`;
  const url = await createDatabase(server.adminUrl, name);
  try {
    await runMigrations(url);
    const app = await createApiApp(loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'error' }), { logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.getHttpServer().address() as { port: number };
    const doc = (await (await fetch(`http://127.0.0.1:${port}/api/docs-json`)).json()) as object;
    await app.close();
    return doc;
  } finally {
    await dropDatabase(server.adminUrl, name);
    await server.stop();
  }
}

async function main() {
  const args = process.argv.slice(2);
  const fileAt = args.indexOf('--file');
  const document = fileAt >= 0 ? JSON.parse(readFileSync(args[fileAt + 1], 'utf8')) : await documentFromScratchApi();
  const problems = await lintOpenApi(document);
  console.log(args.includes('--json') ? JSON.stringify(problems) : formatReport(problems));
  return problems.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(2);
  },
);
