import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { PartnerKind } from '@koers/domain';

/** A partner as a member of the alliance: its kind, and whether it is the alliance's secretariat (which writes every partner's alliance rows). */
@Entity('alliance_partner')
@Check('alliance_partner_kind_check', "kind in ('bank', 'environmental_federation', 'consultancy', 'csr_platform', 'government', 'school', 'employers_organisation', 'other')")
@Index('alliance_partner_one_secretariat', ['secretariat'], { unique: true, where: 'secretariat' })
export class AlliancePartner {
  @ForeignKey('partner', { name: 'alliance_partner_partner_id_fkey', onDelete: 'CASCADE' }) @PrimaryColumn({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ type: 'varchar', length: 32, default: 'other' }) kind!: PartnerKind;
  @Column({ type: 'text', default: '' }) description!: string;
  /** Set by the installation's administrator in SQL (docs/alliance.md); tenants may not write this column. */
  @Column({ type: 'boolean', default: false }) secretariat!: boolean;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
