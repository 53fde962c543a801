import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

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
