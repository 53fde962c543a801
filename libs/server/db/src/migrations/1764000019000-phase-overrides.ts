import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Phases that follow the work (issue 15 item 8): a coordinator or administrator
 * may move an enrolment past the step's unmet phase guards, saying why. Each
 * such move is kept here: who, when, from and to which phase, which guards
 * were unmet (their codes) and the reason. Written by the programme core in the
 * same transaction as the move; never changed afterwards (no update grant).
 * Staff of the partner read them; a participant does not (the reason is the
 * coordinator's note about the company).
 */
const STAFF_ONLY = `partner_id = koers_tenant_id() and koers_participant_org() is null`;

export class PhaseOverrides1764000019000 implements MigrationInterface {
  name = 'PhaseOverrides1764000019000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table phase_override (
        id uuid primary key,
        partner_id uuid not null constraint phase_override_partner_id_fkey references partner(id),
        enrolment_id uuid not null constraint phase_override_enrolment_id_fkey references enrolment(id) on delete cascade,
        from_phase varchar(32) not null,
        to_phase varchar(32) not null,
        guards jsonb not null constraint phase_override_guards_check check (jsonb_typeof(guards) = 'array' and jsonb_array_length(guards) > 0),
        reason text not null constraint phase_override_reason_check check (length(btrim(reason)) > 0),
        overridden_by uuid constraint phase_override_overridden_by_fkey references app_user(id),
        overridden_at timestamptz not null default now()
      );
      create index phase_override_enrolment on phase_override (enrolment_id, overridden_at);
      grant select, insert on phase_override to koers_tenant;
      alter table phase_override enable row level security;
      alter table phase_override force row level security;
      create policy tenant_isolation on phase_override for all to koers_tenant using (${STAFF_ONLY}) with check (${STAFF_ONLY});
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table phase_override`);
  }
}
