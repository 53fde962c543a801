import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { PilotStatus, ProgrammeLine } from '@koers/domain';

/** A pilot project of a programme line, with its lead organisation, status and evaluation on impact (text here, figures in pilot_impact_figure). */
@Entity('pilot_project')
@Check('pilot_project_status_check', "status in ('preparing', 'running', 'evaluated', 'scaled_up', 'stopped')")
@Check('pilot_project_dates', 'ends_on is null or starts_on is null or ends_on >= starts_on')
@Index('pilot_project_line', ['programmeLine'])
export class PilotProject {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'pilot_project_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('programme_line', 'code', { name: 'pilot_project_programme_line_fkey' }) @Column({ name: 'programme_line', type: 'varchar', length: 32 }) programmeLine!: ProgrammeLine;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ name: 'lead_organisation', type: 'varchar', length: 200 }) leadOrganisation!: string;
  @ForeignKey('partner', { name: 'pilot_project_lead_partner_id_fkey', onDelete: 'SET NULL' }) @Column({ name: 'lead_partner_id', type: 'uuid', nullable: true }) leadPartnerId!: string | null;
  @Column({ type: 'varchar', length: 16, default: 'preparing' }) status!: PilotStatus;
  @Column({ name: 'starts_on', type: 'date', nullable: true }) startsOn!: string | null;
  @Column({ name: 'ends_on', type: 'date', nullable: true }) endsOn!: string | null;
  @Column({ name: 'impact_summary', type: 'text', default: '' }) impactSummary!: string;
  @Column({ name: 'evaluated_on', type: 'date', nullable: true }) evaluatedOn!: string | null;
  @ForeignKey('app_user', { name: 'pilot_project_created_by_fkey', onDelete: 'SET NULL' }) @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
