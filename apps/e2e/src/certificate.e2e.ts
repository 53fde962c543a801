/**
 * The MVO-certificaat as a document and the public register (issue 15 item 9),
 * and a second year's baseline showing the change (item 7), in a real browser:
 * the coordinator awards an approved application, downloads the certificate's
 * PDF, follows the register link printed on it; a visitor without an account
 * searches the register by municipality; the profile of the second year shows
 * the change per scope and theme and "verwacht ..., gemeten ...".
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, openPage } from './browser';
import { startTestSystem, type TestSystem } from './system';
import { apiAs, signIn, type ApiCall } from './walk';

let system: TestSystem;
let browser: Browser;
let coordinator: ApiCall;
let pid: string;
let profileId: string;
const year = new Date().getFullYear();
const shot = (name: string) => join(ARTIFACTS, `certificate-${name}.png`);

async function footprint(y: number, electricity: number, gas: number) {
  await coordinator('PUT', `/api/koploper/participants/${pid}/baseline`, { year: y, activities: [{ type: 'electricity', amount: electricity, unit: 'kWh', contract: 'grey' }, { type: 'natural_gas', amount: gas, unit: 'm3' }] });
  for (let i = 0; i < 120; i++) {
    const b = await coordinator('GET', `/api/koploper/participants/${pid}/baseline?year=${y}`);
    if (b.footprint.result?.status === 'succeeded') return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the ${y} footprint did not arrive`);
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  system = await startTestSystem();
  browser = await launchBrowser();
  coordinator = await apiAs(system.urls.api, 'coordinator@mvo-noord.test');
  const participant = await apiAs(system.urls.api, 'deelnemer@bakkerij-devries.test');
  // A running cohort with the demo bakery, two years of baselines, a measure done, a published profile, an approved application.
  const cohort = await coordinator('POST', '/api/koploper/cohorts', { name: 'Koplopergroep Aa en Hunze', municipality: 'Aa en Hunze', startsOn: `${year}-01-15`, endsOn: `${year}-12-15` });
  const orgs: { id: string; name: string }[] = (await coordinator('GET', '/api/organisations')).items;
  const bakery = ((await coordinator('GET', `/api/organisations?search=${encodeURIComponent('Bakkerij De Vries')}`)).items as typeof orgs).find((o) => o.name === 'Bakkerij De Vries')!;
  for (const o of [bakery, ...orgs.filter((o) => o.id !== bakery.id).slice(0, 2)]) {
    const e = await coordinator('POST', `/api/programme/groups/${cohort.id}/enrolments`, { organisationId: o.id });
    if (o.id === bakery.id) pid = e.id;
  }
  await coordinator('POST', `/api/programme/groups/${cohort.id}/start`, {});
  await footprint(year - 2, 30000, 6000);
  await footprint(year - 1, 20000, 5000);
  await coordinator('POST', `/api/koploper/participants/${pid}/action-plan/items`, { title: 'LED-verlichting in de winkel', owner: 'Petra', dueOn: `${year}-03-01`, status: 'done', expectedKgCO2e: 1500 });
  await coordinator('PUT', `/api/koploper/participants/${pid}/vision`, { text: 'Wij bakken met zo min mogelijk energie.' });
  profileId = (await coordinator('POST', `/api/koploper/participants/${pid}/profiles`)).id;
  await coordinator('POST', `/api/koploper/profiles/${profileId}/publish`);
  const application = await participant('POST', `/api/koploper/participants/${pid}/csr-certificate`);
  await coordinator('POST', `/api/koploper/csr-certificates/${application.id}/review`, { decision: 'approve' });
  // A certificate is awarded from the communication phase on; the work of every phase before it is in, so no reason is needed.
  for (const phase of ['baseline', 'profile', 'action_plan', 'communication']) await coordinator('PATCH', `/api/programme/enrolments/${pid}`, { phase });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

describe('the MVO-certificaat and the public register', () => {
  let registerPath: string;
  let number: string;

  it('the coordinator awards it, downloads the PDF and follows the register link printed on it', async () => {
    const { page } = await signIn(browser, system.urls.shell, 'coordinator@mvo-noord.test');
    await page.goto(`${system.urls.shell}/koploper/certificaten`);
    const row = page.locator('[data-testid="certificate-Bakkerij De Vries"]').first();
    await row.locator('[data-testid=award]').click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('awarded');
    number = (await row.locator('[data-testid=number]').innerText()).replace(/^Nummer /, '');
    expect(number).toMatch(new RegExp(`^MVO-${year}-\\d{4}$`));
    await page.screenshot({ path: shot('awarded'), fullPage: true });

    // The worker renders the PDF after the award: the link answers 409 until it is stored.
    const href = await row.locator('[data-testid=certificate-pdf]').getAttribute('href');
    let pdf: Buffer | null = null;
    for (let i = 0; i < 60 && !pdf; i++) {
      const res = await page.request.get(`${system.urls.shell}${href}`);
      if (res.status() === 200) pdf = await res.body();
      else await new Promise((r) => setTimeout(r, 500));
    }
    expect(pdf).not.toBeNull();
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf!)), { mergePages: true });
    expect(text).toContain(`Certificaatnummer ${number}`);
    expect(text).toContain('Bakkerij De Vries');
    const link = (text as string).match(/https?:\/\/\S+\/koploper\/mvo-register\/MVO-\d{4}-\d{4}/)?.[0];
    expect(link).toBeDefined();
    registerPath = new URL(link!).pathname;
    expect(registerPath).toBe(`/koploper/mvo-register/${number}`);

    // Follow it (the printed origin is the installation's PUBLIC_WEB_URL; this system's shell listens elsewhere).
    const visitor = await openPage(browser);
    await visitor.page.goto(`${system.urls.shell}${registerPath}`);
    await expect.poll(() => visitor.page.locator('[data-testid=register-status]').innerText()).toBe('Geldig');
    expect(await visitor.page.locator('[data-testid=register-company]').innerText()).toBe('Bakkerij De Vries');
    expect(await visitor.page.locator('[data-testid=register-meaning]').innerText()).toContain('Koplopertraject');
    await visitor.page.screenshot({ path: shot('register-entry'), fullPage: true });
    await visitor.page.close();
  });

  it('a visitor without an account searches the register by municipality, opens the certificate, and an unknown number is named', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${system.urls.shell}/koploper/mvo-register`);
    await page.waitForSelector('[data-testid=register-search]');
    const municipality = (await coordinator('GET', `/api/public/csr-register/${number}`)).municipality as string;
    await page.fill('[data-testid=search-municipality]', municipality.toLowerCase());
    await page.click('[data-testid=search]');
    const cells = page.locator('[data-testid=register] tbody tr').first().locator('td');
    await expect.poll(() => cells.nth(1).innerText()).toBe('Bakkerij De Vries');
    await page.screenshot({ path: shot('register-search'), fullPage: true });
    await page.fill('[data-testid=search-municipality]', 'Nergenshuizen');
    await page.click('[data-testid=search]');
    await expect.poll(() => page.locator('koers-empty-state').innerText()).toContain('Geen geldig certificaat gevonden');

    await page.fill('[data-testid=lookup-number]', 'MVO-26-1');
    await page.click('[data-testid=lookup]');
    expect(await page.locator('#register-number-error').innerText()).toBe('Een certificaatnummer ziet eruit als MVO-2026-0001.');
    await page.fill('[data-testid=lookup-number]', `MVO-${year}-9999`);
    await page.click('[data-testid=lookup]');
    await expect.poll(() => page.locator('[data-testid=not-found]').innerText()).toBe(`Certificaat MVO-${year}-9999 staat niet in het MVO-register`);
    await page.screenshot({ path: shot('register-unknown'), fullPage: true });
  });

  it("the second year's profile shows the change per scope and theme, and expected against measured", async () => {
    const { page } = await signIn(browser, system.urls.shell, 'deelnemer@bakkerij-devries.test');
    await page.goto(`${system.urls.shell}/koploper/profielen/${profileId}`);
    const section = page.locator('[data-testid=year-on-year]');
    await expect.poll(() => section.locator('h2').innerText()).toBe(`Verandering ten opzichte van ${year - 2}`);
    const total = await section.locator('[data-testid=yoy-total] td').allInnerTexts();
    expect(total[2]).toMatch(/^-\d+,\d$/);
    expect(total[3]).toMatch(/^-\d+(,\d)?%$/);
    expect(await section.locator('[data-testid=yoy-measures]').innerText()).toMatch(/^Effect van de afgeronde maatregelen \(1\): verwacht -1,5\st CO₂e, gemeten -\d+,\d\st CO₂e$/);
    await page.screenshot({ path: shot('year-on-year'), fullPage: true });
  });
});
