/**
 * Issue 15 item 2 (materials bought) in a real browser: the bakery enters the paper it
 * bought in its baseline form with the factor from its supplier's EPD, typed the Dutch
 * way (1.5 refused at the field, 1,1 taken), with the source and its year; the adviser's
 * profile shows the materials theme and a table naming that source and that the factor is
 * not on the CO2emissiefactoren.nl list.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser } from './browser';
import { startTestSystem, type TestSystem } from './system';
import { apiAs, signIn, type ApiCall } from './walk';

let system: TestSystem;
let browser: Browser;
let adviser: ApiCall;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  system = await startTestSystem();
  browser = await launchBrowser();
  const coordinator = await apiAs(system.urls.api, 'coordinator@mvo-noord.test');
  adviser = await apiAs(system.urls.api, 'adviseur@mvo-noord.test');
  const year = new Date().getFullYear();
  const cohort = await coordinator('POST', '/api/koploper/cohorts', { name: 'Koplopergroep Tytsjerksteradiel', municipality: 'Tytsjerksteradiel', startsOn: `${year}-01-15`, endsOn: `${year}-12-15` });
  const items: { id: string; name: string }[] = (await coordinator('GET', '/api/organisations')).items;
  const bakery = ((await coordinator('GET', `/api/organisations?search=${encodeURIComponent('Bakkerij De Vries')}`)).items as typeof items).find((o) => o.name === 'Bakkerij De Vries')!;
  for (const o of [bakery, ...items.filter((o) => o.id !== bakery.id).slice(0, 2)]) {
    await coordinator('POST', `/api/programme/groups/${cohort.id}/enrolments`, { organisationId: o.id });
  }
  await coordinator('POST', `/api/programme/groups/${cohort.id}/start`, {});
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

describe('materials bought, with the factor from a named source', () => {
  it('the company enters paper with its EPD factor the Dutch way; the profile names the source', async () => {
    const { page } = await signIn(browser, system.urls.shell, 'deelnemer@bakkerij-devries.test');
    await page.goto(`${system.urls.shell}/koploper`);
    await page.locator('[data-testid=my-track]').first().click();
    await page.locator('summary', { hasText: 'Gegevens invullen' }).click();
    await page.waitForSelector('[data-testid=baseline-form]');
    const participantId = new URL(page.url()).pathname.split('/').pop()!;
    const form = page.locator('[data-testid=baseline-form]');

    // The first row: 30.000 kWh grey; then a row of paper bought.
    await form.locator('tbody tr').first().locator('input[inputmode=decimal]').fill('30.000');
    await form.getByRole('button', { name: 'Regel toevoegen' }).click();
    const row = form.locator('tbody tr').last();
    await row.getByRole('combobox', { name: 'Soort 2' }).selectOption('material');
    await row.getByRole('combobox', { name: 'Eenheid 2' }).selectOption('t');
    await row.getByRole('combobox', { name: 'Materiaal 2' }).selectOption('paper');
    await row.getByRole('textbox', { name: 'Hoeveelheid 2' }).fill('1,5');
    await row.getByRole('textbox', { name: 'Omschrijving 2' }).fill('Bakpapier en zakken');
    const box = row.locator('[data-testid=declared-factor]');
    expect(norm(await box.innerText())).toContain('Staat niet op de lijst CO2emissiefactoren.nl');
    await box.getByLabel('kg CO₂e per kg').fill('1.5');
    await form.getByRole('button', { name: 'Nulmeting opslaan' }).click();
    // Nothing typed for the source and year yet, and 1.5 reads two ways: each said at its field.
    await expect.poll(async () => (await box.locator('koers-field-error').allInnerTexts()).map(norm).filter(Boolean)).toEqual([
      'Een punt scheidt duizendtallen: schrijf 1,5 of 1.500.',
      'Noem de bron van de factor.',
      'Vul het jaar van de bron in, bijvoorbeeld 2025.',
    ]);
    await page.screenshot({ path: `${ARTIFACTS}/materials-form-refused.png`, fullPage: true });

    await box.getByLabel('kg CO₂e per kg').fill('1,1');
    await box.getByLabel('Bron', { exact: true }).fill('EPD Papierfabriek Veluwe, bakpapier');
    await box.getByLabel('Jaar van de bron').fill('2024');
    const [put] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith(`/api/koploper/participants/${participantId}/baseline`)),
      form.getByRole('button', { name: 'Nulmeting opslaan' }).click(),
    ]);
    expect(put.status()).toBe(200);
    const sent = JSON.parse(put.request().postData() ?? '{}') as { year: number; activities: unknown[] };
    expect(sent.activities).toEqual([
      { type: 'electricity', amount: 30000, unit: 'kWh', contract: 'grey' },
      { type: 'material', amount: 1.5, unit: 't', material: 'paper', factor: { kgCO2ePerUnit: 1.1, source: 'EPD Papierfabriek Veluwe, bakpapier', year: 2024 }, label: 'Bakpapier en zakken' },
    ]);
    await page.screenshot({ path: `${ARTIFACTS}/materials-form.png`, fullPage: true });
    await page.context().close();

    // The adviser reviews it and makes the profile.
    await adviser('POST', `/api/koploper/participants/${participantId}/baseline/review`, { year: sent.year });
    await expect
      .poll(async () => (await adviser('GET', `/api/koploper/participants/${participantId}/baseline?year=${sent.year}`)).footprint.result?.status, { timeout: 30_000, interval: 300 })
      .toBe('succeeded');
    const profileId = (await adviser('POST', `/api/koploper/participants/${participantId}/profiles`)).id;

    const staff = await signIn(browser, system.urls.shell, 'adviseur@mvo-noord.test');
    await staff.page.goto(`${system.urls.shell}/koploper/profielen/${profileId}`);
    const declared = staff.page.locator('[data-testid=declared-factors]');
    await declared.waitFor();
    expect(norm(await declared.locator('h2').innerText())).toBe('Materialen en vervoer met een eigen emissiefactor');
    // 1,5 t = 1.500 kg x 1,1 = 1.650 kg CO2e.
    expect(norm(await declared.locator('tbody tr').first().innerText())).toBe('Papier · Bakpapier en zakken 1,5 ton 1,1 kg CO₂e per kg 1.650 kg CO₂e EPD Papierfabriek Veluwe, bakpapier (2024)');
    await declared.screenshot({ path: `${ARTIFACTS}/materials-profile-table.png` });
    await staff.page.screenshot({ path: `${ARTIFACTS}/materials-profile.png`, fullPage: true });
    await staff.page.context().close();
  });
});
