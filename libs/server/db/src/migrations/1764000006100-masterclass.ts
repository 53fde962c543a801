import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Step 2's own tables, keyed by the core's group and enrolment: the masterclass
 * (audience, goals, co-organisers, region), the modules of each workshop, each
 * entrepreneur's outcome (intake and the end result), the group's go / no-go and
 * the chain-project proposals step 3 picks up. Speakers are the core's staff; an
 * entrepreneur speaks for its organisation (`group_staff.organisation_id`).
 */
const OWN_ORG = `partner_id = koers_tenant_id() and (koers_participant_org() is null or organisation_id = koers_participant_org())`;
const STAFF_ONLY = `partner_id = koers_tenant_id() and koers_participant_org() is null`;
const inOwnGroup = (table: string) => `partner_id = koers_tenant_id() and (koers_participant_org() is null or exists (
  select 1 from enrolment e where e.group_id = ${table}.group_id and e.organisation_id = koers_participant_org()))`;

/** table -> [using, with check] */
const POLICIES: Record<string, [string, string]> = {
  masterclass: [inOwnGroup('masterclass'), STAFF_ONLY],
  session_module: [inOwnGroup('session_module'), STAFF_ONLY],
  // About one company: a participant reads and writes only its own (with check equal to using).
  masterclass_outcome: [OWN_ORG, OWN_ORG],
  masterclass_decision: [inOwnGroup('masterclass_decision'), STAFF_ONLY],
  chain_proposal: [STAFF_ONLY, STAFF_ONLY],
};

export class Masterclass1764000006100 implements MigrationInterface {
  name = 'Masterclass1764000006100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table masterclass (
        group_id uuid primary key references programme_group(id) on delete cascade,
        partner_id uuid not null references partner(id),
        audience varchar(8) not null constraint masterclass_audience_check check (audience in ('sme', 'large')),
        goals text not null default '',
        co_organisers jsonb not null default '[]',
        region varchar(100)
      );

      create table session_module (
        session_id uuid not null references programme_session(id) on delete cascade,
        module_id varchar(64) not null,
        partner_id uuid not null references partner(id),
        group_id uuid not null references programme_group(id) on delete cascade,
        position int not null default 0,
        primary key (session_id, module_id)
      );
      create index session_module_group on session_module (group_id);

      create table masterclass_outcome (
        enrolment_id uuid primary key references enrolment(id) on delete cascade,
        partner_id uuid not null references partner(id),
        group_id uuid not null references programme_group(id) on delete cascade,
        organisation_id uuid not null references organisation(id),
        ambition text,
        r_ladder varchar(3) constraint masterclass_outcome_r_ladder_check check (r_ladder ~ '^R[0-9]$'),
        hopes text,
        intake_at timestamptz,
        fields jsonb not null default '[]',
        chain_partners jsonb not null default '[]',
        opportunities jsonb not null default '[]',
        updated_at timestamptz not null default now()
      );
      create index masterclass_outcome_group on masterclass_outcome (group_id);

      create table masterclass_decision (
        group_id uuid primary key references programme_group(id) on delete cascade,
        partner_id uuid not null references partner(id),
        decision varchar(8) not null constraint masterclass_decision_decision_check check (decision in ('go', 'no_go')),
        reasons text not null,
        decided_at timestamptz not null default now(),
        decided_by uuid references app_user(id)
      );

      create table chain_proposal (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        group_id uuid not null references programme_group(id) on delete cascade,
        title varchar(200) not null,
        description text not null default '',
        candidate_partners jsonb not null default '[]',
        status varchar(16) not null default 'open' constraint chain_proposal_status_check check (status in ('open', 'picked_up')),
        created_by uuid references app_user(id),
        created_at timestamptz not null default now()
      );
      create index chain_proposal_partner_status on chain_proposal (partner_id, status);

      -- An entrepreneur of the region speaks for its organisation: a user, or a name and / or an organisation.
      alter table group_staff add column organisation_id uuid references organisation(id);
      alter table group_staff drop constraint group_staff_person;
      alter table group_staff add constraint group_staff_person check ((user_id is null) <> (external_name is null and organisation_id is null));
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
      alter table group_staff drop constraint group_staff_person;
      delete from group_staff where user_id is null and external_name is null;
      alter table group_staff add constraint group_staff_person check ((user_id is null) <> (external_name is null));
      alter table group_staff drop column organisation_id;
      drop table chain_proposal, masterclass_decision, masterclass_outcome, session_module, masterclass;
    `);
  }
}
