import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The alliance (issue 13, items 1-4): its partners' kind and partner contract
 * with the commitments on the contract's five points and their fulfilment over
 * time, the regional CSR platforms with members and agenda, the five programme
 * lines with their pilot projects and impact figures, and budgets per step and
 * per project with planned and actual lines.
 *
 * Every partner is an alliance partner: a row in alliance_partner for each
 * existing partner (kind 'other' until its administrator sets it) and, by a
 * trigger, for each new one.
 *
 * Tenancy. The alliance is shared by its partners: the staff of any partner
 * (not participants) read partners, contracts, commitments, fulfilments,
 * platforms and pilots. A row is written by the partner that keeps it (its own
 * contract, a platform or pilot it keeps) or by the alliance's secretariat: the
 * one partner with alliance_partner.secretariat (none after this migration; the
 * demo data names MVO Alliantie Noord-Nederland; docs/alliance.md says how to
 * set it). Which roles may write is the API's route guard (administrators for
 * contracts; administrators and coordinators for platforms, pilots, budgets).
 * Budgets are a partner's own money: read and written by the partner that keeps
 * them and by the secretariat, never by other partners.
 *
 * Every programme group belongs to a programme line: existing groups of every
 * step get 'sustainable_entrepreneurship' (all three steps grew out of the
 * seed's "Koploper in duurzaamheid" pilot of that line), which is also the
 * column default; the coordinator can move a group to another line.
 */
const STAFF_READ = `koers_tenant_id() is not null and koers_participant_org() is null`;
const KEEPER = `koers_participant_org() is null and (partner_id = koers_tenant_id() or koers_alliance_secretariat())`;

/** Tables read by every partner's staff and written by their keeper or the secretariat. */
const SHARED_TABLES = ['partner_contract', 'contract_commitment', 'commitment_fulfilment', 'csr_platform', 'csr_platform_member', 'csr_platform_event', 'pilot_project', 'pilot_impact_figure'];
/** Tables read and written by their keeper or the secretariat only. */
const KEEPER_TABLES = ['budget', 'budget_line'];

const LINES: [string, string, string][] = [
  ['social_entrepreneurship', 'Sociaal ondernemerschap', 'Social entrepreneurship'],
  ['sustainable_entrepreneurship', 'Duurzaam ondernemerschap', 'Sustainable entrepreneurship'],
  ['smart_mobility', 'Slimme mobiliteit', 'Smart mobility'],
  ['clean_energy', 'Schone energie', 'Clean energy'],
  ['education_development', 'Onderwijs en ontwikkeling', 'Education and development'],
];

export class Alliance1764000010000 implements MigrationInterface {
  name = 'Alliance1764000010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table alliance_partner (
        partner_id uuid primary key references partner(id) on delete cascade,
        kind varchar(32) not null default 'other'
          constraint alliance_partner_kind_check check (kind in ('bank', 'environmental_federation', 'consultancy', 'csr_platform', 'government', 'school', 'employers_organisation', 'other')),
        description text not null default '',
        secretariat boolean not null default false,
        updated_at timestamptz not null default now()
      );
      create unique index alliance_partner_one_secretariat on alliance_partner (secretariat) where secretariat;
      insert into alliance_partner (partner_id) select id from partner;
      create function koers_alliance_partner_added() returns trigger language plpgsql as $$
        begin insert into alliance_partner (partner_id) values (new.id) on conflict do nothing; return new; end $$;
      create trigger partner_joins_alliance after insert on partner for each row execute function koers_alliance_partner_added();

      create table partner_contract (
        id uuid primary key,
        partner_id uuid not null references partner(id) on delete cascade,
        signed_on date not null,
        signed_by varchar(200) not null,
        note text not null default '',
        recorded_by uuid references app_user(id) on delete set null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint partner_contract_partner_key unique (partner_id)
      );

      create table programme_line (
        code varchar(32) primary key,
        name_nl varchar(100) not null,
        name_en varchar(100) not null,
        position smallint not null constraint programme_line_position_key unique
      );

      create table csr_platform (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        name varchar(200) not null constraint csr_platform_name_key unique,
        region varchar(100) not null,
        municipality varchar(100),
        description text not null default '',
        created_by uuid references app_user(id) on delete set null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create table csr_platform_member (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        platform_id uuid not null references csr_platform(id) on delete cascade,
        name varchar(200) not null,
        kind varchar(16) not null
          constraint csr_platform_member_kind_check check (kind in ('company', 'partner', 'government', 'school', 'civil_society', 'other')),
        member_partner_id uuid references partner(id) on delete set null,
        joined_on date,
        created_at timestamptz not null default now(),
        constraint csr_platform_member_name_key unique (platform_id, name),
        constraint csr_platform_member_partner_kind check (member_partner_id is null or kind = 'partner')
      );
      create table csr_platform_event (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        platform_id uuid not null references csr_platform(id) on delete cascade,
        event_on date not null,
        title varchar(200) not null,
        location varchar(200) not null default '',
        description text not null default '',
        -- The Koplopersymposium of a cohort, when this event is one.
        session_id uuid references programme_session(id) on delete set null,
        created_by uuid references app_user(id) on delete set null,
        created_at timestamptz not null default now(),
        constraint csr_platform_event_session_key unique (platform_id, session_id)
      );
      create index csr_platform_event_agenda on csr_platform_event (platform_id, event_on);

      create table contract_commitment (
        id uuid primary key,
        partner_id uuid not null references partner(id) on delete cascade,
        contract_id uuid not null references partner_contract(id) on delete cascade,
        point varchar(32) not null
          constraint contract_commitment_point_check check (point in ('goals', 'own_contribution', 'visibility', 'platform', 'contribution')),
        description text not null,
        ambition varchar(16) constraint contract_commitment_ambition_check check (ambition in ('circular', 'inclusive', 'innovation', 'awareness')),
        platform_id uuid references csr_platform(id) on delete set null,
        contribution_form varchar(16) constraint contract_commitment_form_check check (contribution_form in ('money', 'in_kind')),
        amount_eur numeric(14, 2) constraint contract_commitment_amount_check check (amount_eur >= 0),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint contract_commitment_ambition_point check ((point = 'own_contribution') = (ambition is not null)),
        constraint contract_commitment_contribution_point check ((point = 'contribution') = (contribution_form is not null and amount_eur is not null)),
        constraint contract_commitment_platform_point check (platform_id is null or point = 'platform')
      );
      create index contract_commitment_contract on contract_commitment (contract_id);

      create table commitment_fulfilment (
        id uuid primary key,
        partner_id uuid not null references partner(id) on delete cascade,
        commitment_id uuid not null references contract_commitment(id) on delete cascade,
        recorded_on date not null,
        status varchar(16) not null constraint commitment_fulfilment_status_check check (status in ('met', 'partly', 'not_yet')),
        note text not null default '',
        evidence_url varchar(2000),
        evidence_file_id uuid references stored_file(id) on delete set null,
        recorded_by uuid references app_user(id) on delete set null,
        created_at timestamptz not null default now()
      );
      create index commitment_fulfilment_commitment on commitment_fulfilment (commitment_id, recorded_on);

      create table pilot_project (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        programme_line varchar(32) not null references programme_line(code),
        title varchar(200) not null,
        description text not null default '',
        lead_organisation varchar(200) not null,
        lead_partner_id uuid references partner(id) on delete set null,
        status varchar(16) not null default 'preparing'
          constraint pilot_project_status_check check (status in ('preparing', 'running', 'evaluated', 'scaled_up', 'stopped')),
        starts_on date,
        ends_on date,
        impact_summary text not null default '',
        evaluated_on date,
        created_by uuid references app_user(id) on delete set null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint pilot_project_dates check (ends_on is null or starts_on is null or ends_on >= starts_on)
      );
      create index pilot_project_line on pilot_project (programme_line);
      create table pilot_impact_figure (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        pilot_id uuid not null references pilot_project(id) on delete cascade,
        position smallint not null,
        label varchar(200) not null,
        value numeric(18, 4) not null,
        unit varchar(32) not null default '',
        source varchar(500) not null,
        measured_on date,
        constraint pilot_impact_figure_position_key unique (pilot_id, position)
      );

      create table budget (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        scope varchar(16) not null constraint budget_scope_check check (scope in ('step', 'group', 'pilot')),
        step varchar(16) constraint budget_step_check check (step in ('koploper', 'masterclass', 'chain')),
        group_id uuid references programme_group(id) on delete cascade,
        pilot_id uuid references pilot_project(id) on delete cascade,
        title varchar(200) not null,
        period_start date not null,
        period_end date not null,
        note text not null default '',
        created_by uuid references app_user(id) on delete set null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint budget_period check (period_end >= period_start),
        constraint budget_scope_subject check (
          (scope = 'step' and step is not null and group_id is null and pilot_id is null)
          or (scope = 'group' and step is not null and group_id is not null and pilot_id is null)
          or (scope = 'pilot' and step is null and group_id is null and pilot_id is not null))
      );
      create unique index budget_one_per_group on budget (group_id) where group_id is not null;
      create unique index budget_one_per_pilot on budget (pilot_id) where pilot_id is not null;
      create unique index budget_one_per_step_period on budget (partner_id, step, period_start) where scope = 'step';
      create table budget_line (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        budget_id uuid not null references budget(id) on delete cascade,
        position smallint not null,
        category varchar(32) not null constraint budget_line_category_check check (category in (
          'participant_contribution', 'subsidy', 'partner_money', 'partner_in_kind', 'other_income', 'staff', 'advice', 'meetings', 'communication', 'materials', 'other_cost')),
        description varchar(200) not null default '',
        planned_eur numeric(14, 2) not null constraint budget_line_planned_check check (planned_eur >= 0),
        actual_eur numeric(14, 2) constraint budget_line_actual_check check (actual_eur >= 0),
        constraint budget_line_position_key unique (budget_id, position)
      );
    `);

    for (const [i, [code, nl, en]] of LINES.entries()) {
      await q.query(`insert into programme_line (code, name_nl, name_en, position) values ($1, $2, $3, $4)`, [code, nl, en, i + 1]);
    }
    await q.query(`
      alter table programme_group add column programme_line varchar(32) not null default 'sustainable_entrepreneurship'
        constraint programme_group_programme_line_fkey references programme_line(code);
      create index programme_group_line on programme_group (programme_line);
    `);

    await q.query(`
      -- The current partner is the alliance's secretariat (read past row-level security: alliance_partner's own policy calls it).
      create function koers_alliance_secretariat() returns boolean language sql stable security definer set search_path = public
        as $$ select exists (select 1 from alliance_partner where partner_id = koers_tenant_id() and secretariat) $$;
      revoke all on function koers_alliance_secretariat() from public;
      grant execute on function koers_alliance_secretariat() to koers_tenant;

      grant select on programme_line to koers_tenant;
      alter table programme_line enable row level security;
      alter table programme_line force row level security;
      create policy reference_data on programme_line for select to koers_tenant using (true);

      -- The kind and description only: the secretariat flag is not the partner's to set.
      grant select on alliance_partner to koers_tenant;
      grant update (kind, description, updated_at) on alliance_partner to koers_tenant;
      alter table alliance_partner enable row level security;
      alter table alliance_partner force row level security;
      create policy read on alliance_partner for select to koers_tenant using (${STAFF_READ});
      create policy keeper_update on alliance_partner for update to koers_tenant using (${KEEPER}) with check (${KEEPER});
    `);
    for (const table of [...SHARED_TABLES, ...KEEPER_TABLES]) {
      const read = SHARED_TABLES.includes(table) ? STAFF_READ : KEEPER;
      await q.query(`
        grant select, insert, update, delete on ${table} to koers_tenant;
        alter table ${table} enable row level security;
        alter table ${table} force row level security;
        create policy read on ${table} for select to koers_tenant using (${read});
        create policy keeper_insert on ${table} for insert to koers_tenant with check (${KEEPER});
        create policy keeper_update on ${table} for update to koers_tenant using (${KEEPER}) with check (${KEEPER});
        create policy keeper_delete on ${table} for delete to koers_tenant using (${KEEPER});
      `);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop index programme_group_line;
      alter table programme_group drop column programme_line;
      drop table budget_line, budget, pilot_impact_figure, pilot_project, commitment_fulfilment, contract_commitment, csr_platform_event, csr_platform_member, csr_platform, programme_line, partner_contract;
      drop trigger partner_joins_alliance on partner;
      drop function koers_alliance_partner_added();
      drop table alliance_partner;
      drop function koers_alliance_secretariat();
    `);
  }
}
