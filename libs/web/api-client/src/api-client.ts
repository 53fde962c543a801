import { Injectable, InjectionToken, inject } from '@angular/core';
import type { components } from './schema';

type Schemas = components['schemas'];
export type SessionView = Schemas['SessionViewDto'];
export type MembershipView = Schemas['MembershipView'];
export type OrganisationView = Schemas['OrganisationView'];
export type OrganisationPage = Schemas['OrganisationPage'];
export type PartnerView = Schemas['PartnerView'];
export type SignInRequest = Schemas['SignInDto'];
export type UpdateProfileRequest = Schemas['UpdateProfileDto'];

/** Where the API lives; '' means the same origin (the dev server and nginx proxy /api). */
export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', { factory: () => '' });

/** An answer of the API other than 2xx; `problem` is its application/problem+json body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: { title?: string; detail?: string; errors?: { field: string; message: string }[] } | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
}

/** Listeners for a 401 on a call that needed a session (the auth lib sends the user to sign in). */
export const UNAUTHENTICATED = new InjectionToken<Set<() => void>>('UNAUTHENTICATED', { factory: () => new Set() });

/**
 * The API as the web apps use it: fetch with the session cookie. Every type
 * comes from schema.ts, generated from the API's OpenAPI document, so a changed
 * endpoint fails the build here. (fetch rather than HttpClient keeps
 * @angular/common/http out of every app's first download.)
 */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly base = inject(API_BASE_URL);
  private readonly onUnauthenticated = inject(UNAUTHENTICATED);

  private async call<T>(method: string, path: string, body?: unknown, opts: { quiet401?: boolean } = {}): Promise<T> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      credentials: 'include',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) {
      const problem = (res.headers.get('content-type') ?? '').includes('json') ? await res.json().catch(() => null) : null;
      if (res.status === 401 && !opts.quiet401) this.onUnauthenticated.forEach((fn) => fn());
      throw new ApiError(res.status, problem);
    }
    return res.status === 204 ? (undefined as T) : ((await res.json()) as T);
  }

  signIn(body: SignInRequest) {
    return this.call<SessionView>('POST', '/api/auth/sign-in', body, { quiet401: true });
  }
  session() {
    return this.call<SessionView>('GET', '/api/auth/session', undefined, { quiet401: true });
  }
  signOut() {
    return this.call<void>('POST', '/api/auth/sign-out', {});
  }
  switchMembership(membershipId: string) {
    return this.call<SessionView>('POST', '/api/auth/switch', { membershipId });
  }
  updateProfile(body: UpdateProfileRequest) {
    return this.call<SessionView>('PATCH', '/api/auth/profile', body);
  }
  currentPartner() {
    return this.call<PartnerView>('GET', '/api/partners/current');
  }
  organisations(page = 1, pageSize = 100) {
    return this.call<OrganisationPage>('GET', `/api/organisations?page=${page}&pageSize=${pageSize}`);
  }
  organisation(id: string) {
    return this.call<OrganisationView>('GET', `/api/organisations/${encodeURIComponent(id)}`);
  }
  /** A step's own objects (cohorts, masterclasses, chain projects); those endpoints arrive with their issues. */
  stepItems(path: '/api/cohorts' | '/api/masterclasses' | '/api/chain-projects') {
    return this.call<{ items: { id: string; name: string }[] }>('GET', path);
  }
}
