import { Check, Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';
import type { LeadSource } from '@koers/domain';

/** A company's first contact with a partner: how it came in, when (one per partner). */
@Entity('journey_lead')
@Unique('journey_lead_partner_organisation_key', ['partnerId', 'organisationId'])
@Check('journey_lead_source_check', "source in ('event', 'website', 'referral', 'bank', 'municipality', 'network', 'education', 'other')")
export class JourneyLead {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'journey_lead_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('organisation', { name: 'journey_lead_organisation_id_fkey', onDelete: 'CASCADE', deferrable: 'INITIALLY DEFERRED' }) @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'varchar', length: 16 }) source!: LeadSource;
  @Column({ name: 'contacted_on', type: 'date' }) contactedOn!: string;
  /** The partner's own note; not shown to the company. */
  @Column({ type: 'text', default: '' }) note!: string;
  @ForeignKey('app_user', { name: 'journey_lead_created_by_fkey' }) @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
