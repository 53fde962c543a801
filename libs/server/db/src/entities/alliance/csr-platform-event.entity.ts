import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';

/** An event on a CSR platform's agenda; a Koplopersymposium names its session (the cohort's symposium). */
@Entity('csr_platform_event')
@Unique('csr_platform_event_session_key', ['platformId', 'sessionId'])
@Index('csr_platform_event_agenda', ['platformId', 'eventOn'])
export class CsrPlatformEvent {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'csr_platform_event_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('csr_platform', { name: 'csr_platform_event_platform_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'platform_id', type: 'uuid' }) platformId!: string;
  @Column({ name: 'event_on', type: 'date' }) eventOn!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'varchar', length: 200, default: '' }) location!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @ForeignKey('programme_session', { name: 'csr_platform_event_session_id_fkey', onDelete: 'SET NULL' }) @Column({ name: 'session_id', type: 'uuid', nullable: true }) sessionId!: string | null;
  @ForeignKey('app_user', { name: 'csr_platform_event_created_by_fkey', onDelete: 'SET NULL' }) @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
