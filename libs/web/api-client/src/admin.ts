import { Injectable, inject } from '@angular/core';
import { ApiClient } from './api-client';
import type { components } from './schema';

type Schemas = components['schemas'];

/*
 * The administrator's pages (/beheer): the partner's members and their roles,
 * adding one, changing a role, removing a membership, and the audit log.
 */

export type AdminMember = Schemas['AdminMemberView'];
export type AdminMemberList = Schemas['AdminMemberListView'];
export type AuditEntry = Schemas['AuditEntryView'];
export type AuditPage = Schemas['AuditPageView'];
export type AuditFilter = { entity?: string; actorUserId?: string; from?: string; to?: string; page?: number; pageSize?: number };
export type NewMember = Schemas['CreateUserDto'];

const id = encodeURIComponent;

@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly api = inject(ApiClient);

  members(page = 1, pageSize = 100) {
    return this.api.call<AdminMemberList>('GET', '/api/users', undefined, { page, pageSize });
  }
  /** A new account (201) or, for an address that has one, an invitation (202, `invited: true` with a text to show). */
  addMember(body: NewMember) {
    return this.api.call<Schemas['CreatedMemberView'] | Schemas['InvitedMemberView']>('POST', '/api/users', body);
  }
  changeRole(membershipId: string, role: AdminMember['role']) {
    return this.api.call<AdminMember>('PATCH', `/api/users/memberships/${id(membershipId)}`, { role });
  }
  removeMember(membershipId: string) {
    return this.api.call<void>('DELETE', `/api/users/memberships/${id(membershipId)}`);
  }
  audit(filter: AuditFilter = {}) {
    const params = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string | number>;
    return this.api.call<AuditPage>('GET', '/api/audit-log', undefined, params);
  }
}
