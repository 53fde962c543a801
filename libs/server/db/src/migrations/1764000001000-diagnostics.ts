import { MigrationInterface, QueryRunner } from 'typeorm';

export class Diagnostics1764000001000 implements MigrationInterface {
  name = 'Diagnostics1764000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table diagnostic_ping (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        requested_by uuid not null references app_user(id),
        requested_at timestamptz not null default now(),
        completed_at timestamptz,
        handled_by varchar(200),
        transport varchar(16)
      );
      grant select, insert on diagnostic_ping to koers_tenant;
      alter table diagnostic_ping enable row level security;
      alter table diagnostic_ping force row level security;
      create policy tenant_isolation on diagnostic_ping for all to koers_tenant
        using (partner_id = koers_tenant_id()) with check (partner_id = koers_tenant_id());
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table diagnostic_ping');
  }
}
