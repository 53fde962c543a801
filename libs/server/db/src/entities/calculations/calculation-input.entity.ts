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
