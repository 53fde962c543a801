/**
 * Issue 15 item 5 in a real browser (a "Done when" line): the adviser types the bakery's
 * key figures the Dutch way (12,5 fte, 1.450 m², € 1.800.000 omzet, 120 ton brood) and an
 * amount of 42.000 kWh in the baseline form, and they are stored as 12.5, 1450, 1.8 million
 * and 42000. The profile shows kg CO₂e per fte, m², € 1.000 omzet and ton brood with their
 * source; the sector comparison is withheld with four other companies of SBI 10 / klein and
 * shown, with n and the quartiles, once a fifth (of the other partner) has a reviewed baseline.
 * A gas figure far outside the usual warns on the baseline; the adviser confirms it with a note.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser } from './browser';
import { startTestSystem, type TestSystem } from './system';
import { apiAs, signIn, type ApiCall } from './walk';

let system: TestSystem;
let browser: Browser;
let noordAdviser: ApiCall;
let groningenAdviser: ApiCall;
let bakery: string;
let installer: string;
const cohorts: Record<'noord' | 'groningen', string> = { noord: '', groningen: '' };
const coordinators: Record<'noord' | 'groningen', ApiCall> = {} as never;
const YEAR = new Date().getFullYear() - 1;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Another SBI 10 / small company with a reviewed baseline of YEAR, entered by its partner's adviser. */
async function peer(partner: 'noord' | 'groningen', name: string, fte: number, m2: number, gas: number, kWh: number) {
  const coordinator = coordinators[partner];
  const org = await coordinator('POST', '/api/organisations', { name, kind: 'company', step: 'koploper', sbiCode: '10.71', sizeClass: 'small', municipality: 'Assen' });
  const pid = (await coordinator('POST', `/api/programme/groups/${cohorts[partner]}/enrolments`, { organisationId: org.id })).id as string;
  const adviser = partner === 'noord' ? noordAdviser : groningenAdviser;
  const b = await adviser('PUT', `/api/koploper/participants/${pid}/baseline`, {
    year: YEAR, organisation: { employees: fte, floorAreaM2: m2 },
    activities: [{ type: 'natural_gas', amount: gas, unit: 'm3' }, { type: 'electricity', amount: kWh, unit: 'kWh', contract: 'grey' }],
  });
  expect(b.status).toBe('reviewed');
  // Polled by hand: beforeAll is outside a test, where expect.poll does not run.
  for (let i = 0; ; i++) {
    if ((await adviser('GET', `/api/koploper/participants/${pid}/baseline?year=${YEAR}`)).footprint.result?.status === 'succeeded') return;
    if (i > 100) throw new Error(`the footprint of ${name} did not compute`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

beforeAll(async () => {
  system = await startTestSystem();
  browser = await launchBrowser();
  coordinators.noord = await apiAs(system.urls.api, 'coordinator@mvo-noord.test');
  coordinators.groningen = await apiAs(system.urls.api, 'coordinator@groningen-duurzaam.test');
  noordAdviser = await apiAs(system.urls.api, 'adviseur@mvo-noord.test');
  groningenAdviser = await apiAs(system.urls.api, 'adviseur@groningen-duurzaam.test');
  const y = new Date().getFullYear();
  for (const [partner, name] of [['noord', 'Koplopergroep Aa en Hunze'], ['groningen', 'Koploperproject Pekela']] as const) {
    cohorts[partner] = (await coordinators[partner]('POST', '/api/koploper/cohorts', { name, municipality: 'Assen', startsOn: `${y}-01-15`, endsOn: `${y}-12-15` })).id;
  }
  const orgs: { id: string; name: string }[] = (await coordinators.noord('GET', '/api/organisations')).items;
  const byName = (n: string) => {
    const found = orgs.find((o) => o.name === n);
    if (!found) throw new Error(`${n} is not in the demo alliance`);
    return found.id;
  };
  bakery = (await coordinators.noord('POST', `/api/programme/groups/${cohorts.noord}/enrolments`, { organisationId: byName('Bakkerij De Vries') })).id;
  installer = (await coordinators.noord('POST', `/api/programme/groups/${cohorts.noord}/enrolments`, { organisationId: byName('Installatiebedrijf Bos') })).id;
  // Four other companies of SBI 10 / small: three of MVO Noord, one of Groningen.
  await peer('noord', 'Bakkerij Hofstede', 14, 520, 11_500, 61_000);
  await peer('noord', 'Banketbakkerij Meijer', 7, 260, 5_200, 31_000);
  await peer('noord', 'Brood en Banket Smit', 9, 330, 7_400, 44_000);
  await peer('groningen', 'Bakkerij Oosterhuis', 18, 640, 14_800, 79_000);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

describe('ratios and the sector benchmark', () => {
  let profileId: string;

  it('the adviser types the key figures the Dutch way and they are stored right', async () => {
    const { page } = await signIn(browser, system.urls.shell, 'adviseur@mvo-noord.test');
    await page.goto(`${system.urls.shell}/koploper/deelnemers/${bakery}`);
    await page.locator('summary', { hasText: 'Gegevens invullen' }).click();
    await page.getByLabel('Hoeveelheid 1').fill('42.000');
    await page.getByLabel('Medewerkers (fte)').fill('12,5');
    await page.getByLabel('Vloeroppervlak (m²)').fill('1.450');
    await page.getByLabel('Omzet (€)').fill('1.800.000');
    await page.getByLabel('Productie-eenheid (optioneel)').fill('ton brood');
    // A point groups thousands: 12.5 is refused at the field, with both ways to write it.
    await page.getByLabel('Productie in die eenheid').fill('12.5');
    await page.getByRole('button', { name: 'Nulmeting opslaan' }).click();
    expect(norm(await page.locator('#key-figures-production-error').innerText())).toBe('Een punt scheidt duizendtallen: schrijf 12,5 of 12.500.');
    await page.getByLabel('Productie in die eenheid').fill('120');
    await page.screenshot({ path: `${ARTIFACTS}/benchmark-key-figures.png`, fullPage: true });
    await page.getByRole('button', { name: 'Nulmeting opslaan' }).click();
    await expect.poll(async () => (await noordAdviser('GET', `/api/koploper/participants/${bakery}/baseline?year=${YEAR}`)).footprint.result?.status ?? null, { timeout: 30_000, interval: 300 }).toBe('succeeded');
    const stored = await noordAdviser('GET', `/api/koploper/participants/${bakery}/baseline?year=${YEAR}`);
    expect(stored.footprint.input.organisation).toEqual({ employees: 12.5, floorAreaM2: 1450, turnoverEurMillion: 1.8 });
    expect(stored.footprint.input.activities[0]).toMatchObject({ type: 'electricity', amount: 42_000 });
    expect(stored.production).toEqual({ unit: 'ton brood', amount: 120 });
    expect(stored.status).toBe('reviewed');
    // Shown again the Dutch way.
    await page.reload();
    await page.locator('summary', { hasText: 'Gegevens invullen' }).click();
    expect(await page.getByLabel('Medewerkers (fte)').inputValue()).toBe('12,5');
    expect(await page.getByLabel('Omzet (€)').inputValue()).toBe('1.800.000');
    await page.close();
  });

  it('with four other companies the profile shows the ratios and withholds the comparison, saying why', async () => {
    profileId = (await noordAdviser('POST', `/api/koploper/participants/${bakery}/profiles`)).id;
    const { page } = await signIn(browser, system.urls.shell, 'adviseur@mvo-noord.test');
    await page.goto(`${system.urls.shell}/koploper/profielen/${profileId}`);
    await page.waitForSelector('[data-testid=ratios]');
    const total = (await noordAdviser('GET', `/api/koploper/profiles/${profileId}`)).footprint.totalKgCO2e as number;
    const kg = (x: number) => `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: x < 1000 ? 1 : 0 }).format(Math.round(x * 10) / 10)} kg`;
    expect(norm(await page.locator('[data-testid=ratio-perFte]').innerText())).toBe(`kg CO₂e per fte ${kg(total / 12.5)} 12,5 fte`);
    expect(norm(await page.locator('[data-testid=ratio-perThousandEur]').innerText())).toBe(`kg CO₂e per € 1.000 omzet ${kg(total / 1800)} € 1.800.000 omzet`);
    expect(norm(await page.locator('[data-testid=ratio-perUnit]').innerText())).toBe(`kg CO₂e per ton brood ${kg(total / 120)} 120 ton brood`);
    expect(norm(await page.locator('[data-testid=ratios-source]').innerText())).toMatch(new RegExp(`^Bron: footprint ${YEAR} \\(marktmethode\\), emissiefactoren CO2emissiefactoren\\.nl`));
    expect(norm(await page.locator('[data-testid=benchmark-withheld]').innerText())).toBe('Minder dan 5 andere bedrijven in SBI 10 / klein: vergelijking niet getoond om herkenbaarheid te voorkomen.');
    expect(await page.locator('[data-testid=benchmark]').count()).toBe(0);
    await page.locator('[data-testid=ratios]').screenshot({ path: `${ARTIFACTS}/benchmark-withheld.png` });
    await page.close();
  });

  it('with a fifth other company, of the other partner, the comparison is shown with n, the quartiles and the position, and no other company is named', async () => {
    await peer('groningen', 'Bakkerij Winsum', 20, 700, 16_500, 99_000);
    profileId = (await noordAdviser('POST', `/api/koploper/participants/${bakery}/profiles`)).id;
    const { page } = await signIn(browser, system.urls.shell, 'adviseur@mvo-noord.test');
    await page.goto(`${system.urls.shell}/koploper/profielen/${profileId}`);
    await page.waitForSelector('[data-testid=benchmark]');
    const row = norm(await page.locator('[data-testid=benchmark-perFte]').innerText());
    expect(row).toMatch(/^per fte [\d.,]+ [\d.,]+ [\d.,]+ [\d.,]+ 5 (bij het laagste kwart \(gunstig\)|onder de mediaan|boven de mediaan|bij het hoogste kwart)$/);
    expect(norm(await page.locator('[data-testid=benchmark-source]').innerText())).toMatch(new RegExp(`^Bron: n = 5 bedrijven, SBI 10 / klein, nulmetingen ${YEAR}`));
    const text = await page.locator('body').innerText();
    for (const name of ['Hofstede', 'Meijer', 'Smit', 'Oosterhuis', 'Winsum']) expect(text).not.toContain(name);
    await page.locator('[data-testid=ratios]').screenshot({ path: `${ARTIFACTS}/benchmark-shown.png` });
    await page.close();
  });
});

describe('plausibility checks on the baseline', () => {
  it('a gas figure far outside the usual warns the adviser, who confirms it with a note before the review', async () => {
    await noordAdviser('PUT', `/api/koploper/participants/${installer}/baseline`, {
      year: YEAR, organisation: { employees: 4, floorAreaM2: 200 },
      activities: [{ type: 'natural_gas', amount: 30_000, unit: 'm3' }, { type: 'electricity', amount: 9_000, unit: 'kWh', contract: 'grey' }],
    });
    const { page } = await signIn(browser, system.urls.shell, 'adviseur@mvo-noord.test');
    await page.goto(`${system.urls.shell}/koploper/deelnemers/${installer}`);
    const warning = page.locator('[data-testid=plausibility-gas-per-m2]');
    await warning.waitFor();
    expect(norm(await warning.innerText())).toContain('Gevonden: 150 m³/m² (grenzen van de controle: 1 tot 60 m³/m²)');
    expect(norm(await page.locator('[data-testid=baseline-status]').innerText())).toBe('Ingediend, wacht op controle door de adviseur');
    await page.getByRole('button', { name: 'Klopt, bevestigen' }).click();
    expect(norm(await page.locator('#plausibility-note-gas-per-m2-error').innerText())).toBe('Zeg waarom het cijfer klopt.');
    await page.getByRole('textbox', { name: 'Toelichting' }).fill('Klopt: de werkplaats wordt met een oude gaskachel verwarmd');
    await page.getByRole('button', { name: 'Klopt, bevestigen' }).click();
    await page.locator('[data-testid=plausibility-confirmed]').waitFor();
    expect(norm(await page.locator('[data-testid=plausibility-confirmed]').innerText())).toBe('Bevestigd door Ada Veenstra: “Klopt: de werkplaats wordt met een oude gaskachel verwarmd”');
    await page.screenshot({ path: `${ARTIFACTS}/benchmark-plausibility.png`, fullPage: true });
    await page.getByRole('button', { name: 'Nulmeting goedkeuren' }).click();
    await expect.poll(async () => norm(await page.locator('[data-testid=baseline-status]').innerText()), { timeout: 10_000 }).toBe('Gecontroleerd');
    await page.close();
  });
});
