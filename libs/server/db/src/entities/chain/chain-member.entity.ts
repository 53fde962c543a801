import type { ChainRole } from '@koers/domain';
import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A chain partner's role in the chain (supplier, producer, user, ...), beside its core enrolment. */
@Entity('chain_member')
@Check('chain_member_chain_role_check', "chain_role in ('supplier', 'producer', 'processor', 'distributor', 'user', 'collector', 'recycler', 'other')")
@Index('chain_member_group', ['groupId'])
export class ChainMember {
  @ForeignKey('enrolment', { name: 'chain_member_enrolment_id_fkey', onDelete: 'CASCADE' }) @PrimaryColumn({ name: 'enrolment_id', type: 'uuid' }) enrolmentId!: string;
  @ForeignKey('partner', { name: 'chain_member_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('programme_group', { name: 'chain_member_group_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @Column({ name: 'chain_role', type: 'varchar', length: 16 }) chainRole!: ChainRole;
}
