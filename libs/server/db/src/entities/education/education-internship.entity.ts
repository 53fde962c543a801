import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { InternshipConsentStatus, InternshipNextStep } from '@koers/domain';

/** A student's internship company, its consent, the scan there and the follow-up (migration 1764000016000). */
@Entity('education_internship')
@Unique('education_internship_consent_key', ['consentHash'])
@Index('education_internship_student', ['studentId'])
@Index('education_internship_organisation', ['organisationId'])
@Check('education_internship_consent_check', "consent_status in ('requested', 'given', 'declined')")
@Check('education_internship_next_step_check', "follow_up_next_step in ('koploper', 'masterclass', 'chain', 'none')")
@Check('education_internship_period_check', 'ends_on >= starts_on')
@Check('education_internship_consent_given_check', "(consent_status = 'given') = (organisation_id is not null)")
@Check('education_internship_scan_check', "scan_input_id is null or consent_status = 'given'")
@Check(
  'education_internship_follow_up_check',
  '(follow_up_on is null) = (follow_up_note is null) and (follow_up_on is null) = (follow_up_next_step is null) and (follow_up_on is null or scan_submitted_at is not null)',
)
export class EducationInternship {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'education_internship_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('education_student', { name: 'education_internship_student_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'student_id', type: 'uuid' }) studentId!: string;
  @Column({ name: 'company_name', type: 'varchar', length: 200 }) companyName!: string;
  @Column({ type: 'varchar', length: 100, nullable: true }) municipality!: string | null;
  @Column({ name: 'contact_name', type: 'varchar', length: 200 }) contactName!: string;
  @Column({ name: 'contact_email', type: 'varchar', length: 320, nullable: true }) contactEmail!: string | null;
  @Column({ name: 'starts_on', type: 'date' }) startsOn!: string;
  @Column({ name: 'ends_on', type: 'date' }) endsOn!: string;
  @Column({ name: 'consent_hash', type: 'char', length: 64, nullable: true }) consentHash!: string | null;
  @Column({ name: 'consent_status', type: 'varchar', length: 16, default: 'requested' }) consentStatus!: InternshipConsentStatus;
  @Column({ name: 'consent_by', type: 'varchar', length: 200, nullable: true }) consentBy!: string | null;
  @Column({ name: 'consent_at', type: 'timestamptz', nullable: true }) consentAt!: Date | null;
  @ForeignKey('organisation', { name: 'education_internship_organisation_id_fkey' }) @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) organisationId!: string | null;
  @Column({ name: 'scan_year', type: 'smallint', nullable: true }) scanYear!: number | null;
  @ForeignKey('calculation_input', { name: 'education_internship_scan_input_id_fkey' }) @Column({ name: 'scan_input_id', type: 'uuid', nullable: true }) scanInputId!: string | null;
  @Column({ name: 'scan_complete', type: 'boolean', default: false }) scanComplete!: boolean;
  @Column({ name: 'scan_submitted_at', type: 'timestamptz', nullable: true }) scanSubmittedAt!: Date | null;
  @Column({ name: 'follow_up_on', type: 'date', nullable: true }) followUpOn!: string | null;
  @Column({ name: 'follow_up_note', type: 'text', nullable: true }) followUpNote!: string | null;
  @Column({ name: 'follow_up_next_step', type: 'varchar', length: 16, nullable: true }) followUpNextStep!: InternshipNextStep | null;
  @ForeignKey('app_user', { name: 'education_internship_created_by_fkey' }) @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
