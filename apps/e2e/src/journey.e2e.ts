/**
 * The journey end to end in a real browser, in Dutch: Bakkerij De Vries
 * finishes step 1 with MVO Noord (the track up to the symposium set up through
 * the API: its own walk is koploper.e2e.ts; the coordinator closes the year in
 * the browser); a follow-up call appears on the coordinator's worklist and she
 * records it; the bakery lets Koploperproject Groningen see its profile and
 * footprint only; Groningen sees the profile in the journey and "niet gedeeld"
 * for the action plan (the API answers 404); the bakery sees that read in its
 * access log, withdraws the consent, and Groningen gets "not found" for the
 * profile too.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, type WatchedPage } from './browser';
import { startTestSystem, type TestSystem } from './system';
import { apiAs as apiAsUser, expectNoA11yViolations, signIn, text } from './walk';

const run = Date.now().toString(36);
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const COHORT = `Koplopergroep Assen ${run}`;
const YEAR = new Date().getFullYear() - 1;
const PROFILE = 'Duurzaamheidsprofiel en CO2-footprint';
const GRONINGEN = 'Koploperproject Groningen';

let system: TestSystem;
let browser: Browser;
let bakery = '';
let cohortId = '';

/** The API as a client of it, as a demo user. */
const apiAs = (email: string) => apiAsUser(system.urls.api, email);

