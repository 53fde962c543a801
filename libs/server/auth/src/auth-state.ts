import type { Membership, User } from '@koers/server-db';

export interface AuthState {
  sessionId: string;
  user: User;
  memberships: Membership[];
  active: Membership;
}

export const SESSION_COOKIE = 'koers_session';

/** The session cookie's options: httpOnly, same-site lax, secure in production. */
export function sessionCookieOptions(config: { COOKIE_SECURE?: boolean; NODE_ENV: string; SESSION_TTL_HOURS: number }) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.COOKIE_SECURE ?? config.NODE_ENV === 'production',
    path: '/',
    maxAge: config.SESSION_TTL_HOURS * 3600,
  };
}
