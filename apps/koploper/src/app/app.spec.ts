import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding, type Routes } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SessionView } from '@koers/web-api-client';
import { AuthService, authInterceptor } from '@koers/web-auth';
import { standaloneStepRoutes } from '@koers/web-features';
import { provideKoersI18n } from '@koers/web-ui';
import { routes as publicRoutes } from './public-routes';
import { routes } from './routes';

const SESSION = {
  user: { id: 'u1', email: 'coordinator@mvo-noord.test', name: 'Cor Dijkstra', locale: 'nl' },
  memberships: [{ id: 'm1', role: 'coordinator', partner: { id: 'p1', name: 'MVO Alliantie Noord-Nederland' }, organisation: null }],
  activeMembershipId: 'm1',
};

async function start(appRoutes: Routes) {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideRouter(appRoutes, withComponentInputBinding()),
      provideHttpClient(withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
      provideKoersI18n(),
    ],
  });
  const harness = await RouterTestingHarness.create();
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  };
  return { harness, settle, http: TestBed.inject(HttpTestingController), router: TestBed.inject(Router) };
}

/** The request once the app has made it: the router and lazy pages need a few turns first (and the app is not stable while it waits). */
async function requested(http: HttpTestingController, url: string) {
  for (let i = 0; i < 100; i++) {
    const [req] = http.match(url);
    if (req) return req;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no request to ${url}`);
}

describe('koploper step app', () => {
  it('gives the shell its home, listing its own objects from /api/koploper/cohorts', async () => {
    const { harness, http, settle } = await start([{ path: 'stap', children: routes }]);
    TestBed.inject(AuthService).session.set(SESSION as SessionView);
    await harness.navigateByUrl('/stap');
    http.expectOne('/api/koploper/cohorts').flush({ items: [{ id: 'x1', name: 'Eerste groep', municipality: 'Assen', startsOn: '2026-01-15', endsOn: '2026-12-15', status: 'running', participants: 3 }], total: 1 });
    await settle();
    const el: HTMLElement = harness.fixture.nativeElement;
    expect(el.querySelector('h1')!.textContent).toBe('Koplopertraject');
    expect(el.querySelector('tbody a')!.textContent!.trim()).toBe('Eerste groep');
    expect(el.querySelector('tbody a')!.getAttribute('href')).toBe('/stap/groepen/x1');
  });

  it('on its own, sends a visitor without a session to its own sign-in page', async () => {
    const { harness, http, router } = await start(standaloneStepRoutes('koploper', routes, publicRoutes));
    const navigation = harness.navigateByUrl('/organisatie');
    await new Promise((r) => setTimeout(r));
    http.expectOne('/api/auth/session').flush({ title: 'Niet aangemeld' }, { status: 401, statusText: 'Unauthorized' });
    await navigation;
    expect(router.url).toBe('/aanmelden?terug=%2Forganisatie');
    expect(harness.routeNativeElement!.querySelector('label[for=email]')!.textContent).toBe('E-mailadres');
  });

  it('on its own, shows its home inside the frame once signed in', async () => {
    const { harness, http, settle } = await start(standaloneStepRoutes('koploper', routes, publicRoutes));
    const navigation = harness.navigateByUrl('/');
    // The public routes are tried first; the guard asks for the session after that.
    (await requested(http, '/api/auth/session')).flush(SESSION);
    await navigation;
    const el: HTMLElement = harness.fixture.nativeElement;
    expect(el.querySelector('.koers-membership')!.textContent).toContain('MVO Alliantie Noord-Nederland');
    (await requested(http, '/api/koploper/cohorts')).flush({ items: [], total: 0 });
    await settle();
    expect(el.querySelector('main h1')!.textContent).toBe('Koplopertraject');
    expect(el.querySelector('koers-empty-state')!.textContent).toContain('Nog geen Koplopergroepen');
  });

  it('on its own, opens the public MVO register without asking for a session', async () => {
    const { harness, http, settle } = await start(standaloneStepRoutes('koploper', routes, publicRoutes));
    await harness.navigateByUrl('/mvo-register');
    await new Promise((r) => setTimeout(r, 10));
    http.expectNone('/api/auth/session');
    http.expectOne('/api/public/csr-register').flush({ items: [{ number: 'MVO-2026-0001', company: 'Bakkerij De Vries', municipality: 'Assen', awardedOn: '2026-06-01', validUntil: '2029-06-01' }] });
    await settle();
    const el: HTMLElement = harness.fixture.nativeElement;
    expect(el.querySelector('h1')!.textContent).toBe('Openbaar MVO-register');
    expect([...el.querySelectorAll('tbody td')].map((td) => td.textContent!.trim())).toEqual(['MVO-2026-0001', 'Bakkerij De Vries', 'Assen', '1 juni 2026', '1 juni 2029']);
  });
});
