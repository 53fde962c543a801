/**
 * Issue 14 item 2: cross-site request forgery (docs/security.md). The session
 * cookie is SameSite=Lax, so a page of the same site (another subdomain,
 * another local port) gets it sent along. Writes therefore take JSON only
 * (multipart where an upload route declares it), which a plain HTML form
 * cannot send, and a write from a browser page of another origin than the web
 * apps is refused. Requests with neither Origin nor Sec-Fetch-* (no browser:
 * scripts, server to server, these tests) go on.
 */
import { DEMO_EMAILS, startHarness, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let coordinator: string;
let admin: string;
beforeAll(async () => {
  // PUBLIC_WEB_URL keeps its default, http://localhost:4200; one more web app is configured.
  h = await startHarness({ env: { WEB_ORIGINS: 'http://localhost:4201' } });
  coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  admin = await h.signIn(DEMO_EMAILS.administrator);
});
afterAll(() => h?.close());

let n = 0;
const organisation = () => ({ name: `Kwekerij ${++n}`, kind: 'company', step: 'koploper', municipality: 'Assen' });
const createOrganisation = (headers: Record<string, string>, cookie = coordinator) => h.call('POST', '/api/organisations', { cookie, body: organisation(), headers });

function expectProblem(res: { status: number; body: any; headers: Headers }, status: number, code: string, field: string) {
  expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  expect(res.body.text).toEqual({ nl: expect.any(String), en: expect.any(String) });
}

describe('writes take JSON only (and multipart on upload routes)', () => {
  it.each([
    ['a form (what a cross-site <form> posts)', 'application/x-www-form-urlencoded', 'name=Kwekerij&kind=company&step=koploper&municipality=Assen'],
    ['text that looks like JSON (enctype=text/plain)', 'text/plain', JSON.stringify(organisation())],
    ['multipart on a route that takes no file', 'multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nKwekerij\r\n--x--\r\n'],
    ['XML', 'application/xml', '<organisation/>'],
  ])('refuses %s with 415 naming content-type, and writes nothing', async (_, type, body) => {
    const before = await writeFingerprint(h.sql);
    const res = await h.call('POST', '/api/organisations', { cookie: coordinator, rawBody: body, headers: { 'content-type': type } });
    expectProblem(res, 415, 'body.unsupported_media_type', 'content-type');
    expect(res.body.params.accepted).toEqual(['application/json']);
    expect(await writeFingerprint(h.sql)).toEqual(before);
  });

  it('refuses a body without a content type', async () => {
    const res = await fetch(`${h.url}/api/organisations`, { method: 'POST', headers: { cookie: coordinator }, body: new Blob([JSON.stringify(organisation())]) });
    expect(res.status).toBe(415);
  });

  it('takes JSON (with a charset), a write without a body, and multipart on an upload route', async () => {
    expect((await createOrganisation({ 'content-type': 'application/json; charset=utf-8' })).status).toBe(201);
    const upload = await h.call('POST', '/api/masterclass/scan-companies/import', {
      cookie: admin,
      headers: { 'content-type': 'multipart/form-data; boundary=scanlist' },
      rawBody: ['--scanlist', 'Content-Disposition: form-data; name="file"; filename="bedrijven.csv"', 'Content-Type: text/csv', '', 'kvk;naam;sbi;grootte;medewerkers;gemeente', '123;;41.20;reus;-3;Assen', '--scanlist--', ''].join('\r\n'),
    });
    // Read and checked (its bad row named), not refused for its type.
    expect(upload.status).toBe(400);
    expect(upload.body.errors.map((e: { field: string }) => e.field)).toContain('line 2');
    const session = await h.signIn(DEMO_EMAILS.analyst);
    expect((await h.call('POST', '/api/auth/sign-out', { cookie: session })).status).toBe(204);
  });
});

describe('writes come from the web apps only', () => {
  it.each([
    ['another site', { origin: 'https://evil.example' }],
    ['another local port of the same host (same site)', { origin: 'http://localhost:4299' }],
    ['a sandboxed page (Origin: null)', { origin: 'null' }],
    ['another site, as Sec-Fetch-Site says without an Origin', { 'sec-fetch-site': 'cross-site' }],
    ['another origin of the same site, as Sec-Fetch-Site says without an Origin', { 'sec-fetch-site': 'same-site' }],
    ['another site, by both headers', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }],
  ])('refuses a write from %s with 403, and writes nothing', async (_, headers) => {
    const before = await writeFingerprint(h.sql);
    const res = await createOrganisation(headers as Record<string, string>);
    expectProblem(res, 403, 'csrf.origin_refused', 'origin' in headers ? 'origin' : 'sec-fetch-site');
    expect(await writeFingerprint(h.sql)).toEqual(before);
  });

  it('refuses a sign-in posted from another site (no login CSRF)', async () => {
    const res = await h.call('POST', '/api/auth/sign-in', { body: { email: DEMO_EMAILS.adviser, password: 'koers-demo-2026' }, headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it.each([
    ['the web address (PUBLIC_WEB_URL)', { origin: 'http://localhost:4200' }],
    ['a configured web app (WEB_ORIGINS)', { origin: 'http://localhost:4201' }],
    ['a page of the same origin behind a proxy (Sec-Fetch-Site: same-origin)', { origin: 'http://localhost:4203', 'sec-fetch-site': 'same-origin' }],
    ['no browser at all (no Origin, no Sec-Fetch-Site)', {}],
  ])('takes a write from %s', async (_, headers) => {
    expect((await createOrganisation(headers as Record<string, string>)).status).toBe(201);
  });

  it("takes a write from a page the API serves itself (its own origin: the docs, the queue dashboard)", async () => {
    expect((await createOrganisation({ origin: h.url })).status).toBe(201);
  });

  it('leaves reads alone, whatever their origin', async () => {
    const res = await h.call('GET', '/api/auth/session', { cookie: coordinator, headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } });
    expect(res.status).toBe(200);
  });
});
