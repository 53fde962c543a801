import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

// Constraint names from before the tables were renamed (ProgrammeCore1764000005000 renamed tables, not their constraints).
/** Whether an enrolled organisation came to a session. */
@Entity('session_attendance')
export class SessionAttendance {
  @ForeignKey('partner', { name: 'meeting_attendance_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('programme_session', { name: 'meeting_attendance_meeting_id_fkey', onDelete: 'CASCADE' }) @PrimaryColumn({ name: 'session_id', type: 'uuid' }) sessionId!: string;
  @ForeignKey('enrolment', { name: 'meeting_attendance_participant_id_fkey', onDelete: 'CASCADE' }) @PrimaryColumn({ name: 'enrolment_id', type: 'uuid' }) enrolmentId!: string;
  @ForeignKey('organisation', { name: 'meeting_attendance_organisation_id_fkey' }) @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'boolean' }) present!: boolean;
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt!: Date;
}
