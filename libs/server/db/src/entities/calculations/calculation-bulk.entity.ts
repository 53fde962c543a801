import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** A recompute of many inputs after a new plugin version or factor set. partnerId null: platform-wide. */
@Entity('calculation_bulk')
export class CalculationBulk {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'calculation_bulk_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid', nullable: true }) partnerId!: string | null;
  @Column({ name: 'plugin_id', type: 'varchar', length: 100 }) pluginId!: string;
  @Column({ name: 'plugin_version', type: 'varchar', length: 40 }) pluginVersion!: string;
  @Column({ name: 'reference_version', type: 'varchar', length: 64 }) referenceVersion!: string;
  @Column({ type: 'varchar', length: 200 }) reason!: string;
  @Column({ type: 'int', nullable: true }) total!: number | null;
  @Column({ name: 'requested_by', type: 'uuid', nullable: true }) requestedBy!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'planned_at', type: 'timestamptz', nullable: true }) plannedAt!: Date | null;
}
