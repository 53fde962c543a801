import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

@Entity('jury_member')
export class JuryMember {
  @ForeignKey('partner', { name: 'jury_member_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('programme_group', { name: 'jury_member_group_id_fkey', onDelete: 'CASCADE' }) @PrimaryColumn({ name: 'group_id', type: 'uuid' }) cohortId!: string;
  @ForeignKey('app_user', { name: 'jury_member_user_id_fkey' }) @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
}
