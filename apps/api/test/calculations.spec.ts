/**
 * The calculation engine in the system: API stores the input and enqueues,
 * the worker computes in a thread and stores the result with its provenance.
 */
import { footprintGhg } from '@koers/calc-footprint-ghg';
import { builtinReferenceProvider } from '@koers/calc-builtin';
import { runCalculator, stableHash } from '@koers/calc-sdk';
import { DEMO_EMAILS, startHarness, waitFor, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';
import { footprintInput, makePluginsDir } from '../../../tools/testing/calc-fixtures';

let h: Harness;
let adviser: string;

beforeAll(async () => {
  h = await startHarness({ worker: true, env: { PLUGINS_DIR: makePluginsDir() } });
  adviser = await h.signIn(DEMO_EMAILS.adviser);
});
afterAll(() => h?.close());

const finished = (id: string, cookie = adviser) =>
  waitFor(async () => {
    const r = await h.call('GET', `/api/calculations/${id}`, { cookie });
    return r.body.status === 'pending' ? null : r.body;
  }, 30_000, `calculation ${id}`);

describe('footprint through the system', () => {
  it('computes what the plugin computes, with provenance, once per identical submission', async () => {
    const input = footprintInput(7);
    const path = `/api/organisations/${h.ids.organisations.bakkerij}/calculations`;
    const submitted = await h.call('POST', path, { cookie: adviser, body: { pluginId: 'footprint.ghg', year: 2024, input } });
    expect(submitted.status).toBe(202);
    expect(submitted.body.status).toBe('pending');
    const done = await finished(submitted.body.id);
    const expected = runCalculator(footprintGhg as never, input, builtinReferenceProvider);
    expect(done.status).toBe('succeeded');
    expect(done.output).toEqual((expected as { output: unknown }).output);
    expect(done.provenance).toMatchObject({ pluginId: 'footprint.ghg', pluginVersion: '1.2.0', inputHash: stableHash(input) });
    expect(done.provenance.referenceSet).toContain('co2emissiefactoren-nl-2024');
    expect(Date.parse(done.provenance.computedAt)).not.toBeNaN();

    const again = await h.call('POST', path, { cookie: adviser, body: { pluginId: 'footprint.ghg', year: 2024, input } });
    expect(again.body.id).toBe(submitted.body.id);
    const [{ n }] = await h.sql.query('select count(*)::int as n from calculation_result where input_id = (select input_id from calculation_result where id = $1)', [submitted.body.id]);
    expect(n).toBe(1);
    const list = await h.call('GET', `${path}?pluginId=footprint.ghg&year=2024`, { cookie: adviser });
    expect(list.status).toBe(200);
    expect(list.body.map((r: { id: string }) => r.id)).toContain(submitted.body.id);
  });

  it('rejects invalid activity data naming each field, and writes nothing', async () => {
    const before = await writeFingerprint(h.sql);
    const res = await h.call('POST', `/api/organisations/${h.ids.organisations.bakkerij}/calculations`, {
      cookie: adviser,
      body: { pluginId: 'footprint.ghg', year: 2024, input: { year: 2024, activities: [{ type: 'electricity', amount: -5, unit: 'kWh', contract: 'grey' }, { type: 'teleport', amount: 1, unit: 'km' }] } },
    });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toContain('input.activities.0.amount');
    expect(fields.some((f: string) => f.startsWith('input.activities.1'))).toBe(true);
    expect(res.body).toMatchObject({ code: 'calculation.input_invalid', params: { pluginId: 'footprint.ghg', fields } });
    const amount = res.body.errors.find((e: { field: string }) => e.field === 'input.activities.0.amount');
    expect(amount).toEqual({
      field: 'input.activities.0.amount',
      code: 'calculation.input.too_small',
      params: { issue: expect.any(String) },
      text: { nl: expect.stringMatching(/^input\.activities\.0\.amount klopt niet: /), en: expect.stringMatching(/^input\.activities\.0\.amount is invalid: /) },
    });
    expect(await writeFingerprint(h.sql)).toEqual(before);
  });

  it('refuses an unknown calculator and a foreign organisation', async () => {
    const unknown = await h.call('POST', `/api/organisations/${h.ids.organisations.bakkerij}/calculations`, { cookie: adviser, body: { pluginId: 'no.such', year: 2024, input: {} } });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 'calculation.unknown_calculator', params: { pluginId: 'no.such' }, errors: [{ field: 'pluginId' }] });
    const foreign = await h.call('POST', `/api/organisations/${h.ids.organisations.metaal}/calculations`, { cookie: adviser, body: { pluginId: 'footprint.ghg', year: 2024, input: footprintInput(1) } });
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({ code: 'not_found', params: { entity: 'Organisation', id: h.ids.organisations.metaal } });
  });

  it('keeps results out of reach of other partners', async () => {
    const res = await h.call('POST', `/api/organisations/${h.ids.organisations.zorg}/calculations`, { cookie: adviser, body: { pluginId: 'footprint.ghg', year: 2025, input: footprintInput(3, 2025) } });
    const g = await h.signIn('adviseur@groningen-duurzaam.test');
    expect((await h.call('GET', `/api/calculations/${res.body.id}`, { cookie: g })).status).toBe(404);
  });
});

