import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One probe of the job pipeline (api -> queue -> worker -> database), requested by an administrator. */
@Entity('diagnostic_ping')
export class DiagnosticPing {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'requested_by', type: 'uuid' }) requestedBy!: string;
  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' }) requestedAt!: Date;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt!: Date | null;
  @Column({ name: 'handled_by', type: 'varchar', length: 200, nullable: true }) handledBy!: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) transport!: string | null;
}
