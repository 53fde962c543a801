import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type ActionItemStatus = 'planned' | 'in_progress' | 'done' | 'dropped';

/** One measure in a participant's DuOn-agenda. */
@Entity('action_plan_item')
export class ActionPlanItem {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'participant_id', type: 'uuid' }) participantId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ name: 'measure_id', type: 'varchar', length: 100, nullable: true }) measureId!: string | null;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'varchar', length: 200 }) owner!: string;
  @Column({ name: 'due_on', type: 'date' }) dueOn!: string;
  @Column({ type: 'varchar', length: 16, default: 'planned' }) status!: ActionItemStatus;
  /** numeric columns come back as strings from pg; services convert. */
  @Column({ name: 'expected_kg_co2e', type: 'numeric', nullable: true }) expectedKgCO2e!: string | null;
  @Column({ name: 'expected_cost_eur', type: 'numeric', nullable: true }) expectedCostEur!: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
