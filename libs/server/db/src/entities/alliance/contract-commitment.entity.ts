import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { AllianceAmbition, ContractPoint, ContributionForm } from '@koers/domain';

/** What a partner commits to on one of the contract's five points (an obligation of effort, in its own words). */
@Entity('contract_commitment')
@Check('contract_commitment_point_check', "point in ('goals', 'own_contribution', 'visibility', 'platform', 'contribution')")
@Check('contract_commitment_ambition_check', "ambition in ('circular', 'inclusive', 'innovation', 'awareness')")
@Check('contract_commitment_form_check', "contribution_form in ('money', 'in_kind')")
@Check('contract_commitment_amount_check', 'amount_eur >= 0')
@Check('contract_commitment_ambition_point', "(point = 'own_contribution') = (ambition is not null)")
@Check('contract_commitment_contribution_point', "(point = 'contribution') = (contribution_form is not null and amount_eur is not null)")
@Check('contract_commitment_platform_point', "platform_id is null or point = 'platform'")
@Index('contract_commitment_contract', ['contractId'])
export class ContractCommitment {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'contract_commitment_partner_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('partner_contract', { name: 'contract_commitment_contract_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'contract_id', type: 'uuid' }) contractId!: string;
  @Column({ type: 'varchar', length: 32 }) point!: ContractPoint;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'varchar', length: 16, nullable: true }) ambition!: AllianceAmbition | null;
  @ForeignKey('csr_platform', { name: 'contract_commitment_platform_id_fkey', onDelete: 'SET NULL' }) @Column({ name: 'platform_id', type: 'uuid', nullable: true }) platformId!: string | null;
  @Column({ name: 'contribution_form', type: 'varchar', length: 16, nullable: true }) contributionForm!: ContributionForm | null;
  @Column({ name: 'amount_eur', type: 'numeric', precision: 14, scale: 2, nullable: true }) amountEur!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
