/**
 * Step 2 end to end in a real browser, in Dutch, as the people who use it:
 * the coordinator imports a company list (a bad one first: every rejected row
 * named), scans Assen and Emmen for SMEs, composes a masterclass of four and is
 * refused the start, adds a fifth from the scan and starts; plans two
 * workshops with modules, an entrepreneur speaker and the attendance. Each
 * participant records its intake and outcome as itself, sharing an
 * opportunity with another; the group decides go, and a chain-project
 * proposal appears with its candidate partners.
 *
 * Sign-ins: the fresh test system has one demo participant of MVO Noord
 * (Petra de Vries of Bakkerij De Vries, a scan candidate in Assen). The other
 * four are invited by e-mail and register their companies themselves from the
 * mailed link, as in koploper.e2e.ts; the bakery is the fifth, added from the
 * scan. A participant sees only its own row of the masterclass (row-level
 * security) and the others by name (fellowParticipants): it shares an
 * opportunity with the next participant and names chain partners by name.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, openPage, type WatchedPage } from './browser';
import { startTestSystem, type TestSystem } from './system';
import { expectNoA11yViolations, invitationLink, signIn, text } from './walk';

const run = Date.now().toString(36);
const MASTERCLASS = `CE-masterclass MKB Drenthe ${run}`;
const KVK = (n: number) => String(60_000_000 + ((Date.now() / 1000 + n * 7919) % 9_999_999 | 0)).slice(0, 8);
const INVITEES = [
  { company: `Kringloopbouw Emmen ${run}`, sbi: '41.20', municipality: 'Emmen', person: 'Eva Bouwer' },
  { company: `Verpakkingen Zuidoost ${run}`, sbi: '22.22', municipality: 'Emmen', person: 'Pieter Pak' },
  { company: `Meubelmakerij Assen ${run}`, sbi: '31.09', municipality: 'Assen', person: 'Mira Hout' },
  { company: `Textielherwinning Emmen ${run}`, sbi: '13.99', municipality: 'Emmen', person: 'Tom Vezel' },
].map((c, i) => ({ ...c, email: `info-${run}-${i}@mc-${i}.test`, kvk: KVK(i + 1) }));
const BAKERY = 'Bakkerij De Vries';
const SPEAKER = 'Eva Bouwer';
const OPPORTUNITY = 'Gezamenlijke retourstroom voor pallets en verpakkingen';
/** A date `days` from today (YYYY-MM-DD). */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const HEADER = 'kvk;naam;sbi;grootte;medewerkers;gemeente';
const GOOD_LIST = [HEADER, `${KVK(11)};Kunststofrecycling Emmen ${run};38.32;middelgroot;75;Emmen`, `${KVK(12)};Houtverwerking Assen ${run};16.23;klein;18;Assen`].join('\n');
const BAD_LIST = [HEADER, `${KVK(13)};Goed Bedrijf ${run};38.32;klein;12;Emmen`, '1234;;41.20;klein;5;Emmen', `${KVK(14)};Reus ${run};41.20;reusachtig;5;Emmen`].join('\n');

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



const toast = (page: Page, message: string) => expect.poll(() => page.locator('koers-toasts').innerText()).toContain(message);


function expectNoErrors(w: WatchedPage) {
  expect(w.errors).toEqual([]);
}

