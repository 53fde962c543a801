import type { ProgrammeStep } from '@koers/domain';
import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** An organisation taking part in one of a partner's programme steps. */
@Entity('participation')
@Check('participation_step_check', "step in ('koploper', 'masterclass', 'chain')")
@Index('participation_active', ['partnerId', 'organisationId'], { where: 'ended_at is null' })
export class Participation {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'participation_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('organisation', { name: 'participation_organisation_id_fkey', onDelete: 'CASCADE', deferrable: 'INITIALLY DEFERRED' }) @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'varchar', length: 16 }) step!: ProgrammeStep;
  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' }) startedAt!: Date;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt!: Date | null;
}
