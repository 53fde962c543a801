/**
 * Issue 14 item 8: the headers a browser needs and the operational endpoints
 * (docs/security.md). Every answer says what a page of it may load (CSP, only
 * the API's own origin) and that no page may frame it; signed-in answers are
 * never stored; HSTS over HTTPS; metrics are not on the public port (there is
 * no operator role: a port of their own on localhost, or METRICS_PUBLIC); the
 * queue dashboard loads nothing from outside the installation.
 */
import { createServer } from 'node:net';
import { DEMO_EMAILS, startHarness, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

function directives(csp: string | null): Record<string, string> {
  return Object.fromEntries((csp ?? '').split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1).join(' ')]));
}

/** Every scheme://host a page references in src or href (absolute or protocol-relative). */
function externalReferences(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi)].map((m) => m[1]);
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

describe('browser headers', () => {
  it.each([
    ['a public JSON answer', '/api/health'],
    ['a refusal', '/api/organisations'],
    ['the OpenAPI UI', '/api/docs'],
  ])('%s says what it may load, that it may not be framed, no sniffing and no referrer', async (_, path) => {
    const res = await fetch(h.url + path);
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp['default-src']).toBe("'self'");
    expect(csp['script-src']).toBe("'self'");
    expect(csp['frame-ancestors']).toBe("'none'");
    expect(csp['object-src']).toBe("'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('the OpenAPI UI runs under that policy: every script is a file of its own origin, none inline', async () => {
    const html = await (await fetch(`${h.url}/api/docs`)).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body.trim()).toBe('');
    }
    expect(externalReferences(html)).toEqual([]);
  });

  it('sends HSTS over HTTPS (as a trusted proxy in front says) and not over plain HTTP', async () => {
    expect((await fetch(`${h.url}/api/health`)).headers.get('strict-transport-security')).toBeNull();
    const https = await fetch(`${h.url}/api/health`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers.get('strict-transport-security')).toMatch(/^max-age=31536000\b/);
  });

  it('marks every signed-in answer and the sign-in itself no-store', async () => {
    const signIn = await h.call('POST', '/api/auth/sign-in', { body: { email: DEMO_EMAILS.adviser, password: 'koers-demo-2026' } });
    expect(signIn.status).toBe(200);
    expect(signIn.headers.get('cache-control')).toBe('no-store');
    const cookie = signIn.headers.getSetCookie()[0].split(';')[0];
    for (const path of ['/api/auth/session', '/api/organisations', `/api/organisations/${h.ids.organisations.bakkerij}`]) {
      const res = await h.call('GET', path, { cookie });
      expect({ path, status: res.status, cacheControl: res.headers.get('cache-control') }).toEqual({ path, status: 200, cacheControl: 'no-store' });
    }
    // A refusal to a signed-in request too (it may name what exists).
    expect((await h.call('GET', '/api/organisations/00000000-0000-4000-8000-000000000000', { cookie })).headers.get('cache-control')).toBe('no-store');
  });
});

describe('queue dashboard', () => {
  it('loads nothing from outside the installation (no font host), under the same policy', async () => {
    // The platform's operator's page (security-operator.spec.ts).
    const operator = await h.signIn('operator@koers.test');
    const res = await fetch(`${h.url}/api/admin/queues`, { headers: { cookie: operator } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<div id="root">/);
    expect(externalReferences(html)).toEqual([]);
    expect(html).not.toContain('fonts.googleapis.com');
    expect(directives(res.headers.get('content-security-policy'))['font-src']).toBe("'self'");
    // Its own style sheet and scripts still load.
    const sheet = /href="(static\/css\/[^"]+)"/.exec(html)![1];
    expect((await fetch(`${h.url}/api/admin/queues/${sheet}`, { headers: { cookie: operator } })).status).toBe(200);
  });
});

describe('metrics', () => {
  it('are not on the public API port by default', async () => {
    const res = await h.call('GET', '/api/metrics');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('route.not_found');
  });

  it('are served on a port of their own bound to localhost (METRICS_PORT), and on the API port only with METRICS_PUBLIC', async () => {
    const port = await freePort();
    const withMetrics = await startHarness({ env: { METRICS_PORT: String(port) } });
    const publicMetrics = await startHarness({ env: { METRICS_PUBLIC: 'true' } });
    try {
      await withMetrics.call('GET', '/api/health');
      const res = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).toContain('koers_api_http_request_duration_seconds_bucket');
      expect(text).toContain('koers_api_process_cpu_seconds_total');
      expect((await fetch(`http://127.0.0.1:${port}/anders`)).status).toBe(404);
      expect((await withMetrics.call('GET', '/api/metrics')).status).toBe(404);
      const open = await publicMetrics.call('GET', '/api/metrics');
      expect(open.status).toBe(200);
      expect(open.body).toContain('koers_api_http_request_duration_seconds_bucket');
    } finally {
      await withMetrics.close();
      await publicMetrics.close();
    }
    // Closed with the API.
    await expect(fetch(`http://127.0.0.1:${port}/metrics`)).rejects.toThrow();
  });
});
