import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';

/** A duurzaamheidsprofiel: one editable draft per participant, published versions kept as they were. */
@Entity('sustainability_profile')
@Unique('sustainability_profile_participant_id_version_key', ['participantId', 'version'])
@Check('sustainability_profile_status_check', "status in ('draft', 'published')")
@Check('sustainability_profile_check', "(status = 'draft') = (version is null)")
@Check('sustainability_profile_publish_requested_check', "publish_requested_by is null or status = 'draft'")
// One draft per participant.
@Index('sustainability_profile_one_draft', ['participantId'], { unique: true, where: "status = 'draft'" })
export class SustainabilityProfile {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'sustainability_profile_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('enrolment', { name: 'sustainability_profile_participant_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'participant_id', type: 'uuid' }) participantId!: string;
  @ForeignKey('organisation', { name: 'sustainability_profile_organisation_id_fkey' }) @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'varchar', length: 16 }) status!: 'draft' | 'published';
  @Column({ type: 'int', nullable: true }) version!: number | null;
  @Column({ type: 'int' }) year!: number;
  /** Footprint, ISO 26000 and recommendation outputs as they were when the profile was generated. */
  @Column({ type: 'jsonb' }) content!: Record<string, unknown>;
  @Column({ name: 'adviser_comment', type: 'text', default: '' }) adviserComment!: string;
  @ForeignKey('app_user', { name: 'sustainability_profile_created_by_fkey' }) @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @ForeignKey('app_user', { name: 'sustainability_profile_published_by_fkey' }) @Column({ name: 'published_by', type: 'uuid', nullable: true }) publishedBy!: string | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  /** A trainee adviser's publication, waiting for the mentor's sign-off; the profile stays a draft meanwhile. */
  @ForeignKey('app_user', { name: 'sustainability_profile_publish_requested_by_fkey' }) @Column({ name: 'publish_requested_by', type: 'uuid', nullable: true }) publishRequestedBy!: string | null;
  @Column({ name: 'publish_requested_at', type: 'timestamptz', nullable: true }) publishRequestedAt!: Date | null;
  @ForeignKey('app_user', { name: 'sustainability_profile_signed_off_by_fkey' }) @Column({ name: 'signed_off_by', type: 'uuid', nullable: true }) signedOffBy!: string | null;
  @Column({ name: 'signed_off_at', type: 'timestamptz', nullable: true }) signedOffAt!: Date | null;
  @ForeignKey('stored_file', { name: 'sustainability_profile_pdf_file_id_fkey' }) @Column({ name: 'pdf_file_id', type: 'uuid', nullable: true }) pdfFileId!: string | null;
}
