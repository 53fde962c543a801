import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('jury_member')
export class JuryMember {
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @PrimaryColumn({ name: 'group_id', type: 'uuid' }) cohortId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
}
