/**
 * Issue 15 item 8 in a real browser: phases that follow the work. The adviser
 * sees on the track what the next phase still needs and cannot move on while
 * the baseline is not reviewed; once it is, the move is there. The coordinator
 * moves another company on anyway with "Toch doorzetten", which asks for a
 * reason first; the reason is then listed on the track with who and what was
 * missing. The company itself sees the checklist but not the override.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser } from './browser';
import { startTestSystem, type TestSystem } from './system';
import { apiAs, expectNoA11yViolations, signIn, text, type ApiCall } from './walk';

let system: TestSystem;
let browser: Browser;
let adviser: ApiCall;
/** The bakery (its participant signs in as deelnemer@bakkerij-devries.test) and another company of the cohort. */
let bakery: string;
let other: string;
const year = new Date().getFullYear();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  system = await startTestSystem();
  browser = await launchBrowser();
  const coordinator = await apiAs(system.urls.api, 'coordinator@mvo-noord.test');
  adviser = await apiAs(system.urls.api, 'adviseur@mvo-noord.test');
  const cohort = await coordinator('POST', '/api/koploper/cohorts', { name: 'Koplopergroep Meppel', municipality: 'Meppel', startsOn: `${year}-01-15`, endsOn: `${year}-12-15` });
  const items: { id: string; name: string }[] = (await coordinator('GET', '/api/organisations')).items;
  const bakkerij = ((await coordinator('GET', `/api/organisations?search=${encodeURIComponent('Bakkerij De Vries')}`)).items as typeof items).find((o) => o.name === 'Bakkerij De Vries')!;
  const enrolments: string[] = [];
  for (const o of [bakkerij, ...items.filter((o) => o.id !== bakkerij.id).slice(0, 2)]) {
    enrolments.push((await coordinator('POST', `/api/programme/groups/${cohort.id}/enrolments`, { organisationId: o.id })).id);
  }
  await coordinator('POST', `/api/programme/groups/${cohort.id}/start`, {});
  [bakery, other] = enrolments as [string, string];
  // Kickoff to baseline needs nothing.
  for (const pid of [bakery, other]) await adviser('PATCH', `/api/programme/enrolments/${pid}`, { phase: 'baseline' });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

describe('phases that follow the work', () => {
  it('the adviser sees what the profile phase still needs and cannot move on until the baseline is reviewed', async () => {
    const { page, errors } = await signIn(browser, system.urls.shell, 'adviseur@mvo-noord.test');
    await page.goto(`${system.urls.shell}/koploper/deelnemers/${bakery}`);
    const checklist = page.locator('[data-testid=phase-checklist]');
    await checklist.waitFor();
    expect(norm(await checklist.innerText())).toContain('Nodig voor Duurzaamheidsprofiel');
    expect(await checklist.locator('[data-guard="koploper.baseline_reviewed"]').getAttribute('data-done')).toBe('false');
    const next = page.locator('button[data-phase=profile]');
    expect(await next.isDisabled()).toBe(true);
    expect(norm(await page.locator('[data-testid=phase-blocked]').innerText())).toContain('De coördinator kan de deelnemer toch doorzetten, met een reden.');
    expect(await page.locator('[data-testid=phase-override]').count()).toBe(0);
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/phase-guards-adviser.png`, fullPage: true });

    // The baseline is entered by the adviser (reviewed at once); its footprint comes from the worker.
    await adviser('PUT', `/api/koploper/participants/${bakery}/baseline`, { year: year - 1, activities: [{ type: 'electricity', amount: 30_000, unit: 'kWh', contract: 'grey' }, { type: 'natural_gas', amount: 6_000, unit: 'm3' }] });
    await page.reload();
    await checklist.waitFor();
    await expect.poll(() => checklist.locator('[data-guard="koploper.baseline_reviewed"]').getAttribute('data-done')).toBe('true');
    expect(await next.isDisabled()).toBe(false);
    await next.click();
    await expect.poll(() => text(page, '[data-testid=phase]')).toContain('Duurzaamheidsprofiel');
    // The next phase's checklist now asks for the published profile.
    await expect.poll(async () => norm(await checklist.innerText())).toContain('het duurzaamheidsprofiel is gepubliceerd');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the coordinator moves another company on anyway, only with a reason, and the reason is kept on the track', async () => {
    const { page, errors } = await signIn(browser, system.urls.shell, 'coordinator@mvo-noord.test');
    await page.goto(`${system.urls.shell}/koploper/deelnemers/${other}`);
    const form = page.locator('[data-testid=phase-override]');
    await form.waitFor();
    const submit = form.getByRole('button', { name: 'Toch doorzetten naar Duurzaamheidsprofiel' });
    await submit.click();
    await expect.poll(() => text(page, '#override-reason-error')).toBe('Geef een reden om toch door te zetten.');
    expect(await text(page, '[data-testid=phase]')).toContain('Nulmeting');
    await page.getByLabel('Reden om toch door te zetten').fill('Nulmeting besproken op locatie; de cijfers volgen na de jaarafsluiting');
    await expect.poll(() => page.locator('#override-reason-error').count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}/phase-guards-coordinator.png`, fullPage: true });
    await submit.click();
    await expect.poll(() => text(page, '[data-testid=phase]')).toContain('Duurzaamheidsprofiel');
    const overrides = page.locator('[data-testid=phase-overrides]');
    await overrides.waitFor();
    const said = norm(await overrides.innerText());
    expect(said).toContain('Doorgezet terwijl niet alles klaar was');
    expect(said).toContain('Cor Dijkstra: Nulmeting → Duurzaamheidsprofiel');
    expect(said).toContain('Ontbrak: de nulmeting is beoordeeld door de adviseur');
    expect(said).toContain('Reden: “Nulmeting besproken op locatie; de cijfers volgen na de jaarafsluiting”');
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `${ARTIFACTS}/phase-guards-override.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the company sees what its next phase needs, without any move or override', async () => {
    const { page, errors } = await signIn(browser, system.urls.shell, 'deelnemer@bakkerij-devries.test');
    await page.goto(`${system.urls.shell}/koploper/deelnemers/${bakery}`);
    const checklist = page.locator('[data-testid=phase-checklist]');
    await checklist.waitFor();
    expect(norm(await checklist.innerText())).toContain('Nodig voor Actieplan (DuOn-Agenda)');
    expect(await page.locator('button[data-phase]').count()).toBe(0);
    expect(await page.locator('[data-testid=phase-override], [data-testid=phase-blocked], [data-testid=phase-overrides]').count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}/phase-guards-participant.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
