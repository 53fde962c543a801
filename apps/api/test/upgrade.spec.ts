/**
 * Upgrading an installation to the programme core: a database migrated up to
 * KoploperTrack1764000004000 with the data of an installation at that point
 * (libs/server/db/test/fixtures/before-programme-core.sql) runs the remaining
 * migrations, and every row is found again in the core's and step 1's tables.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { allMigrations, dataSourceOptions, runMigrations } from '@koers/server-db';
import { DEMO_EMAILS, startHarness, type Harness } from '../../../tools/testing/api-harness';
import { createEmptyTestDatabase, dropTestDatabase } from '../../../tools/testing/test-database';

const FIXTURE = join(__dirname, '../../../libs/server/db/test/fixtures/before-programme-core.sql');
/** The migrations an installation on main at 47259be had run. */
const BEFORE = 5;

// Rows of the fixture (ids as they were before the upgrade).
const COHORT = '959788e7-7fef-438b-af91-cb60b46a4e1b';
const BAKKERIJ_ENROLMENT = '2f562b5d-ec0d-4a13-97b9-6f25d9a01942';
const INSTALLATEUR_ENROLMENT = '8fc63586-9d90-4f32-988f-26d2b8e71ca6';
const ZORG_ENROLMENT = '71cd1342-23e8-4899-9f58-3149659c2bd9';
const ADVISER = '5953cd0b-c588-4ee7-a566-c65da789433a';
const TRAINEE = 'a83f4402-c15a-492e-95ee-04ff247f2f92';
const KICKOFF = '12326de0-e08d-4776-991d-e237f672dc23';
const SYMPOSIUM = '11111111-0000-4000-8000-000000000001';
const ACCEPTED_INVITATION = '11111111-0000-4000-8000-000000000003';
const OPEN_INVITATION = '11111111-0000-4000-8000-000000000002';
const CONSENT_FIRST = '22222222-0000-4000-8000-000000000001';
const CONSENT_TWICE = '22222222-0000-4000-8000-000000000002';
const CONSENT_WITHDRAWN = '22222222-0000-4000-8000-000000000003';

/** Tables renamed by ProgrammeCore1764000005000: old name -> new name. */
const RENAMED: Record<string, string> = {
  cohort: 'programme_group',
  cohort_participant: 'enrolment',
  cohort_adviser: 'group_staff',
  cohort_invitation: 'group_invitation',
  meeting: 'programme_session',
  meeting_attendance: 'session_attendance',
};

let url: string;
let sql: DataSource;
let before: Record<string, number>;

/** Audit rows as written before issue 14 item 7 (file content in them), which migration 1764000013000 strips; the other rows' changes before the upgrade. */
const OLD_FILE = Buffer.from(Array.from({ length: 30_000 }, (_, i) => (i * 7) % 256));
const OLD_BASE64 = OLD_FILE.toString('base64');
const oldAudit: { file?: string; base64?: string; small?: string; others?: Map<string, string> } = {};

