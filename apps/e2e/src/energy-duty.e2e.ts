/**
 * Issue 15 items 4 and 6 in a real browser: a bakery at 50.000 kWh of grey power gets a
 * profile that says it falls under the energy-saving duty, words every measure's CO2 effect
 * (never "0 kg – 0 kg", never "€ -500"), marks EML measures "verplicht (EML, terugverdientijd
 * ≤ 5 jaar)", and the action plan shows the same per item. The same bakery on Dutch green
 * power below the thresholds gets no green-power advice and is not under the duty.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser } from './browser';
import { startTestSystem, type TestSystem } from './system';
import { apiAs, signIn, type ApiCall } from './walk';

let system: TestSystem;
let browser: Browser;
let adviser: ApiCall;
let participantId: string;
/** innerText with the non-breaking spaces of Dutch amounts (€ 500, 24,9 t) as plain spaces. */
const norm = (s: string) => s.replace(/\s+/g, ' ');

beforeAll(async () => {
  system = await startTestSystem();
  browser = await launchBrowser();
  const coordinator = await apiAs(system.urls.api, 'coordinator@mvo-noord.test');
  adviser = await apiAs(system.urls.api, 'adviseur@mvo-noord.test');
  const year = new Date().getFullYear();
  const cohort = await coordinator('POST', '/api/koploper/cohorts', { name: 'Koplopergroep Smallingerland', municipality: 'Smallingerland', startsOn: `${year}-01-15`, endsOn: `${year}-12-15` });
  const items: { id: string; name: string }[] = (await coordinator('GET', '/api/organisations')).items;
  const bakery = ((await coordinator('GET', `/api/organisations?search=${encodeURIComponent('Bakkerij De Vries')}`)).items as typeof items).find((o) => o.name === 'Bakkerij De Vries')!;
  const enrolments: string[] = [];
  for (const o of [bakery, ...items.filter((o) => o.id !== bakery.id).slice(0, 2)]) {
    enrolments.push((await coordinator('POST', `/api/programme/groups/${cohort.id}/enrolments`, { organisationId: o.id })).id);
  }
  await coordinator('POST', `/api/programme/groups/${cohort.id}/start`, {});
  participantId = enrolments[0]!;
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

/** The adviser enters and reviews a baseline, waits for its footprint and generates the draft profile. */
async function profileFrom(activities: object[]): Promise<string> {
  await adviser('PUT', `/api/koploper/participants/${participantId}/baseline`, { year: 2025, activities });
  await adviser('POST', `/api/koploper/participants/${participantId}/baseline/review`, { year: 2025 });
  await expect
    .poll(async () => (await adviser('GET', `/api/koploper/participants/${participantId}/baseline?year=2025`)).footprint.result?.status, { timeout: 30_000, interval: 300 })
    .toBe('succeeded');
  return (await adviser('POST', `/api/koploper/participants/${participantId}/profiles`)).id;
}

describe('the energy-saving duty and recommendations that fit the data', () => {
  it('at 50.000 kWh grey: the profile says the duty applies and marks EML measures obligatory; the action plan too', async () => {
    const id = await profileFrom([
      { type: 'electricity', amount: 50_000, unit: 'kWh', contract: 'grey' },
      { type: 'natural_gas', amount: 12_000, unit: 'm3' },
      { type: 'diesel', amount: 1_500, unit: 'l' },
    ]);
    await adviser('POST', `/api/koploper/participants/${participantId}/action-plan/items`, { measureId: 'energy.led-lighting', title: 'LED-verlichting in winkel en bakkerij', owner: 'Petra de Vries', dueOn: '2099-06-30' });
    await adviser('POST', `/api/koploper/participants/${participantId}/action-plan/items`, { measureId: 'energy.solar-pv', title: 'Zonnepanelen op het dak', owner: 'Petra de Vries', dueOn: '2099-09-30' });

    const { page } = await signIn(browser, system.urls.shell, 'adviseur@mvo-noord.test');
    await page.goto(`${system.urls.shell}/koploper/profielen/${id}`);
    await page.waitForSelector('[data-testid=energy-duty-status]');
    expect((await page.locator('[data-testid=energy-duty-status]').innerText()).trim()).toBe('Valt onder de plicht');
    expect(norm(await page.locator('[data-testid=energy-duty]').innerText())).toContain('50.000 kWh elektriciteit · 12.000 m³ aardgas(equivalent) per jaar');
    const table = page.locator('[data-testid=recommendations]');
    const tableText = norm(await table.innerText());
    expect(tableText).toContain('verplicht (EML, terugverdientijd ≤ 5 jaar)');
    expect(tableText).toContain('EML Gebouwen');
    expect(tableText).not.toMatch(/€\s?-|0 kg CO₂e – 0 kg/);
    // Green power is advised with this bakery's own electricity as the effect: 50.000 kWh grey.
    const green = table.locator('tr', { hasText: 'Groene stroom met Nederlandse garanties' });
    // 50.000 kWh x 0,498 kg/kWh (grey, the 2025 set) = 24,9 t.
    expect((await green.locator('[data-testid=recommendation-co2]').innerText()).replace(/\s+/g, ' ')).toBe('24,9 t CO₂e per jaar');
    expect(norm(await green.innerText())).toContain('kost tot € 500 per jaar extra');
    for (const cell of await table.locator('[data-testid=recommendation-co2]').allInnerTexts()) expect(cell.trim()).not.toBe('');
    await page.screenshot({ path: `${ARTIFACTS}/energy-duty-profile.png`, fullPage: true });

    await page.goto(`${system.urls.shell}/koploper/deelnemers/${participantId}`);
    await page.waitForSelector('[data-testid=plan-items]');
    const rows = page.locator('[data-testid=plan-items] tbody tr');
    expect(norm(await rows.filter({ hasText: 'LED-verlichting' }).locator('[data-testid=plan-obligation]').innerText())).toContain('verplicht (EML, terugverdientijd ≤ 5 jaar)');
    expect((await rows.filter({ hasText: 'Zonnepanelen' }).locator('[data-testid=plan-obligation]').innerText()).trim()).toBe('keuze');
    await page.locator('section[aria-labelledby=plan-title]').screenshot({ path: `${ARTIFACTS}/energy-duty-action-plan.png` });
  });

  it('on Dutch green power below the thresholds: no green-power advice, credited for it, not under the duty', async () => {
    const id = await profileFrom([
      { type: 'electricity', amount: 49_999, unit: 'kWh', contract: 'green-nl' },
      { type: 'natural_gas', amount: 24_000, unit: 'm3' },
    ]);
    const { page } = await signIn(browser, system.urls.shell, 'adviseur@mvo-noord.test');
    await page.goto(`${system.urls.shell}/koploper/profielen/${id}`);
    await page.waitForSelector('[data-testid=energy-duty-status]');
    expect((await page.locator('[data-testid=energy-duty-status]').innerText()).trim()).toBe('Valt niet onder de plicht');
    const text = norm(await page.locator('body').innerText());
    expect(text).toContain('Al uw stroom (49.999 kWh) is groene stroom met Nederlandse garanties van oorsprong');
    expect(await page.locator('[data-testid=recommendations]').innerText()).not.toContain('Groene stroom met Nederlandse garanties');
    // No mobility, waste or water in this baseline: no such measures.
    expect(await page.locator('[data-testid=recommendations]').innerText()).not.toMatch(/Perlatoren|Watervrije urinoirs|Het Nieuwe Rijden|Papier apart/);
    await page.screenshot({ path: `${ARTIFACTS}/energy-duty-green-bakery.png`, fullPage: true });
  });
});
