import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An invitation by e-mail to join a group; only the hash of its token is kept. Resending makes a new token. */
@Entity('group_invitation')
export class GroupInvitation {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @Column({ type: 'varchar', length: 254 }) email!: string;
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) organisationId!: string | null;
  @Column({ name: 'token_hash', type: 'char', length: 64 }) tokenHash!: string;
  @Column({ name: 'invited_by', type: 'uuid', nullable: true }) invitedBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt!: Date | null;
  @Column({ name: 'enrolment_id', type: 'uuid', nullable: true }) enrolmentId!: string | null;
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true }) withdrawnAt!: Date | null;
  @Column({ name: 'sent_count', type: 'int', default: 1 }) sentCount!: number;
  @Column({ name: 'last_sent_at', type: 'timestamptz', default: () => 'now()' }) lastSentAt!: Date;
}
