import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Step 1 in full: advisers, invitations, meetings, baseline, profiles, action
 * plan, communication assignment and prize, certificates, stored files.
 * Every table is the partner's (RLS on partner_id); tables about one company
 * carry its organisation_id so a participant sees only its own rows.
 */
const TENANT_ONLY = `partner_id = koers_tenant_id()`;
const OWN_ORG = `partner_id = koers_tenant_id() and (koers_participant_org() is null or organisation_id = koers_participant_org())`;
const OWN_COHORT = `partner_id = koers_tenant_id() and (koers_participant_org() is null or exists (
  select 1 from cohort_participant cp where cp.cohort_id = %I.cohort_id and cp.organisation_id = koers_participant_org()))`;
const STAFF_ONLY = `partner_id = koers_tenant_id() and koers_participant_org() is null`;

const POLICIES: Record<string, string> = {
  cohort_adviser: OWN_COHORT.replace('%I', 'cohort_adviser'),
  cohort_invitation: STAFF_ONLY,
  meeting: OWN_COHORT.replace('%I', 'meeting'),
  meeting_attendance: OWN_ORG,
  baseline: OWN_ORG,
  stored_file: `partner_id = koers_tenant_id() and (koers_participant_org() is null or organisation_id = koers_participant_org())`,
  sustainability_profile: OWN_ORG,
  action_plan_item: OWN_ORG,
  communication_submission: OWN_ORG,
  jury_member: STAFF_ONLY,
  jury_score: STAFF_ONLY,
  csr_certificate: OWN_ORG,
  alumni_invitation: STAFF_ONLY,
};

export class KoploperTrack1764000004000 implements MigrationInterface {
  name = 'KoploperTrack1764000004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table cohort
        add column phase_plan jsonb not null default '{}',
        add column closed_at timestamptz,
        add column prize_winner_participant_id uuid references cohort_participant(id);
      alter table cohort_participant
        add column adviser_user_id uuid references app_user(id),
        add column csr_vision text not null default '',
        add column csr_vision_updated_at timestamptz;
      grant delete on cohort_participant to koers_tenant;

      create table cohort_adviser (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        cohort_id uuid not null references cohort(id) on delete cascade,
        user_id uuid not null references app_user(id),
        trainee boolean not null default false,
        mentor_user_id uuid references app_user(id),
        unique (cohort_id, user_id),
        -- A trainee (lokale professional in opleiding) always works under a mentor.
        check (not trainee or mentor_user_id is not null),
        check (mentor_user_id is null or mentor_user_id <> user_id)
      );

      create table cohort_invitation (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        cohort_id uuid not null references cohort(id) on delete cascade,
        email varchar(254) not null,
        organisation_id uuid references organisation(id),
        token_hash char(64) not null unique,
        invited_by uuid references app_user(id),
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        accepted_at timestamptz,
        participant_id uuid references cohort_participant(id)
      );

      create table meeting (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        cohort_id uuid not null references cohort(id) on delete cascade,
        kind varchar(16) not null check (kind in ('kickoff', 'exchange', 'symposium')),
        title varchar(200) not null,
        starts_at timestamptz not null,
        location varchar(200) not null default '',
        agenda text not null default '',
        created_at timestamptz not null default now()
      );
      create table meeting_attendance (
        partner_id uuid not null references partner(id),
        meeting_id uuid not null references meeting(id) on delete cascade,
        participant_id uuid not null references cohort_participant(id) on delete cascade,
        organisation_id uuid not null references organisation(id),
        present boolean not null,
        recorded_at timestamptz not null default now(),
        primary key (meeting_id, participant_id)
      );

      create table baseline (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        participant_id uuid not null references cohort_participant(id) on delete cascade,
        organisation_id uuid not null references organisation(id),
        year int not null check (year between 1990 and 2100),
        status varchar(16) not null check (status in ('submitted', 'reviewed')),
        source varchar(8) not null check (source in ('form', 'upload')),
        footprint_input_id uuid references calculation_input(id),
        iso_input_id uuid references calculation_input(id),
        entered_by uuid references app_user(id),
        entered_at timestamptz not null default now(),
        reviewed_by uuid references app_user(id),
        reviewed_at timestamptz,
        unique (participant_id, year)
      );

      -- Files users upload and documents the worker renders; small (<= 10 MB), so in the database:
      -- one backup, one transaction, the same tenancy rules.
      create table stored_file (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        organisation_id uuid references organisation(id),
        purpose varchar(32) not null check (purpose in ('profile_pdf', 'participation_certificate', 'csr_certificate', 'communication')),
        owner_id uuid not null,
        filename varchar(200) not null,
        content_type varchar(100) not null,
        size_bytes int not null check (size_bytes >= 0),
        sha256 char(64) not null,
        content bytea not null,
        created_by uuid references app_user(id),
        created_at timestamptz not null default now()
      );
      create index stored_file_owner on stored_file (owner_id, purpose);

