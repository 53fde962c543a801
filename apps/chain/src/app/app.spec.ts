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

/** The request once the app has made it: the router and lazy pages need a few turns first. */
async function requested(http: HttpTestingController, url: string) {
  for (let i = 0; i < 100; i++) {
    const [req] = http.match(url);
    if (req) return req;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no request to ${url}`);
}

describe('chain step app', () => {
  it('gives the shell its home, listing its own objects from /api/chain/projects', async () => {
    const { harness, http, settle } = await start([{ path: 'stap', children: routes }]);
    TestBed.inject(AuthService).session.set(SESSION as SessionView);
    await harness.navigateByUrl('/stap');
    (await requested(http, '/api/chain/projects')).flush({
      items: [{ id: 'x1', name: 'Eerste groep', subject: 'Isolatie', status: 'planned', phase: 'exploration', startsOn: '2026-03-01', endsOn: '2027-02-28', lead: 'Hempvast Isolatie', partners: 3, origin: 'direct', sectorProgrammeId: null, theme: null }],
      total: 1,
    });
    // A coordinator also sees the proposals of step 2 and the joint applications waiting for a decision.
    (await requested(http, '/api/masterclass/proposals')).flush({ items: [] });
    (await requested(http, '/api/chain/applications?status=submitted')).flush({ items: [], total: 0 });
    await settle();
    const el: HTMLElement = harness.fixture.nativeElement;
    expect(el.querySelector('h1')!.textContent).toBe('Ketenprojecten');
    expect(el.querySelector('tbody td')!.textContent!.trim()).toBe('Eerste groep');
    expect(el.querySelector('tbody a')!.getAttribute('href')).toBe('/stap/projecten/x1');
  });

  it('on its own, sends a visitor without a session to its own sign-in page', async () => {
    const { harness, http, router } = await start(standaloneStepRoutes('chain', routes, publicRoutes));
    const navigation = harness.navigateByUrl('/organisatie');
    await new Promise((r) => setTimeout(r));
    http.expectOne('/api/auth/session').flush({ title: 'Niet aangemeld' }, { status: 401, statusText: 'Unauthorized' });
    await navigation;
    expect(router.url).toBe('/aanmelden?terug=%2Forganisatie');
    expect(harness.routeNativeElement!.querySelector('label[for=email]')!.textContent).toBe('E-mailadres');
  });

  it('on its own, shows its home inside the frame once signed in, empty when the API has none', async () => {
    const { harness, http, settle } = await start(standaloneStepRoutes('chain', routes, publicRoutes));
    const navigation = harness.navigateByUrl('/');
    (await requested(http, '/api/auth/session')).flush(SESSION);
    await navigation;
    const el: HTMLElement = harness.fixture.nativeElement;
    expect(el.querySelector('.koers-membership')!.textContent).toContain('MVO Alliantie Noord-Nederland');
    (await requested(http, '/api/chain/projects')).flush({ title: 'Not Found' }, { status: 404, statusText: 'Not Found' });
    (await requested(http, '/api/masterclass/proposals')).flush({ items: [] });
    (await requested(http, '/api/chain/applications?status=submitted')).flush({ items: [], total: 0 });
    await settle();
    expect(el.querySelector('main h1')!.textContent).toBe('Ketenprojecten');
    expect(el.querySelector('koers-empty-state')!.textContent).toContain('Nog geen ketenprojecten');
  });

  it('on its own, opens an invitation from a mail without asking for a session', async () => {
    const { harness, http, settle } = await start(standaloneStepRoutes('chain', routes, publicRoutes));
    await harness.navigateByUrl('/uitnodiging/tok1');
    await new Promise((r) => setTimeout(r, 10));
    http.expectNone('/api/auth/session');
    (await requested(http, '/api/public/invitations/tok1')).flush({
      email: 'info@hennepnoord.test', existingAccount: false, expiresAt: '2099-01-01T00:00:00Z', groupName: 'Hennep to House Noord-Nederland', organisationName: null, partnerName: 'MVO Alliantie Noord-Nederland', place: null, step: 'chain',
    });
    await settle();
    const el: HTMLElement = harness.fixture.nativeElement;
    expect(el.querySelector('[data-testid=invitation-intro]')!.textContent).toContain('Hennep to House Noord-Nederland');
  });
});
