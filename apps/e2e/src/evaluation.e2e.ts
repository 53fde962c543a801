/**
 * The evaluation in a real browser, in Dutch (docs/evaluation.md, issue 13's
 * Done-when): MVO Noord's coordinator adds a question of its own (a bad key
 * refused at its field first); a Koplopergroep of three new companies (each
 * registered from its invitation mail, through the API) reaches the symposium
 * and the coordinator closes it in the browser; each participant gets the
 * survey mail and answers through its own link; the link then refuses a
 * second answer; the analyst computes the figures and sees n = 3, the response
 * rate, 66,7% with its Wilson interval; the dashboard shows the same, and the
 * Excel export, downloaded in the browser, holds the same figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, openPage } from './browser';
import { startTestSystem, type TestSystem } from './system';
import { apiAs as apiAsUser, expectNoA11yViolations, invitationLink, MAIL_DIR, signIn, text } from './walk';

const run = Date.now().toString(36);
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const COHORT = `Koplopergroep Emmen ${run}`;
const QUESTION_KEY = `bijeenkomsten-${run}`;
const PEOPLE = [0, 1, 2].map((i) => ({ email: `eval-${run}-${i}@voorbeeld.test`, company: `Evaluatiebedrijf ${i + 1} ${run}` }));
/** What each of the three answers to "Het traject is een goed instrument …": two agree, one does not. */
const GOOD_INSTRUMENT = [5, 4, 2];
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
/** A sheet's rows as arrays (ExcelJS's row values start at index 1). */
function sheetRows(wb: Workbook, name: string): unknown[][] {
  const sheet = wb.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.getSheetValues().filter(Array.isArray) as unknown[][];
}

let system: TestSystem;
let browser: Browser;
let cohortId = '';

const apiAs = (email: string) => apiAsUser(system.urls.api, email);