/** Step 1 as its walk leaves it at the symposium: a cohort of three; the bakery's baseline reviewed, its profile published and an action item. */
async function stepOneAtTheSymposium() {
  const coordinator = await apiAs('coordinator@mvo-noord.test');
  const adviser = await apiAs('adviseur@mvo-noord.test');
  const participant = await apiAs('deelnemer@bakkerij-devries.test');
  bakery = (await coordinator('GET', '/api/organisations?search=Bakkerij%20De%20Vries')).items[0].id;
  const others = [];
  for (const name of [`Installatiebedrijf Bos ${run}`, `Drukkerij Het Noorden ${run}`]) others.push((await coordinator('POST', '/api/organisations', { name, kind: 'company', step: 'koploper' })).id);
  cohortId = (await coordinator('POST', '/api/koploper/cohorts', { name: COHORT, municipality: 'Assen', startsOn: day(-200), endsOn: day(10) })).id;
  for (const organisationId of [bakery, ...others]) await coordinator('POST', `/api/programme/groups/${cohortId}/enrolments`, { organisationId });
  await coordinator('POST', `/api/programme/groups/${cohortId}/start`, {});
  const group = await coordinator('GET', `/api/programme/groups/${cohortId}`);
  const pid = group.participants.find((p: { organisationId: string }) => p.organisationId === bakery).id as string;

  await adviser('PUT', `/api/koploper/participants/${pid}/baseline`, {
    year: YEAR,
    organisation: { employees: 9, floorAreaM2: 350, turnoverEurMillion: 1.1 },
    activities: [
      { type: 'electricity', amount: 38000, unit: 'kWh', contract: 'grey' },
      { type: 'natural_gas', amount: 7200, unit: 'm3' },
      { type: 'diesel', amount: 2100, unit: 'l' },
      { type: 'waste', amount: 3100, unit: 'kg', stream: 'residual' },
    ],
  });
  // The worker computes the footprint; wait for it (expect.poll belongs inside a test, this is set-up).
  for (let tries = 0; ; tries++) {
    const baseline = await adviser('GET', `/api/koploper/participants/${pid}/baseline?year=${YEAR}`);
    if (baseline.footprint.result?.status === 'succeeded') break;
    if (tries > 120) throw new Error(`footprint not computed: ${JSON.stringify(baseline.footprint)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  await adviser('POST', `/api/koploper/participants/${pid}/baseline/review`, { year: YEAR });
  const profile = await adviser('POST', `/api/koploper/participants/${pid}/profiles`, {});
  await adviser('POST', `/api/koploper/profiles/${profile.id}/publish`, {});
  await participant('POST', `/api/koploper/participants/${pid}/action-plan/items`, { title: 'Ovens op groene stroom', owner: 'Petra de Vries', dueOn: day(90) });

  const step = await coordinator('GET', `/api/programme/groups/${cohortId}`);
  const phases = ['baseline', 'profile', 'action_plan', 'communication', 'symposium'];
  for (const p of step.participants) {
    // The coordinator moves on past the phase guards, saying why (the work of each phase is phase-guards.e2e's).
    for (const phase of phases.slice(phases.indexOf(p.phase) + 1)) await coordinator('PATCH', `/api/programme/enrolments/${p.id}`, { phase, reason: 'Voorbereiding van deze test' });
  }
}

beforeAll(async () => {
  system = await startTestSystem();
  browser = await launchBrowser();
  await stepOneAtTheSymposium();
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

describe('the journey', () => {
  let coordinator: WatchedPage;
  let company: WatchedPage;
  let groningen: WatchedPage;

  it('the coordinator closes the year; a follow-up call for the bakery lands on her worklist, and she records it', async () => {
    coordinator = await signIn(browser, system.urls.shell, 'coordinator@mvo-noord.test');
    const { page } = coordinator;
    await page.goto(`${system.urls.shell}/koploper/groepen/${cohortId}`);
    await expect.poll(() => text(page, 'main h1')).toBe(COHORT);
    await page.getByRole('button', { name: 'Jaar afsluiten (naar het Koplopernetwerk)' }).click();
    await expect.poll(() => text(page, '[data-testid=cohort-status]')).toContain('Afgesloten');

    await page.goto(`${system.urls.shell}/reis/opvolging`);
    await expect.poll(() => text(page, 'main h1')).toContain('Opvolging');
    // Due six weeks after the closing, so it waits under 'Gepland' until then; she may call earlier.
    await page.locator('[data-tab=planned]').click();
    await expect.poll(() => page.locator('[data-tab=planned]').getAttribute('aria-pressed')).toBe('true');
    const row = page.locator('[data-task-id]', { hasText: 'Bakkerij De Vries' });
    await expect.poll(() => row.count()).toBe(1);
    // The partner's default period.
    await expect.poll(() => row.innerText()).toContain(new Date(Date.now() + 42 * 86_400_000).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }));
    await expectNoA11yViolations(page);
    await row.getByRole('button', { name: 'Gesprek vastleggen' }).click();
    await page.getByLabel('Plannen opgepakt').check();
    await page.getByLabel('Financiering').check();
    await page.getByLabel('Notitie').fill('Ovens gaan in het voorjaar over; zoekt een lening.');
    await page.getByLabel('Volgende contact').fill(day(120));
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => text(page, '[data-testid=last-call]')).toContain('Bakkerij De Vries');
    expect(await text(page, '[data-testid=last-call]')).toContain('Plannen opgepakt');
    await page.screenshot({ path: `${ARTIFACTS}/journey-worklist.png`, fullPage: true });
  });

  it('the bakery lets Groningen see its profile and footprint, nothing else', async () => {
    company = await signIn(browser, system.urls.shell, 'deelnemer@bakkerij-devries.test');
    const { page } = company;
    await page.goto(`${system.urls.shell}/reis/toestemming`);
    await expect.poll(() => text(page, 'main h1')).toContain('Toestemming');
    const partner = page.locator('[data-partner]', { hasText: GRONINGEN });
    await partner.getByLabel(PROFILE).check();
    await partner.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain(`${GRONINGEN}`);
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/journey-consent.png`, fullPage: true });
  });

  it('Groningen sees the profile in the journey and "niet gedeeld" for the action plan; the API answers 404 for it', async () => {
    groningen = await signIn(browser, system.urls.shell, 'beheer@groningen-duurzaam.test');
    const { page } = groningen;
    await page.goto(`${system.urls.shell}/reis/bedrijven/${bakery}`);
    await expect.poll(() => text(page, 'main h1')).toContain('Bakkerij De Vries');
    const profile = page.locator('[data-part=profile_footprint]');
    await profile.getByRole('button').first().click();
    await expect.poll(() => profile.innerText()).toContain('kg CO2e');
    await expect.poll(() => profile.innerText()).toContain('MVO Alliantie Noord-Nederland');
    const plan = page.locator('[data-part=action_plan]');
    await expect.poll(() => plan.innerText()).toContain('Niet gedeeld');
    await page.screenshot({ path: `${ARTIFACTS}/journey-groningen.png`, fullPage: true });
    await expectNoA11yViolations(page);
    const api = await apiAs('beheer@groningen-duurzaam.test');
    expect((await api.raw('GET', `/api/journey/organisations/${bakery}/parts/action_plan`)).status).toBe(404);
    expect((await api.raw('GET', `/api/journey/organisations/${bakery}/parts/profile_footprint`)).status).toBe(200);
  });

  it('the bakery sees that read in its access log, withdraws the consent, and Groningen gets "not found" for the profile too', async () => {
    const { page } = company;
    await page.reload();
    const log = page.locator('[data-testid=access-log]');
    await expect.poll(() => log.innerText()).toContain(GRONINGEN);
    expect(await log.innerText()).toContain(PROFILE);
    await page.locator('[data-partner]', { hasText: GRONINGEN }).getByRole('button', { name: 'Alles intrekken' }).click();
    await expect.poll(() => page.locator('[data-partner]', { hasText: GRONINGEN }).getByLabel(PROFILE).isChecked()).toBe(false);
    await page.screenshot({ path: `${ARTIFACTS}/journey-withdrawn.png`, fullPage: true });

    const api = await apiAs('beheer@groningen-duurzaam.test');
    expect((await api.raw('GET', `/api/journey/organisations/${bakery}/parts/profile_footprint`)).status).toBe(404);
    await groningen.page.reload();
    await expect.poll(() => groningen.page.locator('main').innerText()).toMatch(/niet gevonden|Niet gedeeld/i);
  });
});
