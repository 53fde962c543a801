import { provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ApiError } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { provideKoersI18n } from '@koers/web-ui';
import { SignInComponent } from './sign-in.component';

class FakeAuth {
  calls: [string, string][] = [];
  answer: 'ok' | 401 | 429 | 503 = 'ok';
  session = signal(null);
  async signIn(email: string, password: string) {
    this.calls.push([email, password]);
    if (this.answer === 429) {
      const text = { nl: 'Te veel mislukte aanmeldpogingen; probeer het over 15 minuten opnieuw', en: 'Too many failed sign-in attempts; try again in 15 minutes' };
      throw new ApiError(429, { status: 429, code: 'auth.too_many_attempts', params: { retryAfterSeconds: 900 }, text, detail: text.nl });
    }
    if (this.answer !== 'ok') throw new ApiError(this.answer, null);
    return {} as never;
  }
}

async function renderSignIn() {
  const auth = new FakeAuth();
  TestBed.configureTestingModule({
    imports: [SignInComponent],
    providers: [provideZonelessChangeDetection(), provideKoersI18n(), provideRouter([{ path: '**', children: [] }]), { provide: AuthService, useValue: auth }],
  });
  const fixture = TestBed.createComponent(SignInComponent);
  await fixture.whenStable();
  const el: HTMLElement = fixture.nativeElement;
  const type = async (id: string, value: string) => {
    const input = el.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const submit = async () => {
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
  };
  const errors = () => [...el.querySelectorAll('.koers-field-error, .koers-form-error')].map((e) => e.textContent?.trim());
  return { auth, el, type, submit, errors };
}

describe('SignInComponent', () => {
  it('names each missing or malformed field inline, linked to its input, and sends nothing', async () => {
    const { auth, el, type, submit, errors } = await renderSignIn();
    await submit();
    expect(errors()).toEqual(['Vul uw e-mailadres in.', 'Vul uw wachtwoord in.']);
    expect(el.querySelector('#email')!.getAttribute('aria-describedby')).toBe('email-error');
    expect(el.querySelector('#email')!.getAttribute('aria-invalid')).toBe('true');
    await type('email', 'geen-adres');
    await type('password', 'x');
    await submit();
    expect(errors()).toEqual(['Dit is geen geldig e-mailadres.']);
    expect(auth.calls).toEqual([]);
  });

  it('signs in with the trimmed address and goes home', async () => {
    const { auth, type, submit } = await renderSignIn();
    const router = TestBed.inject(Router);
    await type('email', '  coordinator@mvo-noord.test ');
    await type('password', 'koers-demo-2026');
    await submit();
    expect(auth.calls).toEqual([['coordinator@mvo-noord.test', 'koers-demo-2026']]);
    expect(router.url).toBe('/');
  });

  it('tells a wrong password apart from an unreachable server', async () => {
    const { auth, type, submit, errors } = await renderSignIn();
    await type('email', 'a@b.nl');
    await type('password', 'fout');
    auth.answer = 401;
    await submit();
    expect(errors()).toEqual(['Onjuist e-mailadres of wachtwoord.']);
    auth.answer = 503;
    await submit();
    expect(errors()).toEqual(['Koers is even niet bereikbaar. Probeer het zo opnieuw.']);
  });

  it("shows the API's 429 in Dutch with the time to try again, and offers 'Wachtwoord vergeten?' with the address typed", async () => {
    const { auth, el, type, submit } = await renderSignIn();
    await type('email', 'a@b.nl');
    await type('password', 'fout');
    auth.answer = 429;
    const before = Date.now();
    await submit();
    const text = el.querySelector('[data-testid=too-many]')!.textContent!.replace(/\s+/g, ' ').trim();
    const at = (ms: number) => new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(new Date(ms + 900_000));
    expect([at(before), at(Date.now())].map((t) => `Te veel mislukte aanmeldpogingen; probeer het over 15 minuten opnieuw. U kunt het weer proberen vanaf ${t}.`)).toContain(text);
    const forgot = el.querySelector<HTMLAnchorElement>('[data-testid=forgot-password]')!;
    expect(forgot.textContent!.trim()).toBe('Wachtwoord vergeten?');
    expect(forgot.getAttribute('href')).toBe('/wachtwoord-vergeten?email=a@b.nl');
  });
});