      create table sustainability_profile (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        participant_id uuid not null references cohort_participant(id) on delete cascade,
        organisation_id uuid not null references organisation(id),
        status varchar(16) not null check (status in ('draft', 'published')),
        version int,
        year int not null,
        content jsonb not null,
        adviser_comment text not null default '',
        created_by uuid references app_user(id),
        created_at timestamptz not null default now(),
        published_by uuid references app_user(id),
        published_at timestamptz,
        pdf_file_id uuid references stored_file(id),
        unique (participant_id, version),
        check ((status = 'draft') = (version is null))
      );
      create unique index sustainability_profile_one_draft on sustainability_profile (participant_id) where status = 'draft';

      create table action_plan_item (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        participant_id uuid not null references cohort_participant(id) on delete cascade,
        organisation_id uuid not null references organisation(id),
        measure_id varchar(100),
        title varchar(300) not null,
        owner varchar(200) not null,
        due_on date not null,
        status varchar(16) not null default 'planned' check (status in ('planned', 'in_progress', 'done', 'dropped')),
        expected_kg_co2e numeric(14, 1),
        expected_cost_eur numeric(14, 2),
        created_by uuid references app_user(id),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );

      create table communication_submission (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        participant_id uuid not null unique references cohort_participant(id) on delete cascade,
        organisation_id uuid not null references organisation(id),
        text text not null default '',
        status varchar(16) not null default 'draft' check (status in ('draft', 'submitted')),
        submitted_at timestamptz,
        updated_at timestamptz not null default now()
      );

      create table jury_member (
        partner_id uuid not null references partner(id),
        cohort_id uuid not null references cohort(id) on delete cascade,
        user_id uuid not null references app_user(id),
        primary key (cohort_id, user_id)
      );
      create table jury_score (
        partner_id uuid not null references partner(id),
        submission_id uuid not null references communication_submission(id) on delete cascade,
        juror_user_id uuid not null references app_user(id),
        criterion_id varchar(50) not null,
        score numeric(5, 1) not null check (score >= 0),
        scored_at timestamptz not null default now(),
        primary key (submission_id, juror_user_id, criterion_id)
      );

      create table csr_certificate (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        participant_id uuid not null references cohort_participant(id),
        organisation_id uuid not null references organisation(id),
        status varchar(32) not null check (status in ('draft', 'submitted', 'approved', 'approved_with_conditions', 'rejected', 'awarded', 'expired', 'revoked')),
        profile_id uuid references sustainability_profile(id),
        attachments jsonb not null default '{}',
        conditions jsonb not null default '[]',
        reason text,
        number varchar(16) unique check (number ~ '^MVO-[0-9]{4}-[0-9]{4}$'),
        awarded_on date,
        valid_until date,
        ended_on date,
        submitted_at timestamptz,
        reviewed_by uuid references app_user(id),
        reviewed_at timestamptz,
        awarded_by uuid references app_user(id),
        created_at timestamptz not null default now(),
        check (status <> 'awarded' or (number is not null and awarded_on is not null and valid_until > awarded_on))
      );
      -- One open application per participant at a time.
      create unique index csr_certificate_one_open on csr_certificate (participant_id)
        where status in ('draft', 'submitted', 'approved', 'approved_with_conditions');
      create index csr_certificate_register on csr_certificate (valid_until) where status = 'awarded';
      -- Certificate numbers (MVO-YYYY-NNNN) are unique across partners, because the public register
      -- lists every partner's: one counter per year, taken inside the awarding transaction (the row
      -- lock serialises awards; a rolled-back award gives its number back). It holds counts only,
      -- which the register shows anyway, so it has no row-level security.
      create table csr_certificate_number (
        year int primary key check (year between 2000 and 9999),
        last int not null check (last between 1 and 9999)
      );
      grant select, insert, update on csr_certificate_number to koers_tenant;

      create table alumni_invitation (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        organisation_id uuid not null references organisation(id),
        activity varchar(32) not null check (activity in ('masterclass', 'chain_project', 'event')),
        subject varchar(200) not null,
        message text not null,
        sent_by uuid references app_user(id),
        sent_at timestamptz not null default now()
      );
    `);
    for (const [table, using] of Object.entries(POLICIES)) {
      await q.query(`
        grant select, insert, update, delete on ${table} to koers_tenant;
        alter table ${table} enable row level security;
        alter table ${table} force row level security;
        create policy tenant_isolation on ${table} for all to koers_tenant using (${using}) with check (${TENANT_ONLY});
      `);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop table alumni_invitation, csr_certificate_number, csr_certificate, jury_score, jury_member, communication_submission, action_plan_item,
        sustainability_profile, stored_file, baseline, meeting_attendance, meeting, cohort_invitation, cohort_adviser;
      alter table cohort_participant drop column adviser_user_id, drop column csr_vision, drop column csr_vision_updated_at;
      alter table cohort drop column phase_plan, drop column closed_at, drop column prize_winner_participant_id;
      revoke delete on cohort_participant from koers_tenant;
    `);
  }
}
