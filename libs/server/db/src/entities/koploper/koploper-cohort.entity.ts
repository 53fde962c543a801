import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** What a Koplopergroep has beyond the core group: its municipality and the prize winner. */
@Entity('koploper_cohort')
export class KoploperCohort {
  @ForeignKey('programme_group', { name: 'koploper_cohort_group_id_fkey', onDelete: 'CASCADE' }) @PrimaryColumn({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @ForeignKey('partner', { name: 'koploper_cohort_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ type: 'varchar', length: 100 }) municipality!: string;
  @ForeignKey('enrolment', { name: 'koploper_cohort_prize_winner_enrolment_id_fkey' }) @Column({ name: 'prize_winner_enrolment_id', type: 'uuid', nullable: true }) prizeWinnerEnrolmentId!: string | null;
}
