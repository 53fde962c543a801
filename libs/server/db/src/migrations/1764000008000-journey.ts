import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The journey: one company's path across steps and partners.
 *
 * Consent names a part (the record, profile and footprint, action plan,
 * certificate, masterclass outcome, chain results); only the company's own
 * users grant or withdraw it. Existing consents were for the record, so they
 * become part `organisation`; a duplicate active one is withdrawn first.
 *
 * Shared reads are row-level security like all tenancy: extra `shared_journey`
 * select policies on the part tables let a partner see another partner's rows
 * of a company exactly for the parts that company granted it, and let the
 * company see its own rows at every partner. They apply only inside a journey
 * read (`app.shared_read` = 'on', set by the journey service for its queries),
 * so a partner's own lists (its certificates, its action plans) keep showing
 * only its own rows. Turning the setting on never shows more than consent allows.
 *
 * A partner also sees the companies it has as leads (koers_org_visible).
 *
 * New tables: the access log of shared reads, leads (first contact), funnel
 * stage, financing steps, follow-up tasks and the partner's follow-up period,
 * students and their implementation tasks.
 */
const OWN_ORG = `partner_id = koers_tenant_id() and (koers_participant_org() is null or organisation_id = koers_participant_org())`;
const STAFF_ONLY = `partner_id = koers_tenant_id() and koers_participant_org() is null`;
const OWN_COMPANY_SHARED = `koers_shared_read() and organisation_id = koers_participant_org()`;
const consented = (part: string) => `koers_shared_read() and (organisation_id = koers_participant_org() or koers_consented(organisation_id, '${part}'))`;

/** table -> [using, with check] of its tenant_isolation policy. */
const TENANT: Record<string, [string, string]> = {
  journey_lead: [STAFF_ONLY, STAFF_ONLY],
  financing_step: [OWN_ORG, STAFF_ONLY],
  follow_up_setting: [`partner_id = koers_tenant_id()`, STAFF_ONLY],
  follow_up_task: [OWN_ORG, STAFF_ONLY],
  student: [
    `partner_id = koers_tenant_id() and (koers_participant_org() is null or exists (
      select 1 from student_assignment a where a.student_id = student.id and a.organisation_id = koers_participant_org()))`,
    STAFF_ONLY,
  ],
  student_assignment: [OWN_ORG, STAFF_ONLY],
};

/** table -> using of its shared_journey select policy. */
const SHARED: Record<string, string> = {
  sustainability_profile: `status = 'published' and ${consented('profile_footprint')}`,
  action_plan_item: consented('action_plan'),
  csr_certificate: `status in ('awarded', 'expired', 'revoked') and ${consented('certificate')}`,
  masterclass_outcome: consented('masterclass_outcome'),
  calculation_result: `status = 'succeeded' and koers_shared_read() and (organisation_id = koers_participant_org()
    or koers_consented(organisation_id, koers_plugin_part(plugin_id)))`,
  enrolment: `koers_shared_read() and (organisation_id = koers_participant_org()
    or exists (select 1 from unnest(koers_step_parts(koers_group_step(group_id))) p where koers_consented(organisation_id, p)))`,
  programme_group: `koers_shared_read() and exists (select 1 from enrolment e where e.group_id = programme_group.id)`,
  journey_lead: OWN_COMPANY_SHARED,
  financing_step: OWN_COMPANY_SHARED,
  follow_up_task: OWN_COMPANY_SHARED,
  student_assignment: OWN_COMPANY_SHARED,
  student: `koers_shared_read() and exists (select 1 from student_assignment a where a.student_id = student.id and a.organisation_id = koers_participant_org())`,
};

