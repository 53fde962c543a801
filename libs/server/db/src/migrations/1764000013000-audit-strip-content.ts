import { createHash } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14 item 7, for the rows written before it: the audit log used to copy
 * every written column, uploaded files' bytes included (a Buffer, stored in
 * `changes` as `{"type":"Buffer","data":[...]}`), and long text (base64 content
 * among it). The audit subscriber now keeps of each value what `auditValue`
 * (libs/server/db/src/audit.subscriber.ts) keeps; this data migration applies
 * the same rule to the rows already there, so the content is gone from the
 * database, not only capped in the answer:
 *
 * - bytes: `{ omitted: 'binary', sizeBytes, sha256 }` (of the bytes);
 * - text over 2,000 characters: `{ omitted: 'text', length, sha256 }`;
 * - any other structured value over 4,000 bytes of JSON: `{ omitted: 'json', sizeBytes, sha256 }`;
 * - `passwordHash` and `tokenHash`: `[redacted]`.
 *
 * Top-level values only, as the subscriber does; every other value, every
 * other column and every row that needs none of this stay as they are. The
 * rule is copied here, not imported, so this migration does the same thing
 * whatever the subscriber does later. Rows are read in batches by id.
 */
const MAX_TEXT = 2000;
const MAX_JSON = 4000;
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash']);
const BATCH = 200;

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

function isBufferJson(v: unknown): v is { type: 'Buffer'; data: number[] } {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return o.type === 'Buffer' && Array.isArray(o.data) && Object.keys(o).length === 2 && o.data.every((b) => Number.isInteger(b) && (b as number) >= 0 && (b as number) <= 255);
}

export function strippedAuditValue(key: string, v: unknown): unknown {
  if (SECRET_FIELDS.has(key)) return '[redacted]';
  // Already the subscriber's own summary.
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && typeof (v as Record<string, unknown>).omitted === 'string') return v;
  if (isBufferJson(v)) {
    const bytes = Buffer.from(v.data);
    return { omitted: 'binary', sizeBytes: bytes.length, sha256: sha256(bytes) };
  }
  if (typeof v === 'string') return v.length > MAX_TEXT ? { omitted: 'text', length: v.length, sha256: sha256(v) } : v;
  if (v !== null && typeof v === 'object') {
    const json = JSON.stringify(v);
    const size = Buffer.byteLength(json);
    if (size > MAX_JSON) return { omitted: 'json', sizeBytes: size, sha256: sha256(json) };
  }
  return v;
}

export class AuditStripContent1764000013000 implements MigrationInterface {
  name = 'AuditStripContent1764000013000';

  async up(q: QueryRunner): Promise<void> {
    let after = 0;
    for (;;) {
      // Only rows that can hold something to strip: long ones, ones with a Buffer, ones with a secret field.
      const rows: { id: string; changes: Record<string, unknown> }[] = await q.query(
        `select id, changes from audit_log
          where id > $1 and jsonb_typeof(changes) = 'object'
            and (octet_length(changes::text) > ${MAX_TEXT} or changes::text like '%"Buffer"%' or changes ?| array['passwordHash', 'tokenHash'])
          order by id limit ${BATCH}`,
        [after],
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        let changed = false;
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(row.changes)) {
          out[k] = strippedAuditValue(k, v);
          if (out[k] !== v) changed = true;
        }
        if (changed) await q.query('update audit_log set changes = $2 where id = $1', [row.id, JSON.stringify(out)]);
      }
      after = Number(rows[rows.length - 1].id);
    }
  }

  async down(): Promise<void> {
    // The content is gone; nothing to restore.
  }
}
