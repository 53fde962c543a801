import type { Membership, User } from '@koers/server-db';

export interface AuthState {
  sessionId: string;
  user: User;
  memberships: Membership[];
  active: Membership;
}

export const SESSION_COOKIE = 'koers_session';
