import { Check, Column, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';

/** Activity data or scan answers submitted for one organisation, one calculator and one year. */
@Entity('calculation_input')
@Unique('calculation_input_subject_key', ['partnerId', 'organisationId', 'pluginId', 'year', 'subject'])
@Check('calculation_input_year_check', 'year between 1990 and 2100')
export class CalculationInput {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'calculation_input_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('organisation', { name: 'calculation_input_organisation_id_fkey' }) @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ name: 'plugin_id', type: 'varchar', length: 100 }) pluginId!: string;
  @Column({ type: 'int' }) year!: number;
  /** What the input is about when an organisation has several of one calculator in a year (a flow map's variant); '' otherwise. */
  @Column({ type: 'varchar', length: 100, default: '' }) subject!: string;
  @Column({ type: 'jsonb' }) input!: unknown;
  @Column({ name: 'input_hash', type: 'char', length: 64 }) inputHash!: string;
  @Column({ name: 'submitted_by', type: 'uuid', nullable: true }) submittedBy!: string | null;
  @Column({ name: 'submitted_at', type: 'timestamptz', default: () => 'now()' }) submittedAt!: Date;
}
