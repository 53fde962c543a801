import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideKoersI18n } from '@koers/web-ui';
import { PasswordForgotComponent, PasswordResetComponent } from './password-reset.component';
import { SignInComponent } from './sign-in.component';

async function open(url: string) {
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideKoersI18n(),
      provideRouter([
        { path: 'aanmelden', component: SignInComponent },
        { path: 'wachtwoord-vergeten', component: PasswordForgotComponent },
        { path: 'wachtwoord-herstellen', component: PasswordResetComponent },
      ]),
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  };
  await settle();
  const el: HTMLElement = harness.fixture.nativeElement;
  const type = async (id: string, value: string) => {
    const input = el.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  };
  const submit = async () => {
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle();
  };
  const errors = () => [...el.querySelectorAll('.koers-field-error, .koers-form-error')].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());
  return { http, el, type, submit, settle, errors };
}

describe('Wachtwoord vergeten', () => {
  beforeEach(() => localStorage.clear());

  it('starts from the address typed at sign-in and gives the same answer for any address', async () => {
    const { http, el, submit, settle } = await open('/wachtwoord-vergeten?email=onbekend%40voorbeeld.nl');
    expect(el.querySelector('h1')!.textContent).toBe('Wachtwoord vergeten');
    expect(el.querySelector<HTMLInputElement>('#reset-email')!.value).toBe('onbekend@voorbeeld.nl');
    await submit();
    const req = http.expectOne('/api/auth/password-reset');
    expect(req.request.body).toEqual({ email: 'onbekend@voorbeeld.nl' });
    req.flush(null, { status: 202, statusText: 'Accepted' });
    await settle();
    expect(el.querySelector('[data-testid=reset-requested]')!.textContent!.trim()).toBe(
      'Als er een account met dit e-mailadres is, staat de link binnen enkele minuten in uw mailbox. Kijk ook bij ongewenste mail.',
    );
  });

  it('names a missing address at the field and sends nothing; shows the 429 with when to try again', async () => {
    const { http, el, type, submit, settle, errors } = await open('/wachtwoord-vergeten');
    await submit();
    expect(errors()).toEqual(['Vul uw e-mailadres in.']);
    http.expectNone('/api/auth/password-reset');

    await type('reset-email', 'a@b.nl');
    await submit();
    const text = { nl: 'Te veel aanvragen voor een nieuw wachtwoord; probeer het over 1 uur opnieuw', en: 'Too many password-reset requests; try again in 1 hour' };
    http.expectOne('/api/auth/password-reset').flush({ status: 429, code: 'auth.too_many_resets', params: { retryAfterSeconds: 3600 }, text }, { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '3600' } });
    await settle();
    expect(el.querySelector('[data-testid=too-many]')!.textContent!.replace(/\s+/g, ' ').trim()).toMatch(
      /^Te veel aanvragen voor een nieuw wachtwoord; probeer het over 1 uur opnieuw\. U kunt het weer proberen vanaf \d\d:\d\d\.$/,
    );
    expect(el.querySelector('[data-testid=reset-requested]')).toBeNull();
  });
});

describe('Nieuw wachtwoord instellen (the link from the mail)', () => {
  beforeEach(() => localStorage.clear());

  it('asks for the password twice, at least 12 characters, then sends it with the token and leads to sign-in', async () => {
    const { http, el, type, submit, settle, errors } = await open('/wachtwoord-herstellen?token=abcdefghijklmnop');
    expect(el.querySelector('h1')!.textContent).toBe('Nieuw wachtwoord instellen');
    await type('new-password', 'kort');
    await type('repeat-password', 'anders');
    await submit();
    expect(errors()).toEqual(['Kies een wachtwoord van minstens 12 tekens.', 'De twee wachtwoorden zijn niet gelijk.']);
    http.expectNone('/api/auth/password-reset/confirm');

    await type('new-password', 'een-lang-nieuw-wachtwoord');
    await type('repeat-password', 'een-lang-nieuw-wachtwoord');
    await submit();
    const req = http.expectOne('/api/auth/password-reset/confirm');
    expect(req.request.body).toEqual({ token: 'abcdefghijklmnop', password: 'een-lang-nieuw-wachtwoord' });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/aanmelden?wachtwoord=nieuw');
    expect(el.querySelector('[data-testid=password-changed]')!.textContent!.trim()).toBe('Uw nieuwe wachtwoord is opgeslagen. Meld u nu aan met het nieuwe wachtwoord.');
  });

  it('says a used or expired link is no good and offers a new one', async () => {
    const { http, el, type, submit, settle } = await open('/wachtwoord-herstellen?token=gebruikt-al-lang');
    await type('new-password', 'een-lang-nieuw-wachtwoord');
    await type('repeat-password', 'een-lang-nieuw-wachtwoord');
    await submit();
    const text = { nl: 'Deze link is onbekend, al gebruikt of verlopen', en: 'This link is unknown, already used or expired' };
    http.expectOne('/api/auth/password-reset/confirm').flush(
      { status: 400, code: 'bad_input', params: {}, text, errors: [{ field: 'token', code: 'auth.reset_token_invalid', text }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(el.querySelector('[data-testid=reset-token-invalid]')!.textContent!.trim()).toBe('Deze link is onbekend, al gebruikt of verlopen. Vraag een nieuwe link aan.');
    expect(el.querySelector('a.koers-button')!.getAttribute('href')).toBe('/wachtwoord-vergeten');
    expect(el.querySelector('form')).toBeNull();
  });

  it('without a token says the link is incomplete', async () => {
    const { el } = await open('/wachtwoord-herstellen');
    expect(el.querySelector('[data-testid=reset-no-token]')!.textContent!.trim()).toContain('Deze link is niet compleet');
  });
});
