import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';

/** A school's student in the education line (migration 1764000016000); `linkHash` is a SHA-256 of the personal link. */
@Entity('education_student')
@Unique('education_student_link_key', ['linkHash'])
@Index('education_student_partner', ['partnerId'])
export class EducationStudent {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'education_student_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 320, nullable: true }) email!: string | null;
  @Column({ name: 'class_name', type: 'varchar', length: 100, default: '' }) className!: string;
  @Column({ name: 'study_programme', type: 'varchar', length: 200, default: '' }) studyProgramme!: string;
  @Column({ name: 'link_hash', type: 'char', length: 64, nullable: true }) linkHash!: string | null;
  @Column({ name: 'ambassador_on', type: 'date', nullable: true }) ambassadorOn!: string | null;
  @Column({ name: 'ambassador_note', type: 'text', default: '' }) ambassadorNote!: string;
  @ForeignKey('app_user', { name: 'education_student_ambassador_by_fkey' }) @Column({ name: 'ambassador_by', type: 'uuid', nullable: true }) ambassadorBy!: string | null;
  @ForeignKey('app_user', { name: 'education_student_created_by_fkey' }) @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
