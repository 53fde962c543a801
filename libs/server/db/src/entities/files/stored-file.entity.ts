import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** The kind of file, named by the step that owns it (`profile_pdf`, `communication`, ...). */
export type StoredFilePurpose = string;

/** An uploaded file or a rendered document, kept in the database with the same tenancy rules. */
@Entity('stored_file')
@Check('stored_file_size_bytes_check', 'size_bytes >= 0')
@Check('stored_file_purpose_format', "purpose ~ '^[a-z_]{1,32}$'")
@Index('stored_file_owner', ['ownerId', 'purpose'])
export class StoredFile {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'stored_file_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('organisation', { name: 'stored_file_organisation_id_fkey' }) @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) organisationId!: string | null;
  @Column({ type: 'varchar', length: 32 }) purpose!: StoredFilePurpose;
  /** The object the file belongs to (a profile, an enrolment, a certificate, a submission). */
  @Column({ name: 'owner_id', type: 'uuid' }) ownerId!: string;
  @Column({ type: 'varchar', length: 200 }) filename!: string;
  @Column({ name: 'content_type', type: 'varchar', length: 100 }) contentType!: string;
  @Column({ name: 'size_bytes', type: 'int' }) sizeBytes!: number;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  @Column({ type: 'bytea', select: false }) content!: Buffer;
  @ForeignKey('app_user', { name: 'stored_file_created_by_fkey' }) @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
