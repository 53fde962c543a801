import type { SpecialistKind } from '@koers/domain';
import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** The kind of organisation a specialist of the pool comes from (designer, university, TNO, KvK); what it brings is the staff row's contribution. */
@Entity('chain_specialist')
@Check(
  'chain_specialist_kind_check',
  "kind in ('knowledge_institute', 'designer', 'research_institute', 'university', 'university_of_applied_sciences', 'adviser', 'government', 'chamber_of_commerce', 'other')",
)
@Index('chain_specialist_group', ['groupId'])
export class ChainSpecialist {
  @ForeignKey('group_staff', { name: 'chain_specialist_staff_id_fkey', onDelete: 'CASCADE' }) @PrimaryColumn({ name: 'staff_id', type: 'uuid' }) staffId!: string;
  @ForeignKey('partner', { name: 'chain_specialist_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('programme_group', { name: 'chain_specialist_group_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @Column({ type: 'varchar', length: 32 }) kind!: SpecialistKind;
}