describe('external plugins and failures', () => {
  it('lists the built-in and the discovered external calculators', async () => {
    const res = await h.call('GET', '/api/calculators', { cookie: adviser });
    expect(res.body.calculators.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(['footprint.ghg', 'iso26000.scan', 'example.water-intensity', 'test.always-fails']));
  });

  it('runs an external plugin dropped into the plugins directory through the API and the worker', async () => {
    const res = await h.call('POST', `/api/organisations/${h.ids.organisations.bakkerij}/calculations`, {
      cookie: adviser,
      body: { pluginId: 'example.water-intensity', year: 2024, input: { year: 2024, waterM3: 150, employees: 12 } },
    });
    expect(res.status).toBe(202);
    const done = await finished(res.body.id);
    expect(done).toMatchObject({ status: 'succeeded', output: { m3PerEmployee: 12.5 } });
  });

  it('retries a throwing calculation with backoff, then marks it failed with its error, without blocking the queue', async () => {
    const bad = await h.call('POST', `/api/organisations/${h.ids.organisations.bakkerij}/calculations`, { cookie: adviser, body: { pluginId: 'test.always-fails', year: 2024, input: { n: 1 } } });
    const good = await h.call('POST', `/api/organisations/${h.ids.organisations.installateur}/calculations`, { cookie: adviser, body: { pluginId: 'footprint.ghg', year: 2024, input: footprintInput(11) } });
    expect((await finished(good.body.id)).status).toBe('succeeded');
    const failed = await finished(bad.body.id);
    expect(failed.status).toBe('failed');
    expect(failed.error).toContain('deliberate failure for the test');
    // Retried before giving up (one of the three tries may have been spent waiting for the api's commit).
    expect(failed.attempts).toBeGreaterThanOrEqual(2);
  });
});

describe('bulk recompute', () => {
  it('recomputes every input of the partner and reports progress', async () => {
    const analyst = await h.signIn(DEMO_EMAILS.analyst);
    const started = await h.call('POST', '/api/calculations/recompute', { cookie: analyst, body: { pluginId: 'footprint.ghg' } });
    expect(started.status).toBe(202);
    const progress = await waitFor(async () => {
      const p = await h.call('GET', `/api/calculations/recompute/${started.body.bulkId}`, { cookie: analyst });
      return p.body.finished ? p.body : null;
    }, 30_000, 'the recompute to finish');
    const [{ n }] = await h.sql.query(`select count(*)::int as n from calculation_input where plugin_id = 'footprint.ghg' and partner_id = $1`, [h.ids.partners.noord]);
    const failures = await h.sql.query(`select error from calculation_result where bulk_id = $1 and status = 'failed'`, [started.body.bulkId]);
    expect(failures).toEqual([]);
    expect(progress).toMatchObject({ total: n, succeeded: n, failed: 0, pending: 0 });
    expect((await h.call('GET', `/api/calculations/recompute/${started.body.bulkId}`, { cookie: adviser })).status).toBe(403);
  });
});
