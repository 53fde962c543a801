/**
 * Step 3 end to end in a real browser, in Dutch, as the coordinator runs it:
 * a masterclass of step 2 decided go and proposed a chain project (set up
 * through the API: its own walk is masterclass.e2e.ts); the coordinator opens
 * the proposal as a chain project (a 4-month project is refused first, naming
 * the months), adds a lead and two specialists, starts, plans and holds three
 * design sessions and is refused the close (naming the count), holds a
 * fourth; imports the as-is and the redesigned flows (a bad file first: every
 * bad row named), sees both Sankey diagrams and the circularity figures rise;
 * enters the business case and chooses it; closes the project and downloads
 * the results PDF.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, type WatchedPage } from './browser';
import { startTestSystem, type TestSystem } from './system';
import { apiAs as apiAsUser, expectNoA11yViolations, signIn, text } from './walk';

const run = Date.now().toString(36);
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const LEAD = `Hempvast Isolatie ${run}`;
const CANDIDATES = [`Hennepteelt Oost ${run}`, `Bouwbedrijf Kooistra ${run}`];
const PROPOSAL = `Hennepketen voor isolatie ${run}`;
const SESSIONS = [1, 2, 3, 4].map((n) => `Ontwerpsessie ${n}`);

const AS_IS = [
  'van;soort_van;naar;soort_naar;materiaal;kg_per_jaar;gerecycled_pct;hernieuwbaar_pct;route;herwinbaar_pct',
  'Basaltgroeve;winning;Steenwolfabriek;productie;Basalt;120.000;0;0;;',
  'Steenwolfabriek;productie;Bouwplaats;gebruik;Steenwol;120.000;0;0;;',
  'Bouwplaats;gebruik;Stort;storten;Snijresten;120.000;0;0;storten;',
].join('\n');
const REDESIGN = [
  'van;soort_van;naar;soort_naar;materiaal;kg_per_jaar;gerecycled_pct;hernieuwbaar_pct;route;herwinbaar_pct',
  'Hennepteler;leverancier;Hempvast;productie;Hennepvezel;105.000;0;100;;',
  'Recycler;recycling;Hempvast;productie;Gerecyclede vezel;15.000;100;0;;',
  'Hempvast;productie;Bouwplaats;gebruik;Hennepplaat;120.000;10;90;;',
  'Bouwplaats;gebruik;Recycler;recycling;Snijresten;15.000;10;90;recycling;95',
  'Bouwplaats;gebruik;Stort;storten;Restafval;105.000;0;0;storten;',
].join('\n');
const BAD = [
  'van;soort_van;naar;soort_naar;materiaal;kg_per_jaar',
  'Hennepteler;leverancier;Hempvast;productie;Hennepvezel;105.000',
  'Hempvast;fabriek;Bouwplaats;gebruik;Hennepplaat;veel',
].join('\n');

let system: TestSystem;
let browser: Browser;

/** The API as a client of it, as a demo user. */
const apiAs = (email: string) => apiAsUser(system.urls.api, email);

/** Step 2 as its walk leaves it: a masterclass of five that decided go, with a chain-project proposal naming two candidate partners. */
async function proposalFromStep2() {
  const call = await apiAs('coordinator@mvo-noord.test');
  const org = async (name: string) => (await call('POST', '/api/organisations', { name, kind: 'company', step: 'masterclass' })).id as string;
  const lead = await org(LEAD);
  const candidates = [await org(CANDIDATES[0]), await org(CANDIDATES[1])];
  const others = [await org(`Kunststof Emmen ${run}`), await org(`Textiel Meppel ${run}`), await org(`Kringloop Assen ${run}`)];
  const mc = await call('POST', '/api/masterclass/masterclasses', { name: `CE-masterclass ${run}`, audience: 'sme', goals: 'Ketenpartners vinden', startsOn: day(-60), endsOn: day(30) });
  for (const id of [...candidates, lead, ...others].slice(0, 5)) await call('POST', `/api/masterclass/masterclasses/${mc.id}/candidates`, { key: `organisation:${id}` });
  await call('POST', `/api/programme/groups/${mc.id}/start`, {});
  await call('PUT', `/api/masterclass/masterclasses/${mc.id}/decision`, { decision: 'go', reasons: 'Drie deelnemers zien samen een hennepketen' });
  await call('POST', `/api/masterclass/masterclasses/${mc.id}/proposals`, {
    title: PROPOSAL, description: 'Biobased isolatie uit regionale hennep, snijresten terug in de keten', candidatePartners: candidates.map((organisationId) => ({ organisationId })),
  });
}

