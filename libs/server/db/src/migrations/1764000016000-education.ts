import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The education line (issue 13 item 5; docs/alliance.md): a school partner's
 * students carry out the MVO scan (the ISO 26000 calculator) at their
 * internship company.
 *
 * - education_student: a student (or one of a class) registered by the school's coordinator;
 *   `link_hash` is a SHA-256 of the student's personal link (the student has no account);
 *   `ambassador_on` when the school named the student junior MVO ambassador.
 * - education_internship: the student's internship company and its contact, the company's consent
 *   (asked through a link of its own, `consent_hash`), the organisation made when it consented
 *   (the company then enters the journey with a lead of source `education` at the school), the
 *   scan (its calculation input: the ISO 26000 answers go through calculation_input like the
 *   Koploper baseline's) and the follow-up (the result discussed with the company, its next step).
 *
 * Row-level security: the school's staff (not participants) read and write its rows. The student's
 * link runs as the school with `app.student_id` set: a restrictive policy then shows only that
 * student and that student's internships. The company's link runs with `app.internship_id`: only
 * its own internship. journey_lead gets the source `education`. koers_education_figures() counts
 * for the alliance's line figures (numbers only, no names) across every school.
 */
const STAFF_ONLY = `partner_id = koers_tenant_id() and koers_participant_org() is null`;

export class Education1764000016000 implements MigrationInterface {
  name = 'Education1764000016000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create function koers_student_id() returns uuid language sql stable
        as $$ select nullif(current_setting('app.student_id', true), '')::uuid $$;
      create function koers_internship_id() returns uuid language sql stable
        as $$ select nullif(current_setting('app.internship_id', true), '')::uuid $$;

      create table education_student (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        name varchar(200) not null,
        email varchar(320),
        class_name varchar(100) not null default '',
        study_programme varchar(200) not null default '',
        link_hash char(64) constraint education_student_link_key unique,
        ambassador_on date,
        ambassador_note text not null default '',
        ambassador_by uuid references app_user(id),
        created_by uuid references app_user(id),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index education_student_partner on education_student (partner_id);
      create table education_internship (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        student_id uuid not null references education_student(id) on delete cascade,
        company_name varchar(200) not null,
        municipality varchar(100),
        contact_name varchar(200) not null,
        contact_email varchar(320),
        starts_on date not null,
        ends_on date not null,
        consent_hash char(64) constraint education_internship_consent_key unique,
        consent_status varchar(16) not null default 'requested' constraint education_internship_consent_check check (consent_status in ('requested', 'given', 'declined')),
        consent_by varchar(200),
        consent_at timestamptz,
        organisation_id uuid references organisation(id),
        scan_year smallint,
        scan_input_id uuid references calculation_input(id),
        scan_complete boolean not null default false,
        scan_submitted_at timestamptz,
        follow_up_on date,
        follow_up_note text,
        follow_up_next_step varchar(16) constraint education_internship_next_step_check check (follow_up_next_step in ('koploper', 'masterclass', 'chain', 'none')),
        created_by uuid references app_user(id),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint education_internship_period_check check (ends_on >= starts_on),
        constraint education_internship_consent_given_check check ((consent_status = 'given') = (organisation_id is not null)),
        constraint education_internship_scan_check check (scan_input_id is null or consent_status = 'given'),
        constraint education_internship_follow_up_check check ((follow_up_on is null) = (follow_up_note is null) and (follow_up_on is null) = (follow_up_next_step is null) and (follow_up_on is null or scan_submitted_at is not null))
      );
      create index education_internship_student on education_internship (student_id);
      create index education_internship_organisation on education_internship (organisation_id);

      grant select, insert, update on education_student, education_internship to koers_tenant;
      alter table education_student enable row level security;
      alter table education_student force row level security;
      alter table education_internship enable row level security;
      alter table education_internship force row level security;
      create policy tenant_isolation on education_student for all to koers_tenant using (${STAFF_ONLY}) with check (${STAFF_ONLY});
      create policy tenant_isolation on education_internship for all to koers_tenant using (${STAFF_ONLY}) with check (${STAFF_ONLY});
      create policy own_student on education_student as restrictive for all to koers_tenant
        using ((koers_student_id() is null or id = koers_student_id()) and (koers_internship_id() is null or exists (select 1 from education_internship i where i.student_id = education_student.id and i.id = koers_internship_id())));
      create policy own_internship on education_internship as restrictive for all to koers_tenant
        using ((koers_student_id() is null or student_id = koers_student_id()) and (koers_internship_id() is null or id = koers_internship_id()));

      alter table journey_lead drop constraint journey_lead_source_check;
      alter table journey_lead add constraint journey_lead_source_check check (source in ('event', 'website', 'referral', 'bank', 'municipality', 'network', 'education', 'other'));

      -- The alliance's line figures: counts over every school, read past row-level security (no names leave it).
      create function koers_education_figures() returns table (schools int, students int, scans int, ambassadors int)
        language sql stable security definer set search_path = public as $$
          select (select count(distinct partner_id) from education_student)::int,
                 (select count(*) from education_student)::int,
                 (select count(*) from education_internship where scan_submitted_at is not null)::int,
                 (select count(*) from education_student where ambassador_on is not null)::int
        $$;
      revoke all on function koers_education_figures() from public;
      grant execute on function koers_education_figures() to koers_tenant;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop function koers_education_figures();
      update journey_lead set source = 'other' where source = 'education';
      alter table journey_lead drop constraint journey_lead_source_check;
      alter table journey_lead add constraint journey_lead_source_check check (source in ('event', 'website', 'referral', 'bank', 'municipality', 'network', 'other'));
      drop table education_internship, education_student;
      drop function koers_internship_id();
      drop function koers_student_id();
    `);
  }
}
