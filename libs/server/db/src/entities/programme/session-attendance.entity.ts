import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Whether an enrolled organisation came to a session. */
@Entity('session_attendance')
export class SessionAttendance {
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @PrimaryColumn({ name: 'session_id', type: 'uuid' }) sessionId!: string;
  @PrimaryColumn({ name: 'enrolment_id', type: 'uuid' }) enrolmentId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'boolean' }) present!: boolean;
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt!: Date;
}
