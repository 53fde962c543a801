/**
 * The public MVO register is rate-limited per client address (docs/security.md
 * section 12): past PUBLIC_REGISTER_MAX_PER_CLIENT requests within the window,
 * search and a certificate's page answer 429 with Retry-After, on Redis.
 */
import { startHarness, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ env: { PUBLIC_REGISTER_MAX_PER_CLIENT: '3', PUBLIC_REGISTER_WINDOW_SECONDS: '60' } });
});
afterAll(() => h?.close());

it('answers three requests, then 429 for search and a page alike, saying when to come back', async () => {
  expect((await h.call('GET', '/api/public/csr-register')).status).toBe(200);
  expect((await h.call('GET', '/api/public/csr-register?municipality=Assen')).status).toBe(200);
  expect((await h.call('GET', '/api/public/csr-register/MVO-2026-0001')).status).toBe(404);
  for (const path of ['/api/public/csr-register', '/api/public/csr-register/MVO-2026-0001']) {
    const res = await fetch(`${h.url}${path}`);
    expect(res.status).toBe(429);
    const retry = Number(res.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(60);
    const body = (await res.json()) as { code: string; text: { nl: string; en: string } };
    expect(body.code).toBe('csr_register.too_many_requests');
    expect(body.text.nl).toMatch(/^Te veel vragen aan het MVO-register; probeer het over \d+ seconden opnieuw$/);
    expect(body.text.en).toMatch(/^Too many requests to the CSR register; try again in \d+ seconds$/);
  }
});
