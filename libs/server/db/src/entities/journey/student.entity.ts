import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { StudentTaskStatus } from '@koers/domain';

/** A student of a school or university, with programme and period, who can help companies carry out their plans. */
@Entity('student')
@Check('student_email_check', 'email = lower(email)')
@Check('student_period', 'period_end >= period_start')
export class Student {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'student_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 254, nullable: true }) email!: string | null;
  @Column({ type: 'varchar', length: 200 }) institution!: string;
  @Column({ name: 'study_programme', type: 'varchar', length: 200 }) studyProgramme!: string;
  @Column({ name: 'period_start', type: 'date' }) periodStart!: string;
  @Column({ name: 'period_end', type: 'date' }) periodEnd!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** A student's implementation task at a company, with its result. */
@Entity('student_assignment')
@Check('student_assignment_status_check', "status in ('planned', 'active', 'done', 'stopped')")
@Index('student_assignment_organisation', ['organisationId'])
@Index('student_assignment_student', ['studentId'])
export class StudentAssignment {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'student_assignment_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('student', { name: 'student_assignment_student_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'student_id', type: 'uuid' }) studentId!: string;
  @ForeignKey('organisation', { name: 'student_assignment_organisation_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'text' }) task!: string;
  @Column({ type: 'varchar', length: 16, default: 'planned' }) status!: StudentTaskStatus;
  @Column({ type: 'text', default: '' }) result!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
