import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What a Koplopergroep has beyond the core group: its municipality and the prize winner. */
@Entity('koploper_cohort')
export class KoploperCohort {
  @PrimaryColumn({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ type: 'varchar', length: 100 }) municipality!: string;
  @Column({ name: 'prize_winner_enrolment_id', type: 'uuid', nullable: true }) prizeWinnerEnrolmentId!: string | null;
}
