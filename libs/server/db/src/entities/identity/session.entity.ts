import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** A sign-in session; the cookie holds the token, the database only its SHA-256. */
@Entity('session')
export class Session {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'token_hash', type: 'char', length: 64, unique: true }) tokenHash!: string;
  @ForeignKey('app_user', { name: 'session_user_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @ForeignKey('membership', { name: 'session_active_membership_id_fkey', onDelete: 'SET NULL' }) @Column({ name: 'active_membership_id', type: 'uuid', nullable: true }) activeMembershipId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
}
