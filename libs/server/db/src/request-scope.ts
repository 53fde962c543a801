import { AsyncLocalStorage } from 'node:async_hooks';
import type { Role } from '@koers/domain';
import type { EntityManager } from 'typeorm';
import type { RequestConnection } from './request-connection';

/** Who is acting, for which partner. Set once per request by the API's tenancy interceptor. */
export interface TenantContext {
  partnerId: string;
  userId: string;
  membershipId: string;
  role: Role;
  /** Set for participants: the organisation they act for (RLS limits them to it). */
  organisationId: string | null;
}

export interface RequestScope {
  tenant: TenantContext | null;
  /** The transaction every query of this request runs in. */
  em: EntityManager;
  actorUserId: string | null;
  requestId: string | null;
  /** The transaction's one connection, which Db.system inside it uses too (request-connection.ts). */
  connection?: RequestConnection;
  /** Set inside a privileged block on that connection: the token that lets its queries through. */
  block?: symbol;
}

/** One store for the whole process; read by Db and the audit subscriber. */
export const requestScope = new AsyncLocalStorage<RequestScope>();
