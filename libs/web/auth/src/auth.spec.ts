import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { firstValueFrom } from 'rxjs';
import type { SessionView } from '@koers/web-api-client';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';
import { authGuard, roleGuard } from './guards';

@Component({ template: 'pagina' })
class PageComponent {}

function session(role: SessionView['memberships'][number]['role']): SessionView {
  return {
    user: { id: 'u1', email: 'x@koers.test', name: 'X', locale: 'nl' },
    memberships: [{ id: 'm1', role, partner: { id: 'p1', name: 'MVO Alliantie Noord-Nederland' }, organisation: null }],
    activeMembershipId: 'm1',
  };
}

function setup() {
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideHttpClient(withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
      provideRouter([
        { path: 'aanmelden', component: PageComponent },
        { path: 'masterclass', component: PageComponent, canActivate: [roleGuard('coordinator', 'adviser')] },
        { path: 'profiel', component: PageComponent, canActivate: [authGuard] },
        { path: '', component: PageComponent },
      ]),
    ],
  });
  return { http: TestBed.inject(HttpTestingController), client: TestBed.inject(HttpClient), auth: TestBed.inject(AuthService), router: TestBed.inject(Router) };
}

describe('authInterceptor', () => {
  it('sends the session cookie with every API call', async () => {
    const { http, client } = setup();
    void firstValueFrom(client.get('/api/partners/current'));
    expect(http.expectOne('/api/partners/current').request.withCredentials).toBe(true);
  });

  it('on a 401 from a data call forgets the session and sends the user to sign in, coming back afterwards', async () => {
    const { http, client, auth, router } = setup();
    auth.session.set(session('coordinator'));
    auth.checked.set(true);
    await router.navigateByUrl('/profiel');
    expect(router.url).toBe('/profiel');
    const call = firstValueFrom(client.get('/api/partners/current')).catch((e) => e.status);
    http.expectOne('/api/partners/current').flush({ title: 'Niet aangemeld' }, { status: 401, statusText: 'Unauthorized' });
    expect(await call).toBe(401);
    await new Promise((r) => setTimeout(r));
    expect(auth.session()).toBeNull();
    expect(router.url).toBe('/aanmelden?terug=%2Fprofiel');
  });

  it('leaves a 401 from the session check and from sign-in to the page that asked', async () => {
    const { http, client, auth, router } = setup();
    await router.navigateByUrl('/');
    const check = firstValueFrom(client.get('/api/auth/session')).catch((e) => e.status);
    http.expectOne('/api/auth/session').flush(null, { status: 401, statusText: 'Unauthorized' });
    const signIn = firstValueFrom(client.post('/api/auth/sign-in', {})).catch((e) => e.status);
    http.expectOne('/api/auth/sign-in').flush(null, { status: 401, statusText: 'Unauthorized' });
    expect([await check, await signIn]).toEqual([401, 401]);
    await new Promise((r) => setTimeout(r));
    expect(router.url).toBe('/');
    expect(auth.checked()).toBe(false);
  });
});

describe('guards', () => {
  it('sends a visitor without a session to sign in with the page to return to, asking the API once', async () => {
    const { http } = setup();
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/profiel');
    await new Promise((r) => setTimeout(r));
    http.expectOne('/api/auth/session').flush(null, { status: 401, statusText: 'Unauthorized' });
    await navigation;
    expect(TestBed.inject(Router).url).toBe('/aanmelden?terug=%2Fprofiel');
    await harness.navigateByUrl('/masterclass');
    http.expectNone('/api/auth/session');
    expect(TestBed.inject(Router).url).toBe('/aanmelden?terug=%2Fmasterclass');
  });

  it('lets a role through only where the role may go', async () => {
    const { auth, router } = setup();
    const harness = await RouterTestingHarness.create();
    auth.session.set(session('participant'));
    auth.checked.set(true);
    await harness.navigateByUrl('/masterclass');
    expect(router.url).toBe('/');
    auth.session.set(session('adviser'));
    await harness.navigateByUrl('/masterclass');
    expect(router.url).toBe('/masterclass');
    expect(auth.hasRole('adviser')).toBe(true);
    expect(auth.hasRole('participant')).toBe(false);
  });
});

describe('AuthService', () => {
  it('follows the active membership when switching partner', async () => {
    const { http, auth } = setup();
    auth.session.set(session('coordinator'));
    const switching = auth.switchTo('m2');
    const req = http.expectOne('/api/auth/switch');
    expect(req.request.body).toEqual({ membershipId: 'm2' });
    const next = session('coordinator');
    next.memberships.push({ id: 'm2', role: 'analyst', partner: { id: 'p2', name: 'Koploperproject Groningen' }, organisation: null });
    next.activeMembershipId = 'm2';
    req.flush(next);
    await switching;
    expect(auth.activeMembership()?.partner.name).toBe('Koploperproject Groningen');
    expect(auth.role()).toBe('analyst');
  });
});
