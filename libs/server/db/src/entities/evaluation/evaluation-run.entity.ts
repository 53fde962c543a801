import { Check, Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';

export type EvaluationRunStatus = 'pending' | 'succeeded' | 'failed';

/** One evaluation.programme computation of a partner's figures: stored input and hash, computed by the worker. */
@Entity('evaluation_run')
@Unique('evaluation_run_input_key', ['partnerId', 'pluginVersion', 'inputHash'])
@Check('evaluation_run_status_check', "status in ('pending', 'succeeded', 'failed')")
export class EvaluationRun {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'evaluation_run_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'plugin_id', type: 'varchar', length: 100 }) pluginId!: string;
  @Column({ name: 'plugin_version', type: 'varchar', length: 32 }) pluginVersion!: string;
  @Column({ name: 'questionnaire_id', type: 'varchar', length: 64 }) questionnaireId!: string;
  @Column({ type: 'jsonb' }) input!: Record<string, unknown>;
  @Column({ name: 'input_hash', type: 'char', length: 64 }) inputHash!: string;
  @Column({ type: 'varchar', length: 16, default: 'pending' }) status!: EvaluationRunStatus;
  @Column({ type: 'jsonb', nullable: true }) output!: Record<string, unknown> | null;
  @Column({ type: 'text', nullable: true }) error!: string | null;
  @ForeignKey('app_user', { name: 'evaluation_run_requested_by_fkey' }) @Column({ name: 'requested_by', type: 'uuid', nullable: true }) requestedBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'computed_at', type: 'timestamptz', nullable: true }) computedAt!: Date | null;
}
