import { Injectable, computed, inject, signal } from '@angular/core';
import { ApiClient, ApiError, type MembershipView, type SessionView } from '@koers/web-api-client';

export type Role = MembershipView['role'];

/**
 * The signed-in session, shared by the shell and every step app (a singleton
 * across micro-frontends). The session itself is an httpOnly cookie; this only
 * mirrors what the API says about it.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(ApiClient);
  readonly session = signal<SessionView | null>(null);
  /** Set once the first session check has answered (signed in or not). */
  readonly checked = signal(false);
  readonly activeMembership = computed(() => {
    const s = this.session();
    return s?.memberships.find((m) => m.id === s.activeMembershipId) ?? null;
  });
  readonly role = computed<Role | null>(() => this.activeMembership()?.role ?? null);

  /** Asks the API once whether the cookie still holds a session. */
  async restore(): Promise<SessionView | null> {
    if (this.checked()) return this.session();
    try {
      this.session.set(await this.api.session());
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 401) console.warn('session check failed', e);
      this.session.set(null);
    }
    this.checked.set(true);
    return this.session();
  }

  async signIn(email: string, password: string): Promise<SessionView> {
    const s = await this.api.signIn({ email, password });
    this.session.set(s);
    this.checked.set(true);
    return s;
  }

  async signOut(): Promise<void> {
    try {
      await this.api.signOut();
    } finally {
      this.ended();
    }
  }

  /** Asks the API again, e.g. after a page outside the guards (accepting an invitation) signed the user in. */
  async reload(): Promise<SessionView | null> {
    this.checked.set(false);
    return this.restore();
  }

  /** The session is gone (signed out, expired, ended elsewhere). */
  ended(): void {
    this.session.set(null);
    this.checked.set(true);
  }

  async switchTo(membershipId: string): Promise<void> {
    this.session.set(await this.api.switchMembership(membershipId));
  }

  hasRole(...roles: Role[]): boolean {
    const r = this.role();
    return r !== null && roles.includes(r);
  }
}
