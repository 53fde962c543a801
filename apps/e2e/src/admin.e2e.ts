/**
 * The administrator's pages and roles that see only what they may use (issue 15
 * item 11), in a real browser: the administrator opens /beheer, sees the
 * partner's people with Dutch role names, adds a colleague (a bad e-mail address
 * refused at its field), changes the colleague's role and finds the change in
 * the audit log (filtered by item, Dutch dates, an end before the start refused
 * at its field). The analyst has no Beheer and, on every step-1 page, no button
 * the API would refuse: every button on the pages is pressed and no answer is
 * a 403. The adviser, the participant and the coordinator likewise on the track.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser } from './browser';
import { startTestSystem, type TestSystem } from './system';
import { apiAs, expectNoA11yViolations, signIn, type ApiCall } from './walk';

let system: TestSystem;
let browser: Browser;
let coordinator: ApiCall;
let pid: string;
let cohortId: string;
let profileId: string;
const year = new Date().getFullYear();
const shot = (name: string) => join(ARTIFACTS, `admin-${name}.png`);

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  system = await startTestSystem();
  browser = await launchBrowser();
  coordinator = await apiAs(system.urls.api, 'coordinator@mvo-noord.test');
  const admin = await apiAs(system.urls.api, 'beheer@mvo-noord.test');
  // A running cohort with the demo bakery: a baseline with its result, a published profile, a measure and a vision, the demo adviser assigned.
  const cohort = await coordinator('POST', '/api/koploper/cohorts', { name: 'Koplopergroep Westerkwartier', municipality: 'Westerkwartier', startsOn: `${year}-01-15`, endsOn: `${year}-12-15` });
  cohortId = cohort.id;
  const orgs: { id: string; name: string }[] = (await coordinator('GET', '/api/organisations')).items;
  const bakery = ((await coordinator('GET', `/api/organisations?search=${encodeURIComponent('Bakkerij De Vries')}`)).items as typeof orgs).find((o) => o.name === 'Bakkerij De Vries')!;
  for (const o of [bakery, ...orgs.filter((o) => o.id !== bakery.id).slice(0, 2)]) {
    const e = await coordinator('POST', `/api/programme/groups/${cohort.id}/enrolments`, { organisationId: o.id });
    if (o.id === bakery.id) pid = e.id;
  }
  const adviser = ((await admin('GET', '/api/users?pageSize=100')).items as { userId: string; email: string }[]).find((m) => m.email === 'adviseur@mvo-noord.test')!;
  await coordinator('POST', `/api/programme/groups/${cohort.id}/staff`, { role: 'adviser', userId: adviser.userId });
  await coordinator('POST', `/api/programme/groups/${cohort.id}/start`, {});
  await coordinator('PATCH', `/api/programme/enrolments/${pid}`, { adviserUserId: adviser.userId });
  await coordinator('PUT', `/api/koploper/participants/${pid}/baseline`, { year: year - 1, activities: [{ type: 'electricity', amount: 30000, unit: 'kWh', contract: 'grey' }, { type: 'natural_gas', amount: 6000, unit: 'm3' }] });
  for (let i = 0; i < 120; i++) {
    const b = await coordinator('GET', `/api/koploper/participants/${pid}/baseline?year=${year - 1}`);
    if (b.footprint.result?.status === 'succeeded') break;
    await new Promise((r) => setTimeout(r, 500));
  }
  await coordinator('POST', `/api/koploper/participants/${pid}/action-plan/items`, { title: 'LED-verlichting in de winkel', owner: 'Petra', dueOn: `${year}-03-01`, status: 'in_progress', expectedKgCO2e: 1500 });
  await coordinator('PUT', `/api/koploper/participants/${pid}/vision`, { text: 'Wij bakken met zo min mogelijk energie.' });
  profileId = (await coordinator('POST', `/api/koploper/participants/${pid}/profiles`)).id;
  await coordinator('POST', `/api/koploper/profiles/${profileId}/publish`);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

const ROLE_CODES = /\b(administrator|coordinator|adviser|analyst|participant)\b/;

describe('the administrator: users and roles, the audit log', () => {
  let page: Page;

  it('sees the partner’s people with their roles in Dutch, and Beheer in the navigation', async () => {
    ({ page } = await signIn(browser, system.urls.shell, 'beheer@mvo-noord.test'));
    await page.locator('nav a[href="/beheer"]').click();
    await page.waitForURL(/\/beheer$/);
    await expect.poll(() => page.locator('[data-testid=members] tbody tr').count()).toBeGreaterThan(5);
    const role = (email: string) => page.locator(`tr[data-member="${email}"] [data-testid=role]`).first().innerText();
    expect(await role('analist@mvo-noord.test')).toBe('Analist');
    expect(await role('coordinator@mvo-noord.test')).toBe('Coördinator');
    expect(await role('adviseur@mvo-noord.test')).toBe('Adviseur');
    expect(await role('deelnemer@bakkerij-devries.test')).toBe('Deelnemer');
    expect(await page.locator('tr[data-member="deelnemer@bakkerij-devries.test"]').innerText()).toContain('Bakkerij De Vries');
    const roles = await page.locator('[data-testid=members] [data-testid=role]').allInnerTexts();
    expect(roles.filter((r) => ROLE_CODES.test(r))).toEqual([]);
    // The administrator's own row offers nothing: another administrator changes it.
    expect(await page.locator('tr[data-member="beheer@mvo-noord.test"] button').count()).toBe(0);
    expect(await page.locator('[data-testid=members-source]').innerText()).toMatch(/^Bron: de lidmaatschappen van MVO Alliantie Noord-Nederland/);
    await page.screenshot({ path: shot('users'), fullPage: true });
    await expectNoA11yViolations(page);
  });

  it('adds a colleague, a bad e-mail address refused at its field first', async () => {
    const form = page.locator('[data-testid=add-member]');
    await form.locator('#adm-name').fill('Sanne Bakker');
    await form.locator('#adm-email').fill('sanne-at-mvo-noord');
    await form.locator('#adm-role').selectOption('adviser');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.locator('#adm-email-error').count()).toBe(1);
    await page.screenshot({ path: shot('add-refused'), fullPage: true });
    await form.locator('#adm-email').fill('sanne.bakker@mvo-noord.test');
    await form.locator('button[type=submit]').click();
    const row = page.locator('tr[data-member="sanne.bakker@mvo-noord.test"]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('[data-testid=role]').innerText()).toBe('Adviseur');
    expect(await page.locator('.koers-toasts').innerText()).toContain('Sanne Bakker is toegevoegd als Adviseur.');
  });

  it('changes the colleague’s role to Analist', async () => {
    const row = page.locator('tr[data-member="sanne.bakker@mvo-noord.test"]');
    await row.locator('[data-testid=new-role]').selectOption('analyst');
    await row.locator('[data-testid=save-role]').click();
    await expect.poll(() => row.getAttribute('data-role')).toBe('analyst');
    expect(await row.locator('[data-testid=role]').innerText()).toBe('Analist');
    expect(await page.locator('.koers-toasts').innerText()).toContain('De rol van Sanne Bakker is nu Analist.');
    await page.screenshot({ path: shot('role-changed'), fullPage: true });
  });

  it('finds the change in the audit log, who did it and when, in Dutch; an end before the start is refused at its field', async () => {
    await page.locator('a[href="/beheer/auditlog"]').click();
    await page.waitForURL(/\/beheer\/auditlog$/);
    await page.locator('#audit-entity').selectOption('Membership');
    // The unfiltered list shows the same newest entry: wait for the filtered answer, not just for a row.
    const filtered = page.waitForResponse((r) => r.url().includes('/api/audit-log') && r.url().includes('entity=Membership'));
    await page.locator('[data-testid=audit-filter] button[type=submit]').click();
    await filtered;
    const first = page.locator('[data-testid=audit] tbody tr').first();
    let cells: string[] = [];
    await expect
      .poll(async () => {
        cells = await first.locator('td').allInnerTexts();
        return cells[4];
      })
      .toBe('Rol van sanne.bakker@mvo-noord.test: Adviseur → Analist');
    expect(await first.getAttribute('data-action')).toBe('role_change');
    // Only membership entries under the filter.
    expect(new Set(await page.locator('[data-testid=audit] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-entity'))))).toEqual(new Set(['Membership']));
    expect(cells[1]).toContain('beheer@mvo-noord.test');
    expect(cells[2]).toBe('Rol gewijzigd');
    expect(cells[3]).toBe('Lidmaatschap');
    expect(cells[4]).toBe('Rol van sanne.bakker@mvo-noord.test: Adviseur → Analist');
    const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
    expect(cells[0]).toContain(`${months[new Date().getMonth()]} ${year}`);
    expect(await page.locator('[data-testid=audit-source]').innerText()).toMatch(/^Bron: het auditlog van Koers voor MVO Alliantie Noord-Nederland; \d+ regels/);
    await page.screenshot({ path: shot('audit'), fullPage: true });
    await expectNoA11yViolations(page);

    await page.locator('#audit-from').fill(`${year}-03-10`);
    await page.locator('#audit-to').fill(`${year}-03-01`);
    await page.locator('[data-testid=audit-filter] button[type=submit]').click();
    await expect.poll(() => page.locator('#audit-to-error').count()).toBe(1);
    expect(await page.locator('#audit-to-error').innerText()).toBe('De einddatum ligt niet voor de begindatum');
    await page.screenshot({ path: shot('audit-refused'), fullPage: true });
  });
});

/**
 * Presses every button of the page's main part (opening its collapsed parts first) and answers which writes the API refused
 * with 403. A button that leaves the page is followed back.
 */
