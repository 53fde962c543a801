import type { ProgrammeStep } from '@koers/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An organisation taking part in one of a partner's programme steps. */
@Entity('participation')
export class Participation {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'varchar', length: 16 }) step!: ProgrammeStep;
  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' }) startedAt!: Date;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt!: Date | null;
}
