import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { API_BASE_URL, ApiClient, ApiError } from './api-client';

function setup(base?: string) {
  TestBed.configureTestingModule({
    providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), ...(base ? [{ provide: API_BASE_URL, useValue: base }] : [])],
  });
  return { api: TestBed.inject(ApiClient), http: TestBed.inject(HttpTestingController) };
}

describe('ApiClient', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('signs in with a JSON body on the same origin and returns the session', async () => {
    const { api, http } = setup();
    const answer = api.signIn({ email: 'coordinator@mvo-noord.test', password: 'koers-demo-2026' });
    const req = http.expectOne('/api/auth/sign-in');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ email: 'coordinator@mvo-noord.test', password: 'koers-demo-2026' });
    req.flush({ user: { id: 'u1', email: 'coordinator@mvo-noord.test', name: 'Cor', locale: 'nl' }, memberships: [], activeMembershipId: 'm1' });
    expect((await answer).user.name).toBe('Cor');
  });

  it('turns a problem+json answer into an ApiError that names the rejected fields', async () => {
    const { api, http } = setup();
    const answer = api.updateProfile({ name: '' });
    http.expectOne('/api/auth/profile').flush(
      { type: 'about:blank', title: 'Ongeldige invoer', status: 400, detail: 'name is leeg', errors: [{ field: 'name', message: 'Vul een naam in' }] },
      { status: 400, statusText: 'Bad Request', headers: { 'content-type': 'application/problem+json' } },
    );
    const error = await answer.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).message).toBe('name is leeg');
    expect((error as ApiError).fieldError('name')).toBe('Vul een naam in');
    expect((error as ApiError).fieldError('locale')).toBeNull();
  });

  it('reports an unreachable API as status 0 without a problem body', async () => {
    const { api, http } = setup();
    const answer = api.currentPartner();
    http.expectOne('/api/partners/current').error(new ProgressEvent('error'));
    const error = (await answer.catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
    expect(error.problem).toBeNull();
  });

  it('sends only the filters given, encodes ids, and uses the configured API address', async () => {
    const { api, http } = setup('https://api.koers.test');
    void api.organisations({ search: 'bakkerij', page: 2, pageSize: undefined });
    const list = http.expectOne((r) => r.url === 'https://api.koers.test/api/organisations');
    expect(list.request.params.keys().sort()).toEqual(['page', 'search']);
    expect(list.request.params.get('search')).toBe('bakkerij');
    list.flush({ items: [], total: 0, page: 2, pageSize: 25 });
    void api.organisation('a/b');
    http.expectOne('https://api.koers.test/api/organisations/a%2Fb').flush({});
  });

  it('resolves a 204 (sign-out) without a value', async () => {
    const { api, http } = setup();
    const answer = api.signOut();
    http.expectOne('/api/auth/sign-out').flush(null, { status: 204, statusText: 'No Content' });
    expect(await answer).toBeNull();
  });
});
