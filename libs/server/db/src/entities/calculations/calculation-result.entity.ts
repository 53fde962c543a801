import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';

export type CalculationStatus = 'pending' | 'succeeded' | 'failed';

/**
 * One computed result with its provenance. Unique per (input, plugin version,
 * input hash, reference version): a retried or duplicated job writes one row,
 * and results of older versions stay queryable.
 */
@Entity('calculation_result')
@Unique('calculation_result_input_id_plugin_version_input_hash_refer_key', ['inputId', 'pluginVersion', 'inputHash', 'referenceVersion'])
@Check('calculation_result_status_check', "status in ('pending', 'succeeded', 'failed')")
@Index('calculation_result_bulk', ['bulkId', 'status'], { where: 'bulk_id is not null' })
// created_at descending in the migration
@Index('calculation_result_input', ['inputId', 'createdAt'])
export class CalculationResult {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'calculation_result_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('organisation', { name: 'calculation_result_organisation_id_fkey' }) @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @ForeignKey('calculation_input', { name: 'calculation_result_input_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'input_id', type: 'uuid' }) inputId!: string;
  @Column({ name: 'plugin_id', type: 'varchar', length: 100 }) pluginId!: string;
  @Column({ name: 'plugin_version', type: 'varchar', length: 40 }) pluginVersion!: string;
  @Column({ name: 'input_hash', type: 'char', length: 64 }) inputHash!: string;
  @Column({ name: 'reference_version', type: 'varchar', length: 64 }) referenceVersion!: string;
  @Column({ name: 'reference_set', type: 'varchar', length: 100, nullable: true }) referenceSet!: string | null;
  @Column({ type: 'varchar', length: 16 }) status!: CalculationStatus;
  @Column({ type: 'jsonb', nullable: true }) output!: unknown;
  @Column({ type: 'text', nullable: true }) error!: string | null;
  @Column({ type: 'int', default: 0 }) attempts!: number;
  @ForeignKey('calculation_bulk', { name: 'calculation_result_bulk_id_fkey' }) @Column({ name: 'bulk_id', type: 'uuid', nullable: true }) bulkId!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'computed_at', type: 'timestamptz', nullable: true }) computedAt!: Date | null;
}
