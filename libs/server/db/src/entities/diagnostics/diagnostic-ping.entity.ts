import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** One probe of the job pipeline (api -> queue -> worker -> database), requested by an administrator. */
@Entity('diagnostic_ping')
export class DiagnosticPing {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'diagnostic_ping_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('app_user', { name: 'diagnostic_ping_requested_by_fkey' }) @Column({ name: 'requested_by', type: 'uuid' }) requestedBy!: string;
  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' }) requestedAt!: Date;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt!: Date | null;
  @Column({ name: 'handled_by', type: 'varchar', length: 200, nullable: true }) handledBy!: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) transport!: string | null;
}
