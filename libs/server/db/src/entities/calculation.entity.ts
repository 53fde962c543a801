import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Activity data or scan answers submitted for one organisation, one calculator and one year. */
@Entity('calculation_input')
export class CalculationInput {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ name: 'plugin_id', type: 'varchar', length: 100 }) pluginId!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'jsonb' }) input!: unknown;
  @Column({ name: 'input_hash', type: 'char', length: 64 }) inputHash!: string;
  @Column({ name: 'submitted_by', type: 'uuid', nullable: true }) submittedBy!: string | null;
  @Column({ name: 'submitted_at', type: 'timestamptz', default: () => 'now()' }) submittedAt!: Date;
}

export type CalculationStatus = 'pending' | 'succeeded' | 'failed';

/**
 * One computed result with its provenance. Unique per (input, plugin version,
 * input hash, reference version): a retried or duplicated job writes one row,
 * and results of older versions stay queryable.
 */
@Entity('calculation_result')
export class CalculationResult {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ name: 'input_id', type: 'uuid' }) inputId!: string;
  @Column({ name: 'plugin_id', type: 'varchar', length: 100 }) pluginId!: string;
  @Column({ name: 'plugin_version', type: 'varchar', length: 40 }) pluginVersion!: string;
  @Column({ name: 'input_hash', type: 'char', length: 64 }) inputHash!: string;
  @Column({ name: 'reference_version', type: 'varchar', length: 64 }) referenceVersion!: string;
  @Column({ name: 'reference_set', type: 'varchar', length: 100, nullable: true }) referenceSet!: string | null;
  @Column({ type: 'varchar', length: 16 }) status!: CalculationStatus;
  @Column({ type: 'jsonb', nullable: true }) output!: unknown;
  @Column({ type: 'text', nullable: true }) error!: string | null;
  @Column({ type: 'int', default: 0 }) attempts!: number;
  @Column({ name: 'bulk_id', type: 'uuid', nullable: true }) bulkId!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'computed_at', type: 'timestamptz', nullable: true }) computedAt!: Date | null;
}

/** A recompute of many inputs after a new plugin version or factor set. partnerId null: platform-wide. */
@Entity('calculation_bulk')
export class CalculationBulk {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid', nullable: true }) partnerId!: string | null;
  @Column({ name: 'plugin_id', type: 'varchar', length: 100 }) pluginId!: string;
  @Column({ name: 'plugin_version', type: 'varchar', length: 40 }) pluginVersion!: string;
  @Column({ name: 'reference_version', type: 'varchar', length: 64 }) referenceVersion!: string;
  @Column({ type: 'varchar', length: 200 }) reason!: string;
  @Column({ type: 'int', nullable: true }) total!: number | null;
  @Column({ name: 'requested_by', type: 'uuid', nullable: true }) requestedBy!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'planned_at', type: 'timestamptz', nullable: true }) plannedAt!: Date | null;
}

/** Which calculator versions and reference data the platform has seen; a new row starts a recompute. */
@Entity('calculator_release')
export class CalculatorRelease {
  @PrimaryColumn({ name: 'plugin_id', type: 'varchar', length: 100 }) pluginId!: string;
  @PrimaryColumn({ name: 'plugin_version', type: 'varchar', length: 40 }) pluginVersion!: string;
  @PrimaryColumn({ name: 'reference_version', type: 'varchar', length: 64 }) referenceVersion!: string;
  @Column({ name: 'first_seen_at', type: 'timestamptz', default: () => 'now()' }) firstSeenAt!: Date;
}
