/**
 * The alliance in a real browser, in Dutch (docs/alliance.md): MVO Noord's
 * administrator records its signed partner contract with two commitments and
 * marks one met with its evidence link; the overview shows that point met and
 * the other not yet; Groningen's coordinator reads the contract but is offered
 * no form; MVO Noord's coordinator adds a CSR platform and puts an event on its
 * agenda; a step budget (made through the API) gets its lines typed the Dutch
 * way and shows plan against actual. The test system starts from the bare demo
 * alliance (no secretariat, no contracts), so everything is made here.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, type WatchedPage } from './browser';
import { startTestSystem, type TestSystem } from './system';
import { apiAs as apiAsUser, expectNoA11yViolations, signIn, text } from './walk';

const run = Date.now().toString(36);
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const PLATFORM = `MVO-platform Assen ${run}`;
/** Text with its non-breaking spaces (between € and the amount) as plain ones. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

let system: TestSystem;
let browser: Browser;

/** The API as a client of it, as a demo user. */
const apiAs = (email: string) => apiAsUser(system.urls.api, email);

beforeAll(async () => {
  system = await startTestSystem();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

describe('the alliance', () => {
  let admin: WatchedPage;

  it('the administrator records the partner contract with two commitments and marks one met', async () => {
    admin = await signIn(browser, system.urls.shell, 'beheer@mvo-noord.test');
    const { page } = admin;
    await page.goto(`${system.urls.shell}/alliantie`);
    await expect.poll(() => text(page, 'main h1')).toBe('Alliantie');
    const row = page.locator('[data-partner=mvo-noord]');
    await expect.poll(() => row.innerText()).toContain('Nog geen contract');
    await row.getByRole('link').first().click();

    await expect.poll(() => page.locator('[data-testid=contract-form]').count()).toBe(1);
    await page.fill('#contract-signed-on', day(-30));
    await page.fill('#contract-signed-by', 'Jan de Boer, directeur');
    await page.getByRole('button', { name: 'Contract vastleggen' }).click();
    await expect.poll(() => text(page, '[data-testid=signed-by]')).toBe('Jan de Boer, directeur');

    await page.fill('#commitment-description', 'Onderschrijft de doelen en ambities van de alliantie');
    await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await expect.poll(() => page.locator('[data-point=goals] [data-commitment]').count()).toBe(1);
    await page.selectOption('#commitment-point', 'contribution');
    await page.fill('#commitment-description', 'Bijdrage in geld aan de symposia');
    await page.fill('#commitment-amount', '5.000');
    await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await expect.poll(() => page.locator('[data-point=contribution] [data-commitment]').count()).toBe(1);
    expect(flat(await page.locator('[data-point=contribution]').innerText())).toContain('€ 5.000');

    // An evidence link that is not http(s) is refused at its field; then the entry is recorded.
    const goals = (await page.locator('[data-point=goals] [data-commitment]').getAttribute('data-commitment')) ?? '';
    await page.selectOption('#entry-commitment', goals);
    await page.selectOption('#entry-status', 'met');
    await page.fill('#entry-url', 'ftp://mvo-noord.test/verslag');
    await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
    await expect.poll(() => page.locator('[data-testid=evidenceUrl-error]').count()).toBe(1);
    await page.fill('#entry-url', 'https://mvo-noord.test/verslag-startbijeenkomst');
    await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
    await expect.poll(() => page.locator('[data-point=goals] [data-testid=commitment-status]').innerText()).toContain('Nagekomen');
    expect(await page.locator('[data-point=goals] [data-testid=history] a').getAttribute('href')).toBe('https://mvo-noord.test/verslag-startbijeenkomst');
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/alliance-contract.png`, fullPage: true });

    await page.goto(`${system.urls.shell}/alliantie`);
    await expect.poll(() => page.locator('[data-partner=mvo-noord] [data-point=goals] span').first().innerText()).toBe('Nagekomen');
    expect(await page.locator('[data-partner=mvo-noord] [data-point=contribution] span').first().innerText()).toBe('Nog niet');
    expect(await text(page, '[data-testid=alliance-summary]')).toBe('1 van 2 afspraken nagekomen, 0 deels, 1 nog niet');
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/alliance-overview.png`, fullPage: true });
    expect(admin.errors).toEqual([]);
  });

  it("Groningen's coordinator reads MVO Noord's contract and is offered no form", async () => {
    const { page } = await signIn(browser, system.urls.shell, 'coordinator@groningen-duurzaam.test');
    await page.goto(`${system.urls.shell}/alliantie/partners/mvo-noord`);
    await expect.poll(() => text(page, '[data-testid=signed-by]')).toBe('Jan de Boer, directeur');
    expect(await page.locator('[data-testid=fulfilment-new], [data-testid=commitment-new]').count()).toBe(0);
    expect(await page.locator('[data-testid=read-only]').count()).toBe(1);
  });

  it('a coordinator adds a CSR platform and puts an event on its agenda', async () => {
    const { page } = await signIn(browser, system.urls.shell, 'coordinator@mvo-noord.test');
    await page.goto(`${system.urls.shell}/alliantie/platforms`);
    await expect.poll(() => text(page, 'main h1')).toBe('MVO-platforms');
    await page.fill('#platform-name', PLATFORM);
    await page.fill('#platform-region', 'Drenthe');
    await page.fill('#platform-municipality', 'Assen');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    const row = page.locator('[data-platform]', { hasText: PLATFORM });
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole('link').click();
    await expect.poll(() => text(page, 'main h1')).toBe(PLATFORM);
    await page.fill('#event-on', day(40));
    await page.fill('#event-title', 'Masterclass circulair inkopen');
    await page.fill('#event-location', 'Assen');
    await page.getByTestId('event-new').getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => page.locator('[data-testid=agenda]').innerText()).toContain('Masterclass circulair inkopen');
    await expectNoA11yViolations(page);
  });

  it("a step budget's lines typed the Dutch way show plan against actual in euros", async () => {
    const coordinator = await apiAs('coordinator@mvo-noord.test');
    const budget = await coordinator('POST', '/api/alliance/budgets', { scope: 'step', step: 'koploper', periodStart: day(-60), periodEnd: day(300), title: `Koplopertraject ${run}` });
    const { page } = await signIn(browser, system.urls.shell, 'coordinator@mvo-noord.test');
    await page.goto(`${system.urls.shell}/alliantie/begrotingen/${budget.id}`);
    await expect.poll(() => text(page, 'main h1')).toBe(`Koplopertraject ${run}`);
    await page.getByRole('button', { name: 'Regel toevoegen' }).click();
    await page.selectOption('#line-category-0', 'subsidy');
    await page.fill('#line-description-0', 'Provincie Drenthe');
    await page.fill('#line-planned-0', '150.000');
    await page.fill('#line-actual-0', '75.000');
    await page.getByRole('button', { name: 'Regel toevoegen' }).click();
    await page.selectOption('#line-category-1', 'advice');
    await page.fill('#line-planned-1', '59.500');
    await page.getByRole('button', { name: 'Regels opslaan' }).click();
    const income = page.locator('[data-testid=budget-totals] [data-side=income] td');
    await expect.poll(async () => flat(await income.first().innerText())).toBe('€ 150.000');
    expect(flat(await income.nth(1).innerText())).toBe('€ 75.000');
    expect(flat(await page.locator('[data-testid=budget-totals] [data-side=balance] td').first().innerText())).toBe('€ 90.500');
    expect(await page.locator('[data-testid=budget-lines] [data-category=advice]').innerText()).toContain('nog niet geboekt');
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/alliance-budget.png`, fullPage: true });
  });
});