async function counts(ds: DataSource): Promise<Record<string, number>> {
  const tables: { table_name: string }[] = await ds.query(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'migrations' order by 1`,
  );
  const out: Record<string, number> = {};
  for (const { table_name } of tables) out[table_name] = (await ds.query(`select count(*)::int as n from "${table_name}"`))[0].n;
  return out;
}

beforeAll(async () => {
  url = await createEmptyTestDatabase();
  expect(allMigrations.slice(0, BEFORE).map((m) => m.name)).toEqual([
    'Foundation1764000000000', 'Diagnostics1764000001000', 'Calculations1764000002000', 'Cohorts1764000003000', 'KoploperTrack1764000004000',
  ]);
  // The schema of main at 47259be: the first five migrations, through TypeORM's runner (each in its transaction).
  const old = new DataSource(dataSourceOptions(url, { migrations: allMigrations.slice(0, BEFORE), extra: { max: 1 } }));
  await old.initialize();
  const ran = await old.runMigrations({ transaction: 'each' });
  expect(ran.map((m) => m.name)).toEqual(allMigrations.slice(0, BEFORE).map((m) => m.name));
  // The installation's data; cohort and cohort_participant refer to each other (the prize winner), so foreign-key triggers are off while loading.
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('set session_replication_role = replica');
    await client.query(readFileSync(FIXTURE, 'utf8'));
    await client.query('set session_replication_role = origin');
    // The fixture lists rows only; a dump of the installation also carries the audit log's sequence (pg_dump's setval), restored here.
    await client.query(`select setval(pg_get_serial_sequence('audit_log', 'id'), (select max(id) from audit_log))`);
    // Whole-record consents as the installation could hold them: two active ones for the same partner (granted twice at once) and a withdrawn one.
    await client.query(`
      insert into consent (id, organisation_id, partner_id, granted_at, revoked_at)
      select v.id::uuid, o.id, p.id, v.granted_at::timestamptz, v.revoked_at::timestamptz
      from (select id from organisation order by name limit 1) o, (select id from partner order by slug limit 1) p,
        (values ('${CONSENT_FIRST}', '2026-03-01T10:00:00Z', null), ('${CONSENT_TWICE}', '2026-03-01T10:00:01Z', null), ('${CONSENT_WITHDRAWN}', '2026-01-01T10:00:00Z', '2026-02-01T10:00:00Z')) v(id, granted_at, revoked_at)`);
    // Audit rows with content, as the subscriber wrote them before issue 14 item 7: a file's bytes (a Buffer as JSON), base64 text, a small file.
    const audit = async (changes: unknown) =>
      String((await client.query(`insert into audit_log (partner_id, action, entity, entity_id, changes) select id, 'insert', 'StoredFile', 'oud', $1 from partner order by slug limit 1 returning id`, [JSON.stringify(changes)])).rows[0].id);
    oldAudit.others = new Map((await client.query(`select id, changes::text as changes from audit_log`)).rows.map((r: { id: string; changes: string }) => [String(r.id), r.changes]));
    oldAudit.file = await audit({ filename: 'oud.pdf', contentType: 'application/pdf', sizeBytes: OLD_FILE.length, content: OLD_FILE.toJSON() });
    oldAudit.base64 = await audit({ filename: 'bijlage.pdf', contentBase64: OLD_BASE64 });
    oldAudit.small = await audit({ filename: 'klein.txt', content: Buffer.from('hallo').toJSON() });
  } finally {
    await client.end();
  }
  before = await counts(old);
  await old.destroy();
  await runMigrations(url);
  sql = new DataSource(dataSourceOptions(url, { extra: { max: 1 } }));
  await sql.initialize();
});

afterAll(async () => {
  await sql?.destroy();
  if (url) await dropTestDatabase(url);
});

describe('upgrading to the programme core', () => {
  it('loaded the installation as it was (the fixture has a row in every step-1 table)', () => {
    expect(before).toMatchObject({
      cohort: 1, cohort_participant: 3, cohort_adviser: 2, cohort_invitation: 2, meeting: 2, meeting_attendance: 3, stored_file: 3, baseline: 1, sustainability_profile: 1,
      action_plan_item: 1, communication_submission: 1, jury_member: 1, jury_score: 1, csr_certificate: 1, csr_certificate_number: 1, alumni_invitation: 1,
      partner: 2, organisation: 6, participation: 6, app_user: 12, membership: 13, audit_log: 46 + 3,
    });
  });

  it('ran every remaining migration', async () => {
    const ran: { name: string }[] = await sql.query('select name from migrations order by timestamp');
    expect(ran.map((m) => m.name)).toEqual(allMigrations.map((m) => m.name));
  });

  it('keeps the number of rows of every table (under its new name), and adds one Koploper row per cohort and per participant', async () => {
    const after = await counts(sql);
    const expected: Record<string, number> = {};
    for (const [table, n] of Object.entries(before)) expected[RENAMED[table] ?? table] = n;
    expected.koploper_cohort = before.cohort;
    expected.koploper_enrolment = before.cohort_participant;
    // Step 2's tables (MasterclassScan1764000006000, Masterclass1764000006100) start empty.
    for (const table of ['region_scan', 'scan_company', 'masterclass', 'session_module', 'masterclass_outcome', 'masterclass_decision', 'chain_proposal']) expected[table] = 0;
    // Step 3's tables (migration 1764000007000) start empty.
    for (const table of [
      'sector_programme', 'sector_conference', 'sector_question', 'chain_project', 'chain_agreement', 'chain_member', 'chain_specialist', 'session_item', 'flow_map', 'flow_variant', 'flow_node', 'material_flow',
      'business_case_option', 'business_case_line', 'chain_application',
    ]) expected[table] = 0;
    // The journey's tables (migration 1764000008000) start empty.
    for (const table of ['journey_access', 'journey_lead', 'funnel_stage', 'financing_step', 'follow_up_setting', 'follow_up_task', 'student', 'student_assignment']) expected[table] = 0;
    // The sign-in limits' table (migration 1764000009000, rate-limiter-flexible's own) starts empty.
    expected.auth_throttle = 0;
    // The alliance (migration 1764000010000): every partner becomes an alliance partner, the five programme lines are reference data, the rest starts empty.
    expected.alliance_partner = before.partner;
    expected.programme_line = 5;
    for (const table of [
      'partner_contract', 'contract_commitment', 'commitment_fulfilment', 'csr_platform', 'csr_platform_member', 'csr_platform_event', 'pilot_project', 'pilot_impact_figure', 'budget', 'budget_line',
    ]) expected[table] = 0;
    // Issue 14 items 5-6 (migration 1764000012000): each enrolment's adviser from the audit log (3), no membership invitation yet.
    expected.enrolment_adviser = 3;
    expected.membership_invitation = 0;
    // The evaluation survey (migration 1764000011000) starts empty: surveys are made when a group closes.
    for (const t of ['evaluation_invitation', 'evaluation_link', 'evaluation_question', 'evaluation_response', 'evaluation_run', 'evaluation_survey']) expected[t] = 0;
    // The education line (migration 1764000016000) starts empty: a school registers its students.
    for (const t of ['education_student', 'education_internship']) expected[t] = 0;
    // Knowledge sharing, the showcase and the join applications (migration 1764000015000) start empty.
    for (const t of ['knowledge_item', 'showcase', 'alliance_application']) expected[t] = 0;
    // Moves past the phase guards (migration 1764000019000) start empty: earlier moves had no guards to pass.
    expected.phase_override = 0;
    expect(after).toEqual(expected);
  });

  it('the audit log: old rows lose the file content (size and sha256 kept), every other row and value is untouched', async () => {
    const sha256 = (d: Buffer | string) => createHash('sha256').update(d).digest('hex');
    const rows: { id: string; changes: Record<string, unknown>; text: string }[] = await sql.query(`select id::text as id, changes, changes::text as text from audit_log order by id`);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(oldAudit.file!)!.changes).toEqual({
      filename: 'oud.pdf', contentType: 'application/pdf', sizeBytes: 30_000,
      content: { omitted: 'binary', sizeBytes: 30_000, sha256: sha256(OLD_FILE) },
    });
    expect(byId.get(oldAudit.base64!)!.changes).toEqual({ filename: 'bijlage.pdf', contentBase64: { omitted: 'text', length: OLD_BASE64.length, sha256: sha256(OLD_BASE64) } });
    expect(byId.get(oldAudit.small!)!.changes).toEqual({ filename: 'klein.txt', content: { omitted: 'binary', sizeBytes: 5, sha256: sha256('hallo') } });
    expect(Math.max(...[oldAudit.file, oldAudit.base64, oldAudit.small].map((id) => Buffer.byteLength(byId.get(id!)!.text)))).toBeLessThan(400);
    // The installation's own rows (no content in them) byte for byte as they were.
    expect(oldAudit.others!.size).toBe(46);
    for (const [id, text] of oldAudit.others!) expect([id, byId.get(id)?.text]).toEqual([id, text]);
  });

  it('the alliance: each partner is an alliance partner of kind other, none the secretariat, and the cohort belongs to the line duurzaam ondernemerschap', async () => {
    const partners: { kind: string; secretariat: boolean }[] = await sql.query(`select a.kind, a.secretariat from alliance_partner a join partner p on p.id = a.partner_id order by p.slug`);
    expect(partners).toEqual([{ kind: 'other', secretariat: false }, { kind: 'other', secretariat: false }]);
    const [group] = await sql.query(`select programme_line from programme_group where id = $1`, [COHORT]);
    expect(group.programme_line).toBe('sustainable_entrepreneurship');
  });

  it("the advisers' history (enrolment_adviser) starts with each enrolment's adviser as the audit log recorded it, still open", async () => {
    const rows: { enrolment_id: string; user_id: string; open: boolean; from_audit: boolean }[] = await sql.query(
      `select ea.enrolment_id, ea.user_id, ea.until is null as open,
              ea."from" = (select a.at from audit_log a where a.entity_id = ea.enrolment_id::text and a.changes ->> 'adviserUserId' = ea.user_id::text order by a.at limit 1) as from_audit
         from enrolment_adviser ea order by ea.enrolment_id`,
    );
    const current: { id: string; adviser_user_id: string }[] = await sql.query('select id, adviser_user_id from enrolment where adviser_user_id is not null order by id');
    expect(rows).toEqual(current.map((e) => ({ enrolment_id: e.id, user_id: e.adviser_user_id, open: true, from_audit: true })));
  });

  it('consents: every one becomes consent to the record (part organisation), and of two active ones for the same partner the later is withdrawn', async () => {
    const rows: { id: string; part: string; active: boolean }[] = await sql.query(`select id, part, revoked_at is null as active from consent where id in ($1, $2, $3) order by id`, [CONSENT_FIRST, CONSENT_TWICE, CONSENT_WITHDRAWN]);
    expect(rows).toEqual([
      { id: CONSENT_FIRST, part: 'organisation', active: true },
      { id: CONSENT_TWICE, part: 'organisation', active: false },
      { id: CONSENT_WITHDRAWN, part: 'organisation', active: false },
    ]);
  });

  it('the cohort: a Koploper group with its name, plan and status; the municipality and prize winner in koploper_cohort', async () => {
    const [group] = await sql.query(`select * from programme_group where id = $1`, [COHORT]);
    expect(group).toMatchObject({ step: 'koploper', name: 'Koplopergroep Midden-Drenthe 2026', status: 'running', closed_at: null });
    expect(group.phase_plan).toMatchObject({ kickoff: '2026-02-15', symposium: '2026-12-01' });
    const [own] = await sql.query(`select * from koploper_cohort where group_id = $1`, [COHORT]);
    expect(own).toMatchObject({ municipality: 'Assen', prize_winner_enrolment_id: BAKKERIJ_ENROLMENT, partner_id: group.partner_id });
  });

  it('its 3 enrolments keep phase and adviser; the MVO-visie of Bakkerij De Vries is in koploper_enrolment', async () => {
    const rows = await sql.query(`select e.id, e.role, e.phase, e.adviser_user_id, e.group_id, o.name from enrolment e join organisation o on o.id = e.organisation_id order by o.name`);
    expect(rows).toEqual([
      { id: BAKKERIJ_ENROLMENT, role: 'participant', phase: 'symposium', adviser_user_id: ADVISER, group_id: COHORT, name: 'Bakkerij De Vries' },
      { id: INSTALLATEUR_ENROLMENT, role: 'participant', phase: 'baseline', adviser_user_id: ADVISER, group_id: COHORT, name: 'Installatiebedrijf Bos' },
      { id: ZORG_ENROLMENT, role: 'participant', phase: 'baseline', adviser_user_id: TRAINEE, group_id: COHORT, name: 'Zorggroep Drentse Aa' },
    ]);
    const visions = await sql.query(`select enrolment_id, csr_vision, csr_vision_updated_at from koploper_enrolment order by csr_vision desc`);
    expect(visions[0]).toEqual({ enrolment_id: BAKKERIJ_ENROLMENT, csr_vision: 'Wij bakken met groene stroom en lokaal graan.', csr_vision_updated_at: new Date('2026-05-01T10:00:00Z') });
    expect(visions.slice(1).map((v: { csr_vision: string }) => v.csr_vision)).toEqual(['', '']);
  });

  it('the 2 advisers are group staff with role adviser; the trainee keeps its mentor', async () => {
    const staff = await sql.query(`select user_id, role, trainee, mentor_user_id, external_name, contribution, group_id from group_staff order by trainee`);
    expect(staff).toEqual([
      { user_id: ADVISER, role: 'adviser', trainee: false, mentor_user_id: null, external_name: null, contribution: '', group_id: COHORT },
      { user_id: TRAINEE, role: 'adviser', trainee: true, mentor_user_id: ADVISER, external_name: null, contribution: '', group_id: COHORT },
    ]);
  });

  it('the 2 invitations: the accepted one names its enrolment; both count as sent once, neither is withdrawn', async () => {
    const rows = await sql.query(`select id, email, group_id, enrolment_id, accepted_at, withdrawn_at, sent_count, last_sent_at = created_at as sent_when_made, token_hash from group_invitation order by id`);
    expect(rows).toEqual([
      { id: OPEN_INVITATION, email: 'info@gemeente-assen.test', group_id: COHORT, enrolment_id: null, accepted_at: null, withdrawn_at: null, sent_count: 1, sent_when_made: true, token_hash: 'a'.repeat(64) },
      { id: ACCEPTED_INVITATION, email: 'zorg@drentse-aa.test', group_id: COHORT, enrolment_id: ZORG_ENROLMENT, accepted_at: new Date('2026-01-20T09:00:00Z'), withdrawn_at: null, sent_count: 1, sent_when_made: true, token_hash: 'b'.repeat(64) },
    ]);
  });

  it('the 2 meetings are sessions of the group, and their 3 attendance rows name the enrolments', async () => {
    const sessions = await sql.query(`select id, group_id, kind, title, location, ends_at from programme_session order by starts_at`);
    expect(sessions).toEqual([
      { id: KICKOFF, group_id: COHORT, kind: 'kickoff', title: 'Startbijeenkomst Koplopers Midden-Drenthe', location: 'Gemeentehuis Assen', ends_at: null },
      { id: SYMPOSIUM, group_id: COHORT, kind: 'symposium', title: 'Symposium Koplopers Midden-Drenthe', location: 'Drents Museum', ends_at: null },
    ]);
    const attendance = await sql.query(`select session_id, enrolment_id, present from session_attendance order by enrolment_id`);
    expect(attendance).toEqual([
      { session_id: KICKOFF, enrolment_id: BAKKERIJ_ENROLMENT, present: true },
      { session_id: KICKOFF, enrolment_id: ZORG_ENROLMENT, present: false },
      { session_id: KICKOFF, enrolment_id: INSTALLATEUR_ENROLMENT, present: true },
    ]);
  });

  it('the 3 stored files keep purpose, owner and content', async () => {
    const files = await sql.query(`select purpose, owner_id, filename, content from stored_file order by purpose`);
    expect(files.map((f: { purpose: string; owner_id: string; filename: string; content: Buffer }) => [f.purpose, f.owner_id, f.filename, f.content.toString('latin1')])).toEqual([
      ['communication', '11111111-0000-4000-8000-000000000007', 'poster.pdf', '%PDF-1.7'],
      ['participation_certificate', BAKKERIJ_ENROLMENT, 'deelnamecertificaat.pdf', '%PDF-1.7'],
      ['profile_pdf', '11111111-0000-4000-8000-000000000006', 'duurzaamheidsprofiel.pdf', '%PDF-1.7'],
    ]);
  });

  it("the track's rows still belong to Bakkerij De Vries' enrolment: baseline, profile, action item, submission, jury and score, certificate, alumni invitation", async () => {
    const one = async (q: string) => (await sql.query(q))[0];
    expect(await one(`select participant_id, year, status from baseline`)).toEqual({ participant_id: BAKKERIJ_ENROLMENT, year: 2025, status: 'reviewed' });
    expect(await one(`select participant_id, status, version, adviser_comment, pdf_file_id from sustainability_profile`)).toEqual({
      participant_id: BAKKERIJ_ENROLMENT, status: 'published', version: 1, adviser_comment: 'Mooi begin.', pdf_file_id: '11111111-0000-4000-8000-000000000005',
    });
    expect(await one(`select participant_id, title, status, expected_kg_co2e, expected_cost_eur from action_plan_item`)).toEqual({
      participant_id: BAKKERIJ_ENROLMENT, title: 'Ovens op tijdschakelaar', status: 'done', expected_kg_co2e: '1200.5', expected_cost_eur: '250.00',
    });
    expect(await one(`select participant_id, status, text from communication_submission`)).toEqual({ participant_id: BAKKERIJ_ENROLMENT, status: 'submitted', text: 'Onze klanten zien het op het broodzakje.' });
    expect(await one(`select group_id, user_id from jury_member`)).toEqual({ group_id: COHORT, user_id: 'ec9f79f5-fea7-4d6f-a5db-6bf6a0e21d10' });
    expect(await one(`select submission_id, criterion_id, score from jury_score`)).toEqual({ submission_id: '11111111-0000-4000-8000-000000000007', criterion_id: 'impact', score: '8.5' });
    expect(await one(`select participant_id, status, number, awarded_on::text, valid_until::text from csr_certificate`)).toEqual({
      participant_id: BAKKERIJ_ENROLMENT, status: 'awarded', number: 'MVO-2026-0001', awarded_on: '2026-11-21', valid_until: '2029-11-21',
    });
    expect(await one(`select year, last from csr_certificate_number`)).toEqual({ year: 2026, last: 1 });
    expect(await one(`select activity, subject from alumni_invitation`)).toEqual({ activity: 'masterclass', subject: 'CE-masterclass Drenthe' });
  });

  it('no old table is left, and the moved columns are gone from the core tables', async () => {
    const tables: { table_name: string }[] = await sql.query(`select table_name from information_schema.tables where table_schema = 'public'`);
    for (const old of Object.keys(RENAMED)) expect(tables.map((t) => t.table_name)).not.toContain(old);
    const columns: { table_name: string; column_name: string }[] = await sql.query(
      `select table_name, column_name from information_schema.columns where table_schema = 'public' and table_name in ('programme_group', 'enrolment')`,
    );
    const names = columns.map((c) => `${c.table_name}.${c.column_name}`);
    for (const moved of ['programme_group.municipality', 'programme_group.prize_winner_participant_id', 'enrolment.csr_vision', 'enrolment.csr_vision_updated_at']) expect(names).not.toContain(moved);
  });

  it("rows about one company are guarded with 'with check' equal to 'using'", async () => {
    const policies: { tablename: string; qual: string; with_check: string }[] = await sql.query(
      `select tablename, qual, with_check from pg_policies where policyname = 'tenant_isolation' and tablename in ('enrolment', 'session_attendance', 'koploper_enrolment', 'baseline', 'stored_file', 'sustainability_profile', 'action_plan_item', 'communication_submission', 'csr_certificate')`,
    );
    expect(policies).toHaveLength(9);
    for (const p of policies) {
      // stored_file also lets a participant read its group's materials (organisation_id null, migration 1764000006300);
      // what it may write is still only its own company's: the check is the company part of the using.
      if (p.tablename === 'stored_file') {
        expect(p.qual.startsWith(`(${p.with_check} OR `)).toBe(true);
        expect(p.qual).toContain("'group_material'");
        continue;
      }
      expect({ table: p.tablename, check: p.with_check }).toEqual({ table: p.tablename, check: p.qual });
    }
  });
});

describe('the upgraded installation through the API', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ databaseUrl: url });
  });
  afterAll(() => h?.close());

  it("the coordinator finds the cohort with its participants, staff, sessions with attendance, invitations and municipality", async () => {
    const coordinator = await h.signIn(DEMO_EMAILS.coordinator);
    const cohort = await h.call('GET', `/api/koploper/cohorts/${COHORT}`, { cookie: coordinator });
    expect(cohort.status).toBe(200);
    expect(cohort.body).toMatchObject({ name: 'Koplopergroep Midden-Drenthe 2026', municipality: 'Assen', status: 'running', step: 'koploper' });
    expect(cohort.body.participants.map((p: { organisationName: string; phase: string }) => `${p.organisationName}: ${p.phase}`).sort()).toEqual([
      'Bakkerij De Vries: symposium', 'Installatiebedrijf Bos: baseline', 'Zorggroep Drentse Aa: baseline',
    ]);
    expect(cohort.body.staff).toEqual(expect.arrayContaining([
      expect.objectContaining({ role: 'adviser', userId: ADVISER, name: 'Ada Veenstra', trainee: false }),
      expect.objectContaining({ role: 'adviser', userId: TRAINEE, name: 'Jelle Bakker', trainee: true, mentorName: 'Ada Veenstra' }),
    ]));
    expect(cohort.body.sessions.map((s: { kind: string }) => s.kind)).toEqual(['kickoff', 'symposium']);
    expect(cohort.body.sessions[0].attendance).toHaveLength(3);
    expect(cohort.body.invitations.map((i: { email: string; acceptedAt: string | null }) => [i.email, !!i.acceptedAt]).sort()).toEqual([
      ['info@gemeente-assen.test', false], ['zorg@drentse-aa.test', true],
    ]);
  });

  it("the participant finds its track: the MVO-visie, the action plan, the profile and the awarded certificate", async () => {
    const participant = await h.signIn(DEMO_EMAILS.participant);
    const track = await h.call('GET', `/api/koploper/participants/${BAKKERIJ_ENROLMENT}`, { cookie: participant });
    expect(track.status).toBe(200);
    expect(track.body.participant).toMatchObject({ id: BAKKERIJ_ENROLMENT, phase: 'symposium' });
    expect(track.body.cohort).toMatchObject({ id: COHORT, municipality: 'Assen' });
    expect(track.body.actionPlan.vision).toBe('Wij bakken met groene stroom en lokaal graan.');
    expect(track.body.actionPlan.items.map((i: { title: string }) => i.title)).toEqual(['Ovens op tijdschakelaar']);
    expect(track.body.profiles.map((p: { version: number | null }) => p.version)).toEqual([1]);
    expect(track.body.csrCertificate).toMatchObject({ status: 'awarded', number: 'MVO-2026-0001' });
    const register = await h.call('GET', '/api/public/csr-register');
    expect(JSON.stringify(register.body)).toContain('MVO-2026-0001');
  });
});
