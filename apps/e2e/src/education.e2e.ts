/**
 * The education line in a real browser, in Dutch (docs/alliance.md): the
 * school's coordinator registers a student and her internship company (a
 * class without a name and an internship that ends before it starts are
 * refused at their fields); the company's contact gives consent through the
 * link the school hands on (a consent without a name is refused); the student,
 * through her personal link and without an account, hands in the ISO 26000
 * quick scan (an issue "not applicable" without a reason is refused at that
 * issue), sees its result computed by the worker, and records the talk with
 * the company; the company appears in the journey with its entry "Via de
 * onderwijslijn"; the coordinator names the student junior MVO ambassador,
 * shown on her page, the school's page and the alliance's line figures.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, openPage, type WatchedPage } from './browser';
import { startTestSystem, type TestSystem } from './system';
import { expectNoA11yViolations, signIn, text } from './walk';

const run = Date.now().toString(36);
const STUDENT = `Sanne de Boer ${run}`;
const COMPANY = `Fietsenmaker Bos ${run}`;
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const tokenOf = (link: string) => link.trim().split('/').pop() ?? '';

let system: TestSystem;
let browser: Browser;
let school: WatchedPage;
const state = { studentLink: '', consentLink: '', studentUrl: '' };

beforeAll(async () => {
  system = await startTestSystem();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

const fieldError = (page: Page, input: string) => page.locator(`${input} ~ .koers-field-error`).first().innerText();

describe('the education line', () => {
  it('the school registers a student; a class without a name is refused at its field', async () => {
    school = await signIn(browser, system.urls.shell, 'coordinator@mvo-noord.test');
    const { page } = school;
    await page.getByRole('link', { name: 'Onderwijslijn' }).click();
    await expect.poll(() => text(page, 'main h1')).toBe('Onderwijslijn: MVO-scan bij stagebedrijven');
    await page.fill('#edu-names', STUDENT);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expect.poll(() => fieldError(page, '#edu-class')).toContain('De klas');
    await page.screenshot({ path: `${ARTIFACTS}/education-register-refused.png`, fullPage: true });
    await page.fill('#edu-class', 'MVO-3A');
    await page.fill('#edu-programme', 'Ondernemer detailhandel (niveau 4)');
    await page.fill('#edu-names', `${STUDENT}, sanne.${run}@student.test`);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expect.poll(() => page.locator(`[data-testid=student-links] code`).count()).toBe(1);
    state.studentLink = await text(page, '[data-testid=student-links] code');
    expect(state.studentLink).toMatch(/\/onderwijs\/student\/[A-Za-z0-9_-]{43}$/);
    await expect.poll(() => page.locator(`[data-student="${STUDENT}"]`).innerText()).toContain('Wacht op toestemming');
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/education-school.png`, fullPage: true });
  });

  it('the school records the internship company; an internship ending before it starts is refused at its field', async () => {
    const { page } = school;
    await page.locator(`[data-student="${STUDENT}"] a`).click();
    await expect.poll(() => text(page, 'main h1')).toBe(STUDENT);
    await page.fill('#int-companyName', COMPANY);
    await page.fill('#int-municipality', 'Assen');
    await page.fill('#int-contactName', 'Henk Bos');
    await page.fill('#int-startsOn', day(10));
    await page.fill('#int-endsOn', day(-10));
    await page.getByRole('button', { name: 'Stagebedrijf vastleggen' }).click();
    await expect.poll(() => fieldError(page, '#int-endsOn')).toContain('De stage eindigt voor ze begint');
    await page.fill('#int-startsOn', day(-30));
    await page.fill('#int-endsOn', day(90));
    await page.getByRole('button', { name: 'Stagebedrijf vastleggen' }).click();
    await expect.poll(() => page.locator('[data-testid=consent-link] code').count()).toBe(1);
    state.consentLink = await text(page, '[data-testid=consent-link] code');
    await expect.poll(() => page.locator(`[data-internship="${COMPANY}"]`).innerText()).toContain('Toestemming gevraagd');
    await expect.poll(() => text(page, '[data-testid=not-yet]')).toContain('Nog geen stagebedrijf heeft toestemming gegeven');
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/education-student-admin.png`, fullPage: true });
  });

  it('the company gives consent through its link, without an account; without a name it is refused', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${system.urls.shell}/onderwijs/toestemming/${tokenOf(state.consentLink)}`);
    await expect.poll(() => text(page, 'main h1')).toBe(`Toestemming voor de MVO-scan van ${STUDENT}`);
    await page.getByRole('button', { name: 'Toestemming geven' }).click();
    await expect.poll(() => fieldError(page, '#consent-name')).toContain('Uw naam');
    await page.fill('#consent-name', 'Henk Bos');
    await page.getByRole('button', { name: 'Toestemming geven' }).click();
    await expect.poll(() => text(page, '[data-testid=consent-done]')).toContain('Toestemming gegeven door Henk Bos');
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/education-consent.png`, fullPage: true });
    await page.close();
  });

  it('the student hands in the ISO 26000 scan by her link; "not applicable" without a reason is refused at that issue; the worker computes it', async () => {
    const { page } = await openPage(browser);
    state.studentUrl = `${system.urls.shell}/onderwijs/student/${tokenOf(state.studentLink)}`;
    await page.goto(state.studentUrl);
    await expect.poll(() => text(page, 'main h1')).toBe('Mijn MVO-scans');
    const selects = page.locator('[data-testid=scan] select[data-issue]');
    await expect.poll(() => selects.count()).toBe(37);
    for (let i = 0; i < 37; i++) await selects.nth(i).selectOption(i === 0 ? 'na' : String(1 + (i % 3)));
    await page.getByRole('button', { name: 'Scan inleveren' }).click();
    const first = page.locator('[data-testid=scan] .koers-field').first();
    await expect.poll(() => first.locator('.koers-field-error').innerText()).toContain('reden');
    await page.screenshot({ path: `${ARTIFACTS}/education-scan-refused.png`, fullPage: true });
    await first.locator('input').fill('Eenmanszaak zonder bestuur');
    await page.getByRole('button', { name: 'Scan inleveren' }).click();
    // 36 issues at 1, 2 or 3 of 4 (12 each): every core subject 50% except the one not applicable; the overall mean the Dutch way.
    await expect.poll(() => page.locator('[data-testid=overall]').count(), { timeout: 30_000 }).toBe(1);
    const overall = await text(page, '[data-testid=overall]');
    expect(overall).toMatch(/^\d{1,3}(,\d)?%$/);
    expect(await text(page, '[data-testid=scan-result] + .koers-hint')).toContain('Bron: ISO 26000-scan (iso26000.scan');
    await page.screenshot({ path: `${ARTIFACTS}/education-scan-result.png`, fullPage: true });

    // The talk with the company: a date in the future is refused, then recorded with the next step.
    await page.fill('#fu-date', day(5));
    await page.fill('#fu-note', 'Besproken met Henk: ledverlichting en afvalscheiding');
    await page.getByRole('button', { name: 'Gesprek vastleggen' }).click();
    await expect.poll(() => fieldError(page, '#fu-date')).toContain('niet in de toekomst');
    await page.fill('#fu-date', day(0));
    await page.getByRole('button', { name: 'Gesprek vastleggen' }).click();
    await expect.poll(() => text(page, '[data-testid=follow-up]')).toContain('Stap 1: Koplopertraject');
    await expectNoA11yViolations(page);
    await page.close();
  });

  it('the company is in the journey, entered through the education line; the school names the student junior MVO ambassador', async () => {
    const { page } = school;
    await page.reload();
    await expect.poll(() => page.locator(`[data-internship="${COMPANY}"]`).innerText()).toContain('Afgerond');
    await page.fill('#amb-date', day(0));
    await page.fill('#amb-note', 'Presenteerde de scan aan het team');
    await page.getByRole('button', { name: 'Benoemen tot junior MVO-ambassadeur' }).click();
    await expect.poll(() => text(page, '[data-testid=ambassador]')).toContain('Junior MVO-ambassadeur sinds');
    await page.screenshot({ path: `${ARTIFACTS}/education-ambassador.png`, fullPage: true });

    await page.getByRole('link', { name: 'Bekijk de reis van het bedrijf' }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain('Via de onderwijslijn');
    expect(await text(page, 'main h1')).toContain(COMPANY);
    await page.screenshot({ path: `${ARTIFACTS}/education-journey.png`, fullPage: true });

    await page.goto(`${system.urls.shell}/onderwijs`);
    await expect.poll(() => page.locator(`[data-student="${STUDENT}"] [data-testid=ambassador]`).count()).toBe(1);
    await page.goto(`${system.urls.shell}/alliantie/lijnen`);
    await expect.poll(() => text(page, '[data-testid=education-figures]')).toMatch(/1 junior MVO-ambassadeurs/);

    const student = await openPage(browser);
    await student.page.goto(state.studentUrl);
    await expect.poll(() => text(student.page, '[data-testid=ambassador]')).toContain('Junior MVO-ambassadeur sinds');
    await student.page.close();
  });

  it('an unknown link shows what is wrong, not an empty page', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${system.urls.shell}/onderwijs/student/${'x'.repeat(43)}`);
    await expect.poll(() => text(page, '[data-testid=link-error]')).toContain('Deze link werkt niet');
    await page.close();
  });
});
