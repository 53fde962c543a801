import type { EnrolmentRole } from '@koers/domain';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';

/** An organisation in a group, with where it stands in the step's phases. */
@Entity('enrolment')
@Unique('enrolment_group_id_organisation_id_key', ['groupId', 'organisationId'])
@Check('enrolment_phase_format', "phase ~ '^[a-z_]{1,32}$'")
@Check('enrolment_role_check', "role in ('participant', 'lead', 'chain_partner')")
export class Enrolment {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'enrolment_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('programme_group', { name: 'enrolment_group_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @ForeignKey('organisation', { name: 'enrolment_organisation_id_fkey' }) @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'varchar', length: 16, default: 'participant' }) role!: EnrolmentRole;
  /** One of the step's phases, or `withdrawn`. */
  @Column({ type: 'varchar', length: 32, default: 'kickoff' }) phase!: string;
  @Column({ name: 'phase_reached_at', type: 'timestamptz', default: () => 'now()' }) phaseReachedAt!: Date;
  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' }) joinedAt!: Date;
  @ForeignKey('app_user', { name: 'enrolment_adviser_user_id_fkey' }) @Column({ name: 'adviser_user_id', type: 'uuid', nullable: true }) adviserUserId!: string | null;
  @Column({ name: 'withdrawn_reason', type: 'text', nullable: true }) withdrawnReason!: string | null;
}
