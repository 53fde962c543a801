import { MigrationInterface, QueryRunner } from 'typeorm';

export class Calculations1764000002000 implements MigrationInterface {
  name = 'Calculations1764000002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table calculation_input (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        organisation_id uuid not null references organisation(id),
        plugin_id varchar(100) not null,
        year int not null check (year between 1990 and 2100),
        input jsonb not null,
        input_hash char(64) not null,
        submitted_by uuid,
        submitted_at timestamptz not null default now(),
        unique (partner_id, organisation_id, plugin_id, year)
      );
      create table calculation_bulk (
        id uuid primary key,
        partner_id uuid references partner(id),
        plugin_id varchar(100) not null,
        plugin_version varchar(40) not null,
        reference_version varchar(64) not null,
        reason varchar(200) not null,
        total int,
        requested_by uuid,
        created_at timestamptz not null default now(),
        planned_at timestamptz
      );
      create table calculation_result (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        organisation_id uuid not null references organisation(id),
        input_id uuid not null references calculation_input(id) on delete cascade,
        plugin_id varchar(100) not null,
        plugin_version varchar(40) not null,
        input_hash char(64) not null,
        reference_version varchar(64) not null,
        reference_set varchar(100),
        status varchar(16) not null check (status in ('pending', 'succeeded', 'failed')),
        output jsonb,
        error text,
        attempts int not null default 0,
        bulk_id uuid references calculation_bulk(id),
        created_at timestamptz not null default now(),
        computed_at timestamptz,
        unique (input_id, plugin_version, input_hash, reference_version)
      );
      create index calculation_result_bulk on calculation_result (bulk_id, status) where bulk_id is not null;
      create index calculation_result_input on calculation_result (input_id, created_at desc);
      create table calculator_release (
        plugin_id varchar(100) not null,
        plugin_version varchar(40) not null,
        reference_version varchar(64) not null,
        first_seen_at timestamptz not null default now(),
        primary key (plugin_id, plugin_version, reference_version)
      );
      grant select, insert, update on calculation_input, calculation_result to koers_tenant;
      grant select, insert on calculation_bulk to koers_tenant;
    `);
    for (const t of ['calculation_input', 'calculation_result']) {
      await q.query(`
        alter table ${t} enable row level security;
        alter table ${t} force row level security;
        create policy tenant_isolation on ${t} for all to koers_tenant
          using (partner_id = koers_tenant_id() and (koers_participant_org() is null or organisation_id = koers_participant_org()))
          with check (partner_id = koers_tenant_id());
      `);
    }
    await q.query(`
      alter table calculation_bulk enable row level security;
      alter table calculation_bulk force row level security;
      create policy tenant_isolation on calculation_bulk for all to koers_tenant
        using (partner_id = koers_tenant_id()) with check (partner_id = koers_tenant_id());
      alter table calculator_release enable row level security;
      alter table calculator_release force row level security;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table calculation_result, calculation_bulk, calculation_input, calculator_release');
  }
}
