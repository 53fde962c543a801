import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who wrote what, when. Written in the same transaction as the change itself. */
@Entity('audit_log')
// at descending in the migration
@Index('audit_log_partner_at', ['partnerId', 'at'])
export class AuditLog {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at!: Date;
  @Column({ name: 'partner_id', type: 'uuid', nullable: true }) partnerId!: string | null;
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true }) actorUserId!: string | null;
  @Column({ type: 'varchar', length: 32 }) action!: string;
  @Column({ type: 'varchar', length: 64 }) entity!: string;
  @Column({ name: 'entity_id', type: 'varchar', length: 64, nullable: true }) entityId!: string | null;
  @Column({ type: 'jsonb', nullable: true }) changes!: Record<string, unknown> | null;
  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true }) requestId!: string | null;
}
