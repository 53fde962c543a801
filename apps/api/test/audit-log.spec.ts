/**
 * The audit log (issue 14, item 7): an uploaded file is audited by its name,
 * size, type and sha256, never its content; long text and large documents by
 * their length and hash; the audit answer is paged and each entry's changes are
 * capped, also for rows written before this (with content in them).
 */
import { createHash } from 'node:crypto';
import { DEMO_EMAILS, startHarness, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let admin: string;
const MB = 1024 * 1024;

beforeAll(async () => {
  h = await startHarness();
  admin = await h.signIn(DEMO_EMAILS.administrator);
});
afterAll(() => h?.close());

async function upload(groupId: string, name: string, content: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([content]), name);
  const res = await fetch(`${h.url}/api/programme/groups/${groupId}/materials`, { method: 'POST', headers: { cookie: admin }, body: form });
  return { status: res.status, body: (await res.json()) as any };
}

it('a 2 MB upload makes a small audit entry with the file name, size, type and sha256, and no content', async () => {
  const cohort = await h.call('POST', '/api/koploper/cohorts', { cookie: admin, body: { name: 'Koplopergroep Meppel', municipality: 'Meppel', startsOn: '2026-01-15', endsOn: '2026-12-15' } });
  expect(cohort.status).toBe(201);
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'), Buffer.alloc(2 * MB, 'a')]);
  const added = await upload(cohort.body.id, 'Werkboek.pdf', pdf);
  expect(added.status).toBe(201);
  const fileId = added.body.items[0].id;

  const res = await fetch(`${h.url}/api/audit-log?pageSize=100`, { headers: { cookie: admin } });
  expect(res.status).toBe(200);
  const text = await res.text();
  // The whole page of 100 entries is far smaller than the file it mentions.
  expect(Buffer.byteLength(text)).toBeLessThan(200_000);
  const entry = JSON.parse(text).items.find((e: { entity: string; entityId: string }) => e.entity === 'StoredFile' && e.entityId === fileId);
  expect(entry).toMatchObject({ action: 'insert', entity: 'StoredFile' });
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  expect(entry.changes).toMatchObject({
    filename: 'Werkboek.pdf',
    contentType: 'application/pdf',
    sizeBytes: pdf.length,
    sha256,
    content: { omitted: 'binary', sizeBytes: pdf.length, sha256 },
  });
  expect(Buffer.byteLength(JSON.stringify(entry))).toBeLessThan(2000);

  // What is stored is as small as what is answered.
  const [row] = await h.sql.query(`select octet_length(changes::text) as n from audit_log where entity = 'StoredFile' and entity_id = $1`, [fileId]);
  expect(row.n).toBeLessThan(2000);
});

it('long text is kept by its length and hash', async () => {
  const agenda = 'Verkennen van de R-ladder. '.repeat(150);
  const group = (await h.call('POST', '/api/koploper/cohorts', { cookie: admin, body: { name: 'Koplopergroep Hoogeveen', municipality: 'Hoogeveen', startsOn: '2026-01-15', endsOn: '2026-12-15' } })).body.id;
  const session = await h.call('POST', `/api/programme/groups/${group}/sessions`, {
    cookie: admin,
    body: { kind: 'kickoff', title: 'Start', startsAt: '2026-02-03T15:00:00+01:00', location: 'Hoogeveen', agenda },
  });
  expect(session.status).toBe(201);
  const [row] = await h.sql.query(`select changes from audit_log where entity = 'ProgrammeSession' and entity_id = $1 and action = 'insert'`, [session.body.id]);
  expect(row.changes.agenda).toEqual({ omitted: 'text', length: agenda.length, sha256: createHash('sha256').update(agenda).digest('hex') });
  expect(row.changes.title).toBe('Start');
});

it('the audit answer is paged: pages do not overlap, the total stays, and a page holds at most 100 entries', async () => {
  const first = await h.call('GET', '/api/audit-log?pageSize=3', { cookie: admin });
  const second = await h.call('GET', '/api/audit-log?pageSize=3&page=2', { cookie: admin });
  expect(first.status).toBe(200);
  expect(first.body).toMatchObject({ page: 1, pageSize: 3, total: expect.any(Number) });
  expect(first.body.total).toBeGreaterThan(6);
  expect(first.body.items).toHaveLength(3);
  expect(second.body.items).toHaveLength(3);
  expect(second.body.total).toBe(first.body.total);
  const ids = [...first.body.items, ...second.body.items].map((e: { id: string }) => Number(e.id));
  expect(new Set(ids).size).toBe(6);
  // Newest first.
  expect([...ids].sort((a, b) => b - a)).toEqual(ids);
  const tooMany = await h.call('GET', '/api/audit-log?pageSize=101', { cookie: admin });
  expect(tooMany.status).toBe(400);
  expect(tooMany.body.errors.map((e: { field: string }) => e.field)).toEqual(['pageSize']);
});

it('an entry written before this change with a file in it is answered capped', async () => {
  const content = { type: 'Buffer', data: Array.from({ length: 500_000 }, (_, i) => i % 256) };
  const [{ id }] = await h.sql.query(
    `insert into audit_log (partner_id, action, entity, entity_id, changes) values ($1, 'insert', 'StoredFile', 'oud', $2) returning id`,
    [h.ids.partners.noord, JSON.stringify({ filename: 'oud.pdf', content })],
  );
  const res = await fetch(`${h.url}/api/audit-log?pageSize=5`, { headers: { cookie: admin } });
  const text = await res.text();
  expect(Buffer.byteLength(text)).toBeLessThan(50_000);
  const entry = JSON.parse(text).items.find((e: { id: string }) => e.id === String(id));
  expect(entry.changes).toEqual({ filename: 'oud.pdf', content: { omitted: 'too_large', sizeBytes: expect.any(Number) } });
  expect(entry.changes.content.sizeBytes).toBeGreaterThan(1_000_000);
});
