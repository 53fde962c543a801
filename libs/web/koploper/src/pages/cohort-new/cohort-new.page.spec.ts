import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthService } from '@koers/web-auth';
import { LanguageService, provideKoersI18n } from '@koers/web-ui';
import { koploperRoutes } from '../../routes';

async function open() {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), provideKoersI18n(), provideRouter(koploperRoutes(), withComponentInputBinding())],
  });
  const auth = TestBed.inject(AuthService);
  auth.session.set({
    user: { id: 'u1', email: 'coordinator@mvo-noord.test', name: 'Carla', locale: 'nl' },
    memberships: [{ id: 'm1', role: 'coordinator', partner: { id: 'pa', name: 'MVO Alliantie Noord-Nederland' }, organisation: null }],
    activeMembershipId: 'm1',
  } as never);
  auth.checked.set(true);
  const harness = await RouterTestingHarness.create();
  const tick = () => new Promise((r) => setTimeout(r));
  const settle = async () => {
    await tick();
    await harness.fixture.whenStable();
  };
  await harness.navigateByUrl('/groepen/nieuw');
  await settle();
  await settle();
  const el: HTMLElement = harness.fixture.nativeElement;
  const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const type = async (id: string, value: string) => {
    const field = el.querySelector<HTMLInputElement>(`#${id}`)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await settle();
  };
  const errorOf = (id: string) => {
    const ref = el.querySelector(`#${id}`)!.getAttribute('aria-describedby');
    return ref ? text(el.querySelector(`#${ref}`)) : null;
  };
  const submit = () => el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  return { http: TestBed.inject(HttpTestingController), el, settle, tick, type, errorOf, submit, text };
}

describe('a new cohort', () => {
  it('names every missing field next to it, and an end before the start, and sends nothing', async () => {
    const { http, settle, type, errorOf, submit } = await open();
    submit();
    await settle();
    expect(errorOf('cohort-name')).toBe('Geef de Koplopergroep een naam.');
    expect(errorOf('cohort-municipality')).toBe('Vul de gemeente in.');
    expect(errorOf('cohort-starts')).toBe('Kies de startdatum.');
    await type('cohort-name', '   ');
    expect(errorOf('cohort-name')).toBe('Geef de Koplopergroep een naam.');
    await type('cohort-starts', '2026-06-01');
    await type('cohort-ends', '2026-01-01');
    expect(errorOf('cohort-ends')).toBe('De einddatum moet na de startdatum liggen.');
    await type('cohort-starts', '2025-12-01');
    expect(errorOf('cohort-ends')).toBeNull();
    http.expectNone('/api/koploper/cohorts');
  });

  it('creates the cohort and opens it; a field the API refuses shows at that field, in English too', async () => {
    const { http, el, settle, tick, type, errorOf, submit, text } = await open();
    await type('cohort-name', 'Koplopergroep Tynaarlo');
    await type('cohort-municipality', 'Tynaarlo');
    await type('cohort-starts', '2026-01-15');
    await type('cohort-ends', '2026-12-15');
    submit();
    await tick();
    const refused = http.expectOne('/api/koploper/cohorts');
    expect(refused.request.body).toEqual({ name: 'Koplopergroep Tynaarlo', municipality: 'Tynaarlo', startsOn: '2026-01-15', endsOn: '2026-12-15' });
    const municipality = { nl: 'Tynaarlo is geen gemeente van deze partner', en: 'Tynaarlo is not a municipality of this partner' };
    refused.flush(
      { status: 400, code: 'cohort.municipality', params: {}, text: municipality, errors: [{ field: 'municipality', code: 'cohort.municipality', text: municipality }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(errorOf('cohort-municipality')).toBe('Tynaarlo is geen gemeente van deze partner');
    TestBed.inject(LanguageService).use('en');
    await settle();
    expect(errorOf('cohort-municipality')).toBe('Tynaarlo is not a municipality of this partner');
    // The box says it once: the field already shows the text.
    expect(text(el.querySelector('koers-refusal'))).toBe('Tynaarlo is not a municipality of this partner');

    await type('cohort-municipality', 'Assen');
    expect(errorOf('cohort-municipality')).toBeNull();
    submit();
    await tick();
    http.expectOne('/api/koploper/cohorts').flush({ id: 'c-new' });
    for (let i = 0; i < 100 && TestBed.inject(Router).url !== '/groepen/c-new'; i++) await new Promise((r) => setTimeout(r, 10));
    expect(TestBed.inject(Router).url).toBe('/groepen/c-new');
  });
});
