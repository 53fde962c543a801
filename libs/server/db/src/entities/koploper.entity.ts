import type { CertificateStatus } from '@koers/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An adviser working with a cohort; a trainee (lokale professional in opleiding) has a mentor. */
@Entity('cohort_adviser')
export class CohortAdviser {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'cohort_id', type: 'uuid' }) cohortId!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ type: 'boolean', default: false }) trainee!: boolean;
  @Column({ name: 'mentor_user_id', type: 'uuid', nullable: true }) mentorUserId!: string | null;
}

/** An invitation by e-mail to join a cohort; only the hash of its token is kept. */
@Entity('cohort_invitation')
export class CohortInvitation {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'cohort_id', type: 'uuid' }) cohortId!: string;
  @Column({ type: 'varchar', length: 254 }) email!: string;
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) organisationId!: string | null;
  @Column({ name: 'token_hash', type: 'char', length: 64 }) tokenHash!: string;
  @Column({ name: 'invited_by', type: 'uuid', nullable: true }) invitedBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt!: Date | null;
  @Column({ name: 'participant_id', type: 'uuid', nullable: true }) participantId!: string | null;
}

export type MeetingKind = 'kickoff' | 'exchange' | 'symposium';

/** A kickoff, exchange meeting or the symposium of a cohort. */
@Entity('meeting')
export class Meeting {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'cohort_id', type: 'uuid' }) cohortId!: string;
  @Column({ type: 'varchar', length: 16 }) kind!: MeetingKind;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Column({ type: 'varchar', length: 200, default: '' }) location!: string;
  @Column({ type: 'text', default: '' }) agenda!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('meeting_attendance')
export class MeetingAttendance {
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @PrimaryColumn({ name: 'participant_id', type: 'uuid' }) participantId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'boolean' }) present!: boolean;
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt!: Date;
}

/** The nulmeting of one participant for one year: links to the calculation inputs it produced. */
@Entity('baseline')
export class Baseline {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'participant_id', type: 'uuid' }) participantId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'varchar', length: 16 }) status!: 'submitted' | 'reviewed';
  @Column({ type: 'varchar', length: 8 }) source!: 'form' | 'upload';
  @Column({ name: 'footprint_input_id', type: 'uuid', nullable: true }) footprintInputId!: string | null;
  @Column({ name: 'iso_input_id', type: 'uuid', nullable: true }) isoInputId!: string | null;
  @Column({ name: 'entered_by', type: 'uuid', nullable: true }) enteredBy!: string | null;
  @Column({ name: 'entered_at', type: 'timestamptz', default: () => 'now()' }) enteredAt!: Date;
  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true }) reviewedBy!: string | null;
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true }) reviewedAt!: Date | null;
}

export type StoredFilePurpose = 'profile_pdf' | 'participation_certificate' | 'csr_certificate' | 'communication';

/** An uploaded file or a rendered document, kept in the database with the same tenancy rules. */
@Entity('stored_file')
export class StoredFile {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) organisationId!: string | null;
  @Column({ type: 'varchar', length: 32 }) purpose!: StoredFilePurpose;
  /** The profile, participant, certificate or submission the file belongs to. */
  @Column({ name: 'owner_id', type: 'uuid' }) ownerId!: string;
  @Column({ type: 'varchar', length: 200 }) filename!: string;
  @Column({ name: 'content_type', type: 'varchar', length: 100 }) contentType!: string;
  @Column({ name: 'size_bytes', type: 'int' }) sizeBytes!: number;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  @Column({ type: 'bytea', select: false }) content!: Buffer;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** A duurzaamheidsprofiel: one editable draft per participant, published versions kept as they were. */
@Entity('sustainability_profile')
export class SustainabilityProfile {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'participant_id', type: 'uuid' }) participantId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'varchar', length: 16 }) status!: 'draft' | 'published';
  @Column({ type: 'int', nullable: true }) version!: number | null;
  @Column({ type: 'int' }) year!: number;
  /** Footprint, ISO 26000 and recommendation outputs as they were when the profile was generated. */
  @Column({ type: 'jsonb' }) content!: Record<string, unknown>;
  @Column({ name: 'adviser_comment', type: 'text', default: '' }) adviserComment!: string;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'published_by', type: 'uuid', nullable: true }) publishedBy!: string | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ name: 'pdf_file_id', type: 'uuid', nullable: true }) pdfFileId!: string | null;
}

export type ActionItemStatus = 'planned' | 'in_progress' | 'done' | 'dropped';

/** One measure in a participant's DuOn-agenda. */
@Entity('action_plan_item')
export class ActionPlanItem {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'participant_id', type: 'uuid' }) participantId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ name: 'measure_id', type: 'varchar', length: 100, nullable: true }) measureId!: string | null;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'varchar', length: 200 }) owner!: string;
  @Column({ name: 'due_on', type: 'date' }) dueOn!: string;
  @Column({ type: 'varchar', length: 16, default: 'planned' }) status!: ActionItemStatus;
  /** numeric columns come back as strings from pg; services convert. */
  @Column({ name: 'expected_kg_co2e', type: 'numeric', nullable: true }) expectedKgCO2e!: string | null;
  @Column({ name: 'expected_cost_eur', type: 'numeric', nullable: true }) expectedCostEur!: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

/** The communicatieopdracht of one participant; files are StoredFiles owned by it. */
@Entity('communication_submission')
export class CommunicationSubmission {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'participant_id', type: 'uuid' }) participantId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'text', default: '' }) text!: string;
  @Column({ type: 'varchar', length: 16, default: 'draft' }) status!: 'draft' | 'submitted';
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

@Entity('jury_member')
export class JuryMember {
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @PrimaryColumn({ name: 'cohort_id', type: 'uuid' }) cohortId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
}

@Entity('jury_score')
export class JuryScore {
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @PrimaryColumn({ name: 'submission_id', type: 'uuid' }) submissionId!: string;
  @PrimaryColumn({ name: 'juror_user_id', type: 'uuid' }) jurorUserId!: string;
  @PrimaryColumn({ name: 'criterion_id', type: 'varchar', length: 50 }) criterionId!: string;
  @Column({ type: 'numeric' }) score!: string;
  @Column({ name: 'scored_at', type: 'timestamptz', default: () => 'now()' }) scoredAt!: Date;
}

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

/** A coordinator's invitation of an alumnus to a later activity (masterclass, chain project, event). */
@Entity('alumni_invitation')
export class AlumniInvitation {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'varchar', length: 32 }) activity!: 'masterclass' | 'chain_project' | 'event';
  @Column({ type: 'varchar', length: 200 }) subject!: string;
  @Column({ type: 'text' }) message!: string;
  @Column({ name: 'sent_by', type: 'uuid', nullable: true }) sentBy!: string | null;
  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' }) sentAt!: Date;
}