describe('the CE-masterclasses', () => {
  let coordinator: WatchedPage;
  let masterclassUrl = '';
  const participants: { name: string; w: WatchedPage; path: string }[] = [];

  it('coordinator imports a company list (every rejected row named first) and scans Assen and Emmen for SMEs', async () => {
    coordinator = await signIn(browser, system.urls.shell, 'coordinator@mvo-noord.test');
    const { page } = coordinator;
    await page.click('nav a[href="/masterclass"]');
    await expect.poll(() => text(page, 'main h1')).toBe('CE-masterclasses');
    await expectNoA11yViolations(page);
    await page.getByRole('link', { name: 'Regioscan' }).click();
    await expect.poll(() => text(page, 'main h1')).toBe('Regioscan');

    await page.setInputFiles('#scan-import-file', { name: 'bedrijven-fout.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_LIST) });
    await page.getByRole('button', { name: 'Importeren' }).click();
    const rejected = page.locator('[data-testid=import-errors] li');
    await expect.poll(() => rejected.allInnerTexts()).toEqual([expect.stringMatching(/^regel 3\b/), expect.stringMatching(/^regel 4\b/)]);
    await page.setInputFiles('#scan-import-file', { name: 'bedrijven.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD_LIST) });
    await page.getByRole('button', { name: 'Importeren' }).click();
    await toast(page, '2 bedrijven geïmporteerd.');

    for (const m of ['Assen', 'Emmen']) {
      await page.fill('#scan-municipality', m);
      await page.getByRole('button', { name: 'Gemeente toevoegen' }).click();
    }
    await expect.poll(() => text(page, '[data-testid=scan-municipalities]')).toMatch(/Assen[\s\S]*Emmen/);
    await page.getByRole('button', { name: 'Scan uitvoeren' }).click();
    await page.waitForSelector('[data-testid=candidates]');
    expect(await text(page, '[data-testid=scan-source]')).toMatch(/^Bron: organisaties in Koers en geïmporteerde lijst, \d+ \w+ \d{4}$/);
    expect(await page.locator('[data-testid=sectors] tbody tr').count()).toBeGreaterThan(0);
    const bakery = page.locator(`[data-testid=candidates] tr[data-candidate="${BAKERY}"]`);
    expect(await bakery.locator('li[data-reason]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-reason')))).toEqual(expect.arrayContaining(['sector', 'size', 'interest']));
    expect(await page.locator(`[data-testid=candidates] tr[data-candidate="Kunststofrecycling Emmen ${run}"]`).count()).toBe(1);
    expect(await page.locator('[data-testid=saved-scans] li').count()).toBeGreaterThan(0);
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/masterclass-scan.png`, fullPage: true });
  });

  it('coordinator creates an SME masterclass and invites four companies by e-mail', async () => {
    const { page } = coordinator;
    await page.goto(`${system.urls.shell}/masterclass`);
    await page.getByRole('link', { name: 'Nieuwe masterclass' }).click();
    await expect.poll(() => text(page, 'main h1')).toBe('Nieuwe masterclass');
    await expectNoA11yViolations(page);
    await page.getByLabel('MKB').check();
    await page.getByLabel('Titel').fill(MASTERCLASS);
    await page.getByLabel('Doelen').fill('Elk bedrijf kent zijn plek op de R-ladder en vindt ketenpartners in de regio.');
    await page.getByLabel('Mede-organisatoren').fill('Gemeente Emmen\nHanzehogeschool');
    await page.getByLabel('Startdatum').fill(day(-30));
    await page.getByLabel('Einddatum').fill(day(90));
    await page.getByRole('button', { name: 'Masterclass aanmaken' }).click();
    await expect.poll(() => text(page, 'main h1')).toBe(MASTERCLASS);
    masterclassUrl = page.url();
    expect(await text(page, '[data-testid=masterclass-status]')).toBe('In voorbereiding');

    for (const i of INVITEES) {
      await page.getByLabel('E-mailadres').fill(i.email);
      await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
      await expect.poll(() => page.locator('[data-testid=invitations]').innerText()).toContain(i.email);
    }
  });

  it('the four invited companies register themselves from the mail and land on their own intake', async () => {
    for (const i of INVITEES) {
      const link = await invitationLink(i.email, 'masterclass');
      const w = await openPage(browser);
      const { page } = w;
      await page.goto(`${system.urls.shell}${link}`);
      await expect.poll(() => page.locator('main').innerText()).toContain(MASTERCLASS);
      if (i === INVITEES[0]) await expectNoA11yViolations(page);
      await page.getByLabel('Bedrijfsnaam', { exact: true }).fill(i.company);
      await page.getByLabel('KvK-nummer', { exact: true }).fill(i.kvk);
      await page.getByLabel('SBI-code', { exact: true }).fill(i.sbi);
      await page.getByLabel('Grootte', { exact: true }).selectOption('small');
      await page.getByLabel('Gemeente').fill(i.municipality);
      await page.getByLabel('Uw naam', { exact: true }).fill(i.person);
      await page.getByLabel('Wachtwoord', { exact: true }).fill('een-lang-wachtwoord-2026');
      await page.getByRole('button', { name: 'Aanmelden en deelnemen' }).click();
      await page.waitForURL(/\/masterclass\/groepen\/[^/]+\/deelnemers\//);
      await expect.poll(() => text(page, 'main h1')).toBe(i.company);
      participants.push({ name: i.company, w, path: new URL(page.url()).pathname });
    }
  });

  it('four are too few: the start is refused where it happens; a fifth from the scan, and it starts', async () => {
    const { page } = coordinator;
    await page.goto(masterclassUrl);
    await expect.poll(() => page.locator('[data-testid=participants] tbody tr').count()).toBe(4);
    await page.getByRole('button', { name: 'Masterclass starten' }).click();
    await expect.poll(() => text(page, '[data-testid=start-error]')).toMatch(/4/);
    expect(await page.locator('[data-testid=start-error] [role=alert]').getAttribute('data-code')).toMatch(/^group\./);
    expect(await text(page, '[data-testid=masterclass-status]')).toBe('In voorbereiding');

    await page.selectOption('#candidate-scan', { index: 1 });
    const candidate = page.locator(`[data-testid=scan-candidates] li[data-candidate="${BAKERY}"]`);
    await candidate.waitFor();
    await candidate.getByRole('button').click();
    await page.waitForSelector(`tr[data-participant="${BAKERY}"]`);
    await page.getByRole('button', { name: 'Masterclass starten' }).click();
    await expect.poll(() => text(page, '[data-testid=masterclass-status]')).toBe('Loopt');
    expect(await page.locator('[data-testid=participants] tbody tr').count()).toBe(5);
  });

  it('coordinator plans two workshops with modules, an entrepreneur speaker and the attendance', async () => {
    const { page } = coordinator;
    const form = page.locator('koers-session-form');
    for (const [n, days] of [[1, 7], [2, 21]] as const) {
      await form.getByLabel('Titel').fill(`Workshop ${n}`);
      await form.getByLabel('Datum en tijd').fill(`${day(days)}T14:00`);
      await form.getByLabel('Locatie').fill('Gemeentehuis Emmen');
      await form.getByLabel('Agenda').fill(n === 1 ? 'De R-ladder en uw bedrijf' : 'Retourlogistiek en ketensamenwerking');
      await page.getByRole('button', { name: 'Workshop plannen' }).click();
      await expect.poll(() => page.locator('article[data-session]').count()).toBe(n);
    }
    for (const n of [1, 2]) {
      const modules = page.locator(`[data-session-modules="Workshop ${n}"]`);
      await modules.waitFor();
      const boxes = modules.locator('input[type=checkbox]');
      await boxes.nth(n - 1).check();
      await boxes.nth(n).check();
      await modules.getByRole('button').click();
      await toast(page, 'De modules zijn opgeslagen.');
      await expect.poll(() => modules.locator('input[type=checkbox]:checked').count()).toBe(2);
    }

    const speaker = page.locator('[data-testid=entrepreneur-speaker]');
    await speaker.getByLabel('Bedrijf').selectOption({ label: INVITEES[0].company });
    await speaker.getByLabel('Naam van de ondernemer').fill(SPEAKER);
    await speaker.getByLabel('Onderwerp').fill('Circulair bouwen met hergebruikt materiaal');
    await speaker.getByRole('button', { name: 'Spreker toevoegen' }).click();
    await expect.poll(() => text(page, '[data-testid=speakers]')).toContain(SPEAKER);
    expect(await text(page, '[data-testid=speakers]')).toContain(INVITEES[0].company);

    for (const name of [BAKERY, ...INVITEES.map((i) => i.company)]) {
      const box = page.locator(`[data-testid=attendance] input[aria-label="${name} aanwezig bij Workshop 1"]`);
      await box.check();
      await expect.poll(() => box.isChecked()).toBe(true);
    }
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/masterclass-detail.png`, fullPage: true });
  });

  it('each participant records its intake and outcome as itself', async () => {
    const petra = await signIn(browser, system.urls.shell, 'deelnemer@bakkerij-devries.test');
    await petra.page.click('nav a[href="/masterclass"]');
    const mine = petra.page.locator('[data-testid=my-outcome]');
    await mine.waitFor();
    await mine.click();
    await petra.page.waitForURL(/\/deelnemers\//);
    participants.push({ name: BAKERY, w: petra, path: new URL(petra.page.url()).pathname });

    for (const [n, p] of participants.entries()) {
      const { page } = p.w;
      await page.goto(`${system.urls.shell}${p.path}`);
      await expect.poll(() => text(page, 'main h1')).toBe(p.name);
      await page.fill('#intake-ambition', `Over drie jaar werkt ${p.name} met gesloten kringlopen.`);
      await page.selectOption('#intake-rladder', `R${(n % 4) + 2}`);
      await page.fill('#intake-hopes', 'Ketenpartners in de regio vinden');
      await page.getByRole('button', { name: 'Intake opslaan' }).click();
      await toast(page, 'De intake is opgeslagen.');

      await page.locator('[data-field=return-logistics] input[type=checkbox]').check();
      await page.fill('#field-note-return-logistics', 'Pallets en verpakkingen terug naar de leverancier');
      await page.locator(`[data-field=${n % 2 ? 'material-choice' : 'chain-cooperation'}] input[type=checkbox]`).check();
      await page.fill('#outcome-other-names', 'Transportbedrijf Drenthe');
      await page.getByRole('button', { name: 'Kans toevoegen' }).click();
      await page.fill('#opportunity-title-0', OPPORTUNITY);
      const next = participants[(n + 1) % participants.length].name;
      await page.locator('[data-opportunity="1"]').getByLabel(next, { exact: true }).check();
      await page.getByRole('button', { name: 'Uitkomst opslaan' }).click();
      await toast(page, 'De uitkomst is opgeslagen.');
      if (n === 0) await expectNoA11yViolations(page);
      if (n === 0) await page.screenshot({ path: `${ARTIFACTS}/masterclass-outcome.png`, fullPage: true });
      expectNoErrors(p.w);
      await page.context().close();
    }
  });

  it('the group decides go and a chain-project proposal appears with its candidate partners', async () => {
    const { page } = coordinator;
    await page.goto(masterclassUrl);
    await page.getByRole('link', { name: 'Kansen en besluit' }).click();
    await expect.poll(() => text(page, 'main h1')).toContain('Kansen en besluit');
    await expect.poll(() => text(page, '[data-testid=recurring-fields] tr[data-field=return-logistics]')).toContain('5');
    expect(await page.locator('[data-testid=pairs] tbody tr').count()).toBeGreaterThan(0);
    expect(await text(page, '[data-testid=pairs]')).toContain(BAKERY);

    await page.getByLabel('Go: er komt een ketenproject').check();
    await page.getByLabel('Redenen').fill('Vijf deelnemers zien samen een retourstroom; drie willen er direct mee aan de slag.');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await expect.poll(() => text(page, '[data-testid=decision]').catch(() => '')).toContain('Go');

    await page.selectOption('#proposal-from', { label: OPPORTUNITY });
    await expect.poll(() => page.inputValue('#proposal-title')).toBe(OPPORTUNITY);
    await page.getByLabel('Omschrijving').fill('Eén retourlogistiek voor pallets en verpakkingen tussen Emmen en Assen.');
    await page.getByRole('button', { name: 'Voorstel maken' }).click();
    const proposal = page.locator(`[data-testid=proposals] li[data-proposal="${OPPORTUNITY}"]`);
    await proposal.waitFor();
    const partners = await proposal.locator('[data-testid=proposal-partners]').innerText();
    for (const name of [INVITEES[0].company, INVITEES[1].company, BAKERY]) expect(partners).toContain(name);
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/masterclass-opportunities.png`, fullPage: true });

    await page.goto(`${system.urls.shell}/masterclass/voorstellen`);
    await expect.poll(() => text(page, '[data-testid=proposals]').catch(() => '')).toContain(OPPORTUNITY);
    await expectNoA11yViolations(page);
    expectNoErrors(coordinator);
    await page.context().close();
  });
});
