import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AlumnusRow, SessionView } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { provideKoersI18n, ToastService } from '@koers/web-ui';
import { koploperRoutes } from '../../routes';

const ALUMNI: AlumnusRow[] = [
  { organisationId: 'o1', organisationName: 'Bakkerij De Vries', municipality: 'Assen', cohortId: 'c1', cohortName: 'Koplopergroep Assen 2025', year: 2025, csrCertificate: 'MVO-2025-0003' },
  { organisationId: 'o2', organisationName: 'Fietsenmaker Smit', municipality: null, cohortId: 'c1', cohortName: 'Koplopergroep Assen 2025', year: 2025, csrCertificate: null },
  { organisationId: 'o3', organisationName: 'Garage Bos', municipality: 'Beilen', cohortId: 'c0', cohortName: 'Koplopergroep Midden-Drenthe 2024', year: 2024, csrCertificate: null },
];

async function open(role: 'coordinator' | 'analyst') {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), provideKoersI18n(), provideRouter(koploperRoutes(), withComponentInputBinding())],
  });
  const auth = TestBed.inject(AuthService);
  auth.session.set({
    user: { id: 'u1', email: 'x@mvo-noord.test', name: 'X', locale: 'nl' },
    memberships: [{ id: 'm1', role, partner: { id: 'pa', name: 'MVO Alliantie Noord-Nederland' }, organisation: null }],
    activeMembershipId: 'm1',
  } as SessionView);
  auth.checked.set(true);
  const toasts: [string, string | undefined][] = [];
  vi.spyOn(TestBed.inject(ToastService), 'show').mockImplementation((m: string, kind?: 'info' | 'error') => void toasts.push([m, kind]));
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  const tick = () => new Promise((r) => setTimeout(r));
  const settle = async () => {
    await tick();
    await harness.fixture.whenStable();
  };
  await harness.navigateByUrl('/netwerk');
  await tick();
  http.expectOne('/api/koploper/alumni').flush({ items: ALUMNI, total: ALUMNI.length });
  await settle();
  const el: HTMLElement = harness.fixture.nativeElement;
  const text = (node: Element | null = el) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const type = async (selector: string, value: string) => {
    const field = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await settle();
  };
  return { http, el, settle, tick, text, type, toasts };
}

describe('the alumni network', () => {
  it('lists the companies for every staff member, without invitations for an analyst', async () => {
    const { el, text } = await open('analyst');
    expect([...el.querySelectorAll('thead th')].map((th) => text(th))).toEqual(['Bedrijf', 'Gemeente', 'Koplopergroep', 'Jaar', 'MVO-certificaat']);
    expect([...el.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => text(c)))).toEqual([
      ['Bakkerij De Vries', 'Assen', 'Koplopergroep Assen 2025', '2025', 'MVO-2025-0003'],
      ['Fietsenmaker Smit', '—', 'Koplopergroep Assen 2025', '2025', '—'],
      ['Garage Bos', 'Beilen', 'Koplopergroep Midden-Drenthe 2024', '2024', '—'],
    ]);
    expect(el.querySelector('input[type=checkbox]')).toBeNull();
    expect(el.querySelector('[data-testid=send-invitation]')).toBeNull();
  });

  it('invites the selected companies and confirms how many', async () => {
    const { http, el, settle, tick, text, type, toasts } = await open('coordinator');
    const box = (name: string) => el.querySelector<HTMLInputElement>(`[data-testid="alumnus-${name}"] input[type=checkbox]`)!;
    expect(box('Garage Bos').getAttribute('aria-label')).toBe('Selecteer Garage Bos');

    // Nothing chosen yet: every missing part is named and nothing is sent.
    el.querySelector<HTMLButtonElement>('[data-testid=send-invitation]')!.click();
    await settle();
    expect(text(el.querySelector('form'))).toContain('Selecteer in de tabel ten minste één bedrijf.');
    expect(text(el.querySelector('#alumni-subject-error'))).toBe('Vul een onderwerp in.');
    expect(text(el.querySelector('#alumni-message-error'))).toBe('Schrijf een bericht.');
    http.expectNone('/api/koploper/alumni/invitations');

    box('Bakkerij De Vries').click();
    box('Garage Bos').click();
    await settle();
    expect(text(el.querySelector('[data-testid=selected-count]'))).toBe('2 bedrijven geselecteerd');
    const activity = el.querySelector<HTMLSelectElement>('#alumni-activity')!;
    activity.value = 'chain_project';
    activity.dispatchEvent(new Event('change'));
    await type('#alumni-subject', 'Ketenproject verpakkingen');
    await type('#alumni-message', 'Graag nodigen wij u uit.');
    el.querySelector<HTMLButtonElement>('[data-testid=send-invitation]')!.click();
    await tick();
    const req = http.expectOne('/api/koploper/alumni/invitations');
    expect(req.request.body).toEqual({ organisationIds: ['o1', 'o3'], activity: 'chain_project', subject: 'Ketenproject verpakkingen', message: 'Graag nodigen wij u uit.' });
    req.flush({ sent: 3, organisations: 2 });
    await settle();
    expect(toasts).toEqual([['Uitnodiging verstuurd naar 2 bedrijven', 'info']]);
    expect(box('Bakkerij De Vries').checked).toBe(false);
    expect(el.querySelector<HTMLInputElement>('#alumni-subject')!.value).toBe('');
  });

  it('selects every company at once, and says so when nobody could be mailed', async () => {
    const { http, el, settle, tick, type, toasts } = await open('coordinator');
    el.querySelector<HTMLInputElement>('[data-testid=select-all]')!.click();
    await settle();
    await type('#alumni-subject', 'Masterclass');
    await type('#alumni-message', 'Welkom.');
    el.querySelector<HTMLButtonElement>('[data-testid=send-invitation]')!.click();
    await tick();
    const req = http.expectOne('/api/koploper/alumni/invitations');
    expect(req.request.body.organisationIds).toEqual(['o1', 'o2', 'o3']);
    expect(req.request.body.activity).toBe('masterclass');
    req.flush({ sent: 0, organisations: 3 });
    await settle();
    expect(toasts).toEqual([['Er is geen e-mail verstuurd: de gekozen bedrijven hebben nog geen gebruikers in Koers.', 'error']]);
  });
});
