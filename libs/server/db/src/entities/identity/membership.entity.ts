import type { Role } from '@koers/domain';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** User x partner x role; participants also name the organisation they act for. */
@Entity('membership')
@Check('membership_role_check', "role in ('administrator', 'coordinator', 'adviser', 'analyst', 'participant')")
@Check('membership_check', "(role = 'participant') = (organisation_id is not null)")
// Unique on (user_id, partner_id, role, coalesce(organisation_id, nil uuid)): an expression the schema builder cannot express; the migration owns it.
@Index('membership_unique', { synchronize: false })
export class Membership {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('app_user', { name: 'membership_user_id_fkey', onDelete: 'CASCADE', deferrable: 'INITIALLY DEFERRED' }) @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @ForeignKey('partner', { name: 'membership_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('organisation', { name: 'membership_organisation_id_fkey' }) @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) organisationId!: string | null;
  @Column({ type: 'varchar', length: 16 }) role!: Role;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
