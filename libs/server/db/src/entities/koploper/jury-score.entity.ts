import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

@Entity('jury_score')
@Check('jury_score_score_check', 'score >= 0')
export class JuryScore {
  @ForeignKey('partner', { name: 'jury_score_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('communication_submission', { name: 'jury_score_submission_id_fkey', onDelete: 'CASCADE' }) @PrimaryColumn({ name: 'submission_id', type: 'uuid' }) submissionId!: string;
  @ForeignKey('app_user', { name: 'jury_score_juror_user_id_fkey' }) @PrimaryColumn({ name: 'juror_user_id', type: 'uuid' }) jurorUserId!: string;
  @PrimaryColumn({ name: 'criterion_id', type: 'varchar', length: 50 }) criterionId!: string;
  @Column({ type: 'numeric', precision: 5, scale: 1 }) score!: string;
  @Column({ name: 'scored_at', type: 'timestamptz', default: () => 'now()' }) scoredAt!: Date;
}
