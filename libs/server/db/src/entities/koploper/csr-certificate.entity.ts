import type { CertificateStatus } from '@koers/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An MVO-certificaat application and, once awarded, the certificate itself. */
@Entity('csr_certificate')
export class CsrCertificate {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'participant_id', type: 'uuid' }) participantId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'varchar', length: 32 }) status!: CertificateStatus;
  @Column({ name: 'profile_id', type: 'uuid', nullable: true }) profileId!: string | null;
  /** What was attached when applying: vision text and action plan, as they were. */
  @Column({ type: 'jsonb', default: {} }) attachments!: Record<string, unknown>;
  @Column({ type: 'jsonb', default: [] }) conditions!: string[];
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) number!: string | null;
  @Column({ name: 'awarded_on', type: 'date', nullable: true }) awardedOn!: string | null;
  @Column({ name: 'valid_until', type: 'date', nullable: true }) validUntil!: string | null;
  @Column({ name: 'ended_on', type: 'date', nullable: true }) endedOn!: string | null;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true }) reviewedBy!: string | null;
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true }) reviewedAt!: Date | null;
  @Column({ name: 'awarded_by', type: 'uuid', nullable: true }) awardedBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
