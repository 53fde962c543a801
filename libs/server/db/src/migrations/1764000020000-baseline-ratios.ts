import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ratios, the sector benchmark and plausibility checks on the baseline (issue 15 item 5).
 *
 * - `baseline.production_unit`, `production_amount`: an optional production
 *   unit of the year (e.g. "ton brood", 120) for the ratio kg CO2e per unit.
 *   Employees, floor area and turnover stay in the footprint input
 *   (organisation), as before.
 * - `baseline.plausibility_confirmations`: the adviser's confirmations of
 *   plausibility warnings (rule, the figure confirmed, note, who, when). A
 *   confirmation holds for that figure only: changed data warns again.
 * Existing rows keep everything: no production unit, no confirmations.
 * The benchmark reads reviewed baselines of a year across partners through
 * Db.system (only aggregates leave the service); the partial index keeps that read small.
 */
export class BaselineRatios1764000020000 implements MigrationInterface {
  name = 'BaselineRatios1764000020000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table baseline
        add column production_unit varchar(60),
        add column production_amount numeric(16, 3),
        add column plausibility_confirmations jsonb not null default '[]'::jsonb,
        add constraint baseline_production_check check ((production_unit is null) = (production_amount is null) and (production_amount is null or production_amount > 0)),
        add constraint baseline_plausibility_confirmations_check check (jsonb_typeof(plausibility_confirmations) = 'array');
      create index baseline_reviewed_year on baseline (year, organisation_id) where status = 'reviewed';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop index baseline_reviewed_year;
      alter table baseline drop constraint baseline_plausibility_confirmations_check, drop constraint baseline_production_check,
        drop column plausibility_confirmations, drop column production_amount, drop column production_unit;
    `);
  }
}
