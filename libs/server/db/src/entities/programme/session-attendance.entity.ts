import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** Whether an enrolled organisation came to a session. */
@Entity('session_attendance')
export class SessionAttendance {
  @ForeignKey('partner', { name: 'session_attendance_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('programme_session', { name: 'session_attendance_session_id_fkey', onDelete: 'CASCADE' }) @PrimaryColumn({ name: 'session_id', type: 'uuid' }) sessionId!: string;
  @ForeignKey('enrolment', { name: 'session_attendance_enrolment_id_fkey', onDelete: 'CASCADE' }) @PrimaryColumn({ name: 'enrolment_id', type: 'uuid' }) enrolmentId!: string;
  @ForeignKey('organisation', { name: 'session_attendance_organisation_id_fkey' }) @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'boolean' }) present!: boolean;
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt!: Date;
}
