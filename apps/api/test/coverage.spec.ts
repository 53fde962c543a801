/**
 * Every operation of the API is tested for tenant isolation and bad input: the
 * booted app's OpenAPI document is read, and each operation (method + path
 * template) must have a case in the isolation matrix and a row in the bad-input
 * table. A new endpoint fails here, by name, until both are added.
 */
import { startHarness, type Harness } from '../../../tools/testing/api-harness';
import { BAD_INPUT_CASES } from './cases/bad-input-cases';
import { ISOLATION_CASES } from './cases/isolation-cases';
import type { Operation } from './cases/operation';

/**
 * Operations that take no input at all (no path parameter, no query, no body),
 * so there is nothing to get wrong; each is still in the isolation matrix.
 */
const NO_INPUT: Operation[] = [
  'GET /api/evaluation/questions',
  'GET /api/education/students',
  'POST /api/evaluation/figures',
  'GET /api/auth/session',
  'POST /api/auth/sign-out',
  'GET /api/partners/current',
  'POST /api/diagnostics/pings',
  'GET /api/calculators',
  'GET /api/koploper/cohorts',
  'GET /api/journey/follow-up/settings',
  'GET /api/journey/partners',
  'GET /api/journey/funnel',
  'GET /api/journey/students',
  'GET /api/koploper/alumni',
  'GET /api/koploper/baseline-template.csv',
  'GET /api/koploper/baseline-template.xlsx',
  'GET /api/koploper/iso26000',
  'GET /api/masterclass/scans',
  'GET /api/masterclass/masterclasses',
  'GET /api/masterclass/modules',
  'GET /api/masterclass/proposals',
  'GET /api/chain/projects',
  'GET /api/chain/flow-map-template',
  'GET /api/alliance/partners',
  'GET /api/alliance/platforms',
  'GET /api/alliance/programme-lines',
  'GET /api/public/alliance/showcases',
  'GET /api/public/alliance/platforms',
];

/** Routes the matrix covers that the OpenAPI document leaves out on purpose (the queue dashboard is a mounted UI, not API). */
const NOT_DOCUMENTED: Operation[] = ['GET /api/admin/queues'];

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

interface OperationObject {
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
}

let h: Harness;
let paths: Record<string, Record<string, OperationObject>>;
let operations: string[];

beforeAll(async () => {
  h = await startHarness();
  const doc = await h.call<{ paths: typeof paths }>('GET', '/api/docs-json');
  expect(doc.status).toBe(200);
  paths = doc.body.paths;
  operations = Object.entries(paths).flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${path}`));
});
afterAll(() => h?.close());

it('reads the operations of the OpenAPI document', () => {
  expect(operations.length).toBeGreaterThan(50);
  expect(operations).toContain('POST /api/programme/groups/{id}/start');
});

it('every operation has a case in the tenant-isolation matrix', () => {
  const covered = new Set<string>(ISOLATION_CASES.map((c) => c.op));
  expect(operations.filter((op) => !covered.has(op))).toEqual([]);
});

it('every operation has a row in the bad-input table, or takes no input', () => {
  const covered = new Set<string>([...BAD_INPUT_CASES.flatMap((c) => (c.op ? [c.op] : [])), ...NO_INPUT]);
  expect(operations.filter((op) => !covered.has(op))).toEqual([]);
});

it('the exemption list is honest: each exempt operation exists, takes no parameter (path, query, header) and no body, and has no row anyway', () => {
  const rows = new Set<string>(BAD_INPUT_CASES.flatMap((c) => (c.op ? [c.op] : [])));
  for (const op of NO_INPUT) {
    const [method, path] = op.split(' ');
    const o = paths[path]?.[method.toLowerCase()];
    // The session cookie is the security scheme, not a parameter of the operation.
    const parameters = (o?.parameters ?? []).filter((p) => p.in !== 'cookie').map((p) => `${p.in} ${p.name}`);
    expect({ op, documented: !!o, parameters, body: !!o?.requestBody, row: rows.has(op) }).toEqual({ op, documented: true, parameters: [], body: false, row: false });
  }
});

it('every case names an operation of the document (or one left out of it on purpose)', () => {
  const known = new Set<string>([...operations, ...NOT_DOCUMENTED]);
  const unknown = [...ISOLATION_CASES.map((c) => c.op), ...BAD_INPUT_CASES.flatMap((c) => (c.op ? [c.op] : []))].filter((op) => !known.has(op));
  expect([...new Set(unknown)]).toEqual([]);
});
