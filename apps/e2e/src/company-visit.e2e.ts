/**
 * Issue 15 item 11 in a real browser: the adviser plans the one-to-one talk at
 * the company's premises where the baseline's outcome is discussed ("Gesprek op
 * locatie") on the participant's track, with the company as the place and
 * "Bespreken uitkomst nulmeting" as the agenda already filled in; the talk shows
 * on the company's own track and in the group's agenda with the company's name;
 * another company of the same group sees none of it. The coordinator's track
 * page names the assigned adviser when that one is not on the cohort's staff
 * (it showed "—"), and an action plan's CO2 column is in one unit.
 */
import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser } from './browser';
import { startTestSystem, type TestSystem } from './system';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiAs, DEMO_PASSWORD, MAIL_DIR, signIn, type ApiCall } from './walk';

let system: TestSystem;
let browser: Browser;
let coordinator: ApiCall;
let cohortId: string;
let bakeryId: string;
let otherId: string;
/** Unique per run: the mail folder keeps earlier runs' invitations. */
const OTHER_EMAIL = `kapsalon-${Date.now()}@lief.test`;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  system = await startTestSystem();
  browser = await launchBrowser();
  coordinator = await apiAs(system.urls.api, 'coordinator@mvo-noord.test');
  const year = new Date().getFullYear();
  const cohort = await coordinator('POST', '/api/koploper/cohorts', { name: 'Koplopergroep Aa en Hunze', municipality: 'Aa en Hunze', startsOn: `${year}-01-15`, endsOn: `${year}-12-15` });
  cohortId = cohort.id;
  const bakery = ((await coordinator('GET', `/api/organisations?search=${encodeURIComponent('Bakkerij De Vries')}`)).items as { id: string; name: string }[]).find((o) => o.name === 'Bakkerij De Vries')!;
  bakeryId = (await coordinator('POST', `/api/programme/groups/${cohortId}/enrolments`, { organisationId: bakery.id })).id;
  // A second company of the same group, with its own account.
  await coordinator('POST', `/api/programme/groups/${cohortId}/invitations`, { email: OTHER_EMAIL });
  const token = await invitationToken(OTHER_EMAIL);
  const res = await fetch(`${system.urls.api}/api/public/invitations/${token}/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ organisation: { name: 'Kapsalon Lief', kvkNumber: '40099882', sbiCode: '96.02', sizeClass: 'micro', municipality: 'Gieten' }, user: { name: 'Lieke Lief', password: DEMO_PASSWORD } }),
  });
  expect(res.status).toBe(201);
  otherId = ((await res.json()) as { participantId: string }).participantId;
});

/** The token of the invitation mailed to `email` (walk.ts's invitationLink polls with expect, which only a test may). */
async function invitationToken(email: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const file = readdirSync(MAIL_DIR).find((f) => f.includes(email.replace(/[^a-z0-9@.-]/gi, '_')));
    const m = file ? /\/koploper\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(readFileSync(join(MAIL_DIR, file), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '=')) : null;
    if (m) return m[1] as string;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no invitation mail to ${email}`);
}

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

async function openTrack(email: string, participantId: string): Promise<Page> {
  const { page } = await signIn(browser, system.urls.shell, email);
  await page.goto(`${system.urls.shell}/koploper/deelnemers/${participantId}`);
  await page.waitForSelector('[data-testid=company-visits]');
  return page;
}

