import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('jury_score')
export class JuryScore {
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @PrimaryColumn({ name: 'submission_id', type: 'uuid' }) submissionId!: string;
  @PrimaryColumn({ name: 'juror_user_id', type: 'uuid' }) jurorUserId!: string;
  @PrimaryColumn({ name: 'criterion_id', type: 'varchar', length: 50 }) criterionId!: string;
  @Column({ type: 'numeric' }) score!: string;
  @Column({ name: 'scored_at', type: 'timestamptz', default: () => 'now()' }) scoredAt!: Date;
}
