/**
 * The administrator's pages (issue 15 item 11, /beheer): changing a membership's
 * role and removing a membership, and the audit log's filters. The isolation
 * cases and bad-input rows of these operations, and the rows they name (own
 * partner: MVO Noord; foreign: Groningen). isolation-cases.ts and
 * bad-input-cases.ts spread the lists into theirs and call seedAdminFixtures.
 *
 * Only types come from those files: they import this one.
 */
import type { Role } from '@koers/domain';
import { randomUUID } from 'node:crypto';
import { DEMO_EMAILS, type Harness } from '../../../../tools/testing/api-harness';
import type { BadCase } from './bad-input-cases';
import type { IsolationCase } from './isolation-cases';

const ROLES: Role[] = ['administrator', 'coordinator', 'adviser', 'analyst', 'participant'];
const ONLY = (roles: Role[], ok: number): Record<Role, number> => Object.fromEntries(ROLES.map((r) => [r, roles.includes(r) ? ok : 403])) as Record<Role, number>;

export const adminFx = {} as {
  admin: string;
  /** The demo administrator's own membership (refused: one's own role is not changed here). */
  own: string;
  /** An adviser of MVO Noord whose role the cases change (to analyst, again and again), and one they remove. */
  changed: string; removed: string;
  /** A participant's membership (staff never become participants, nor back). */
  participant: string;
  /** An adviser of Groningen. */
  foreign: string;
};
const fx = adminFx;
const path = (id: () => string) => () => `/api/users/memberships/${id()}`;

export const ADMIN_ISOLATION_CASES: IsolationCase[] = [
  {
    name: "change a membership's role",
    op: 'PATCH /api/users/memberships/{membershipId}',
    own: path(() => fx.changed),
    foreign: path(() => fx.foreign),
    body: () => ({ role: 'analyst' }),
    expect: ONLY(['administrator'], 200),
  },
  // The administrator goes first (ROLES' order) and removes it; the other roles are refused before it is looked up.
  { name: 'remove a membership', op: 'DELETE /api/users/memberships/{membershipId}', own: path(() => fx.removed), foreign: path(() => fx.foreign), expect: ONLY(['administrator'], 204) },
];

const admin = () => fx.admin;
const op = 'PATCH /api/users/memberships/{membershipId}' as const;
export const ADMIN_BAD_INPUT_CASES: BadCase[] = [
  { name: 'role change without a role', op, path: path(() => fx.changed), as: admin, body: { role: null }, status: 400, fields: ['role'] },
  { name: 'role change to an unknown role', op, path: path(() => fx.changed), as: admin, body: { role: 'king' }, status: 400, fields: ['role'] },
  { name: 'role change of staff to participant', op, path: path(() => fx.changed), as: admin, body: { role: 'participant' }, status: 400, fields: ['role'] },
  { name: 'role change of a participant to staff', op, path: path(() => fx.participant), as: admin, body: { role: 'adviser' }, status: 400, fields: ['role'] },
  { name: 'role change of one’s own membership', op, path: path(() => fx.own), as: admin, body: { role: 'analyst' }, status: 409, fields: ['membershipId'] },
  { name: 'role change of an unknown membership', op, path: path(() => randomUUID()), as: admin, body: { role: 'analyst' }, status: 404 },
  { name: 'role change of a foreign membership', op, path: path(() => fx.foreign), as: admin, body: { role: 'analyst' }, status: 404 },
  { name: 'remove one’s own membership', op: 'DELETE /api/users/memberships/{membershipId}', path: path(() => fx.own), as: admin, status: 409, fields: ['membershipId'] },
  { name: 'remove an unknown membership', op: 'DELETE /api/users/memberships/{membershipId}', path: path(() => randomUUID()), as: admin, status: 404 },
  { name: 'audit log from a date that does not exist', op: 'GET /api/audit-log', path: () => '/api/audit-log?from=2026-02-30', as: admin, status: 400, fields: ['from'] },
  { name: 'audit log to a date with a time', op: 'GET /api/audit-log', path: () => '/api/audit-log?to=2026-02-03T10:00', as: admin, status: 400, fields: ['to'] },
  { name: 'audit log to before from', op: 'GET /api/audit-log', path: () => '/api/audit-log?from=2026-03-01&to=2026-02-01', as: admin, status: 400, fields: ['to'] },
  { name: 'audit log by a person that is no id', op: 'GET /api/audit-log', path: () => '/api/audit-log?actorUserId=beheer', as: admin, status: 400, fields: ['actorUserId'] },
  { name: 'audit log of an oversized entity', op: 'GET /api/audit-log', path: () => `/api/audit-log?entity=${'x'.repeat(65)}`, as: admin, status: 400, fields: ['entity'] },
];

/** Two advisers of MVO Noord and one of Groningen, each a new account with only that membership. */
export async function seedAdminFixtures(x: Harness): Promise<void> {
  fx.admin = await x.signIn(DEMO_EMAILS.administrator);
  const sql = (text: string, params: unknown[]) => x.sql.query(text, params);
  const adviser = async (partnerId: string, email: string) => {
    const user = randomUUID();
    const membership = randomUUID();
    await sql(`insert into app_user (id, email, name, password_hash) values ($1, $2, $3, 'x')`, [user, email, `Cases ${email}`]);
    await sql(`insert into membership (id, user_id, partner_id, role) values ($1, $2, $3, 'adviser')`, [membership, user, partnerId]);
    return membership;
  };
  const tag = randomUUID().slice(0, 8);
  fx.changed = await adviser(x.ids.partners.noord, `wissel-${tag}@mvo-noord.test`);
  fx.removed = await adviser(x.ids.partners.noord, `weg-${tag}@mvo-noord.test`);
  fx.foreign = await adviser(x.ids.partners.groningen, `adviseur-${tag}@groningen-duurzaam.test`);
  const [own] = await x.sql.query(`select m.id from membership m join app_user u on u.id = m.user_id where u.email = $1 and m.partner_id = $2 and m.role = 'administrator'`, [DEMO_EMAILS.administrator, x.ids.partners.noord]);
  fx.own = own.id;
  const [participant] = await x.sql.query(`select m.id from membership m join app_user u on u.id = m.user_id where u.email = $1 and m.role = 'participant'`, [DEMO_EMAILS.participant]);
  fx.participant = participant.id;
}
