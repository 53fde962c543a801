import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { RegisterCertificate, RegisterEntry } from '@koers/web-api-client';
import { LanguageService, provideKoersI18n } from '@koers/web-ui';
import { koploperPublicRoutes } from '../../routes';

const ENTRIES: RegisterEntry[] = [
  { number: 'MVO-2026-0001', company: 'Bakkerij De Vries', municipality: 'Midden-Drenthe', awardedOn: '2026-03-02', validUntil: '2029-03-01' },
  { number: 'MVO-2026-0002', company: 'Metaalbewerking Hoekstra', municipality: null, awardedOn: '2026-04-10', validUntil: '2027-04-09' },
];
const ENTRY: RegisterCertificate = {
  ...ENTRIES[0],
  status: 'revoked',
  revokedOn: '2026-10-01',
  issuedBy: 'MVO Alliantie Noord-Nederland',
  meaning: [{ nl: 'Het bedrijf heeft het Koplopertraject doorlopen.', en: 'The company completed the Koploper track.' }],
  url: 'http://localhost:4200/koploper/mvo-register/MVO-2026-0001',
};

async function open(url: string) {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), provideKoersI18n(), provideRouter(koploperPublicRoutes(), withComponentInputBinding())],
  });
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  const tick = () => new Promise((r) => setTimeout(r));
  // Ticks and a change detection, not whenStable: a typed-in reactive form keeps the zoneless fixture from reporting stable.
  const settle = async () => {
    await tick();
    harness.fixture.detectChanges();
    await tick();
  };
  await harness.navigateByUrl(url);
  await tick();
  const el: HTMLElement = harness.fixture.nativeElement;
  const text = (node: Element | null = el) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const type = async (selector: string, value: string) => {
    const field = el.querySelector<HTMLInputElement>(selector)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await tick();
    harness.fixture.detectChanges();
  };
  const click = async (selector: string) => {
    el.querySelector<HTMLElement>(selector)!.click();
    await tick();
    harness.fixture.detectChanges();
  };
  return { http, el, settle, text, type, click, harness };
}

describe('the public MVO register', () => {
  it('lists the valid certificates, each linking to its own page, and searches by company and municipality', async () => {
    const { http, el, settle, text, type, click } = await open('/mvo-register');
    http.expectOne('/api/public/csr-register').flush({ items: ENTRIES });
    await settle();
    expect(text(el.querySelector('h1'))).toBe('Openbaar MVO-register');
    expect(text()).toContain('onafhankelijke beoordelaar');
    expect([...el.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => text(c)))).toEqual([
      ['MVO-2026-0001', 'Bakkerij De Vries', 'Midden-Drenthe', '2 maart 2026', '1 maart 2029'],
      ['MVO-2026-0002', 'Metaalbewerking Hoekstra', '—', '10 april 2026', '9 april 2027'],
    ]);
    expect(el.querySelector('tbody a')!.getAttribute('href')).toBe('/mvo-register/MVO-2026-0001');

    await type('[data-testid=search-company]', ' bakkerij ');
    await type('[data-testid=search-municipality]', 'Midden-Drenthe');
    await click('[data-testid=search]');
    const req = http.expectOne((r) => r.url === '/api/public/csr-register');
    expect(req.request.params.get('company')).toBe('bakkerij');
    expect(req.request.params.get('municipality')).toBe('Midden-Drenthe');
    req.flush({ items: [] });
    await settle();
    expect(text()).toContain('Geen geldig certificaat gevonden');
    http.verify();
  });

  it('refuses a malformed number at the field and opens the page of a well-formed one', async () => {
    const { http, el, settle, type, click, text, harness } = await open('/mvo-register');
    http.expectOne('/api/public/csr-register').flush({ items: ENTRIES });
    await settle();
    await type('[data-testid=lookup-number]', 'MVO-26-1');
    await click('[data-testid=lookup]');
    expect(text(el.querySelector('#register-number-error'))).toBe('Een certificaatnummer ziet eruit als MVO-2026-0001.');
    http.verify();
    await type('[data-testid=lookup-number]', 'mvo-2026-0001');
    await click('[data-testid=lookup]');
    await settle();
    // The entry page is a lazy chunk: wait for its request.
    let found = http.match('/api/public/csr-register/MVO-2026-0001');
    for (let i = 0; i < 50 && !found.length; i++) {
      await settle();
      found = http.match('/api/public/csr-register/MVO-2026-0001');
    }
    expect(found).toHaveLength(1);
    found[0].flush(ENTRY);
    await settle();
    expect(text(harness.routeNativeElement!.querySelector('h1'))).toBe('MVO-certificaat MVO-2026-0001');
  });

  it("a certificate's page says it is revoked, and what the certificate means, in Dutch and English", async () => {
    const { http, el, settle, text } = await open('/mvo-register/MVO-2026-0001');
    http.expectOne('/api/public/csr-register/MVO-2026-0001').flush(ENTRY);
    await settle();
    expect(text(el.querySelector('[data-testid=register-status]'))).toBe('Ingetrokken');
    expect(text(el.querySelector('[data-testid=register-status-text]'))).toBe('Dit certificaat is op 1 oktober 2026 ingetrokken door de alliantie en is niet meer geldig.');
    expect(text(el.querySelector('[data-testid=register-company]'))).toBe('Bakkerij De Vries');
    expect(text(el.querySelector('[data-testid=register-meaning]'))).toBe('Het bedrijf heeft het Koplopertraject doorlopen.');
    TestBed.inject(LanguageService).use('en');
    await settle();
    expect(text(el.querySelector('[data-testid=register-status]'))).toBe('Revoked');
    expect(text(el.querySelector('[data-testid=register-meaning]'))).toBe('The company completed the Koploper track.');
  });

  it('an unknown number shows the API\'s own words, naming it', async () => {
    const { http, el, settle, text } = await open('/mvo-register/MVO-2026-0099');
    http
      .expectOne('/api/public/csr-register/MVO-2026-0099')
      .flush(
        { code: 'csr_register.not_found', params: { number: 'MVO-2026-0099' }, text: { nl: 'Certificaat MVO-2026-0099 staat niet in het MVO-register', en: 'Certificate MVO-2026-0099 is not in the CSR register' } },
        { status: 404, statusText: 'Not Found', headers: { 'content-type': 'application/problem+json' } },
      );
    await settle();
    expect(text(el.querySelector('h1'))).toBe('Niet gevonden in het MVO-register');
    expect(text(el.querySelector('[data-testid=not-found]'))).toBe('Certificaat MVO-2026-0099 staat niet in het MVO-register');
  });
});
