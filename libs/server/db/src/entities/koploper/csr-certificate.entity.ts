import type { CertificateStatus } from '@koers/domain';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';

/** An MVO-certificaat application and, once awarded, the certificate itself. */
@Entity('csr_certificate')
@Unique('csr_certificate_number_key', ['number'])
@Check('csr_certificate_status_check', "status in ('draft', 'submitted', 'approved', 'approved_with_conditions', 'rejected', 'awarded', 'expired', 'revoked')")
@Check('csr_certificate_number_check', "number ~ '^MVO-[0-9]{4}-[0-9]{4}$'")
@Check('csr_certificate_check', "status <> 'awarded' or (number is not null and awarded_on is not null and valid_until > awarded_on)")
// One open application per participant.
@Index('csr_certificate_one_open', ['participantId'], { unique: true, where: "status in ('draft', 'submitted', 'approved', 'approved_with_conditions')" })
@Index('csr_certificate_register', ['validUntil'], { where: "status = 'awarded'" })
export class CsrCertificate {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'csr_certificate_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('enrolment', { name: 'csr_certificate_participant_id_fkey' }) @Column({ name: 'participant_id', type: 'uuid' }) participantId!: string;
  @ForeignKey('organisation', { name: 'csr_certificate_organisation_id_fkey' }) @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'varchar', length: 32 }) status!: CertificateStatus;
  @ForeignKey('sustainability_profile', { name: 'csr_certificate_profile_id_fkey' }) @Column({ name: 'profile_id', type: 'uuid', nullable: true }) profileId!: string | null;
  /** What was attached when applying: vision text and action plan, as they were. */
  @Column({ type: 'jsonb', default: {} }) attachments!: Record<string, unknown>;
  @Column({ type: 'jsonb', default: [] }) conditions!: string[];
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) number!: string | null;
  @Column({ name: 'awarded_on', type: 'date', nullable: true }) awardedOn!: string | null;
  @Column({ name: 'valid_until', type: 'date', nullable: true }) validUntil!: string | null;
  @Column({ name: 'ended_on', type: 'date', nullable: true }) endedOn!: string | null;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @ForeignKey('app_user', { name: 'csr_certificate_reviewed_by_fkey' }) @Column({ name: 'reviewed_by', type: 'uuid', nullable: true }) reviewedBy!: string | null;
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true }) reviewedAt!: Date | null;
  @ForeignKey('app_user', { name: 'csr_certificate_awarded_by_fkey' }) @Column({ name: 'awarded_by', type: 'uuid', nullable: true }) awardedBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
