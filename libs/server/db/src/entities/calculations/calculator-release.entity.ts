import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which calculator versions and reference data the platform has seen; a new row starts a recompute. */
@Entity('calculator_release')
export class CalculatorRelease {
  @PrimaryColumn({ name: 'plugin_id', type: 'varchar', length: 100 }) pluginId!: string;
  @PrimaryColumn({ name: 'plugin_version', type: 'varchar', length: 40 }) pluginVersion!: string;
  @PrimaryColumn({ name: 'reference_version', type: 'varchar', length: 64 }) referenceVersion!: string;
  @Column({ name: 'first_seen_at', type: 'timestamptz', default: () => 'now()' }) firstSeenAt!: Date;
}
