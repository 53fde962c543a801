import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Step 3's own tables, keyed by the core's group, enrolment and staff: the chain
 * project (subject, origin, sector programme and theme), each partner's role in
 * the chain, the specialists' kinds, material-flow maps with their two variants
 * (nodes, flows, energy and water), business-case options with a line per chain
 * partner, joint applications, and sector programmes with their work
 * conferences, mapped questions and agreements. Decisions and actions of a
 * session belong to the core (every step's sessions may have them).
 *
 * Calculation inputs get a subject: one organisation may have several inputs of
 * one calculator in a year (a lead company's flow maps, each variant).
 * Chain enrolments that reached the old final phase `completed` move to `results`.
 */
const STAFF_ONLY = `partner_id = koers_tenant_id() and koers_participant_org() is null`;
const inOwnGroup = (table: string) => `partner_id = koers_tenant_id() and (koers_participant_org() is null or exists (
  select 1 from enrolment e where e.group_id = ${table}.group_id and e.organisation_id = koers_participant_org()))`;
const OWN_APPLICATION = `partner_id = koers_tenant_id() and (koers_participant_org() is null or applicant_organisation_id = koers_participant_org())`;

/** table -> [using, with check] */
const POLICIES: Record<string, [string, string]> = {
  chain_project: [inOwnGroup('chain_project'), STAFF_ONLY],
  chain_member: [inOwnGroup('chain_member'), STAFF_ONLY],
  chain_specialist: [inOwnGroup('chain_specialist'), STAFF_ONLY],
  session_item: [inOwnGroup('session_item'), STAFF_ONLY],
  flow_map: [inOwnGroup('flow_map'), STAFF_ONLY],
  flow_variant: [inOwnGroup('flow_variant'), STAFF_ONLY],
  flow_node: [inOwnGroup('flow_node'), STAFF_ONLY],
  material_flow: [inOwnGroup('material_flow'), STAFF_ONLY],
  business_case_option: [inOwnGroup('business_case_option'), STAFF_ONLY],
  business_case_line: [inOwnGroup('business_case_line'), STAFF_ONLY],
  // A company applies with its chain; it sees its own applications.
  chain_application: [OWN_APPLICATION, OWN_APPLICATION],
  sector_programme: [STAFF_ONLY, STAFF_ONLY],
  sector_conference: [STAFF_ONLY, STAFF_ONLY],
  sector_question: [STAFF_ONLY, STAFF_ONLY],
  chain_agreement: [STAFF_ONLY, STAFF_ONLY],
};

const KIND = (table: string, column: string, values: readonly string[]) => `constraint ${table}_${column}_check check (${column} in (${values.map((v) => `'${v}'`).join(', ')}))`;
const NODE_KINDS = ['extraction', 'supplier', 'production', 'distribution', 'use', 'collection', 'sorting', 'reuse', 'recycling', 'composting', 'energy_recovery', 'incineration', 'landfill'];
const ROUTES = ['reuse', 'recycling', 'composting', 'energy_recovery', 'incineration', 'landfill'];
const CHAIN_ROLES = ['supplier', 'producer', 'processor', 'distributor', 'user', 'collector', 'recycler', 'other'];
const SPECIALIST_KINDS = ['knowledge_institute', 'designer', 'research_institute', 'university', 'university_of_applied_sciences', 'adviser', 'government', 'chamber_of_commerce', 'other'];
const VARIANTS = ['as_is', 'redesign'];

export class Chain1764000007000 implements MigrationInterface {
  name = 'Chain1764000007000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table calculation_input add column subject varchar(100) not null default '';
      alter table calculation_input drop constraint calculation_input_partner_id_organisation_id_plugin_id_year_key;
      alter table calculation_input add constraint calculation_input_subject_key unique (partner_id, organisation_id, plugin_id, year, subject);

      update enrolment set phase = 'results' where phase = 'completed' and group_id in (select id from programme_group where step = 'chain');

      create table sector_programme (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        name varchar(200) not null,
        sector varchar(100) not null,
        region varchar(100),
        starts_on date not null,
        ends_on date not null,
        created_at timestamptz not null default now(),
        constraint sector_programme_dates_check check (ends_on >= starts_on)
      );

      create table sector_conference (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        programme_id uuid not null references sector_programme(id) on delete cascade,
        kind varchar(8) not null ${KIND('sector_conference', 'kind', ['opening', 'closing'])},
        held_on date not null,
        location varchar(200) not null default '',
        notes text not null default '',
        constraint sector_conference_programme_id_kind_key unique (programme_id, kind)
      );

      create table sector_question (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        programme_id uuid not null references sector_programme(id) on delete cascade,
        theme varchar(100) not null,
        question text not null,
        raised_by varchar(200) not null default '',
        created_at timestamptz not null default now()
      );
      create index sector_question_programme on sector_question (programme_id);

      create table chain_project (
        group_id uuid primary key references programme_group(id) on delete cascade,
        partner_id uuid not null references partner(id),
        subject varchar(200) not null,
        goal text not null default '',
        origin varchar(16) not null ${KIND('chain_project', 'origin', ['direct', 'proposal', 'application'])},
        proposal_id uuid references chain_proposal(id) constraint chain_project_proposal_id_key unique,
        sector_programme_id uuid references sector_programme(id),
        theme varchar(100),
        phases_reached jsonb not null default '{}',
        constraint chain_project_theme_in_programme check (theme is null or sector_programme_id is not null)
      );
      create index chain_project_sector_programme on chain_project (sector_programme_id);

      create table chain_agreement (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        programme_id uuid not null references sector_programme(id) on delete cascade,
        group_id uuid references programme_group(id) on delete set null,
        parties jsonb not null default '[]',
        text text not null,
        agreed_on date not null,
        created_at timestamptz not null default now()
      );
      create index chain_agreement_programme on chain_agreement (programme_id);

      create table chain_member (
        enrolment_id uuid primary key references enrolment(id) on delete cascade,
        partner_id uuid not null references partner(id),
        group_id uuid not null references programme_group(id) on delete cascade,
        chain_role varchar(16) not null ${KIND('chain_member', 'chain_role', CHAIN_ROLES)}
      );
      create index chain_member_group on chain_member (group_id);

      create table chain_specialist (
        staff_id uuid primary key references group_staff(id) on delete cascade,
        partner_id uuid not null references partner(id),
        group_id uuid not null references programme_group(id) on delete cascade,
        kind varchar(32) not null ${KIND('chain_specialist', 'kind', SPECIALIST_KINDS)}
      );
      create index chain_specialist_group on chain_specialist (group_id);

      create table session_item (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        group_id uuid not null references programme_group(id) on delete cascade,
        session_id uuid not null references programme_session(id) on delete cascade,
        kind varchar(8) not null ${KIND('session_item', 'kind', ['decision', 'action'])},
        text text not null,
        owner varchar(200) not null default '',
        due_on date,
        done_at timestamptz,
        created_at timestamptz not null default now(),
        constraint session_item_due_only_for_actions check (kind = 'action' or (due_on is null and done_at is null))
      );
      create index session_item_session on session_item (session_id);

      create table flow_map (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        group_id uuid not null references programme_group(id) on delete cascade,
        subject varchar(200) not null,
        created_at timestamptz not null default now()
      );
      create index flow_map_group on flow_map (group_id);

      create table flow_variant (
        map_id uuid not null references flow_map(id) on delete cascade,
        variant varchar(8) not null ${KIND('flow_variant', 'variant', VARIANTS)},
        partner_id uuid not null references partner(id),
        group_id uuid not null references programme_group(id) on delete cascade,
        energy_total_kwh numeric(14,2) constraint flow_variant_energy_total_kwh_check check (energy_total_kwh >= 0),
        energy_renewable_kwh numeric(14,2) constraint flow_variant_energy_renewable_kwh_check check (energy_renewable_kwh >= 0),
        electricity_kwh numeric(14,2) constraint flow_variant_electricity_kwh_check check (electricity_kwh >= 0),
        natural_gas_m3 numeric(14,2) constraint flow_variant_natural_gas_m3_check check (natural_gas_m3 >= 0),
        water_intake_m3 numeric(14,2) constraint flow_variant_water_intake_m3_check check (water_intake_m3 >= 0),
        water_circular_m3 numeric(14,2) constraint flow_variant_water_circular_m3_check check (water_circular_m3 >= 0),
        updated_at timestamptz not null default now(),
        primary key (map_id, variant),
        constraint flow_variant_renewable_within_total check (energy_renewable_kwh is null or energy_total_kwh is null or energy_renewable_kwh <= energy_total_kwh),
        constraint flow_variant_circular_water_within_intake check (water_circular_m3 is null or water_intake_m3 is null or water_circular_m3 <= water_intake_m3)
      );

      create table flow_node (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        group_id uuid not null references programme_group(id) on delete cascade,
        map_id uuid not null references flow_map(id) on delete cascade,
        variant varchar(8) not null ${KIND('flow_node', 'variant', VARIANTS)},
        position int not null,
        name varchar(100) not null,
        kind varchar(16) not null ${KIND('flow_node', 'kind', NODE_KINDS)},
        stock_change_kg numeric(14,3) not null default 0,
        constraint flow_node_map_id_variant_name_key unique (map_id, variant, name)
      );

      create table material_flow (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        group_id uuid not null references programme_group(id) on delete cascade,
        map_id uuid not null references flow_map(id) on delete cascade,
        variant varchar(8) not null ${KIND('material_flow', 'variant', VARIANTS)},
        position int not null,
        from_node_id uuid not null references flow_node(id) on delete cascade,
        to_node_id uuid not null references flow_node(id) on delete cascade,
        material varchar(100) not null,
        kg_per_year numeric(14,3) not null constraint material_flow_kg_per_year_check check (kg_per_year >= 0),
        recycled_pct numeric(5,2) not null default 0 constraint material_flow_recycled_pct_check check (recycled_pct between 0 and 100),
        renewable_pct numeric(5,2) not null default 0 constraint material_flow_renewable_pct_check check (renewable_pct between 0 and 100),
        recovery_route varchar(16) constraint material_flow_recovery_route_check check (recovery_route in (${ROUTES.map((r) => `'${r}'`).join(', ')})),
        recovery_potential_pct numeric(5,2) constraint material_flow_recovery_potential_pct_check check (recovery_potential_pct between 0 and 100),
        constraint material_flow_composition_check check (recycled_pct + renewable_pct <= 100),
        constraint material_flow_not_to_itself check (from_node_id <> to_node_id)
      );
      create index material_flow_variant on material_flow (map_id, variant);

      create table business_case_option (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        group_id uuid not null references programme_group(id) on delete cascade,
        name varchar(200) not null,
        description text not null default '',
        discount_rate_pct numeric(5,2) not null constraint business_case_option_discount_rate_pct_check check (discount_rate_pct between 0 and 50),
        horizon_years int not null constraint business_case_option_horizon_years_check check (horizon_years between 1 and 50),
        chosen boolean not null default false,
        created_at timestamptz not null default now()
      );
      create index business_case_option_group on business_case_option (group_id);
      create unique index business_case_option_one_chosen on business_case_option (group_id) where chosen;

      create table business_case_line (
        option_id uuid not null references business_case_option(id) on delete cascade,
        enrolment_id uuid not null references enrolment(id) on delete cascade,
        partner_id uuid not null references partner(id),
        group_id uuid not null references programme_group(id) on delete cascade,
        investment_eur numeric(14,2) not null default 0 constraint business_case_line_investment_eur_check check (investment_eur >= 0),
        yearly_savings_eur numeric(14,2) not null default 0,
        extra_revenue_eur numeric(14,2) not null default 0,
        fte_change numeric(7,2) not null default 0,
        primary key (option_id, enrolment_id)
      );

      create table chain_application (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        applicant_organisation_id uuid not null references organisation(id),
        title varchar(200) not null,
        description text not null default '',
        members jsonb not null default '[]',
        status varchar(10) not null default 'submitted' ${KIND('chain_application', 'status', ['submitted', 'accepted', 'declined'])},
        group_id uuid references programme_group(id) on delete set null,
        submitted_by uuid references app_user(id),
        created_at timestamptz not null default now()
      );
      create index chain_application_partner_status on chain_application (partner_id, status);
    `);
    for (const [table, [using, check]] of Object.entries(POLICIES)) {
      await q.query(`
        grant select, insert, update, delete on ${table} to koers_tenant;
        alter table ${table} enable row level security;
        alter table ${table} force row level security;
        create policy tenant_isolation on ${table} for all to koers_tenant using (${using}) with check (${check});
      `);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop table chain_application, business_case_line, business_case_option, material_flow, flow_node, flow_variant, flow_map, session_item, chain_specialist, chain_member, chain_agreement, chain_project, sector_question, sector_conference, sector_programme;
      update enrolment set phase = 'completed' where phase = 'results' and group_id in (select id from programme_group where step = 'chain');
      delete from calculation_input where subject <> '';
      alter table calculation_input drop constraint calculation_input_subject_key;
      alter table calculation_input add constraint calculation_input_partner_id_organisation_id_plugin_id_year_key unique (partner_id, organisation_id, plugin_id, year);
      alter table calculation_input drop column subject;
    `);
  }
}
