import { EntitySubscriberInterface, EventSubscriber, InsertEvent, RemoveEvent, UpdateEvent } from 'typeorm';
import { AuditLog } from './entities/audit/audit-log.entity';
import { requestScope } from './request-scope';

/** Entities whose writes are bookkeeping, not user actions (sign-in is audited explicitly). */
// JourneyAccess is itself a log (every shared read): auditing it would double every read into audit_log.
const NOT_AUDITED = new Set(['AuditLog', 'Session', 'PasswordReset', 'JourneyAccess']);
/** Never copied into the audit log. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash']);

function redact(values: Record<string, unknown> | undefined | null): Record<string, unknown> | null {
  if (!values) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) out[k] = SECRET_FIELDS.has(k) ? '[redacted]' : v;
  return out;
}

/**
 * Writes an audit row for every insert, update and delete made through an
 * EntityManager, in the same transaction as the change: who, what, when.
 */
@EventSubscriber()
export class AuditSubscriber implements EntitySubscriberInterface {
  afterInsert(event: InsertEvent<Record<string, unknown>>): Promise<void> | void {
    return this.write(event.metadata.name, 'insert', event.entity?.['id'], redact(event.entity), event.manager);
  }

  afterUpdate(event: UpdateEvent<Record<string, unknown>>): Promise<void> | void {
    const changed: Record<string, unknown> = {};
    for (const c of event.updatedColumns) changed[c.propertyName] = SECRET_FIELDS.has(c.propertyName) ? '[redacted]' : event.entity?.[c.propertyName];
    return this.write(event.metadata.name, 'update', event.entity?.['id'] ?? event.databaseEntity?.['id'], changed, event.manager);
  }

  afterRemove(event: RemoveEvent<Record<string, unknown>>): Promise<void> | void {
    return this.write(event.metadata.name, 'delete', event.entityId ?? event.databaseEntity?.['id'], null, event.manager);
  }

  private async write(entity: string, action: string, entityId: unknown, changes: Record<string, unknown> | null, manager: InsertEvent<unknown>['manager']) {
    if (NOT_AUDITED.has(entity)) return;
    const scope = requestScope.getStore();
    await manager.insert(AuditLog, {
      partnerId: scope?.tenant?.partnerId ?? (entity === 'Partner' ? (entityId as string) : null),
      actorUserId: scope?.actorUserId ?? null,
      action,
      entity,
      entityId: entityId == null ? null : String(entityId),
      changes: changes as never,
      requestId: scope?.requestId ?? null,
    });
  }
}
