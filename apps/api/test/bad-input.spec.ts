/**
 * Bad input on every endpoint: missing fields, wrong types, oversized strings,
 * unknown fields and unknown ids get 400 or 404 with field-level problems
 * (each with a code and the text in both languages), and nothing is written.
 * The table is in cases/bad-input-cases.ts.
 */
import { DEMO_EMAILS, startHarness, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';
import { BAD_INPUT_CASES, seedBadInputFixtures } from './cases/bad-input-cases';
import { methodOf, pathMatches } from './cases/operation';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  await seedBadInputFixtures(h, { admin: await h.signIn(DEMO_EMAILS.administrator), participant: await h.signIn(DEMO_EMAILS.participant) });
});
afterAll(() => h?.close());

describe.each(BAD_INPUT_CASES)('$name', (c) => {
  it(`answers ${c.status} with a problem document and writes nothing`, async () => {
    if (c.op) expect(pathMatches(c.op, c.path(h))).toBe(true);
    const before = await writeFingerprint(h.sql);
    const res = await h.call(c.op ? methodOf(c.op) : c.method!, c.path(h), { cookie: c.as(), body: c.body, rawBody: c.rawBody, headers: c.headers });
    expect({ status: res.status, body: res.status === c.status ? undefined : res.body }).toEqual({ status: c.status, body: undefined });
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.status).toBe(c.status);
    expect(typeof res.body.title).toBe('string');
    expect(typeof res.body.code).toBe('string');
    expect(res.body.text).toEqual({ nl: expect.any(String), en: expect.any(String) });
    expect(res.body.detail).toBe(res.body.text.nl);
    for (const field of c.fields ?? []) expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    for (const e of res.body.errors ?? []) expect(e).toMatchObject({ field: expect.any(String), code: expect.any(String), text: { nl: expect.any(String), en: expect.any(String) } });
    expect(await writeFingerprint(h.sql)).toEqual(before);
  });
});
