import type { ParticipantPhase } from '@koers/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type CohortStatus = 'planned' | 'running' | 'closed';

/** A Koplopergroep: the companies of one municipality that go through the track together. */
@Entity('cohort')
export class Cohort {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 100 }) municipality!: string;
  @Column({ name: 'starts_on', type: 'date' }) startsOn!: string;
  @Column({ name: 'ends_on', type: 'date' }) endsOn!: string;
  @Column({ name: 'coordinator_user_id', type: 'uuid', nullable: true }) coordinatorUserId!: string | null;
  @Column({ type: 'varchar', length: 16, default: 'planned' }) status!: CohortStatus;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** An organisation in a cohort, with where it stands in the track. */
@Entity('cohort_participant')
export class CohortParticipant {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'cohort_id', type: 'uuid' }) cohortId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'varchar', length: 16, default: 'kickoff' }) phase!: ParticipantPhase;
  @Column({ name: 'phase_reached_at', type: 'timestamptz', default: () => 'now()' }) phaseReachedAt!: Date;
  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' }) joinedAt!: Date;
}
