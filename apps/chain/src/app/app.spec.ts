import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding, type Routes } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { authInterceptor } from '@koers/web-auth';
import { standaloneStepRoutes } from '@koers/web-features';
import { provideKoersI18n } from '@koers/web-ui';
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

describe('chain step app', () => {
  it('gives the shell its home, listing its own objects from /api/chain/projects', async () => {
    const { harness, http, settle } = await start([{ path: 'stap', children: routes }]);
    await harness.navigateByUrl('/stap');
    expect(harness.routeNativeElement!.querySelector('h1')!.textContent).toBe('Ketenprojecten');
    http.expectOne('/api/chain/projects').flush({ items: [{ id: 'x1', name: 'Eerste groep' }], total: 1 });
    await settle();
    expect(harness.routeNativeElement!.querySelector('tbody td')!.textContent!.trim()).toBe('Eerste groep');
  });

  it('on its own, sends a visitor without a session to its own sign-in page', async () => {
    const { harness, http, router } = await start(standaloneStepRoutes('chain'));
    const navigation = harness.navigateByUrl('/organisatie');
    await new Promise((r) => setTimeout(r));
    http.expectOne('/api/auth/session').flush({ title: 'Niet aangemeld' }, { status: 401, statusText: 'Unauthorized' });
    await navigation;
    expect(router.url).toBe('/aanmelden?terug=%2Forganisatie');
    expect(harness.routeNativeElement!.querySelector('label[for=email]')!.textContent).toBe('E-mailadres');
  });

  it('on its own, shows its home inside the frame once signed in', async () => {
    const { harness, http, settle } = await start(standaloneStepRoutes('chain'));
    const navigation = harness.navigateByUrl('/');
    await new Promise((r) => setTimeout(r));
    http.expectOne('/api/auth/session').flush(SESSION);
    await navigation;
    const el: HTMLElement = harness.fixture.nativeElement;
    expect(el.querySelector('koers-step-home h1')!.textContent).toBe('Ketenprojecten');
    expect(el.querySelector('.koers-membership')!.textContent).toContain('MVO Alliantie Noord-Nederland');
    http.expectOne('/api/chain/projects').flush({ title: 'Not Found' }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(el.querySelector('koers-empty-state')).not.toBeNull();
  });
});