export class Journey1764000008000 implements MigrationInterface {
  name = 'Journey1764000008000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Consent per part; withdrawn by whom.
      update consent c set revoked_at = now() where c.revoked_at is null and exists (
        select 1 from consent d where d.organisation_id = c.organisation_id and d.partner_id = c.partner_id and d.revoked_at is null
          and (d.granted_at, d.id) < (c.granted_at, c.id));
      alter table consent
        add column part varchar(32) not null default 'organisation'
          constraint consent_part_check check (part in ('organisation', 'profile_footprint', 'action_plan', 'certificate', 'masterclass_outcome', 'chain_results')),
        add column revoked_by_user_id uuid;
      drop index consent_active;
      create unique index consent_one_active on consent (organisation_id, partner_id, part) where revoked_at is null;
      create index consent_partner_active on consent (partner_id, organisation_id) where revoked_at is null;

      -- Every read of a part another partner holds, for the company's "wie heeft mijn gegevens ingezien".
      create table journey_access (
        id uuid primary key,
        organisation_id uuid not null references organisation(id) on delete cascade,
        reader_partner_id uuid not null references partner(id),
        reader_user_id uuid references app_user(id) on delete set null,
        owner_partner_id uuid not null references partner(id),
        part varchar(32) not null constraint journey_access_part_check check (part in ('organisation', 'profile_footprint', 'action_plan', 'certificate', 'masterclass_outcome', 'chain_results')),
        read_at timestamptz not null default now()
      );
      create index journey_access_organisation on journey_access (organisation_id, read_at);

      -- First contact: how a company came in, with which partner (one per partner).
      create table journey_lead (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        -- Deferred like participation's: the lead that makes a new organisation visible is written first.
        organisation_id uuid not null references organisation(id) on delete cascade deferrable initially deferred,
        source varchar(16) not null constraint journey_lead_source_check check (source in ('event', 'website', 'referral', 'bank', 'municipality', 'network', 'other')),
        contacted_on date not null,
        note text not null default '',
        created_by uuid references app_user(id),
        created_at timestamptz not null default now(),
        constraint journey_lead_partner_organisation_key unique (partner_id, organisation_id)
      );

      -- The funnel stage of a company, one for the whole alliance: any partner that sees the company moves it.
      create table funnel_stage (
        organisation_id uuid primary key references organisation(id) on delete cascade,
        stage varchar(16) not null constraint funnel_stage_stage_check check (stage in ('unknown', 'interested', 'taking_part', 'implementing', 'financing')),
        changed_by_partner_id uuid not null references partner(id),
        changed_by_user_id uuid references app_user(id) on delete set null,
        changed_at timestamptz not null default now()
      );

      create table financing_step (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        organisation_id uuid not null references organisation(id) on delete cascade,
        kind varchar(16) not null constraint financing_step_kind_check check (kind in ('subsidy', 'loan', 'investor')),
        status varchar(16) not null constraint financing_step_status_check check (status in ('applied', 'granted', 'refused')),
        provider varchar(200) not null,
        amount_eur numeric(14, 2) constraint financing_step_amount_check check (amount_eur >= 0),
        applied_on date not null,
        decided_on date,
        note text not null default '',
        created_by uuid references app_user(id),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint financing_step_decision check ((status = 'applied') = (decided_on is null) and (decided_on is null or decided_on >= applied_on))
      );
      create index financing_step_organisation on financing_step (organisation_id);

      create table follow_up_setting (
        partner_id uuid primary key references partner(id),
        weeks smallint not null default 6 constraint follow_up_setting_weeks_check check (weeks between 0 and 52),
        updated_at timestamptz not null default now()
      );

