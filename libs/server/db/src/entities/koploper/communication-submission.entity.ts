import { Check, Column, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';

/** The communicatieopdracht of one participant; files are StoredFiles owned by it. */
@Entity('communication_submission')
@Unique('communication_submission_participant_id_key', ['participantId'])
@Check('communication_submission_status_check', "status in ('draft', 'submitted')")
export class CommunicationSubmission {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'communication_submission_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('enrolment', { name: 'communication_submission_participant_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'participant_id', type: 'uuid' }) participantId!: string;
  @ForeignKey('organisation', { name: 'communication_submission_organisation_id_fkey' }) @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'text', default: '' }) text!: string;
  @Column({ type: 'varchar', length: 16, default: 'draft' }) status!: 'draft' | 'submitted';
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
