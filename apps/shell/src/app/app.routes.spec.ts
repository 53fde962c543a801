import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, type Routes } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthService } from '@koers/web-auth';
import { provideKoersI18n } from '@koers/web-ui';
import { loadStep, publicStepPage, routes } from './app.routes';

@Component({ template: '<h1>Koplopertraject (remote)</h1>' })
class RemoteHomeComponent {}

function configure(extra: Routes = []) {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), provideKoersI18n(), provideRouter(extra)],
  });
}

function signInAs(role: 'participant' | 'analyst' | 'administrator', partners = ['MVO Alliantie Noord-Nederland']) {
  const auth = TestBed.inject(AuthService);
  auth.session.set({
    user: { id: 'u1', email: 'x@koers.test', name: 'Petra de Vries', locale: 'nl' },
    memberships: partners.map((name, i) => ({ id: `m${i}`, role, partner: { id: `p${i}`, name }, organisation: null })),
    activeMembershipId: 'm0',
  });
  auth.checked.set(true);
}

@Component({ template: '<h1>Openbaar MVO-register</h1>' })
class PublicPageComponent {}

describe("a step's public pages", () => {
  it('opens them under the step path, and leaves every other path of the step to the signed-in routes', async () => {
    configure([
      { matcher: publicStepPage('koploper', ['mvo-register', 'uitnodiging']), loadChildren: async () => [{ path: 'mvo-register', component: PublicPageComponent }] },
      { path: 'koploper', loadChildren: loadStep('koploper', async () => ({ routes: [{ path: '', component: RemoteHomeComponent }] })) },
    ]);
    const harness = await RouterTestingHarness.create('/koploper/mvo-register');
    expect(harness.routeNativeElement!.textContent).toBe('Openbaar MVO-register');
    await harness.navigateByUrl('/koploper');
    expect(harness.routeNativeElement!.textContent).toBe('Koplopertraject (remote)');
  });

  it("opens the chain's invitation under its mount path /keten, where its mails link to", () => {
    const match = publicStepPage('chain', ['uitnodiging']);
    const url = (path: string) => path.split('/').map((p) => ({ path: p, parameters: {} })) as never;
    expect(match(url('keten/uitnodiging/tok1'), null as never, null as never)).toEqual({ consumed: [{ path: 'keten', parameters: {} }] });
    expect(match(url('chain/uitnodiging/tok1'), null as never, null as never)).toBeNull();
    expect(match(url('keten/projecten'), null as never, null as never)).toBeNull();
  });
});

describe('loading a step app', () => {
  beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => undefined));

  it("mounts the step app's routes when it answers", async () => {
    configure([{ path: 'koploper', loadChildren: loadStep('koploper', async () => ({ routes: [{ path: '', component: RemoteHomeComponent }] })) }]);
    const harness = await RouterTestingHarness.create('/koploper');
    expect(harness.routeNativeElement!.textContent).toContain('Koplopertraject (remote)');
  });

  it('shows a message with a retry button, not a blank page, when the step app cannot be reached', async () => {
    configure([{ path: 'keten', loadChildren: loadStep('chain', () => Promise.reject(new TypeError('Failed to fetch'))) }]);
    const harness = await RouterTestingHarness.create('/keten/iets');
    const el = harness.routeNativeElement!;
    expect(el.querySelector('[data-testid=remote-unavailable]')).not.toBeNull();
    expect(el.textContent).toContain('Dit onderdeel van Koers is nu niet bereikbaar');
    expect(el.querySelector('button')!.textContent).toBe('Opnieuw proberen');
    expect(console.warn).toHaveBeenCalled();
  });

  it('treats a step app that exposes no routes as unreachable', async () => {
    configure([{ path: 'masterclass', loadChildren: loadStep('masterclass', async () => ({})) }]);
    const harness = await RouterTestingHarness.create('/masterclass');
    expect(harness.routeNativeElement!.querySelector('[data-testid=remote-unavailable]')).not.toBeNull();
  });
});

