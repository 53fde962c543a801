import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The region scan of step 2: companies a partner imports from a list (KvK
 * number, name, SBI code, size, municipality, the coordinator's interest mark)
 * and the scans it saves (inputs and the ranked result as made, so the same
 * inputs give the same list later). Staff only: a participant sees neither.
 */
const STAFF_ONLY = `partner_id = koers_tenant_id() and koers_participant_org() is null`;

export class MasterclassScan1764000006000 implements MigrationInterface {
  name = 'MasterclassScan1764000006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table scan_company (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        kvk_number varchar(8) not null constraint scan_company_kvk_number_check check (kvk_number ~ '^[0-9]{8}$'),
        name varchar(200) not null,
        sbi_code varchar(8),
        size_class varchar(16) constraint scan_company_size_class_check check (size_class in ('micro', 'small', 'medium', 'large')),
        employees int constraint scan_company_employees_check check (employees >= 0),
        municipality varchar(100) not null,
        interest boolean not null default false,
        imported_by uuid references app_user(id),
        imported_at timestamptz not null default now(),
        constraint scan_company_partner_id_kvk_number_key unique (partner_id, kvk_number)
      );

      create table region_scan (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        municipalities jsonb not null,
        audience varchar(8) not null constraint region_scan_audience_check check (audience in ('sme', 'large')),
        sector_table varchar(64) not null,
        sectors jsonb not null,
        candidates jsonb not null,
        created_by uuid references app_user(id),
        created_at timestamptz not null default now()
      );
      create index region_scan_partner_created on region_scan (partner_id, created_at);
    `);
    for (const table of ['scan_company', 'region_scan']) {
      await q.query(`
        grant select, insert, update, delete on ${table} to koers_tenant;
        alter table ${table} enable row level security;
        alter table ${table} force row level security;
        drop policy if exists tenant_isolation on ${table};
        create policy tenant_isolation on ${table} for all to koers_tenant using (${STAFF_ONLY}) with check (${STAFF_ONLY});
      `);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table region_scan; drop table scan_company;`);
  }
}
