import { MigrationInterface, QueryRunner } from 'typeorm';

export class Cohorts1764000003000 implements MigrationInterface {
  name = 'Cohorts1764000003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table cohort (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        name varchar(200) not null,
        municipality varchar(100) not null,
        starts_on date not null,
        ends_on date not null check (ends_on >= starts_on),
        coordinator_user_id uuid references app_user(id),
        status varchar(16) not null default 'planned' check (status in ('planned', 'running', 'closed')),
        created_at timestamptz not null default now()
      );
      create table cohort_participant (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        cohort_id uuid not null references cohort(id) on delete cascade,
        organisation_id uuid not null references organisation(id),
        phase varchar(16) not null default 'kickoff'
          check (phase in ('kickoff', 'baseline', 'profile', 'action_plan', 'communication', 'symposium', 'alumni', 'withdrawn')),
        phase_reached_at timestamptz not null default now(),
        joined_at timestamptz not null default now(),
        unique (cohort_id, organisation_id)
      );
      grant select, insert, update on cohort, cohort_participant to koers_tenant;
    `);
    await q.query(`
      alter table cohort enable row level security;
      alter table cohort force row level security;
      -- A participant sees only the cohorts its own organisation is in.
      create policy tenant_isolation on cohort for all to koers_tenant
        using (partner_id = koers_tenant_id() and (koers_participant_org() is null or exists (
          select 1 from cohort_participant cp where cp.cohort_id = cohort.id and cp.organisation_id = koers_participant_org())))
        with check (partner_id = koers_tenant_id());
      alter table cohort_participant enable row level security;
      alter table cohort_participant force row level security;
      create policy tenant_isolation on cohort_participant for all to koers_tenant
        using (partner_id = koers_tenant_id() and (koers_participant_org() is null or organisation_id = koers_participant_org()))
        with check (partner_id = koers_tenant_id());
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table cohort_participant, cohort');
  }
}
