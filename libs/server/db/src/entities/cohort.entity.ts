import type { ParticipantPhase, Phase } from '@koers/domain';
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
  /** The date by which each phase should be finished (YYYY-MM-DD), for the late-participant overview. */
  @Column({ name: 'phase_plan', type: 'jsonb', default: {} }) phasePlan!: Partial<Record<Phase, string>>;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ name: 'prize_winner_participant_id', type: 'uuid', nullable: true }) prizeWinnerParticipantId!: string | null;
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
  @Column({ name: 'adviser_user_id', type: 'uuid', nullable: true }) adviserUserId!: string | null;
  /** The MVO-visie: a short text in the participant's own words. */
  @Column({ name: 'csr_vision', type: 'text', default: '' }) csrVision!: string;
  @Column({ name: 'csr_vision_updated_at', type: 'timestamptz', nullable: true }) csrVisionUpdatedAt!: Date | null;
}