      -- A call to a participant after its track; the next contact is a new task (previous_task_id).
      create table follow_up_task (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        organisation_id uuid not null references organisation(id) on delete cascade,
        group_id uuid references programme_group(id) on delete cascade,
        enrolment_id uuid references enrolment(id) on delete cascade,
        previous_task_id uuid references follow_up_task(id) on delete cascade,
        due_on date not null,
        status varchar(16) not null default 'open' constraint follow_up_task_status_check check (status in ('open', 'done', 'cancelled')),
        outcome varchar(16) constraint follow_up_task_outcome_check check (outcome in ('picked_up', 'in_drawer', 'done')),
        help_needed jsonb not null default '[]'
          constraint follow_up_task_help_check check (jsonb_typeof(help_needed) = 'array' and help_needed <@ '["financing", "student", "specialist", "next_step"]'::jsonb),
        note text not null default '',
        next_contact_on date,
        recorded_by uuid references app_user(id),
        recorded_at timestamptz,
        created_at timestamptz not null default now(),
        constraint follow_up_task_recorded check ((status = 'done') = (outcome is not null and recorded_at is not null)),
        constraint follow_up_task_next_after check (next_contact_on is null or next_contact_on > due_on)
      );
      -- The closing of a group makes one task per enrolment, and a recorded call at most one next one.
      create unique index follow_up_task_first on follow_up_task (enrolment_id) where previous_task_id is null;
      create unique index follow_up_task_next on follow_up_task (previous_task_id) where previous_task_id is not null;
      create index follow_up_task_worklist on follow_up_task (partner_id, status, due_on);

