/**
 * Step 1's baseline form in a real browser with a Dutch-formatted amount: the
 * company types `12.5` (refused at the field, nothing stored), then `30.000`,
 * which is stored as thirty thousand and shown again as `30.000`.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { startTestSystem, type TestSystem } from './system';
import { DEMO_PASSWORD, signIn } from './walk';

let system: TestSystem;
let browser: Browser;

beforeAll(async () => {
  system = await startTestSystem();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

/** The API as the coordinator, to give the demo bakery a running track (the fresh system has none). */
async function api(cookie: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${system.urls.api}${path}`, { method, headers: { cookie, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json().catch(() => null)) as any };
}

async function coordinatorCookie() {
  const res = await fetch(`${system.urls.api}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'coordinator@mvo-noord.test', password: DEMO_PASSWORD }) });
  expect(res.status).toBe(200);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

describe('Dutch numbers in the baseline form', () => {
  beforeAll(async () => {
    const cookie = await coordinatorCookie();
    const year = new Date().getFullYear();
    const cohort = await api(cookie, 'POST', '/api/koploper/cohorts', { name: 'Koplopergroep Noordenveld', municipality: 'Noordenveld', startsOn: `${year}-01-15`, endsOn: `${year}-12-15` });
    expect(cohort.status).toBe(201);
    const items: { id: string; name: string }[] = (await api(cookie, 'GET', '/api/organisations')).body.items;
    const bakery = ((await api(cookie, 'GET', `/api/organisations?search=${encodeURIComponent('Bakkerij De Vries')}`)).body.items as typeof items).find((o) => o.name === 'Bakkerij De Vries')!;
    expect(bakery).toBeDefined();
    for (const o of [bakery, ...items.filter((o) => o.id !== bakery.id).slice(0, 2)]) {
      expect((await api(cookie, 'POST', `/api/programme/groups/${cohort.body.id}/enrolments`, { organisationId: o.id })).status).toBe(201);
    }
    expect((await api(cookie, 'POST', `/api/programme/groups/${cohort.body.id}/start`, {})).status).toBe(200);
  });

  it('refuses 12.5 at the field and stores 30.000 as thirty thousand', async () => {
    const { page } = await signIn(browser, system.urls.shell, 'deelnemer@bakkerij-devries.test');
    await page.goto(`${system.urls.shell}/koploper`);
    await page.locator('[data-testid=my-track]').first().click();
    await page.locator('summary', { hasText: 'Gegevens invullen' }).click();
    await page.waitForSelector('[data-testid=baseline-form]');
    const participantId = new URL(page.url()).pathname.split('/').pop()!;

    const form = page.locator('[data-testid=baseline-form]');
    // The fresh track has no baseline: one empty row (electricity, kWh, grey).
    const row = form.locator('tbody tr').last();
    const amount = row.locator('input[inputmode=decimal]');
    expect(await amount.getAttribute('type')).toBe('text');
    await amount.fill('12.5');
    await form.getByRole('button', { name: 'Nulmeting opslaan' }).click();
    await expect.poll(() => row.locator('koers-field-error').innerText()).toBe('Een punt scheidt duizendtallen: schrijf 12,5 of 12.500.');
    expect(await amount.getAttribute('aria-invalid')).toBe('true');

    await amount.fill('30.000');
    const [put] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith(`/api/koploper/participants/${participantId}/baseline`)),
      form.getByRole('button', { name: 'Nulmeting opslaan' }).click(),
    ]);
    expect(put.status()).toBe(200);
    // Read what was stored from the API with the page's session (the page may re-render and drop the PUT's body meanwhile).
    const year = (JSON.parse(put.request().postData() ?? '{}') as { year?: number }).year;
    const again = await page.request.get(`${put.url()}?year=${year}`);
    expect(again.status()).toBe(200);
    const stored = (await again.json()) as { footprint: { input: { activities: { type: string; amount: number; unit: string }[] } } };
    expect(stored.footprint.input.activities.at(-1)).toEqual({ type: 'electricity', amount: 30000, unit: 'kWh', contract: 'grey' });

    // Shown again the Dutch way after a reload.
    await page.reload();
    await page.locator('summary', { hasText: 'Gegevens invullen' }).click();
    await page.waitForSelector('[data-testid=baseline-form] tbody tr');
    await expect.poll(() => page.locator('[data-testid=baseline-form] tbody tr').last().locator('input[inputmode=decimal]').inputValue()).toBe('30.000');
    await page.context().close();
  });
});
