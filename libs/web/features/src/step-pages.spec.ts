import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SessionView } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { LanguageService, provideKoersI18n } from '@koers/web-ui';
import { stepRoutes } from './step-routes';
import type { StepKey } from './step-home.component';

const PARTNER = { id: 'p1', name: 'MVO Alliantie Noord-Nederland' };

async function open(step: StepKey, url: string, membership: Partial<SessionView['memberships'][number]> = {}) {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), provideKoersI18n(), provideRouter(stepRoutes(step), withComponentInputBinding())],
  });
  TestBed.inject(AuthService).session.set({
    user: { id: 'u1', email: 'x@koers.test', name: 'X', locale: 'nl' },
    memberships: [{ id: 'm1', role: 'coordinator', partner: PARTNER, organisation: null, ...membership }],
    activeMembershipId: 'm1',
  });
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  const el = harness.routeNativeElement!;
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  };
  const text = () => el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  /** The profile's facts as "term: value". */
  const facts = () => [...el.querySelectorAll('dt')].map((dt) => `${dt.textContent?.trim()}: ${dt.nextElementSibling?.textContent?.trim()}`);
  return { http, harness, el, settle, text, facts };
}

describe('a step home', () => {
  it('shows the helpful empty state while the step has no endpoint yet (404)', async () => {
    const { http, el, settle, text } = await open('masterclass', '/');
    expect(el.querySelector('h1')?.textContent).toBe('CE-masterclasses');
    http.expectOne('/api/masterclass/masterclasses').flush({ title: 'Not Found' }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(el.querySelector('koers-empty-state')).not.toBeNull();
    expect(text()).toContain('Nog geen masterclasses');
    expect(text()).toContain('Geplande masterclasses verschijnen hier.');
  });

  it('shows the same empty state for an empty list', async () => {
    const { http, settle, text } = await open('chain', '/');
    http.expectOne('/api/chain/projects').flush({ items: [], total: 0 });
    await settle();
    expect(text()).toContain('Nog geen ketenprojecten');
  });

  it('lists the cohorts with dates and numbers in the chosen language', async () => {
    const { http, el, harness, settle } = await open('koploper', '/');
    http.expectOne('/api/koploper/cohorts').flush({
      items: [{ id: 'c1', name: 'Koplopers Assen 2026', municipality: 'Assen', startsOn: '2026-03-05', participants: 1200 }],
      total: 1,
    });
    await settle();
    const cells = () => [...el.querySelectorAll('tbody td')].map((td) => td.textContent?.trim());
    expect([...el.querySelectorAll('thead th')].map((th) => th.textContent?.trim())).toEqual(['Naam', 'Gemeente', 'Start', 'Deelnemers']);
    expect(cells()).toEqual(['Koplopers Assen 2026', 'Assen', '5 maart 2026', '1.200']);
    TestBed.inject(LanguageService).use('en');
    await harness.fixture.whenStable();
    expect(cells()).toEqual(['Koplopers Assen 2026', 'Assen', '5 March 2026', '1,200']);
  });

  it('shows an error with a retry that asks again when the API fails', async () => {
    const { http, el, settle, text } = await open('koploper', '/');
    http.expectOne('/api/koploper/cohorts').flush(null, { status: 500, statusText: 'Server Error' });
    await settle();
    expect(text()).toContain('Er ging iets mis');
    el.querySelector<HTMLButtonElement>('koers-error-state button')!.click();
    // Not whenStable(): the app stays busy until the new request is answered.
    await new Promise((r) => setTimeout(r));
    http.expectOne('/api/koploper/cohorts').flush({ items: [], total: 0 });
    await settle();
    expect(text()).toContain('Nog geen Koplopergroepen');
  });
});

describe('the organisation profile', () => {
  it("shows a participant's own company", async () => {
    const { http, settle, facts } = await open('koploper', '/organisatie', { role: 'participant', organisation: { id: 'o-1', name: 'Bakkerij De Vries' } });
    http.expectOne('/api/organisations/o-1').flush({ id: 'o-1', name: 'Bakkerij De Vries', kind: 'company', kvkNumber: '01234567', sbiCode: '1071', sizeClass: 'small', municipality: 'Assen', region: 'Drenthe' });
    await settle();
    expect(facts()).toEqual([
      'Naam: Bakkerij De Vries',
      'Soort: Bedrijf',
      'KvK-nummer: 01234567',
      'SBI-code: 1071',
      'Grootte: Klein (10 tot 50 medewerkers)',
      'Gemeente: Assen',
      'Regio: Drenthe',
    ]);
  });

  it('shows the alliance partner to its staff', async () => {
    const { http, settle, facts } = await open('chain', '/organisatie');
    http.expectOne('/api/partners/current').flush({ ...PARTNER, slug: 'mvo-noord' });
    await settle();
    expect(facts()).toEqual(['Alliantiepartner: MVO Alliantie Noord-Nederland', 'Code: mvo-noord']);
  });
});