describe('the shell', () => {
  it('offers a participant its Koploper track, its masterclass and its chain projects in the navigation and on the overview', async () => {
    configure(routes);
    signInAs('participant');
    const harness = await RouterTestingHarness.create('/');
    const el: HTMLElement = harness.fixture.nativeElement;
    expect([...el.querySelectorAll('nav a')].map((a) => a.getAttribute('href'))).toEqual(['/', '/koploper', '/masterclass', '/keten', '/reis']);
    expect([...el.querySelectorAll('a[data-step]')].map((a) => a.getAttribute('data-step'))).toEqual(['koploper', 'masterclass', 'chain']);
    expect(el.querySelector('h1')!.textContent).toBe('Welkom, Petra de Vries');
  });

  it('mounts the journey pages lazily under /reis inside the shell (a library, not a step app)', async () => {
    configure(routes);
    signInAs('analyst');
    const harness = await RouterTestingHarness.create('/reis');
    await harness.fixture.whenStable();
    const el: HTMLElement = harness.fixture.nativeElement;
    expect(el.querySelector('h1')!.textContent).toBe('Reis');
    expect([...el.querySelectorAll('main a, koers-journey-home a')].map((a) => a.getAttribute('href'))).toEqual(expect.arrayContaining(['/reis/bedrijven', '/reis/opvolging', '/reis/trechter']));
  });

  it('mounts the alliance pages lazily under /alliantie, with a nav entry for staff (a participant has none, above)', async () => {
    configure(routes);
    signInAs('analyst');
    const harness = await RouterTestingHarness.create('/alliantie');
    const http = TestBed.inject(HttpTestingController);
    let asked = http.match('/api/alliance/partners');
    for (let i = 0; i < 50 && !asked.length; i++) {
      await new Promise((r) => setTimeout(r, 10));
      asked = http.match('/api/alliance/partners');
    }
    asked[0].flush({ items: [], secretariat: false, summary: { total: 0, met: 0, partly: 0, notYet: 0, allMet: false } });
    await harness.fixture.whenStable();
    const el: HTMLElement = harness.fixture.nativeElement;
    expect(el.querySelector('h1')!.textContent).toBe('Alliantie');
    expect([...el.querySelectorAll('nav a')].map((a) => a.textContent?.trim())).toContain('Alliantie');
  });

  it('offers staff all three steps and a partner switcher when they work for several partners', async () => {
    configure(routes);
    signInAs('analyst', ['MVO Alliantie Noord-Nederland', 'Koploperproject Groningen']);
    const harness = await RouterTestingHarness.create('/');
    const el: HTMLElement = harness.fixture.nativeElement;
    expect([...el.querySelectorAll('nav a')].map((a) => a.getAttribute('href'))).toEqual(['/', '/koploper', '/masterclass', '/keten', '/reis', '/alliantie', '/onderwijs', '/programmacijfers']);
    const options = [...el.querySelectorAll('[data-testid=membership-switcher] option')].map((o) => o.textContent?.trim());
    expect(options).toEqual(['MVO Alliantie Noord-Nederland (Analist)', 'Koploperproject Groningen (Analist)']);
    expect(el.querySelector('label.koers-switcher')).not.toBeNull();
  });

  it('offers the administrator the users-and-roles and audit pages under /beheer in the navigation (staff of other roles have none, above)', async () => {
    configure(routes);
    signInAs('administrator');
    const harness = await RouterTestingHarness.create('/');
    const el: HTMLElement = harness.fixture.nativeElement;
    expect([...el.querySelectorAll('nav a')].map((a) => a.getAttribute('href'))).toEqual(['/', '/koploper', '/masterclass', '/keten', '/reis', '/alliantie', '/onderwijs', '/programmacijfers', '/beheer']);
    expect([...el.querySelectorAll('nav a')].map((a) => a.textContent?.trim())).toContain('Beheer');
  });

  it('switches partner from the frame, confirms it, and starts again from the overview', async () => {
    configure(routes);
    signInAs('analyst', ['MVO Alliantie Noord-Nederland', 'Koploperproject Groningen']);
    const harness = await RouterTestingHarness.create('/profiel');
    const el: HTMLElement = harness.fixture.nativeElement;
    const select = el.querySelector<HTMLSelectElement>('[data-testid=membership-switcher]')!;
    select.value = 'm1';
    select.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable().catch(() => undefined);
    const req = TestBed.inject(HttpTestingController).expectOne('/api/auth/switch');
    expect(req.request.body).toEqual({ membershipId: 'm1' });
    const next = structuredClone(TestBed.inject(AuthService).session()!);
    next.activeMembershipId = 'm1';
    req.flush(next);
    await new Promise((r) => setTimeout(r, 10));
    await harness.fixture.whenStable();
    expect(TestBed.inject(AuthService).activeMembership()?.partner.name).toBe('Koploperproject Groningen');
    expect(el.querySelector('.koers-toasts')!.textContent).toContain('U werkt nu voor Koploperproject Groningen.');
    expect(el.querySelector('h1')!.textContent).toBe('Welkom, Petra de Vries');
  });

  it('lets a participant open the chain-project step (its own projects), not send it back to the overview', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    configure(routes);
    signInAs('participant');
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/keten');
    expect(TestBed.inject(AuthService).role()).toBe('participant');
    expect(TestBed.inject(Router).url).toBe('/keten');
    // No step app runs in this test: the shell says it cannot be reached, it does not fall back to the overview.
    expect(harness.fixture.nativeElement.querySelector('[data-testid=remote-unavailable]')).not.toBeNull();
  });
});
