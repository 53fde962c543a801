import type { Role } from '@koers/domain';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * A partner's invitation to an account that already exists: the membership is
 * made only when that person accepts while signed in
 * (koers_accept_membership_invitation, migration 1764000012000).
 */
@Entity('membership_invitation')
@Check('membership_invitation_role_check', "role in ('administrator', 'coordinator', 'adviser', 'analyst', 'participant')")
@Check('membership_invitation_check', "(role = 'participant') = (organisation_id is not null)")
@Index('membership_invitation_token', ['tokenHash'], { unique: true })
export class MembershipInvitation {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'membership_invitation_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('app_user', { name: 'membership_invitation_user_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @ForeignKey('organisation', { name: 'membership_invitation_organisation_id_fkey' }) @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) organisationId!: string | null;
  @Column({ type: 'varchar', length: 16 }) role!: Role;
  @Column({ name: 'token_hash', type: 'varchar', length: 64 }) tokenHash!: string;
  @ForeignKey('app_user', { name: 'membership_invitation_invited_by_fkey' }) @Column({ name: 'invited_by', type: 'uuid', nullable: true }) invitedBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt!: Date | null;
}
