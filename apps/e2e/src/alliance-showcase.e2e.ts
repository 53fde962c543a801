/**
 * Knowledge sharing and the showcase in a real browser, Dutch first
 * (docs/alliance.md, issue 13 item 8): a visitor without an account applies to
 * join the alliance, first with bad input (the refusals at their fields), then
 * with good; the secretariat's administrator accepts; a member shares a link in
 * the platform's knowledge space and adds an example project of the bakery; the
 * public examples page shows it only after the bakery consented and no longer
 * after it withdrew. The test system has no secretariat: the walk sets it the
 * way an installation's administrator does, in SQL.
 */
import type { Browser } from 'playwright-core';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, openPage } from './browser';
import { startTestSystem, type TestSystem } from './system';
import { apiAs as apiAsUser, expectNoA11yViolations, signIn, text } from './walk';

const run = Date.now().toString(36);
const PLATFORM = `MVO-platform Emmen ${run}`;
const APPLICANT = `Stichting Duurzaam Emmen ${run}`;
const SHOWCASE = `Zonnepanelen op de bakkerij ${run}`;

let system: TestSystem;
let browser: Browser;
let platformId: string;
const apiAs = (email: string) => apiAsUser(system.urls.api, email);

beforeAll(async () => {
  system = await startTestSystem();
  browser = await launchBrowser();
  const sql = new Client({ connectionString: system.urls.databaseUrl });
  await sql.connect();
  await sql.query(`update alliance_partner set secretariat = (partner_id = (select id from partner where slug = 'mvo-noord'))`);
  await sql.end();
  const coordinator = await apiAs('coordinator@mvo-noord.test');
  platformId = (await coordinator('POST', '/api/alliance/platforms', { name: PLATFORM, region: 'Drenthe', municipality: 'Emmen' })).id;
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

describe('knowledge sharing and the showcase', () => {
  it('a visitor applies to join: bad input is refused at its fields, in Dutch; good input is received', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${system.urls.shell}/partner-worden`);
    await expect.poll(() => text(page, 'main h1')).toBe('Partner worden van de MVO-Alliantie');
    await page.fill('#join-email', 'sanne@');
    await page.fill('#join-motivation', 'Kort');
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await expect.poll(() => page.locator('[data-testid=organisationName-error]').count()).toBe(1);
    expect(await text(page, '[data-testid=motivation-error]')).toContain('Vertel in minstens 20 tekens waarom u mee wilt doen');
    expect(await page.locator('[data-testid=email-error]').count()).toBe(1);
    expect(await page.locator('[data-testid=kind-error]').count()).toBe(1);
    expect(await text(page, '[data-testid=join-error]')).toBe('Verbeter de velden hierboven.');
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/alliance-join-refused.png`, fullPage: true });

    await page.fill('#join-organisationName', APPLICANT);
    await page.selectOption('#join-kind', 'environmental_federation');
    await page.fill('#join-contactName', 'Sanne Bakker');
    await page.fill('#join-email', `sanne-${run}@duurzaam-emmen.test`);
    await page.fill('#join-motivation', 'Wij organiseren Green Drinks in Emmen en willen kennis delen met ondernemers.');
    await page.selectOption('#join-platform', { label: `${PLATFORM} (Drenthe)` });
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await expect.poll(() => page.locator('[data-testid=join-received]').count()).toBe(1);
    expect(await text(page, '[data-testid=join-received]')).toContain('Het secretariaat van de alliantie bekijkt uw aanmelding');
    await page.screenshot({ path: `${ARTIFACTS}/alliance-join-received.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it("the secretariat's administrator accepts the application: the new partner is on the platform", async () => {
    const { page } = await signIn(browser, system.urls.shell, 'beheer@mvo-noord.test');
    await page.goto(`${system.urls.shell}/alliantie/aanmeldingen`);
    const item = page.locator('[data-application]', { hasText: APPLICANT });
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.locator('[data-testid=application-status]').innerText()).toBe('In behandeling');
    // Declining without a reason is refused at the field.
    await item.getByRole('button', { name: 'Afwijzen' }).click();
    await expect.poll(() => page.locator('[data-testid=reason-error]').count()).toBe(1);
    await item.getByRole('button', { name: 'Aannemen' }).click();
    await expect.poll(() => item.locator('[data-testid=application-status]').innerText()).toBe('Aangenomen');
    expect(await text(page, '[data-testid=decided]')).toContain(`${APPLICANT} is aangenomen`);
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/alliance-applications.png`, fullPage: true });
    const admin = await apiAs('beheer@mvo-noord.test');
    const platform = await admin('GET', `/api/alliance/platforms/${platformId}`);
    expect(platform.members.map((m: { name: string; kind: string }) => [m.name, m.kind])).toContainEqual([APPLICANT, 'partner']);
  });

  it('a member shares a link in the knowledge space and adds an example project that is not public without consent', async () => {
    const { page, errors } = await signIn(browser, system.urls.shell, 'adviseur@mvo-noord.test');
    await page.goto(`${system.urls.shell}/alliantie/platforms/${platformId}`);
    await expect.poll(() => text(page, 'main h1')).toBe(PLATFORM);
    await expect.poll(() => page.locator('[data-testid=knowledge-new]').count()).toBe(1);
    await page.selectOption('#item-kind', 'link');
    await page.fill('#item-title', 'Verslag Green Drinks Emmen');
    await page.fill('#item-url', 'ftp://emmen.test/verslag');
    await page.getByRole('button', { name: 'Delen' }).click();
    await expect.poll(() => page.locator('[data-testid=item-url-error]').count()).toBe(1);
    await page.fill('#item-url', 'https://emmen.test/verslag');
    await page.fill('#item-tags', 'energie, zon');
    await page.getByRole('button', { name: 'Delen' }).click();
    await expect.poll(() => page.locator('[data-testid=knowledge-items] li').count()).toBe(1);
    expect(await text(page, '[data-testid=knowledge-tags]')).toContain('energie (1)');

    const bakery = (await (await apiAs('adviseur@mvo-noord.test'))('GET', '/api/organisations?search=Bakkerij')).items[0].id;
    await page.selectOption('#showcase-org', bakery);
    await page.fill('#showcase-title', SHOWCASE);
    await page.fill('#showcase-measure', '48 zonnepanelen en een warmtepomp voor de ovens');
    await page.fill('#figure-label', 'Minder CO2-uitstoot');
    await page.fill('#figure-value', '12,5');
    await page.fill('#figure-unit', 't CO2e per jaar');
    await page.fill('#showcase-contact', 'Jan de Vries');
    // A figure without its source is refused at the field.
    await page.getByRole('button', { name: 'Voorbeeldproject toevoegen' }).click();
    await expect.poll(() => page.locator('[data-testid=figure-source-error]').count()).toBe(1);
    await page.fill('#figure-source', 'CO2-footprint 2025 en 2026 (footprint.ghg)');
    await page.getByRole('button', { name: 'Voorbeeldproject toevoegen' }).click();
    const showcase = page.locator('[data-showcase]', { hasText: SHOWCASE });
    await expect.poll(() => showcase.count()).toBe(1);
    expect(await showcase.locator('[data-testid=showcase-public]').innerText()).toBe('Niet openbaar: geen toestemming');
    expect((await showcase.innerText()).replace(/\s+/g, ' ')).toContain('12,5 t CO2e per jaar (Bron: CO2-footprint 2025 en 2026 (footprint.ghg))');
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/alliance-knowledge.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('the public examples page shows it only while the bakery consents, and not after it withdraws', async () => {
    const { page, errors } = await openPage(browser);
    const showcase = page.locator('[data-showcase]', { hasText: SHOWCASE });
    await page.goto(`${system.urls.shell}/voorbeelden`);
    await expect.poll(() => text(page, 'main h1')).toBe('Voorbeelden van duurzaam ondernemen');
    await expect.poll(() => page.locator('[data-testid=public-none], [data-testid=public-showcases]').count()).toBe(1);
    expect(await showcase.count()).toBe(0);

    const baker = await apiAs('deelnemer@bakkerij-devries.test');
    const session = await baker('GET', '/api/auth/session');
    const orgId = session.memberships.find((m: { id: string }) => m.id === session.activeMembershipId).organisation.id;
    await baker('PUT', `/api/journey/organisations/${orgId}/consents/mvo-noord`, { parts: ['showcase'] });
    await page.reload();
    await expect.poll(() => showcase.count()).toBe(1);
    const shown = (await showcase.innerText()).replace(/\s+/g, ' ');
    expect(shown).toContain('Bakkerij De Vries');
    expect(shown).toContain('12,5 t CO2e per jaar');
    expect(shown).toContain('Bron: CO2-footprint 2025 en 2026 (footprint.ghg)');
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/alliance-showcase-public.png`, fullPage: true });
    // English second: the same page in English.
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => text(page, 'main h1')).toBe('Examples of sustainable business');
    expect((await showcase.innerText()).replace(/\s+/g, ' ')).toContain('12.5 t CO2e per jaar');
    await page.getByRole('button', { name: 'Nederlands' }).click();

    await baker('PUT', `/api/journey/organisations/${orgId}/consents/mvo-noord`, { parts: [] });
    await page.reload();
    await expect.poll(() => page.locator('[data-testid=public-none], [data-testid=public-showcases]').count()).toBe(1);
    expect(await showcase.count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}/alliance-showcase-withdrawn.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
});