      -- Students of a school or university, linked to a company for an implementation task.
      create table student (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        name varchar(200) not null,
        email varchar(254) constraint student_email_check check (email = lower(email)),
        institution varchar(200) not null,
        study_programme varchar(200) not null,
        period_start date not null,
        period_end date not null,
        created_at timestamptz not null default now(),
        constraint student_period check (period_end >= period_start)
      );
      create table student_assignment (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        student_id uuid not null references student(id) on delete cascade,
        organisation_id uuid not null references organisation(id) on delete cascade,
        task text not null,
        status varchar(16) not null default 'planned' constraint student_assignment_status_check check (status in ('planned', 'active', 'done', 'stopped')),
        result text not null default '',
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index student_assignment_organisation on student_assignment (organisation_id);
      create index student_assignment_student on student_assignment (student_id);
    `);

    await q.query(`
      -- Inside a journey read only (set_config('app.shared_read', 'on', true) by the journey service).
      create function koers_shared_read() returns boolean language sql stable
        as $$ select coalesce(current_setting('app.shared_read', true), '') = 'on' $$;
      -- The current partner's staff hold an active consent of the company for this part.
      create function koers_consented(org uuid, wanted varchar) returns boolean language sql stable as $$
        select koers_participant_org() is null and exists (
          select 1 from consent c where c.organisation_id = org and c.partner_id = koers_tenant_id() and c.part = wanted and c.revoked_at is null)
      $$;
      -- Which part a calculator's results belong to (none: never shared).
      create function koers_plugin_part(plugin varchar) returns varchar language sql immutable as $$
        select case when plugin in ('footprint.ghg', 'iso26000.scan') then 'profile_footprint'
                    when plugin in ('chain.impact', 'circularity.cti') then 'chain_results' end
      $$;
      -- Which parts show a step's enrolments to a partner that does not run it (the domain's STEP_PARTS).
      create function koers_step_parts(step varchar) returns varchar[] language sql immutable as $$
        select case step when 'koploper' then array['profile_footprint', 'action_plan', 'certificate']::varchar[]
                         when 'masterclass' then array['masterclass_outcome']::varchar[]
                         when 'chain' then array['chain_results']::varchar[]
                         else array[]::varchar[] end
      $$;
      -- A partner also sees the companies it has as leads (first contact, before any step).
      create or replace function koers_org_visible(org uuid) returns boolean language sql stable as $$
        select (koers_participant_org() is null or org = koers_participant_org())
          and (exists (select 1 from participation p where p.organisation_id = org and p.partner_id = koers_tenant_id() and p.ended_at is null)
            or exists (select 1 from consent c where c.organisation_id = org and c.partner_id = koers_tenant_id() and c.revoked_at is null)
            or exists (select 1 from journey_lead l where l.organisation_id = org and l.partner_id = koers_tenant_id()))
      $$;
      -- A group's step, read past row-level security (the enrolment policy needs it and must not recurse into programme_group's).
      create function koers_group_step(gid uuid) returns varchar language sql stable security definer set search_path = public
        as $$ select step from programme_group where id = gid $$;
      revoke all on function koers_group_step(uuid) from public;
      grant execute on function koers_group_step(uuid) to koers_tenant;

      -- Only the company's own users grant and withdraw consent; its staff and the partner holding it read it.
      drop policy tenant_isolation on consent;
      create policy read on consent for select to koers_tenant
        using ((partner_id = koers_tenant_id() and koers_participant_org() is null) or organisation_id = koers_participant_org());
      create policy grant_own on consent for insert to koers_tenant with check (organisation_id = koers_participant_org() and granted_by_user_id = koers_user_id());
      create policy withdraw_own on consent for update to koers_tenant
        using (organisation_id = koers_participant_org()) with check (organisation_id = koers_participant_org() and revoked_at is not null);

      grant select, insert on journey_access to koers_tenant;
      alter table journey_access enable row level security;
      alter table journey_access force row level security;
      create policy read on journey_access for select to koers_tenant
        using ((reader_partner_id = koers_tenant_id() and koers_participant_org() is null) or organisation_id = koers_participant_org());
      create policy log_own_read on journey_access for insert to koers_tenant
        with check (reader_partner_id = koers_tenant_id() and reader_user_id = koers_user_id() and owner_partner_id <> koers_tenant_id());

      grant select, insert, update on funnel_stage to koers_tenant;
      alter table funnel_stage enable row level security;
      alter table funnel_stage force row level security;
      create policy read on funnel_stage for select to koers_tenant using (koers_org_visible(organisation_id));
      create policy move_staff on funnel_stage for insert to koers_tenant
        with check (koers_participant_org() is null and koers_org_visible(organisation_id) and changed_by_partner_id = koers_tenant_id());
      create policy move_staff_update on funnel_stage for update to koers_tenant
        using (koers_participant_org() is null and koers_org_visible(organisation_id))
        with check (koers_participant_org() is null and koers_org_visible(organisation_id) and changed_by_partner_id = koers_tenant_id());
    `);
    for (const [table, [using, check]] of Object.entries(TENANT)) {
      await q.query(`
        grant select, insert, update, delete on ${table} to koers_tenant;
        alter table ${table} enable row level security;
        alter table ${table} force row level security;
        create policy tenant_isolation on ${table} for all to koers_tenant using (${using}) with check (${check});
      `);
    }
    for (const [table, using] of Object.entries(SHARED)) {
      await q.query(`create policy shared_journey on ${table} for select to koers_tenant using (${using})`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of Object.keys(SHARED)) await q.query(`drop policy if exists shared_journey on ${table}`);
    await q.query(`
      create or replace function koers_org_visible(org uuid) returns boolean language sql stable as $$
        select (koers_participant_org() is null or org = koers_participant_org())
          and (exists (select 1 from participation p where p.organisation_id = org and p.partner_id = koers_tenant_id() and p.ended_at is null)
            or exists (select 1 from consent c where c.organisation_id = org and c.partner_id = koers_tenant_id() and c.revoked_at is null))
      $$;
      drop table student_assignment, student, follow_up_task, follow_up_setting, financing_step, funnel_stage, journey_lead, journey_access;
      drop policy read on consent; drop policy grant_own on consent; drop policy withdraw_own on consent;
      create policy tenant_isolation on consent for all to koers_tenant
        using (partner_id = koers_tenant_id() or organisation_id = koers_participant_org())
        with check (partner_id = koers_tenant_id() or organisation_id = koers_participant_org());
      drop function koers_group_step(uuid), koers_step_parts(varchar), koers_plugin_part(varchar), koers_consented(uuid, varchar), koers_shared_read();
      drop index consent_one_active, consent_partner_active;
      -- Part-wise consents fold back into one per partner: the record's.
      delete from consent where part <> 'organisation';
      alter table consent drop column part, drop column revoked_by_user_id;
      create index consent_active on consent (partner_id, organisation_id) where revoked_at is null;
    `);
  }
}
