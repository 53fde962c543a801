import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { BudgetScope, StepKey } from '@koers/domain';

/** A budget of a partner: for a step (over a period), one group of a step, or a pilot project. */
@Entity('budget')
@Check('budget_scope_check', "scope in ('step', 'group', 'pilot')")
@Check('budget_step_check', "step in ('koploper', 'masterclass', 'chain')")
@Check('budget_period', 'period_end >= period_start')
@Check(
  'budget_scope_subject',
  "(scope = 'step' and step is not null and group_id is null and pilot_id is null) or (scope = 'group' and step is not null and group_id is not null and pilot_id is null) or (scope = 'pilot' and step is null and group_id is null and pilot_id is not null)",
)
@Index('budget_one_per_group', ['groupId'], { unique: true, where: 'group_id is not null' })
@Index('budget_one_per_pilot', ['pilotId'], { unique: true, where: 'pilot_id is not null' })
@Index('budget_one_per_step_period', ['partnerId', 'step', 'periodStart'], { unique: true, where: "scope = 'step'" })
export class Budget {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'budget_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ type: 'varchar', length: 16 }) scope!: BudgetScope;
  @Column({ type: 'varchar', length: 16, nullable: true }) step!: StepKey | null;
  @ForeignKey('programme_group', { name: 'budget_group_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'group_id', type: 'uuid', nullable: true }) groupId!: string | null;
  @ForeignKey('pilot_project', { name: 'budget_pilot_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'pilot_id', type: 'uuid', nullable: true }) pilotId!: string | null;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ name: 'period_start', type: 'date' }) periodStart!: string;
  @Column({ name: 'period_end', type: 'date' }) periodEnd!: string;
  @Column({ type: 'text', default: '' }) note!: string;
  @ForeignKey('app_user', { name: 'budget_created_by_fkey', onDelete: 'SET NULL' }) @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