async function refusedWrites(page: Page, url: string): Promise<string[]> {
  const refused: string[] = [];
  page.on('response', (r) => {
    if (r.status() === 403 && r.request().method() !== 'GET') refused.push(`${r.request().method()} ${new URL(r.url()).pathname}`);
  });
  await page.goto(url);
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  const press = async () => {
    await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.waitForLoadState('networkidle');
    const buttons = page.locator('main button:visible:enabled');
    const n = await buttons.count();
    for (let i = 0; i < n; i++) {
      const b = buttons.nth(i);
      if (!(await b.isVisible().catch(() => false)) || !(await b.isEnabled().catch(() => false))) continue;
      await b.click({ timeout: 2000 }).catch(() => undefined);
      await page.waitForLoadState('networkidle');
      if (page.url() !== url) {
        await page.goto(url);
        await page.locator('main h1').first().waitFor();
        await page.waitForLoadState('networkidle');
      }
    }
  };
  await press();
  return refused;
}

const buttonTexts = (page: Page) => page.locator('main button:visible').allInnerTexts();

describe('roles see only the buttons they can use', () => {
  it('the analyst has no Beheer; /beheer leads back to the overview', async () => {
    const { page } = await signIn(browser, system.urls.shell, 'analist@mvo-noord.test');
    expect(await page.locator('nav a[href="/beheer"]').count()).toBe(0);
    await page.goto(`${system.urls.shell}/beheer`);
    await page.waitForURL((u) => u.pathname === '/');
  });

  it("the analyst reads a company's track, its profile, the cohort, the prize and the network: no button the API refuses", async () => {
    const { page } = await signIn(browser, system.urls.shell, 'analist@mvo-noord.test');
    const track = `${system.urls.shell}/koploper/deelnemers/${pid}`;
    expect(await refusedWrites(page, track)).toEqual([]);
    const texts = await buttonTexts(page);
    for (const refused of ['Bestand uploaden', 'Maatregel toevoegen', 'Visie opslaan', 'Tekst opslaan', 'Inleveren', 'Scan opslaan', 'Verwijderen', 'Nulmeting goedkeuren', 'Profiel maken uit de nulmeting']) {
      expect(texts.filter((t) => t.includes(refused))).toEqual([]);
    }
    // What the company entered is there to read.
    expect(await page.locator('[data-testid=plan-read-only]').count()).toBe(1);
    expect(await page.locator('[data-testid=vision]').innerText()).toBe('Wij bakken met zo min mogelijk energie.');
    expect(await page.locator('[data-testid=plan-items]').innerText()).toContain('Bezig');
    expect(await page.locator('[data-testid=communication-read-only]').count()).toBe(1);
    expect(await page.locator('main input[type=file]').count()).toBe(0);
    await page.screenshot({ path: shot('analyst-track'), fullPage: true });

    for (const path of [`/koploper/profielen/${profileId}`, `/koploper/groepen/${cohortId}`, `/koploper/groepen/${cohortId}/prijs`, '/koploper/netwerk', '/koploper']) {
      expect({ path, refused: await refusedWrites(page, `${system.urls.shell}${path}`) }).toEqual({ path, refused: [] });
    }
    await page.screenshot({ path: shot('analyst-home'), fullPage: true });
  });

  it('the coordinator keeps the action plan but has no communication form (the company and its adviser hand it in)', async () => {
    const { page } = await signIn(browser, system.urls.shell, 'coordinator@mvo-noord.test');
    const track = `${system.urls.shell}/koploper/deelnemers/${pid}`;
    await page.goto(track);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    const texts = await buttonTexts(page);
    expect(texts.some((t) => t.includes('Maatregel toevoegen'))).toBe(true);
    expect(texts.filter((t) => t.includes('Tekst opslaan') || t === 'Inleveren')).toEqual([]);
    expect(await page.locator('[data-testid=communication-read-only]').count()).toBe(1);
  });

  it('the adviser and the participant work on the track and are refused nothing', async () => {
    for (const email of ['adviseur@mvo-noord.test', 'deelnemer@bakkerij-devries.test']) {
      const { page } = await signIn(browser, system.urls.shell, email);
      const track = `${system.urls.shell}/koploper/deelnemers/${pid}`;
      await page.goto(track);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect((await buttonTexts(page)).some((t) => t.includes('Tekst opslaan'))).toBe(true);
      expect({ email, refused: await refusedWrites(page, track) }).toEqual({ email, refused: [] });
      await page.screenshot({ path: shot(`${email.split('@')[0]}-track`), fullPage: true });
    }
  });
});
