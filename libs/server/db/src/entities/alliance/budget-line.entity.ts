import { Check, Column, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';
import type { BudgetCategory } from '@koers/domain';

/** A planned income or cost line of a budget, with what was actually received or spent (null while nothing is booked). */
@Entity('budget_line')
@Unique('budget_line_position_key', ['budgetId', 'position'])
@Check(
  'budget_line_category_check',
  "category in ('participant_contribution', 'subsidy', 'partner_money', 'partner_in_kind', 'other_income', 'staff', 'advice', 'meetings', 'communication', 'materials', 'other_cost')",
)
@Check('budget_line_planned_check', 'planned_eur >= 0')
@Check('budget_line_actual_check', 'actual_eur >= 0')
export class BudgetLine {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'budget_line_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('budget', { name: 'budget_line_budget_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'budget_id', type: 'uuid' }) budgetId!: string;
  @Column({ type: 'smallint' }) position!: number;
  @Column({ type: 'varchar', length: 32 }) category!: BudgetCategory;
  @Column({ type: 'varchar', length: 200, default: '' }) description!: string;
  @Column({ name: 'planned_eur', type: 'numeric', precision: 14, scale: 2 }) plannedEur!: string;
  @Column({ name: 'actual_eur', type: 'numeric', precision: 14, scale: 2, nullable: true }) actualEur!: string | null;
}
