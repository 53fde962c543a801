import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * Who advised an enrolment and when: written only by the trigger on
 * enrolment.adviser_user_id (migration 1764000012000), read to keep "never the
 * company's own adviser" over the whole track.
 */
@Entity('enrolment_adviser')
@Index('enrolment_adviser_enrolment', ['enrolmentId', 'userId'])
export class EnrolmentAdviser {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'enrolment_adviser_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('enrolment', { name: 'enrolment_adviser_enrolment_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'enrolment_id', type: 'uuid' }) enrolmentId!: string;
  @ForeignKey('app_user', { name: 'enrolment_adviser_user_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'from', type: 'timestamptz', default: () => 'now()' }) from!: Date;
  @Column({ type: 'timestamptz', nullable: true }) until!: Date | null;
}
