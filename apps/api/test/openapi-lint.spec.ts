import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenApiProblem } from '../../../tools/testing/openapi-lint';
import { startHarness, type Harness } from '../../../tools/testing/api-harness';

// The OpenAPI document a client generator reads, linted with Redocly's
// recommended rules (`npm run lint:openapi` prints the same report).

const ROOT = join(__dirname, '..', '..', '..');
/** The controllers of identity, organisations, calculations and diagnostics. */
const CORE_OPERATIONS = /^(AuthController|UsersController|OrganisationsController|CalculationsController|DiagnosticsController)_/;

let h: Harness;
let problems: OpenApiProblem[];
beforeAll(async () => {
  h = await startHarness();
  const document = (await h.call('GET', '/api/docs-json')).body;
  const dir = mkdtempSync(join(tmpdir(), 'koers-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    // A child process: @redocly/openapi-core is an ES module, which Jest's CommonJS runtime cannot load.
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const args = [join(ROOT, 'tools/dev/register.cjs'), join(ROOT, 'tools/dev/lint-openapi.ts'), '--file', file, '--json'];
      execFile(process.execPath, args, { cwd: ROOT, encoding: 'utf8' }, (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 2) : 0, stdout, stderr }));
    });
    // 0: no problems, 1: problems (listed on stdout), anything else: the linter itself failed.
    if (run.code !== 0 && run.code !== 1) throw new Error(`lint-openapi failed (${run.code}): ${run.stderr}`);
    problems = JSON.parse(run.stdout.trim().split('\n').pop()!);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
afterAll(() => h?.close());

const isOperation = (where: string) => /^\w+_\w+$/.test(where);
const report = (list: OpenApiProblem[]) => list.map((p) => `${p.where}: ${p.rule} (${p.severity}) ${p.message}`);

describe('the OpenAPI document, linted with Redocly recommended rules', () => {
  it('has no problem in the document itself, its components, or the identity, organisations, calculations and diagnostics operations', () => {
    expect(report(problems.filter((p) => CORE_OPERATIONS.test(p.where) || !isOperation(p.where)))).toEqual([]);
  });

  it('has no problem at all (each line: operationId, rule)', () => {
    if (problems.length) throw new Error(`${problems.length} problem(s); \`npm run lint:openapi\` prints this list:\n  ${report(problems).join('\n  ')}`);
  });
});
