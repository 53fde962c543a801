import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** One redesign option's business case; at most one per project is chosen. */
@Entity('business_case_option')
@Check('business_case_option_discount_rate_pct_check', 'discount_rate_pct between 0 and 50')
@Check('business_case_option_horizon_years_check', 'horizon_years between 1 and 50')
@Index('business_case_option_group', ['groupId'])
@Index('business_case_option_one_chosen', ['groupId'], { unique: true, where: 'chosen' })
export class BusinessCaseOption {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'business_case_option_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('programme_group', { name: 'business_case_option_group_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ name: 'discount_rate_pct', type: 'numeric', precision: 5, scale: 2 }) discountRatePct!: string;
  @Column({ name: 'horizon_years', type: 'int' }) horizonYears!: number;
  @Column({ type: 'boolean', default: false }) chosen!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** A chain partner's investment, yearly savings, extra revenue and employment change under one option. */
@Entity('business_case_line')
@Check('business_case_line_investment_eur_check', 'investment_eur >= 0')
export class BusinessCaseLineRow {
  @ForeignKey('business_case_option', { name: 'business_case_line_option_id_fkey', onDelete: 'CASCADE' }) @PrimaryColumn({ name: 'option_id', type: 'uuid' }) optionId!: string;
  @ForeignKey('enrolment', { name: 'business_case_line_enrolment_id_fkey', onDelete: 'CASCADE' }) @PrimaryColumn({ name: 'enrolment_id', type: 'uuid' }) enrolmentId!: string;
  @ForeignKey('partner', { name: 'business_case_line_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('programme_group', { name: 'business_case_line_group_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @Column({ name: 'investment_eur', type: 'numeric', precision: 14, scale: 2, default: 0 }) investmentEur!: string;
  @Column({ name: 'yearly_savings_eur', type: 'numeric', precision: 14, scale: 2, default: 0 }) yearlySavingsEur!: string;
  @Column({ name: 'extra_revenue_eur', type: 'numeric', precision: 14, scale: 2, default: 0 }) extraRevenueEur!: string;
  @Column({ name: 'fte_change', type: 'numeric', precision: 7, scale: 2, default: 0 }) fteChange!: string;
}
