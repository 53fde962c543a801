import { Column, Entity, PrimaryColumn } from 'typeorm';

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
