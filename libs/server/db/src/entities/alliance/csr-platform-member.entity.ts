import { Check, Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';
import type { PlatformMemberKind } from '@koers/domain';

/** A member organisation of a CSR platform, by name (an alliance partner is also linked by id). */
@Entity('csr_platform_member')
@Unique('csr_platform_member_name_key', ['platformId', 'name'])
@Check('csr_platform_member_kind_check', "kind in ('company', 'partner', 'government', 'school', 'civil_society', 'other')")
@Check('csr_platform_member_partner_kind', "member_partner_id is null or kind = 'partner'")
export class CsrPlatformMember {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'csr_platform_member_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('csr_platform', { name: 'csr_platform_member_platform_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'platform_id', type: 'uuid' }) platformId!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 16 }) kind!: PlatformMemberKind;
  @ForeignKey('partner', { name: 'csr_platform_member_member_partner_id_fkey', onDelete: 'SET NULL' }) @Column({ name: 'member_partner_id', type: 'uuid', nullable: true }) memberPartnerId!: string | null;
  @Column({ name: 'joined_on', type: 'date', nullable: true }) joinedOn!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