/** The survey link (`/evaluatie/<token>`) from the mail the worker wrote to `email`. */
async function surveyLink(email: string): Promise<string> {
  let link: string | null = null;
  await expect
    .poll(
      () => {
        const file = readdirSync(MAIL_DIR).find((f) => f.includes(email.replace(/[^a-z0-9@.-]/gi, '_')) && /evaluatie/.test(readFileSync(join(MAIL_DIR, f), 'utf8').replace(/=\r?\n/g, '')));
        if (!file) return null;
        const body = readFileSync(join(MAIL_DIR, file), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
        link = /\/evaluatie\/[A-Za-z0-9_-]{20,}/.exec(body)?.[0] ?? null;
        return link;
      },
      { timeout: 30_000 },
    )
    .not.toBeNull();
  return link as unknown as string;
}

beforeAll(async () => {
  system = await startTestSystem();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

describe('the evaluation', () => {
  it("the coordinator adds the partner's own question on the questions page; a bad key is refused at its field", async () => {
    const { page } = await signIn(browser, system.urls.shell, 'coordinator@mvo-noord.test');
    await page.click('nav a[href="/programmacijfers"]');
    await expect.poll(() => text(page, 'main h1')).toBe('Programmacijfers');
    await page.getByRole('link', { name: 'Eigen vragen' }).click();
    await expect.poll(() => text(page, 'main h1')).toBe('Eigen vragen in de evaluatie');
    await page.fill('#question-key', 'Geen Sleutel!');
    await page.fill('#question-nl', 'De bijeenkomsten waren goed georganiseerd');
    await page.fill('#question-en', 'The meetings were well organised');
    await page.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await expect.poll(() => page.locator('[data-testid=key-error]').count()).toBe(1);
    await page.fill('#question-key', QUESTION_KEY);
    await page.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await expect.poll(() => page.locator(`[data-question="partner.${QUESTION_KEY}"]`).count()).toBe(1);
    expect(await page.locator('[data-testid=key-error]').count()).toBe(0);
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/evaluation-questions.png`, fullPage: true });
    await page.context().close();
  });

  it('a Koplopergroep of three reaches the symposium and the coordinator closes it in the browser', async () => {
    const coordinator = await apiAs('coordinator@mvo-noord.test');
    cohortId = (await coordinator('POST', '/api/koploper/cohorts', { name: COHORT, municipality: 'Emmen', startsOn: day(-300), endsOn: day(5) })).id;
    for (const [i, p] of PEOPLE.entries()) {
      await coordinator('POST', `/api/programme/groups/${cohortId}/invitations`, { email: p.email });
      const token = (await invitationLink(p.email, 'koploper')).split('/').pop();
      const res = await fetch(`${system.urls.api}/api/public/invitations/${token}/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          organisation: { name: p.company, kvkNumber: String(10_000_000 + ((Date.now() + i * 7919) % 89_999_999)).slice(0, 8), sbiCode: '47.11', sizeClass: 'small', municipality: 'Emmen' },
          user: { name: `Deelnemer ${i + 1}`, password: 'een-lang-wachtwoord-2026' },
        }),
      });
      expect(res.status).toBe(201);
    }
    await coordinator('POST', `/api/programme/groups/${cohortId}/start`, {});
    const group = await coordinator('GET', `/api/programme/groups/${cohortId}`);
    expect(group.participants).toHaveLength(3);
    const phases = ['baseline', 'profile', 'action_plan', 'communication', 'symposium'];
    for (const p of group.participants) {
      // The coordinator moves on past the phase guards, saying why (the work of each phase is phase-guards.e2e's).
    for (const phase of phases.slice(phases.indexOf(p.phase) + 1)) await coordinator('PATCH', `/api/programme/enrolments/${p.id}`, { phase, reason: 'Voorbereiding van deze test' });
    }

    const { page } = await signIn(browser, system.urls.shell, 'coordinator@mvo-noord.test');
    await page.goto(`${system.urls.shell}/koploper/groepen/${cohortId}`);
    await expect.poll(() => text(page, 'main h1')).toBe(COHORT);
    await page.getByRole('button', { name: 'Jaar afsluiten (naar het Koplopernetwerk)' }).click();
    await expect.poll(() => text(page, '[data-testid=cohort-status]')).toContain('Afgesloten');
    await page.context().close();
  });

  it('each participant gets the survey mail and answers through its own link, once', async () => {
    const links = [];
    for (const p of PEOPLE) links.push(await surveyLink(p.email));
    expect(new Set(links).size).toBe(3);
    for (const [i, link] of links.entries()) {
      const { page, errors } = await openPage(browser);
      await page.goto(`${system.urls.shell}${link}`);
      await expect.poll(() => text(page, 'main h1').catch(() => '')).toContain(COHORT);
      expect(await page.locator('main').innerText()).toContain(PEOPLE[i].company);
      // The partner's own question is in the survey, after the core.
      expect(await page.locator(`fieldset[data-item="partner.${QUESTION_KEY}"] legend`).innerText()).toBe('De bijeenkomsten waren goed georganiseerd');
      await page.locator(`fieldset[data-item=good-instrument] input[value="${GOOD_INSTRUMENT[i]}"]`).check();
      await page.locator(`fieldset[data-item="partner.${QUESTION_KEY}"] input[value="4"]`).check();
      await page.locator('fieldset[data-item=green-electricity] input[value="2"]').check();
      if (i === 0) {
        await expectNoA11yViolations(page);
        await page.screenshot({ path: `${ARTIFACTS}/evaluation-survey.png`, fullPage: true });
      }
      await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
      await expect.poll(() => text(page, '[data-testid=survey-done]').catch(() => '')).toBe('Bedankt! Uw antwoorden zijn opgeslagen.');
      // The link answers once: opened again it thanks and asks nothing; a second answer is refused.
      await page.reload();
      await expect.poll(() => page.locator('[data-testid=survey-done]').count()).toBe(1);
      expect(await page.locator('fieldset').count()).toBe(0);
      const again = await fetch(`${system.urls.api}/api${link.replace('/evaluatie/', '/public/evaluation/')}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers: [{ item: 'good-instrument', value: 1 }] }) });
      expect(again.status).toBe(409);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('the analyst computes the figures: n = 3, the response rate, the share agreeing with its interval, by group', async () => {
    const analyst = await signIn(browser, system.urls.shell, 'analist@mvo-noord.test');
    const { page } = analyst;
    await page.goto(`${system.urls.shell}/programmacijfers/evaluatie`);
    await expect.poll(() => text(page, 'main h1')).toBe('Evaluatiecijfers');
    await page.getByRole('button', { name: 'Cijfers berekenen' }).click();
    await expect.poll(() => page.locator('[data-testid=response]').count(), { timeout: 30_000 }).toBe(1);
    expect(await text(page, '[data-testid=response]')).toBe('Respons: 100,0% (3 van 3 uitgenodigden)');
    const good = page.locator('[data-item=good-instrument] tr[data-value=overall]');
    expect(await good.locator('[data-testid=share]').innerText()).toBe('66,7%');
    expect(await good.locator('[data-testid=n]').innerText()).toBe('3');
    // Wilson, 2 of 3 at z = 1,96: centre 0,5731, half-width 0,3654 -> 20,8% .. 93,9%.
    expect(await good.locator('[data-testid=interval]').innerText()).toBe('[20,8–93,9%]');
    expect(await text(page, `[data-item="partner.${QUESTION_KEY}"] tr[data-value=overall] [data-testid=share]`)).toBe('100,0%');
    // The measured share beside the reported one: none of the new companies has a footprint, so none is known (n = 0).
    expect(await text(page, '[data-item=green-electricity] [data-testid=measured]')).toContain('n = 0');
    expect(flat(await text(page, '[data-testid=source]'))).toMatch(/^Bron: vragenlijst evaluation\.questionnaire\.v1 \(versie 1\), plugin evaluation\.programme \d+\.\d+\.\d+, n = 3 van 3 uit 1 groep\(en\), berekend /);

    await page.selectOption('#figures-by', 'group');
    const row = page.locator(`[data-item=good-instrument] tr[data-value="${COHORT}"]`);
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('[data-testid=n]').innerText()).toBe('3');
    expect(flat(await text(page, `[data-testid=response-rates] tr[data-value="${COHORT}"]`))).toBe(`${COHORT} 100,0% (3 van 3)`);
    await expect.poll(() => page.locator('[data-item=good-instrument] koers-chart svg').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('[data-item=good-instrument] koers-chart svg').innerHTML()).toContain('66,7% (n = 3)');
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/evaluation-figures.png`, fullPage: true });
    expect(analyst.errors).toEqual([]);
    await page.context().close();
  });

  it('the dashboard shows the same figures, and the Excel export downloaded in the browser holds them', async () => {
    const admin = await signIn(browser, system.urls.shell, 'beheer@mvo-noord.test');
    const { page } = admin;
    await page.goto(`${system.urls.shell}/programmacijfers`);
    await expect.poll(() => text(page, 'main h1')).toBe('Programmacijfers');
    await page.selectOption('#dashboard-by', 'municipality');
    const emmen = page.locator('[data-testid=dashboard-reach] tr[data-value=Emmen]');
    await expect.poll(() => emmen.count()).toBe(1);
    expect(await emmen.locator('[data-testid=reached]').innerText()).toBe('3');
    expect(await emmen.locator('[data-testid=completed]').innerText()).toBe('3');
    expect(flat(await emmen.locator('[data-testid=response]').innerText())).toBe('100,0% (3 van 3)');
    expect(flat(await text(page, '[data-item=good-instrument] [data-testid=overall]'))).toBe('Heel het programma: 66,7% (n = 3) [20,8–93,9%]');
    expect(flat(await text(page, '[data-testid=evaluation-source]'))).toContain('n = 3');
    await expect.poll(() => page.locator('[data-item=good-instrument] koers-chart svg').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/evaluation-dashboard.png`, fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-xlsx]').click()]);
    expect(download.suggestedFilename()).toBe('programmacijfers-municipality.xlsx');
    const wb = new Workbook();
    await wb.xlsx.load(readFileSync(String(await download.path())) as unknown as ArrayBuffer);
    const line = sheetRows(wb, 'Bereik').find((v) => v[1] === 'Emmen') ?? [];
    // Gemeente, groepen, gesloten, bereikt, afgerond, met footprint, CO2 gemeten, gereduceerd, uitgenodigd, beantwoord, respons.
    expect(Array.from(line.slice(1, 12), (v) => v ?? null)).toEqual(['Emmen', 1, 1, 3, 3, 0, null, null, 3, 3, 100]);
    const overall = sheetRows(wb, 'Evaluatie').find((v) => v[1] === 'good-instrument' && v[3] === 'Heel het programma') ?? [];
    expect(overall.slice(4, 9)).toEqual([3, 2, 66.7, 20.8, 93.9]);
    const source = sheetRows(wb, 'Bron').map((v) => String(v[1]));
    expect(source.find((s) => s.startsWith('Evaluatie:'))).toMatch(/evaluation\.questionnaire\.v1 \(versie 1\), evaluation\.programme \d+\.\d+\.\d+, n = 3 van 3/);
    expect(admin.errors).toEqual([]);
  });
});