beforeAll(async () => {
  system = await startTestSystem();
  browser = await launchBrowser();
  await proposalFromStep2();
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

describe('a chain project', () => {
  let coordinator: WatchedPage;
  let projectUrl = '';

  it('the coordinator opens the proposal from step 2 as a chain project; 4 months is refused naming the months', async () => {
    coordinator = await signIn(browser, system.urls.shell, 'coordinator@mvo-noord.test');
    const { page } = coordinator;
    await page.click('nav a[href="/keten"]');
    await expect.poll(() => text(page, 'main h1')).toBe('Ketenprojecten');
    await expect.poll(() => page.locator('main').innerText()).toContain(PROPOSAL);
    await expectNoA11yViolations(page);
    await page.getByRole('link', { name: 'Oppakken als ketenproject' }).first().click();
    await expect.poll(() => text(page, 'main h1')).toBe('Nieuw ketenproject');
    await expect.poll(() => text(page, '[data-testid=from-proposal]')).toContain(PROPOSAL);
    for (const name of CANDIDATES) await expect.poll(() => page.locator(`tr[data-partner="${name}"]`).count()).toBe(1);
    await page.getByLabel('Onderwerp').fill('Isolatie van hennepvezel');
    await page.getByLabel('Trekker zoeken').fill(LEAD);
    await expect.poll(() => page.locator('#lead-organisation option').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining(LEAD)]));
    await page.locator('#lead-organisation').selectOption({ label: LEAD });
    await page.locator('#lead-role').selectOption('producer');
    await page.getByLabel(`Rol in de keten ${CANDIDATES[0]}`).selectOption('supplier');
    await page.getByLabel(`Rol in de keten ${CANDIDATES[1]}`).selectOption('user');
    await page.getByLabel('Startdatum').fill(day(-200));
    await page.getByLabel('Einddatum').fill(day(-80));
    await page.getByRole('button', { name: 'Ketenproject aanmaken' }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain('6 tot 24 maanden');
    expect(page.url()).toContain('/projecten/nieuw');
    await expectNoA11yViolations(page);
    await page.getByLabel('Einddatum').fill(day(200));
    await page.getByRole('button', { name: 'Ketenproject aanmaken' }).click();
    await page.waitForURL(/\/keten\/projecten\/[0-9a-f-]{36}$/);
    projectUrl = page.url();
    await expect.poll(() => text(page, 'main h1')).toBe(PROPOSAL);
    await expect.poll(() => text(page, '[data-testid=members]')).toContain(LEAD);
    expect(await text(page, '[data-testid=members]')).toContain(CANDIDATES[1]);
  });

  it('adds two specialists, starts, holds three sessions and is refused the close naming the count; a fourth lets it close later', async () => {
    const { page } = coordinator;
    const specialists = [
      { kind: 'university_of_applied_sciences', name: 'dr. Ineke Smit', organisation: 'Hanzehogeschool Groningen', contribution: 'Brandveiligheid van hennepisolatie' },
      { kind: 'research_institute', name: 'Ruud Verbeek', organisation: 'TNO', contribution: 'Levenscyclusanalyse tegenover steenwol' },
    ];
    const form = page.locator('[data-testid=add-specialist]');
    for (const s of specialists) {
      await form.locator('#specialist-kind').selectOption(s.kind);
      await form.locator('#specialist-name').fill(s.name);
      await form.locator('#specialist-organisation').fill(s.organisation);
      await form.locator('#specialist-contribution').fill(s.contribution);
      await form.locator('button[type=submit]').click();
      await expect.poll(() => text(page, '[data-testid=specialists]')).toContain(s.name);
    }
    expect(await text(page, '[data-testid=specialists]')).toContain('Hogeschool');

    await page.getByRole('button', { name: 'Project starten' }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain('Loopt');

    const sessionForm = page.locator('koers-session-form');
    const members = [LEAD, ...CANDIDATES];
    const hold = async (n: number) => {
      await sessionForm.getByLabel('Titel').fill(SESSIONS[n - 1]);
      await sessionForm.getByLabel('Datum en tijd').fill(`${day(-150 + n * 20)}T13:00`);
      await sessionForm.getByLabel('Locatie').fill('Hempvast, Winschoten');
      await sessionForm.locator('button[type=submit]').click();
      await expect.poll(() => page.locator('article[data-session]').count()).toBe(n);
      const box = page.locator(`input[aria-label="${members[0]} aanwezig bij ${SESSIONS[n - 1]}"]`);
      await box.check();
      await expect.poll(() => page.locator(`article[data-session="${SESSIONS[n - 1]}"] [data-testid=held]`).count()).toBe(1);
    };
    for (const n of [1, 2, 3]) await hold(n);
    await expectNoA11yViolations(page);

    for (const phase of ['Materiaalkaart', 'Herontwerp', 'Onderzoek', 'Businesscase', 'Implementatie']) {
      const next = page.getByRole('button', { name: `Naar volgende fase: ${phase}` });
      await next.click();
      await expect.poll(() => next.count()).toBe(0);
    }
    await page.getByRole('button', { name: 'Project afsluiten' }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain('er zijn er 3 gehouden');
    await page.screenshot({ path: `${ARTIFACTS}/chain-refused-close.png`, fullPage: true });
    await hold(4);
    await expect.poll(() => page.locator('main').innerText()).toContain('4 van 4 sessies gehouden');
  });

  it('imports the flows as they are and redesigned (a bad file first), sees both Sankey diagrams and the circularity rise', async () => {
    const { page } = coordinator;
    await page.getByLabel('Onderwerp van de nieuwe kaart').fill('Isolatieplaat');
    await page.getByRole('button', { name: 'Stromenkaart maken' }).click();
    await page.waitForURL(/\/stromen\/[0-9a-f-]{36}$/);
    const upload = async (variant: 'as_is' | 'redesign', csv: string) => {
      await page.setInputFiles(`#${variant}-import-file`, { name: 'stromen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.locator(`[data-testid=import-${variant}] button[type=submit]`).click();
    };
    await upload('redesign', BAD);
    await expect.poll(() => page.locator('[data-testid=import-errors-redesign] li').allInnerTexts()).toEqual([expect.stringMatching(/^regel 3\b/)]);
    expect(await text(page, '[data-testid=import-errors-redesign]')).toContain('soort "fabriek" is onbekend');
    await upload('as_is', AS_IS);
    await upload('redesign', REDESIGN);
    for (const v of ['as_is', 'redesign']) await expect.poll(() => page.locator(`[data-testid=sankey-${v}] canvas, [data-testid=sankey-${v}] svg`).count()).toBeGreaterThan(0);
    const row = page.locator('[data-testid=circularity] tr[data-indicator=materialCircularityPct] td.flow-figure');
    // As is: nothing circular. Redesign: inflow 105.000 renewable + 15.000 recycled of 120.000 (100%); outflow 15.000 × 95% recovered of 120.000 (11,9%);
    // material circularity (120.000 + 14.250) / 240.000 = 55,9%.
    await expect.poll(() => row.allInnerTexts(), { timeout: 20_000 }).toEqual(['0,0%', '55,9%']);
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/chain-flow-map.png`, fullPage: true });
  });

  it('enters the business case, chooses it, closes the project and downloads the results PDF', async () => {
    const { page } = coordinator;
    await page.goto(projectUrl);
    await expect.poll(() => text(page, 'main h1')).toBe(PROPOSAL);
    const option = page.locator('koers-chain-business-case-form').last();
    await option.getByLabel('Naam van de optie').fill('Hennepplaat met teruggenomen snijresten');
    await option.getByLabel('Rekenrente (% per jaar)').fill('4');
    await option.getByLabel('Looptijd (jaren)').fill('10');
    await option.getByLabel(`Investering (€) ${LEAD}`).fill('10.000');
    await option.getByLabel(`Besparing per jaar (€) ${LEAD}`).fill('1.500');
    await option.getByLabel(`Extra omzet per jaar (€) ${LEAD}`).fill('1.000');
    // 10.000 / 2.500 = 4 years, live as typed.
    await expect.poll(() => text(page, '[data-testid=total-payback]')).toContain('4');
    await option.locator('button[type=submit]').click();
    await page.getByRole('button', { name: 'Deze optie kiezen' }).click();
    await expect.poll(() => page.locator('[data-testid=chosen]').count()).toBe(1);
    await expect.poll(() => page.locator('main').innerText(), { timeout: 20_000 }).toContain('chain.impact');

    await page.getByRole('button', { name: 'Project afsluiten' }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain('Afgesloten');
    await page.getByRole('button', { name: 'Resultatenrapport maken' }).click();
    const link = page.locator('a[data-testid=report-download]');
    await link.waitFor({ timeout: 30_000 });
    const href = (await link.getAttribute('href')) as string;
    const pdf = await page.request.get(new URL(href, page.url()).toString());
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/chain-closed.png`, fullPage: true });
    expect(coordinator.errors).toEqual([]);
  });
});
