import { Check, Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';

/** An invitation by e-mail to join a group; only the hash of its token is kept. Resending makes a new token. */
@Entity('group_invitation')
@Unique('group_invitation_token_hash_key', ['tokenHash'])
@Check('group_invitation_sent_count_check', 'sent_count >= 1')
export class GroupInvitation {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'group_invitation_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('programme_group', { name: 'group_invitation_group_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @Column({ type: 'varchar', length: 254 }) email!: string;
  @ForeignKey('organisation', { name: 'group_invitation_organisation_id_fkey' }) @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) organisationId!: string | null;
  @Column({ name: 'token_hash', type: 'char', length: 64 }) tokenHash!: string;
  @ForeignKey('app_user', { name: 'group_invitation_invited_by_fkey' }) @Column({ name: 'invited_by', type: 'uuid', nullable: true }) invitedBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt!: Date | null;
  @ForeignKey('enrolment', { name: 'group_invitation_enrolment_id_fkey' }) @Column({ name: 'enrolment_id', type: 'uuid', nullable: true }) enrolmentId!: string | null;
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true }) withdrawnAt!: Date | null;
  @Column({ name: 'sent_count', type: 'int', default: 1 }) sentCount!: number;
  @Column({ name: 'last_sent_at', type: 'timestamptz', default: () => 'now()' }) lastSentAt!: Date;
}
