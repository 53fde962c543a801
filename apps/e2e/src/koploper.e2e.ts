/**
 * Step 1 end to end in a real browser, in Dutch, as the people who use it:
 * the coordinator forms a Koplopergroep of three (two known companies and one
 * invited by e-mail, who registers itself), starts it; the adviser uploads the
 * baseline, reviews it, makes and publishes the sustainability profile and
 * downloads its PDF; the company makes its action plan and vision and applies
 * for the MVO-certificaat; the coordinator approves and awards it; anyone sees
 * it in the public register without signing in.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, openPage, type WatchedPage } from './browser';
import { startTestSystem, type TestSystem } from './system';
import { apiAs, expectNoA11yViolations, invitationLink, signIn, text } from './walk';

const run = Date.now().toString(36);
const COHORT = `Koplopergroep Tynaarlo ${run}`;
const NEW_COMPANY = `Drukkerij Het Noorden ${run}`;
const INVITEE = `info-${run}@drukkerij-noorden.test`;
const YEAR = new Date().getFullYear() - 1;
/** A date `days` from today (YYYY-MM-DD): the cohort runs around today, so a planned date can lie behind. */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
/** A year's activity data as a company fills in the template (semicolons, Dutch header). */
const BASELINE_CSV = ['type;hoeveelheid;eenheid;detail;omschrijving', 'electricity;42000;kWh;grey;Elektriciteit drukkerij', 'natural_gas;6500;m3;;Verwarming', 'diesel;1800;l;;Bestelbus', 'waste;2400;kg;residual;Restafval'].join('\n');

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