describe('the talk at the company (Gesprek op locatie)', () => {
  it('the adviser plans it on the track: place and agenda prefilled, the time on its card, the form back to its defaults', async () => {
    const page = await openTrack('adviseur@mvo-noord.test', bakeryId);
    const section = page.locator('section[aria-labelledby=visit-title]');
    expect(norm(await section.locator('h2').innerText())).toBe('Gesprek op locatie');
    expect(norm(await section.innerText())).toContain('Nog geen gesprek op locatie gepland.');
    const form = section.locator('form');
    expect(await form.getByLabel('Locatie').inputValue()).toBe('Bakkerij De Vries, Assen');
    expect(await form.getByLabel('Agenda').inputValue()).toBe('Bespreken uitkomst nulmeting');
    expect(await form.getByLabel('Titel').inputValue()).toBe('Gesprek op locatie');
    // No kind to choose: this form plans only the talk at the company.
    expect(await form.locator('select').count()).toBe(0);
    const year = new Date().getFullYear();
    await form.getByLabel('Datum en tijd').fill(`${year}-11-03T10:00`);
    await form.getByLabel('Eindtijd (niet verplicht)').fill('09:00');
    await form.getByRole('button', { name: 'Gesprek plannen' }).click();
    // The refusal comes back from the API: wait for it rather than read the form at once.
    await expect.poll(async () => norm(await form.innerText())).toContain('De eindtijd ligt niet na de begintijd.');
    await form.getByLabel('Eindtijd (niet verplicht)').fill('11:30');
    await form.getByRole('button', { name: 'Gesprek plannen' }).click();
    const card = section.locator('article.koers-card');
    await card.waitFor();
    expect(norm(await card.locator('[data-testid=session-when]').innerText())).toBe(`3 november ${year} om 10:00 – 11:30 · Bakkerij De Vries, Assen`);
    expect(norm(await card.innerText())).toContain('Bespreken uitkomst nulmeting');
    // Planned: the form is back to its defaults (no time left over from the last one).
    expect(await form.getByLabel('Datum en tijd').inputValue()).toBe('');
    expect(await form.getByLabel('Eindtijd (niet verplicht)').inputValue()).toBe('');
    expect(await form.getByLabel('Locatie').inputValue()).toBe('Bakkerij De Vries, Assen');
    await page.screenshot({ path: `${ARTIFACTS}/company-visit-adviser.png`, fullPage: true });
  });

  it("appears in the group's agenda with the company's name, and the group's form offers no company visit", async () => {
    const { page } = await signIn(browser, system.urls.shell, 'coordinator@mvo-noord.test');
    await page.goto(`${system.urls.shell}/koploper/groepen/${cohortId}`);
    const visit = page.locator('article.koers-card', { hasText: 'Gesprek op locatie' });
    await visit.waitFor();
    expect(norm(await visit.locator('[data-testid=session-with]').innerText())).toBe('Met Bakkerij De Vries');
    const kinds = await page.locator('koers-session-form select option').allInnerTexts();
    expect(kinds.map(norm)).toEqual(['Startbijeenkomst', 'Uitwisselingsbijeenkomst', 'Koplopersymposium']);
    // Attendance: only the bakery can be ticked for its talk.
    expect(await page.locator('koers-attendance-grid input[aria-label="Bakkerij De Vries aanwezig bij Gesprek op locatie"]').count()).toBe(1);
    expect(await page.locator('koers-attendance-grid input[aria-label="Kapsalon Lief aanwezig bij Gesprek op locatie"]').count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}/company-visit-cohort.png`, fullPage: true });
  });

  it('the bakery sees its talk on its own track; the other company of the group sees none of it', async () => {
    const own = await openTrack('deelnemer@bakkerij-devries.test', bakeryId);
    const section = own.locator('section[aria-labelledby=visit-title]');
    await section.locator('article.koers-card').waitFor();
    expect(norm(await section.innerText())).toContain('Uw adviseur bespreekt de uitkomsten van de nulmeting met u, op locatie bij uw bedrijf.');
    expect(norm(await section.locator('[data-testid=session-when]').innerText())).toContain('om 10:00 – 11:30 · Bakkerij De Vries, Assen');
    expect(await section.locator('form').count()).toBe(0);
    await own.screenshot({ path: `${ARTIFACTS}/company-visit-participant.png`, fullPage: true });

    const other = await openTrack(OTHER_EMAIL, otherId);
    const theirs = other.locator('section[aria-labelledby=visit-title]');
    expect(norm(await theirs.innerText())).toContain('Nog geen gesprek op locatie gepland.');
    expect(await theirs.locator('article').count()).toBe(0);
    expect(await other.locator('body').innerText()).not.toContain('Bakkerij De Vries');
    await other.screenshot({ path: `${ARTIFACTS}/company-visit-other.png`, fullPage: true });
  });
});

describe('smaller things on the track', () => {
  it("the coordinator sees the assigned adviser's name on the track when that adviser is not on the cohort's staff (it showed '—')", async () => {
    // As in the demo's closed cohorts (Tynaarlo, Zuidwest-Drenthe): an adviser assigned, no staff row for them.
    const ada = ((await coordinator('GET', '/api/programme/staff-picker?role=adviser')).items as { userId: string; email: string }[]).find((u) => u.email === 'adviseur@mvo-noord.test')!;
    await coordinator('POST', `/api/programme/groups/${cohortId}/staff`, { role: 'adviser', userId: ada.userId });
    await coordinator('PATCH', `/api/programme/enrolments/${otherId}`, { adviserUserId: ada.userId });
    const sql = new Client({ connectionString: system.urls.databaseUrl });
    await sql.connect();
    try {
      await sql.query('delete from group_staff where group_id = $1', [cohortId]);
    } finally {
      await sql.end();
    }
    const detail = await coordinator('GET', `/api/koploper/cohorts/${cohortId}`);
    expect(detail.staff).toEqual([]);
    expect(detail.participants.find((p: { id: string }) => p.id === otherId).adviserName).toBe('Ada Veenstra');

    const { page } = await signIn(browser, system.urls.shell, 'coordinator@mvo-noord.test');
    await page.goto(`${system.urls.shell}/koploper/groepen/${cohortId}`);
    await page.locator('[data-testid=participants]').waitFor();
    expect(norm(await page.locator('[data-testid=participants] tr', { hasText: 'Kapsalon Lief' }).innerText())).toContain('Ada Veenstra');
    await page.goto(`${system.urls.shell}/koploper/deelnemers/${otherId}`);
    const choice = page.locator('#participant-adviser');
    await choice.waitFor();
    await expect.poll(async () => norm(await choice.locator('option:checked').innerText()), { timeout: 10_000 }).toBe('Ada Veenstra');
    await page.locator('section[aria-labelledby=phase-title]').screenshot({ path: `${ARTIFACTS}/company-visit-adviser-name.png` });
  });

  it("an action plan's CO2 column is in one unit, named in its header", async () => {
    const adviser = await apiAs(system.urls.api, 'adviseur@mvo-noord.test');
    await adviser('POST', `/api/koploper/participants/${bakeryId}/action-plan/items`, { title: 'Ledverlichting in de winkel', owner: 'Petra de Vries', dueOn: '2099-06-30', expectedKgCO2e: 300 });
    await adviser('POST', `/api/koploper/participants/${bakeryId}/action-plan/items`, { title: 'Nieuwe oven', owner: 'Petra de Vries', dueOn: '2099-09-30', expectedKgCO2e: 12_500 });
    const page = await openTrack('adviseur@mvo-noord.test', bakeryId);
    const table = page.locator('[data-testid=plan-items]');
    await table.waitFor();
    expect(norm(await table.locator('[data-testid=plan-co2-header]').innerText())).toBe('Verwacht CO₂-effect (t CO₂e per jaar)');
    expect((await table.locator('[data-testid=plan-co2]').allInnerTexts()).map(norm)).toEqual(['0,3', '12,5']);
    await table.screenshot({ path: `${ARTIFACTS}/company-visit-plan-co2.png` });
  });
});
