import { Check, Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

export type ActionItemStatus = 'planned' | 'in_progress' | 'done' | 'dropped';

/** One measure in a participant's DuOn-agenda. */
@Entity('action_plan_item')
@Check('action_plan_item_status_check', "status in ('planned', 'in_progress', 'done', 'dropped')")
export class ActionPlanItem {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'action_plan_item_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('enrolment', { name: 'action_plan_item_participant_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'participant_id', type: 'uuid' }) participantId!: string;
  @ForeignKey('organisation', { name: 'action_plan_item_organisation_id_fkey' }) @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ name: 'measure_id', type: 'varchar', length: 100, nullable: true }) measureId!: string | null;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'varchar', length: 200 }) owner!: string;
  @Column({ name: 'due_on', type: 'date' }) dueOn!: string;
  @Column({ type: 'varchar', length: 16, default: 'planned' }) status!: ActionItemStatus;
  /** numeric columns come back as strings from pg; services convert. */
  @Column({ name: 'expected_kg_co2e', type: 'numeric', precision: 14, scale: 1, nullable: true }) expectedKgCO2e!: string | null;
  @Column({ name: 'expected_cost_eur', type: 'numeric', precision: 14, scale: 2, nullable: true }) expectedCostEur!: string | null;
  @ForeignKey('app_user', { name: 'action_plan_item_created_by_fkey' }) @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
