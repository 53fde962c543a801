import type { ChainRole } from '@koers/domain';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

export interface ApplicationMember {
  name: string;
  email: string | null;
  chainRole: ChainRole;
}

/** A chain of companies applying together: one application by one of them naming the others. */
@Entity('chain_application')
@Check('chain_application_status_check', "status in ('submitted', 'accepted', 'declined')")
@Index('chain_application_partner_status', ['partnerId', 'status'])
export class ChainApplication {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'chain_application_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('organisation', { name: 'chain_application_applicant_organisation_id_fkey' }) @Column({ name: 'applicant_organisation_id', type: 'uuid' }) applicantOrganisationId!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ type: 'jsonb', default: [] }) members!: ApplicationMember[];
  @Column({ type: 'varchar', length: 10, default: 'submitted' }) status!: 'submitted' | 'accepted' | 'declined';
  /** The project it became. */
  @ForeignKey('programme_group', { name: 'chain_application_group_id_fkey', onDelete: 'SET NULL' }) @Column({ name: 'group_id', type: 'uuid', nullable: true }) groupId!: string | null;
  @ForeignKey('app_user', { name: 'chain_application_submitted_by_fkey' }) @Column({ name: 'submitted_by', type: 'uuid', nullable: true }) submittedBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
