import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { NotFoundError } from './errors';
import { RequestConnection, restoreTenant } from './request-connection';
import { requestScope, TenantContext } from './request-scope';

/**
 * The one place tenancy is enforced. Every request runs in a transaction that
 * switches to role koers_tenant and sets app.partner_id (and, for participants,
 * app.organisation_id), so PostgreSQL's FORCE'd row-level security applies to
 * every query the feature code makes through `db.em`. Lookups by id go through
 * `findOwned`, which answers NotFoundError (404) for a foreign object.
 */
export class Db {
  constructor(readonly dataSource: DataSource) {}

  /** Runs `fn` in a tenant-scoped transaction: role koers_tenant, the tenant's settings, on one connection. */
  inTenant<T>(tenant: TenantContext, fn: (em: EntityManager) => Promise<T>, requestId: string | null = null): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      await restoreTenant(em, tenant);
      const connection = new RequestConnection(em, tenant);
      return requestScope.run({ tenant, em, actorUserId: tenant.userId, requestId, connection }, () => fn(em));
    });
  }

  /**
   * Privileged access with no tenant (sign-in, sessions, lookups across
   * partners, worker bookkeeping, seeding). Callers name themselves by using
   * it; it is never the default. Inside a transaction that is still open (a
   * signed-in request's) it runs on that transaction's own connection, in a
   * savepoint with the tenant role dropped and put back (RequestConnection):
   * never a second connection while the request holds one, and its writes
   * commit or roll back with the request. Elsewhere it is a transaction of its own.
   */
  system<T>(fn: (em: EntityManager) => Promise<T>, actorUserId: string | null = null): Promise<T> {
    const scope = requestScope.getStore();
    if (scope?.connection?.open) return scope.connection.privileged(fn, actorUserId);
    return this.dataSource.transaction((em) => {
      const connection = new RequestConnection(em, null);
      return requestScope.run({ tenant: null, em, actorUserId, requestId: scope?.requestId ?? null, connection }, () => fn(em));
    });
  }

  /** The current request's tenant-scoped EntityManager. */
  get em(): EntityManager {
    const scope = requestScope.getStore();
    if (!scope?.tenant) throw new Error('No tenant context: this code must run inside Db.inTenant (a signed-in request).');
    return scope.em;
  }

  get tenant(): TenantContext {
    const scope = requestScope.getStore();
    if (!scope?.tenant) throw new Error('No tenant context: this code must run inside Db.inTenant (a signed-in request).');
    return scope.tenant;
  }

  /** Finds by id within what this tenant may see, or throws NotFoundError. */
  async findOwned<E extends ObjectLiteral>(entity: EntityTarget<E>, id: string, extra: FindOptionsWhere<E> = {}): Promise<E> {
    const name = this.dataSource.getMetadata(entity).name;
    if (!isUuid(id)) throw new NotFoundError(name, id);
    const found = await this.em.findOne(entity, { where: { ...extra, id } as unknown as FindOptionsWhere<E> });
    if (!found) throw new NotFoundError(name, id);
    return found;
  }

  /**
   * Runs `fn` as a journey read: row-level security then also shows another
   * partner's rows of a company for the parts it consented to, and a company
   * its own rows at every partner (the shared_journey policies). Off again
   * afterwards, so the partner's own lists never mix in shared rows.
   */
  async sharedRead<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const em = this.em;
    await em.query(`select set_config('app.shared_read', 'on', true)`);
    try {
      return await fn(em);
    } finally {
      await em.query(`select set_config('app.shared_read', '', true)`);
    }
  }

  newId(): string {
    return randomUUID();
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
