import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, InjectionToken, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { components, operations } from './schema';

type Schemas = components['schemas'];
/**
 * The API's document describes a membership's partner and organisation only as
 * "object"; until it names their fields, these two are filled in here (the rest
 * of the membership and the session stays generated).
 */
export type MembershipView = Omit<Schemas['MembershipView'], 'partner' | 'organisation'> & {
  partner: { id: string; name: string };
  organisation: { id: string; name: string } | null;
};
export type SessionView = Omit<Schemas['SessionViewDto'], 'memberships'> & { memberships: MembershipView[] };
/** As MembershipView: the document leaves these nullable strings untyped. */
export type OrganisationView = Omit<Schemas['OrganisationView'], 'kvkNumber' | 'sbiCode' | 'municipality' | 'region'> & {
  kvkNumber: string | null;
  sbiCode: string | null;
  municipality: string | null;
  region: string | null;
};
export type OrganisationPage = Omit<Schemas['OrganisationPage'], 'items'> & { items: OrganisationView[] };
export type PartnerView = Schemas['PartnerView'];
export type SignInRequest = Schemas['SignInDto'];
export type UpdateProfileRequest = Schemas['UpdateProfileDto'];
export type PasswordResetRequest = Schemas['PasswordResetRequestDto'];
export type PasswordResetConfirm = Schemas['PasswordResetConfirmDto'];

/** The paths of a step's own objects (cohorts, masterclasses, chain projects). */
export type StepItemsPath = '/api/koploper/cohorts' | '/api/masterclass/masterclasses' | '/api/chain/projects';
/**
 * One row of a step's list. The API does not describe these responses in its
 * document yet, so only what every list shares is typed here.
 */
export type StepItem = { id: string; name: string } & Record<string, unknown>;

/** Where the API lives; '' means the same origin (the dev server, `startWeb` and nginx proxy /api). */
export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', { factory: () => '' });

/**
 * The application/problem+json body of a refusal (RFC 9457, docs/programme.md
 * "Errors: one contract"). The web shows `text[language]` and
 * `errors[].text[language]`; it never splits a string.
 */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  /** Stable: clients and tests match on it (`group.size_rule`). */
  code: string;
  /** The values in the text (`{ min: 3, max: 15, count: 2 }`). */
  params: Record<string, unknown>;
  /** The refusal in both languages. */
  text: { nl: string; en: string };
  /** The Dutch text, for tools that read only RFC 9457. */
  detail?: string;
  /** Every field the refusal names, each with its own code and text. */
  errors?: {
    field: string;
    code: string;
    params?: Record<string, unknown>;
    text: { nl: string; en: string };
    /** @deprecated The contract before docs/programme.md (one "nl / en" string); only `ApiError.fieldError` still reads it. */
    message?: string;
  }[];
  instance?: string;
}

/** An answer of the API other than 2xx (status 0: the API could not be reached). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }

  /** The message for one field of a rejected form, if the API named it. */
  fieldError(field: string): string | null {
    return this.problem?.errors?.find((e) => e.field === field)?.message ?? null;
  }
}

/**
 * The API as the web apps use it. Every type comes from schema.ts, generated
 * from the API's OpenAPI document (npm run api-client:generate), so a changed
 * endpoint fails the build here. Requests go through Angular's HttpClient, so
 * the auth library's interceptor adds the session cookie and handles a 401.
 */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);

  /** One request; feature clients (e.g. KoploperApi) build on this. A FormData body goes out as multipart. */
  async call<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown, params?: Record<string, string | number>): Promise<T> {
    try {
      return (await firstValueFrom(this.http.request<T>(method, `${this.base}${path}`, { body, params, responseType: 'json' }))) as T;
    } catch (e) {
      if (e instanceof HttpErrorResponse) {
        const problem = e.error && typeof e.error === 'object' && !(e.error instanceof ProgressEvent) ? (e.error as Problem) : null;
        throw new ApiError(e.status, problem);
      }
      throw e;
    }
  }

  signIn(body: SignInRequest) {
    return this.call<SessionView>('POST', '/api/auth/sign-in', body);
  }
  session() {
    return this.call<SessionView>('GET', '/api/auth/session');
  }
  signOut() {
    return this.call<void>('POST', '/api/auth/sign-out', {});
  }
  switchMembership(membershipId: string) {
    return this.call<SessionView>('POST', '/api/auth/switch', { membershipId } satisfies Schemas['SwitchMembershipDto']);
  }
  updateProfile(body: UpdateProfileRequest) {
    return this.call<SessionView>('PATCH', '/api/auth/profile', body);
  }
  requestPasswordReset(body: PasswordResetRequest) {
    return this.call<void>('POST', '/api/auth/password-reset', body);
  }
  confirmPasswordReset(body: PasswordResetConfirm) {
    return this.call<void>('POST', '/api/auth/password-reset/confirm', body);
  }
  currentPartner() {
    return this.call<PartnerView>('GET', '/api/partners/current');
  }
  organisations(query: NonNullable<operations['OrganisationsController_list']['parameters']['query']> = {}) {
    const params = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string | number>;
    return this.call<OrganisationPage>('GET', '/api/organisations', undefined, params);
  }
  organisation(id: string) {
    return this.call<OrganisationView>('GET', `/api/organisations/${encodeURIComponent(id)}`);
  }
  /** A step's own objects; a step whose endpoints are not built yet answers 404. */
  stepItems(path: StepItemsPath) {
    return this.call<{ items: StepItem[]; total?: number }>('GET', path);
  }
}
