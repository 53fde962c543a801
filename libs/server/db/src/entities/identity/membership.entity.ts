import type { Role } from '@koers/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** User x partner x role; participants also name the organisation they act for. */
@Entity('membership')
export class Membership {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) organisationId!: string | null;
  @Column({ type: 'varchar', length: 16 }) role!: Role;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
