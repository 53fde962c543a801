/**
 * No 500 for anything a client sends (issue 14, item 3).
 *
 * First the classes of input that used to end in a 500 or in a stored
 * impossible date, each on a real endpoint. Then a property-based sweep
 * generated from the API's own OpenAPI document: for every operation, fast-check
 * builds malformed variants of its path parameters, query parameters and body
 * (wrong types, nulls, NUL characters, lone surrogates, huge strings, deep
 * nesting, impossible dates, empty objects), sends them signed in as an
 * administrator and anonymously, and the answer must be a 4xx problem+json: a
 * 400 names the field that was broken, or the request is stopped before its
 * input is read (401, 403, 404, 413, 415, 429). Nothing may be written: the row
 * count of every table is compared before and after each operation's variants.
 *
 * Bounded for CI: MALFORMED_RUNS variants (default 4) per operation and caller.
 * A failure prints the seed; FC_SEED=<seed> replays it.
 */
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { DEMO_EMAILS, startHarness, type Harness } from '../../../tools/testing/api-harness';

jest.setTimeout(300_000);

let h: Harness;
let admin: string;
let fingerprint: () => Promise<Record<string, number>>;

interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  example?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}
interface OperationObject {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface Doc {
  paths: Record<string, Record<string, OperationObject>>;
  components: { schemas: Record<string, Schema> };
}

let doc: Doc;

/** One-statement row count of every table (sessions excluded: signing in writes one). */
async function makeFingerprint(): Promise<() => Promise<Record<string, number>>> {
  const tables: { table_name: string }[] = await h.sql.query(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('migrations', 'session') order by 1`,
  );
  const sql = tables.map(({ table_name: t }) => `select '${t}' as t, count(*)::int as n from "${t}"`).join(' union all ');
  return async () => Object.fromEntries(((await h.sql.query(sql)) as { t: string; n: number }[]).map((r) => [r.t, r.n]));
}

beforeAll(async () => {
  h = await startHarness();
  admin = await h.signIn(DEMO_EMAILS.administrator);
  const res = await h.call<Doc>('GET', '/api/docs-json');
  expect(res.status).toBe(200);
  doc = res.body;
  fingerprint = await makeFingerprint();
});
afterAll(() => h?.close());

async function expectFieldRefusal(res: { status: number; body: any; headers: Headers }, field: string) {
  expect({ status: res.status, fields: (res.body?.errors ?? []).map((e: { field: string }) => e.field) }).toEqual({ status: 400, fields: expect.arrayContaining([field]) });
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.body.text).toEqual({ nl: expect.any(String), en: expect.any(String) });
}

// ---------------------------------------------------------------- the classes, one by one

describe('each class of input PostgreSQL or the services cannot take is a 400 naming the field, and nothing is written', () => {
  const org = () => `/api/organisations/${h.ids.organisations.bakkerij}`;

  it('a NUL character in a text field', async () => {
    const before = await fingerprint();
    await expectFieldRefusal(await h.call('PATCH', org(), { cookie: admin, body: { municipality: 'Assen\u0000' } }), 'municipality');
    expect(await fingerprint()).toEqual(before);
  });

  it('a NUL character in a path parameter and in a query parameter', async () => {
    const path = await h.call('GET', `/api/organisations/${h.ids.organisations.bakkerij}%00`, { cookie: admin });
    expect(path.status).toBeLessThan(500);
    expect([400, 404]).toContain(path.status);
    await expectFieldRefusal(await h.call('GET', '/api/organisations?search=bak%00', { cookie: admin }), 'search');
  });

  it('a lone surrogate (invalid Unicode) in a text field, also inside a JSON column', async () => {
    await expectFieldRefusal(await h.call('PATCH', org(), { cookie: admin, rawBody: '{"region":"Drenthe \\ud800"}', headers: { 'content-type': 'application/json' } }), 'region');
    const before = await fingerprint();
    const res = await h.call('POST', `/api/organisations/${h.ids.organisations.bakkerij}/calculations`, {
      cookie: admin,
      rawBody: '{"pluginId":"footprint.ghg","year":2025,"input":{"activities":[{"type":"electricity","amount":1,"unit":"kWh","label":"\\udc00"}]}}',
      headers: { 'content-type': 'application/json' },
    });
    await expectFieldRefusal(res, 'input.activities.0.label');
    expect(await fingerprint()).toEqual(before);
  });

  it('very deeply nested JSON', async () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    const res = await h.call('PATCH', org(), { cookie: admin, rawBody: `{"name":${deep}}`, headers: { 'content-type': 'application/json' } });
    await expectFieldRefusal(res, 'name');
    expect(res.body.code).toBe('body.too_deep');
    const whole = await h.call('POST', '/api/auth/sign-in', { rawBody: deep, headers: { 'content-type': 'application/json' } });
    await expectFieldRefusal(whole, 'body');
  });

  it('an explicit null for a field the database requires', async () => {
    const before = await fingerprint();
    await expectFieldRefusal(await h.call('PATCH', org(), { cookie: admin, body: { name: null } }), 'name');
    expect(await fingerprint()).toEqual(before);
    const [row] = await h.sql.query(`select name from organisation where id = $1`, [h.ids.organisations.bakkerij]);
    expect(row.name).toBe('Bakkerij De Vries');
  });

  it('an empty update', async () => {
    const res = await h.call('PATCH', org(), { cookie: admin, body: {} });
    await expectFieldRefusal(res, 'body');
    expect(res.body.code).toBe('body.empty_update');
  });

  it('an impossible calendar date is refused and not stored', async () => {
    const before = await fingerprint();
    for (const startsOn of ['2026-02-30', '2025-02-29', '2026-04-31']) {
      const res = await h.call('POST', '/api/koploper/cohorts', { cookie: admin, body: { name: 'Koplopergroep Emmen', municipality: 'Emmen', startsOn, endsOn: '2026-12-01' } });
      await expectFieldRefusal(res, 'startsOn');
    }
    expect(await fingerprint()).toEqual(before);
  });
});

// ---------------------------------------------------------------- the sweep over the OpenAPI document

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const RUNS = Number(process.env.MALFORMED_RUNS ?? 4);
const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);

function resolve(s: Schema | undefined): Schema {
  let out = s ?? {};
  for (let i = 0; out.$ref && i < 20; i++) out = doc.components.schemas[out.$ref.split('/').pop()!] ?? {};
  if (out.allOf?.length) return out.allOf.reduce<Schema>((acc, part) => {
    const r = resolve(part);
    return { ...acc, ...r, properties: { ...acc.properties, ...r.properties }, required: [...(acc.required ?? []), ...(r.required ?? [])] };
  }, {});
  return out;
}

const isDateLike = (name: string, s: Schema) => s.format === 'date' || s.format === 'date-time' || /(On|At|Date|Start|End|^date)$/.test(name);

/** A plausible value for a schema: its example, its first enum value, or one of its type. */
function plausible(schema: Schema | undefined, name = ''): unknown {
  const s = resolve(schema);
  if (s.example !== undefined) return s.example;
  if (s.enum?.length) return s.enum[0];
  if (s.type === 'string' || (!s.type && !s.properties && !s.items && isDateLike(name, s))) {
    if (s.format === 'date-time' || /At$/.test(name)) return '2026-05-04T10:00:00.000Z';
    if (s.format === 'date' || isDateLike(name, s)) return '2026-05-04';
    if (s.format === 'uuid' || /Id$/.test(name)) return randomUUID();
    if (s.format === 'email' || /email/i.test(name)) return 'iemand@voorbeeld.test';
    return 'Voorbeeld';
  }
  if (s.type === 'integer' || s.type === 'number' || s.minimum !== undefined) return s.minimum ?? 1;
  if (s.type === 'boolean') return true;
  if (s.type === 'array') return Array.from({ length: s.minItems ?? 0 }, () => plausible(s.items));
  if (s.type === 'object' || s.properties) {
    const out: Record<string, unknown> = {};
    for (const k of s.required ?? []) out[k] = plausible(s.properties?.[k], k);
    return out;
  }
  return 'Voorbeeld';
}

const around = (inner: string) => fc.tuple(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 })).map(([a, b]) => `${a}${inner}${b}`);
const nulText = around('\u0000');
const surrogateText = fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff').chain(around);
const hugeText = fc.integer({ min: 300_000, max: 400_000 }).map((n) => 'x'.repeat(n));
const impossibleDate = fc.constantFrom('2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-06-00', '2026-02-30T10:00:00Z', '2026-09-31T08:00:00+02:00');
/** Nested arrays or objects, deeper than any document of the API (written as raw JSON: JSON.stringify would overflow the stack first). */
const DEEP = '@@deep@@';
const deepJson = fc.tuple(fc.integer({ min: 200, max: 20_000 }), fc.boolean()).map(([depth, arrays]) => ({
  [DEEP]: arrays ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth),
}));

/** Values of the wrong JSON type for a schema. */
function wrongType(s: Schema): fc.Arbitrary<unknown> | null {
  const r = resolve(s);
  const type = r.type ?? (r.properties ? 'object' : r.items ? 'array' : r.minimum !== undefined ? 'number' : undefined);
  switch (type) {
    case 'string':
      return fc.oneof(fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}), fc.array(fc.string(), { minLength: 1, maxLength: 3 }));
    case 'integer':
    case 'number':
      return fc.oneof(fc.constantFrom('abc', '12,5', ''), fc.boolean(), fc.constant({}), fc.constant([1]));
    case 'boolean':
      return fc.oneof(fc.constantFrom('ja', 'true', ''), fc.integer(), fc.constant({}));
    case 'array':
      return fc.oneof(fc.string(), fc.integer(), fc.constant({ 0: 'x' }));
    case 'object':
      return fc.oneof(fc.string(), fc.integer(), fc.constant([]), fc.boolean());
    default:
      return null;
  }
}

type Part = 'path' | 'query' | 'body';
interface Variant {
  part: Part;
  /** The field a 400 must name (`body` for the body as a whole). */
  field: string;
  kind: string;
  path: string;
  query: string;
  /** undefined: no body; a value `{ [DEEP]: json }` is sent as that raw JSON. */
  body?: unknown;
}

/** Real ids for a path segment, so that a variant reaches a real row when only its body or query is malformed. */
const SEGMENT_TABLES: Record<string, string[]> = {
  organisations: ['organisation'], consents: ['consent'], pings: ['diagnostic_ping'], calculations: ['calculation_result'], recompute: ['calculation_bulk'],
  cohorts: ['programme_group'], participants: ['enrolment'], profiles: ['sustainability_profile'], 'action-plan-items': ['action_plan_item'],
  communication: ['communication_submission'], 'csr-certificates': ['csr_certificate'], masterclasses: ['programme_group'], sessions: ['programme_session'],
  enrolments: ['enrolment'], projects: ['chain_project', 'programme_group'], members: ['enrolment'], 'flow-maps': ['flow_map'], 'business-cases': ['business_case_option'],
  'sector-programmes': ['sector_programme'], 'sector-questions': ['sector_question'], agreements: ['chain_agreement'], applications: ['chain_application'],
  groups: ['programme_group'], staff: ['group_staff'], 'session-items': ['session_item'], materials: ['stored_file'], invitations: ['group_invitation'],
  files: ['stored_file'], scans: ['region_scan'], financing: ['financing_step'], 'follow-ups': ['follow_up_task'], students: ['student'], 'student-assignments': ['student_assignment'],
};
const idPool = new Map<string, string[]>();
async function realIds(segment: string): Promise<string[]> {
  if (idPool.has(segment)) return idPool.get(segment)!;
  const ids: string[] = [];
  for (const t of SEGMENT_TABLES[segment] ?? []) {
    const [pk]: { column: string }[] = await h.sql.query(
      `select a.attname as column from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0] where i.indrelid = $1::regclass and i.indisprimary`,
      [t],
    );
    const rows: { id: string }[] = pk ? await h.sql.query(`select "${pk.column}"::text as id from "${t}" limit 5`) : [];
    ids.push(...rows.map((r) => r.id));
  }
  if (segment === 'consents') ids.push('groningen-duurzaam');
  idPool.set(segment, ids.length ? ids : [randomUUID()]);
  return idPool.get(segment)!;
}

const enc = (v: string) => encodeURIComponent(v);
/** Path or query text that does not decode to valid text (bad percent-encoding, a lone surrogate), or decodes to what PostgreSQL refuses (NUL). */
const badUrlText = fc.oneof(nulText.map(enc), fc.constantFrom('%ED%A0%80', '%ED%BF%BF', '%FF', '%C0%AF', '%E2%82', 'x%00y', '%F0%90%80'));
/** Text that is no id and no number. */
const notAnId = fc.oneof(fc.integer({ min: 500, max: 4000 }).map((n) => 'x'.repeat(n)), fc.constantFrom('not-a-uuid', '0', '-1', '1e999', 'null', 'undefined', '[object Object]', "1' or '1'='1", '%25', '..%2F..'));

async function variants(method: string, template: string, op: OperationObject): Promise<fc.Arbitrary<Variant> | null> {
  const params = (op.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query');
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const jsonBody = op.requestBody?.content?.['application/json']?.schema;
  const multipart = !!op.requestBody?.content?.['multipart/form-data'];
  const bodySchema = jsonBody ? resolve(jsonBody) : undefined;

  const validPath: Record<string, string> = {};
  const segments = template.split('/');
  for (const p of pathParams) {
    const segment = segments[segments.indexOf(`{${p.name}}`) - 1];
    validPath[p.name] = p.schema?.enum?.length ? String(p.schema.enum[0]) : (await realIds(segment))[0];
  }
  const pathWith = (over: Record<string, string> = {}) => template.replace(/\{(\w+)\}/g, (_, n: string) => over[n] ?? enc(validPath[n]));
  const baseBody = bodySchema ? plausible(bodySchema) : multipart ? undefined : undefined;

  const arbs: fc.Arbitrary<Variant>[] = [];
  for (const p of pathParams) {
    const wrongEnum = p.schema?.enum ? [fc.constantFrom('onbekend', 'AS_IS', '').map(enc)] : [];
    arbs.push(fc.oneof(badUrlText, notAnId, ...wrongEnum).map((v) => ({ part: 'path', field: p.name, kind: 'path', path: pathWith({ [p.name]: v }), query: '', body: baseBody })));
  }
  for (const p of queryParams) {
    const s = resolve(p.schema);
    const typed: fc.Arbitrary<string>[] = [];
    if (s.type === 'number' || s.type === 'integer' || s.minimum !== undefined) typed.push(fc.constantFrom('abc', '1.5e400', 'NaN', '-0x1', ''), notAnId.filter((v) => !/^-?\d+$/.test(v) || (s.minimum !== undefined && Number(v) < s.minimum)));
    if (s.enum) typed.push(fc.constantFrom('onbekend', 'ALL', ''), notAnId);
    if (s.maxLength) typed.push(fc.constant('x'.repeat(s.maxLength + 1)));
    if (isDateLike(p.name, s)) typed.push(impossibleDate.map(enc));
    const value = fc.oneof(badUrlText, ...typed);
    arbs.push(
      fc.tuple(value, fc.boolean()).map(([v, twice]) => ({ part: 'query', field: p.name, kind: twice ? 'query-repeated' : 'query', path: pathWith(), query: `?${p.name}=${v}${twice ? `&${p.name}=${v}` : ''}`, body: baseBody })),
    );
  }
  if (bodySchema) {
    const props = Object.entries(bodySchema.properties ?? {});
    for (const [name, s] of props) {
      const r = resolve(s);
      const kinds: [string, fc.Arbitrary<unknown>][] = [
        ['nul', nulText],
        ['surrogate', surrogateText],
        ['huge', hugeText],
        ['deep', deepJson],
      ];
      const wrong = wrongType(s);
      if (wrong) kinds.push(['wrong-type', wrong]);
      if (!r.nullable && !(s as Schema).nullable) kinds.push(['null', fc.constant(null)]);
      if (isDateLike(name, r)) kinds.push(['impossible-date', impossibleDate]);
      if (r.type === 'array' || r.items) kinds.push(['nul-in-list', nulText.map((t) => [t])]);
      if (r.properties) {
        const inner = Object.keys(r.properties)[0];
        if (inner) kinds.push(['nul-inside', nulText.map((t) => ({ ...(plausible(r) as object), [inner]: t }))]);
      }
      arbs.push(
        fc.oneof(...kinds.map(([kind, a]) => a.map((v) => ({ kind, v })))).map(({ kind, v }) => ({
          part: 'body',
          field: name,
          kind,
          path: pathWith(),
          query: '',
          body: { ...(baseBody as object), [name]: v },
        })),
      );
    }
    const whole: [string, fc.Arbitrary<unknown>][] = [
      ['body-array', fc.constant([])],
      ['body-text', fc.string()],
      ['body-number', fc.integer()],
      ['body-deep', deepJson],
      ['body-nul-key', nulText.map((k) => ({ ...(baseBody as object), [k]: 'x' }))],
    ];
    if (method === 'patch' || (bodySchema.required ?? []).length) whole.push(['body-empty', fc.constant({})]);
    arbs.push(fc.oneof(...whole.map(([kind, a]) => a.map((v) => ({ kind, v })))).map(({ kind, v }) => ({ part: 'body', field: 'body', kind, path: pathWith(), query: '', body: v })));
  } else if (multipart && !pathParams.length) {
    // An upload sent as JSON: refused as not multipart.
    arbs.push(fc.constant({ part: 'body', field: 'file', kind: 'upload-as-json', path: pathWith(), query: '', body: { file: 'x\u0000' } }));
  }
  return arbs.length ? fc.oneof(...arbs) : null;
}

function send(method: string, v: Variant, cookie: string | undefined) {
  if (v.body === undefined) return h.call(method, v.path + v.query, { cookie });
  // A deep value: JSON.stringify the rest, then splice the raw nesting in where its marker is.
  let deep = '';
  const text = JSON.stringify(v.body, (_, value: unknown) => {
    if (value && typeof value === 'object' && DEEP in value) {
      deep = (value as Record<string, string>)[DEEP];
      return DEEP;
    }
    return value;
  });
  return h.call(method, v.path + v.query, { cookie, rawBody: deep ? text.replace(`"${DEEP}"`, deep) : text, headers: { 'content-type': 'application/json' } });
}

/** Answers that stop a request before its input is read: not signed in, role, not found, too large, path too long, wrong content type, rate limit. */
const STOPPED_BEFORE_INPUT = [401, 403, 404, 413, 414, 415, 429];

function judge(res: { status: number; body: any; headers: Headers }, v: Variant): string | null {
  const summary = `${res.status} ${res.body?.code ?? ''} ${JSON.stringify((res.body?.errors ?? []).map((e: { field: string }) => e.field)).slice(0, 200)}`;
  if (res.status >= 500) return `5xx: ${summary}`;
  if (res.status < 400) return `accepted: ${summary}`;
  if (!(res.headers.get('content-type') ?? '').includes('application/problem+json')) return `not problem+json: ${summary}`;
  if (STOPPED_BEFORE_INPUT.includes(res.status)) return null;
  if (res.status !== 400) return `unexpected status: ${summary}`;
  const fields: string[] = (res.body.errors ?? []).map((e: { field: string }) => e.field);
  if (!fields.length) return `400 without a field: ${summary}`;
  if (v.part !== 'body' || v.field === 'body') return null;
  if (!fields.some((f) => f === v.field || f.startsWith(`${v.field}.`) || f === 'body')) return `400 does not name ${v.field}: ${summary}`;
  return null;
}

describe('every operation of the OpenAPI document, with malformed path, query and body', () => {
  it(`answers a 4xx problem+json naming the field and writes nothing (${RUNS} variants per operation and caller, seed ${SEED})`, async () => {
    const failures: string[] = [];
    let operations = 0;
    let sent = 0;
    for (const [template, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        const arb = await variants(method, template, op);
        if (!arb) continue;
        operations++;
        for (const [who, cookie] of [['administrator', admin], ['anonymous', undefined]] as const) {
          const before = await fingerprint();
          const seen: string[] = [];
          const result = await fc.check(
            fc.asyncProperty(arb, async (v) => {
              sent++;
              const res = await send(method.toUpperCase(), v, cookie);
              const problem = judge(res, v);
              if (problem) seen.push(`${method.toUpperCase()} ${template} as ${who}, ${v.part} ${v.field} (${v.kind}) ${(v.path + v.query).slice(0, 160)}: ${problem}`);
              return problem === null;
            }),
            { numRuns: RUNS, seed: SEED + operations, endOnFailure: true },
          );
          if (result.failed) failures.push(...seen.slice(0, 1));
          const after = await fingerprint();
          const written = Object.keys(after).filter((t) => after[t] !== before[t]);
          if (written.length) failures.push(`${method.toUpperCase()} ${template} as ${who}: wrote to ${written.join(', ')}`);
        }
      }
    }
    expect(operations).toBeGreaterThan(100);
    expect(sent).toBeGreaterThan(operations * RUNS);
    expect(failures).toEqual([]);
  });
});
