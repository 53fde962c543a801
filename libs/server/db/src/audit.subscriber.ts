import { createHash } from 'node:crypto';
import { EntitySubscriberInterface, EventSubscriber, InsertEvent, RemoveEvent, UpdateEvent } from 'typeorm';
import { AuditLog } from './entities/audit/audit-log.entity';
import { requestScope } from './request-scope';

/** Entities whose writes are bookkeeping, not user actions (sign-in is audited explicitly). */
// JourneyAccess is itself a log (every shared read): auditing it would double every read into audit_log.
const NOT_AUDITED = new Set(['AuditLog', 'Session', 'PasswordReset', 'JourneyAccess']);
/** Never copied into the audit log. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash']);

/** Text up to this many characters is kept in the audit log as it is. */
export const AUDIT_MAX_TEXT = 2000;
/** A structured value (a jsonb column) up to this many bytes of JSON is kept as it is. */
export const AUDIT_MAX_JSON = 4000;

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/**
 * What the audit log keeps of one written value: never file content or other
 * bytes (their size and sha256 instead), and for long text or a large document
 * its length and hash, so the log stays small and still shows that and what changed.
 */
export function auditValue(v: unknown): unknown {
  if (Buffer.isBuffer(v) || v instanceof Uint8Array) {
    const bytes = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    return { omitted: 'binary', sizeBytes: bytes.length, sha256: sha256(bytes) };
  }
  if (typeof v === 'string') return v.length > AUDIT_MAX_TEXT ? { omitted: 'text', length: v.length, sha256: sha256(v) } : v;
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    const json = JSON.stringify(v);
    if (json !== undefined && Buffer.byteLength(json) > AUDIT_MAX_JSON) return { omitted: 'json', sizeBytes: Buffer.byteLength(json), sha256: sha256(json) };
  }
  return v;
}

function redact(values: Record<string, unknown> | undefined | null): Record<string, unknown> | null {
  if (!values) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) out[k] = SECRET_FIELDS.has(k) ? '[redacted]' : auditValue(v);
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
    for (const c of event.updatedColumns) changed[c.propertyName] = SECRET_FIELDS.has(c.propertyName) ? '[redacted]' : auditValue(event.entity?.[c.propertyName]);
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