describe('the Koploper track', () => {
  let cohortUrl = '';
  let trackPath = '';
  let participant: WatchedPage;

  it('coordinator forms a Koplopergroep of three: two known companies and one invited by e-mail', async () => {
    const w = await signIn(browser, system.urls.shell, 'coordinator@mvo-noord.test');
    const { page } = w;
    await page.click('nav a[href="/koploper"]');
    await page.getByRole('link', { name: 'Nieuwe Koplopergroep' }).click();
    await page.getByLabel('Naam').fill(COHORT);
    await page.getByLabel('Gemeente').fill('Tynaarlo');
    await page.getByLabel('Startdatum').fill(day(-300));
    await page.getByLabel('Einddatum').fill(day(60));
    await page.getByRole('button', { name: 'Koplopergroep aanmaken' }).click();
    await expect.poll(() => text(page, 'main h1')).toBe(COHORT);
    cohortUrl = page.url();
    expect(await text(page, '[data-testid=cohort-status]')).toBe('In voorbereiding');

    for (const name of ['Bakkerij De Vries', 'Installatiebedrijf Bos']) {
      const option = page.locator('#add-organisation option', { hasText: name });
      await page.selectOption('#add-organisation', (await option.getAttribute('value'))!);
      await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
      await page.waitForSelector(`tr[data-participant="${name}"]`);
    }
    // Two are too few: the size rule says so when starting.
    await page.getByRole('button', { name: 'Koplopergroep starten' }).click();
    await expect.poll(() => text(page, '[data-testid=cohort-error]')).toContain('3');

    await page.getByLabel('E-mailadres').fill(INVITEE);
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await expect.poll(() => page.locator('[data-testid=invitations]').innerText()).toContain(INVITEE);
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/koploper-cohort-forming.png`, fullPage: true });
    await page.context().close();
  });

  it('the invited company registers itself from the mail and lands on its own track', async () => {
    const link = await invitationLink(INVITEE, 'koploper');
    participant = await openPage(browser);
    const { page } = participant;
    await page.goto(`${system.urls.shell}${link}`);
    await expect.poll(() => page.locator('main').innerText()).toContain(COHORT);
    await expectNoA11yViolations(page);
    await page.getByLabel('Bedrijfsnaam', { exact: true }).fill(NEW_COMPANY);
    await page.getByLabel('KvK-nummer', { exact: true }).fill(String(10_000_000 + (Date.now() % 89_999_999)).slice(0, 8));
    await page.getByLabel('SBI-code', { exact: true }).fill('18.12');
    await page.getByLabel('Grootte', { exact: true }).selectOption('small');
    await page.getByLabel('Gemeente').fill('Tynaarlo');
    await page.getByLabel('Uw naam', { exact: true }).fill('Dirk Drukker');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('een-lang-wachtwoord-2026');
    await page.getByRole('button', { name: 'Aanmelden en deelnemen' }).click();
    await page.waitForURL(/\/koploper\/deelnemers\//);
    trackPath = new URL(page.url()).pathname;
    await expect.poll(() => text(page, 'main h1')).toBe(NEW_COMPANY);
  });

  it('coordinator starts the cohort once it has three companies', async () => {
    const w = await signIn(browser, system.urls.shell, 'coordinator@mvo-noord.test');
    const { page } = w;
    await page.goto(cohortUrl);
    await page.waitForSelector(`tr[data-participant="${NEW_COMPANY}"]`);
    // The planning: the kickoff should have been done ten days ago, the baseline in a month.
    await page.getByLabel('Startbijeenkomst', { exact: true }).fill(day(-10));
    await page.getByLabel('Nulmeting', { exact: true }).fill(day(30));
    await page.getByRole('button', { name: 'Planning opslaan' }).click();
    await expect.poll(() => page.locator('koers-toasts').innerText()).toContain('Opgeslagen.');
    await page.getByRole('button', { name: 'Koplopergroep starten' }).click();
    await expect.poll(() => text(page, '[data-testid=cohort-status]')).toBe('Loopt');
    expect(await page.locator('[data-testid=participants] tbody tr').count()).toBe(3);
    // Everyone is still at the kickoff, which was planned ten days ago: late, at a glance.
    await expect.poll(() => page.locator('[data-testid=participants] tbody tr', { hasText: 'Te laat' }).count()).toBe(3);
    await page.context().close();
  });

  it('adviser uploads the baseline (a bad file first), reviews it, publishes the profile and downloads the PDF', async () => {
    const w = await signIn(browser, system.urls.shell, 'adviseur@mvo-noord.test');
    const { page } = w;
    await page.goto(`${system.urls.shell}${trackPath}`);
    await expect.poll(() => text(page, 'main h1')).toBe(NEW_COMPANY);

    // A row with an unknown type and one with a negative amount: both named with their line, nothing stored.
    await page.getByLabel('Jaar', { exact: true }).fill(String(YEAR));
    await page.setInputFiles('#baseline-file', { name: 'nulmeting-fout.csv', mimeType: 'text/csv', buffer: Buffer.from(`${BASELINE_CSV}\nkolen;10;kg;;Fout\nelectricity;-5;kWh;grey;Negatief`) });
    await page.getByRole('button', { name: 'Bestand uploaden' }).click();
    const errors = page.locator('[data-testid=upload-errors] li');
    await expect.poll(() => errors.allInnerTexts()).toEqual([expect.stringMatching(/^regel 6: /), expect.stringMatching(/^regel 7: /)]);
    expect(await page.locator('[data-testid=baseline]').count()).toBe(0);

    await page.setInputFiles('#baseline-file', { name: 'nulmeting.csv', mimeType: 'text/csv', buffer: Buffer.from(BASELINE_CSV) });
    await page.getByRole('button', { name: 'Bestand uploaden' }).click();
    await expect.poll(() => text(page, '[data-testid=footprint-result]'), { timeout: 30_000 }).toMatch(/CO₂e/);
    expect(await text(page, '[data-testid=baseline-status]')).toBe('Gecontroleerd');

    await page.getByRole('button', { name: 'Profiel maken uit de nulmeting' }).click();
    await page.waitForURL(/\/koploper\/profielen\//);
    await expect.poll(() => text(page, '[data-testid=profile-status]')).toBe('Concept');
    expect(await page.locator('[data-testid=recommendations] tbody tr').count()).toBeGreaterThan(2);
    await page.getByLabel('Toelichting van de adviseur').fill('Goede start. Pak eerst de elektriciteit aan: groene stroom en LED.');
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await expect.poll(() => text(page, '[data-testid=profile-status]')).toBe('Versie 1');
    await page.waitForSelector('[data-testid=profile-pdf]', { timeout: 30_000 });
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/koploper-profile.png`, fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=profile-pdf]')]);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  });

  it('the company makes its action plan and vision from the profile and applies for the MVO-certificaat', async () => {
    const { page } = participant;
    await page.goto(`${system.urls.shell}${trackPath}`);
    await expect.poll(() => page.locator('[data-testid=profiles]').innerText()).toContain('Versie 1');
    const firstMeasure = page.locator('#item-measure option').nth(1);
    await page.selectOption('#item-measure', (await firstMeasure.getAttribute('value'))!);
    await page.getByLabel('Eigenaar').fill('Dirk Drukker');
    await page.getByLabel('Klaar op').fill(`${YEAR + 2}-09-30`);
    await page.getByRole('button', { name: 'Maatregel toevoegen' }).last().click();
    await expect.poll(() => page.locator('[data-testid=plan-items] tbody tr').count()).toBe(1);
    expect(await text(page, '[data-testid=plan-progress]')).toBe('0 van 1 maatregelen klaar · 0 bezig');
    expect(await text(page, '[data-testid=plan-items]')).not.toContain('Over tijd');

    await page.getByLabel(/waar staat uw bedrijf voor/).fill('Wij drukken lokaal, met zo min mogelijk afval en op groene stroom.');
    await page.getByRole('button', { name: 'Visie opslaan' }).click();
    await expect.poll(() => page.locator('koers-toasts').innerText()).toContain('De MVO-visie is opgeslagen.');

    await page.getByRole('button', { name: 'MVO-certificaat aanvragen' }).click();
    await expect.poll(() => text(page, '[data-testid=csr-status]')).toBe('Ingediend');
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/koploper-participant-track.png`, fullPage: true });
  });

  it('coordinator approves and awards the certificate; it shows in the public register without signing in', async () => {
    // The certificate is awarded from the communication phase on: the adviser moves the company there, phase by phase,
    // now that the work of each is in (baseline reviewed, profile published, a measure and the vision; phase-guards.e2e walks the checklist).
    const adviserApi = await apiAs(system.urls.api, 'adviseur@mvo-noord.test');
    const pid = trackPath.split('/').pop()!;
    for (const phase of ['baseline', 'profile', 'action_plan', 'communication']) await adviserApi('PATCH', `/api/programme/enrolments/${pid}`, { phase });
    const w = await signIn(browser, system.urls.shell, 'coordinator@mvo-noord.test');
    const { page } = w;
    await page.goto(`${system.urls.shell}/koploper/certificaten`);
    const row = page.locator(`[data-testid="certificate-${NEW_COMPANY}"]`);
    await row.waitFor();
    await row.locator('select').first().selectOption('approve');
    await row.getByRole('button', { name: 'Beoordeling opslaan' }).click();
    await row.getByRole('button', { name: 'Certificaat uitreiken' }).click();
    await expect.poll(() => row.innerText()).toMatch(/MVO-\d{4}-\d{4}/);
    await page.context().close();

    const visitor = await openPage(browser);
    await visitor.page.goto(`${system.urls.shell}/koploper/mvo-register`);
    const register = visitor.page.locator('[data-testid=register]');
    await expect.poll(() => register.innerText().catch(() => '')).toContain(NEW_COMPANY);
    expect(await register.innerText()).toContain('Tynaarlo');
    await expectNoA11yViolations(visitor.page);
    await visitor.page.screenshot({ path: `${ARTIFACTS}/koploper-register.png`, fullPage: true });
    expect(visitor.errors).toEqual([]);
    await visitor.page.context().close();

    // The company sees its number on its own track.
    await participant.page.reload();
    await expect.poll(() => text(participant.page, '[data-testid=csr-number]')).toMatch(/^MVO-\d{4}-\d{4}$/);
    expect(participant.errors).toEqual([]);
    await participant.page.context().close();
  });
});
