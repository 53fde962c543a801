/**
 * An id in the path that is not a UUID is a 400 naming the parameter, before
 * any guard or query (docs/security.md section 3), on every route, generated
 * from the API's own OpenAPI document: every id path parameter (`id`, `pid`,
 * `...Id`) is declared `format: uuid` there, and each one, given `not-a-uuid`
 * (and a few other non-UUIDs) with valid values in the other parameters,
 * answers 400 problem+json with `param.not_uuid` for that parameter, signed in
 * and anonymously, and nothing is written.
 */
import { randomUUID } from 'node:crypto';
import { DEMO_EMAILS, startHarness, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

jest.setTimeout(180_000);

interface Param {
  name: string;
  in: string;
  schema?: { type?: string; format?: string; enum?: string[] };
}
type Doc = { paths: Record<string, Record<string, { operationId: string; parameters?: Param[] }>> };

let h: Harness;
let admin: string;
let doc: Doc;

beforeAll(async () => {
  h = await startHarness();
  admin = await h.signIn(DEMO_EMAILS.administrator);
  doc = (await h.call('GET', '/api/docs-json')).body as Doc;
});
afterAll(() => h?.close());

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const isIdName = (name: string) => name === 'id' || name === 'pid' || /^[a-z][A-Za-z0-9]*Id$/.test(name);

/** Every operation with its path parameters. */
function operations() {
  const out: { method: string; path: string; params: Param[] }[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (op) out.push({ method, path, params: (op.parameters ?? []).filter((p) => p.in === 'path') });
    }
  }
  return out;
}

/** A value each path parameter takes: a fresh UUID for an id, an enum's first value, else plain text. */
function valid(p: Param): string {
  if (p.schema?.format === 'uuid') return randomUUID();
  if (p.schema?.enum?.length) return p.schema.enum[0];
  return p.name === 'number' ? 'MVO-2026-0001' : 'mvo-noord';
}

it('declares every id path parameter format: uuid, and no other', () => {
  const ids = operations().flatMap((o) => o.params.map((p) => ({ at: `${o.method.toUpperCase()} ${o.path} ${p.name}`, id: isIdName(p.name), uuid: p.schema?.format === 'uuid' })));
  // The API has well over a hundred of them; each is marked from the same naming rule the API enforces.
  expect(ids.filter((x) => x.id).length).toBeGreaterThan(100);
  expect(ids.filter((x) => x.id !== x.uuid)).toEqual([]);
});

it('answers 400 naming the parameter for a non-UUID id on every route, signed in and not, and writes nothing', async () => {
  const before = await writeFingerprint(h.sql);
  const wrong: string[] = [];
  let sent = 0;
  for (const op of operations()) {
    for (const target of op.params.filter((p) => p.schema?.format === 'uuid')) {
      for (const bad of ['not-a-uuid', '12345', `${randomUUID()}x`]) {
        const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(name === target.name ? bad : valid(op.params.find((p) => p.name === name)!)));
        for (const cookie of [admin, undefined]) {
          const res = await h.call(op.method.toUpperCase(), path, { cookie, body: op.method === 'get' || op.method === 'delete' ? undefined : { any: 1 } });
          sent++;
          const fields = (res.body?.errors ?? []).map((e: { field: string }) => e.field);
          const ok =
            res.status === 400 &&
            (res.headers.get('content-type') ?? '').includes('application/problem+json') &&
            res.body.code === 'param.not_uuid' &&
            fields.length === 1 &&
            fields[0] === target.name &&
            res.body.text?.nl?.includes(target.name) &&
            res.body.text?.en?.includes(target.name);
          if (!ok) wrong.push(`${op.method.toUpperCase()} ${path} (${cookie ? 'admin' : 'anonymous'}): ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
        }
      }
    }
  }
  expect(sent).toBeGreaterThan(600);
  expect(wrong).toEqual([]);
  expect(await writeFingerprint(h.sql)).toEqual(before);
});

it('lets a well-formed UUID through to the route (a 404 for one that does not exist, not a 400)', async () => {
  const res = await h.call('GET', `/api/organisations/${randomUUID()}`, { cookie: admin });
  expect(res.status).toBe(404);
  const upper = await h.call('GET', `/api/organisations/${h.ids.organisations.bakkerij.toUpperCase()}`, { cookie: admin });
  expect(upper.status).toBe(200);
});
