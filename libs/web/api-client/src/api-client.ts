import { HttpClient } from '@angular/common/http';
import { Injectable, InjectionToken, inject } from '@angular/core';
import type { Observable } from 'rxjs';
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

/**
 * The API as the web apps use it. Every type comes from schema.ts, generated
 * from the API's OpenAPI document, so a changed endpoint fails the build here.
 */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);

  signIn(body: SignInRequest): Observable<SessionView> {
    return this.http.post<SessionView>(`${this.base}/api/auth/sign-in`, body);
  }
  session(): Observable<SessionView> {
    return this.http.get<SessionView>(`${this.base}/api/auth/session`);
  }
  signOut(): Observable<void> {
    return this.http.post<void>(`${this.base}/api/auth/sign-out`, {});
  }
  switchMembership(membershipId: string): Observable<SessionView> {
    return this.http.post<SessionView>(`${this.base}/api/auth/switch`, { membershipId });
  }
  updateProfile(body: UpdateProfileRequest): Observable<SessionView> {
    return this.http.patch<SessionView>(`${this.base}/api/auth/profile`, body);
  }
  currentPartner(): Observable<PartnerView> {
    return this.http.get<PartnerView>(`${this.base}/api/partners/current`);
  }
  organisations(page = 1, pageSize = 100): Observable<OrganisationPage> {
    return this.http.get<OrganisationPage>(`${this.base}/api/organisations`, { params: { page, pageSize } });
  }
  organisation(id: string): Observable<OrganisationView> {
    return this.http.get<OrganisationView>(`${this.base}/api/organisations/${encodeURIComponent(id)}`);
  }
  /** A step's own objects (cohorts, masterclasses, chain projects); those endpoints arrive with their issues. */
  stepItems(path: '/api/cohorts' | '/api/masterclasses' | '/api/chain-projects'): Observable<{ items: { id: string; name: string }[] }> {
    return this.http.get<{ items: { id: string; name: string }[] }>(`${this.base}${path}`);
  }
}
