import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { FinancingKind, FinancingStatus } from '@koers/domain';

/** A step towards financing a company's plans: a subsidy, loan or investor, applied for and then granted or refused. */
@Entity('financing_step')
@Check('financing_step_kind_check', "kind in ('subsidy', 'loan', 'investor')")
@Check('financing_step_status_check', "status in ('applied', 'granted', 'refused')")
@Check('financing_step_amount_check', 'amount_eur >= 0')
@Check('financing_step_decision', "(status = 'applied') = (decided_on is null) and (decided_on is null or decided_on >= applied_on)")
@Index('financing_step_organisation', ['organisationId'])
export class FinancingStep {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'financing_step_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('organisation', { name: 'financing_step_organisation_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'varchar', length: 16 }) kind!: FinancingKind;
  @Column({ type: 'varchar', length: 16 }) status!: FinancingStatus;
  @Column({ type: 'varchar', length: 200 }) provider!: string;
  @Column({ name: 'amount_eur', type: 'numeric', precision: 14, scale: 2, nullable: true }) amountEur!: string | null;
  @Column({ name: 'applied_on', type: 'date' }) appliedOn!: string;
  @Column({ name: 'decided_on', type: 'date', nullable: true }) decidedOn!: string | null;
  @Column({ type: 'text', default: '' }) note!: string;
  @ForeignKey('app_user', { name: 'financing_step_created_by_fkey' }) @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
