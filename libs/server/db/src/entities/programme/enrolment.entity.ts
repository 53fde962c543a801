import type { EnrolmentRole } from '@koers/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An organisation in a group, with where it stands in the step's phases. */
@Entity('enrolment')
export class Enrolment {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'varchar', length: 16, default: 'participant' }) role!: EnrolmentRole;
  /** One of the step's phases, or `withdrawn`. */
  @Column({ type: 'varchar', length: 32, default: 'kickoff' }) phase!: string;
  @Column({ name: 'phase_reached_at', type: 'timestamptz', default: () => 'now()' }) phaseReachedAt!: Date;
  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' }) joinedAt!: Date;
  @Column({ name: 'adviser_user_id', type: 'uuid', nullable: true }) adviserUserId!: string | null;
  @Column({ name: 'withdrawn_reason', type: 'text', nullable: true }) withdrawnReason!: string | null;
}
