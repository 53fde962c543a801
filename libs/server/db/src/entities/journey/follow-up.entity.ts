import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { FollowUpOutcome, HelpNeed } from '@koers/domain';

/** A partner's follow-up period: weeks after a group closes until its calls land on the worklist. */
@Entity('follow_up_setting')
@Check('follow_up_setting_weeks_check', 'weeks between 0 and 52')
export class FollowUpSetting {
  @ForeignKey('partner', { name: 'follow_up_setting_partner_id_fkey' }) @PrimaryColumn({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ type: 'smallint', default: 6 }) weeks!: number;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

export type FollowUpStatus = 'open' | 'done' | 'cancelled';

/** A call to a participant after its track (or a next contact agreed in such a call). */
@Entity('follow_up_task')
@Check('follow_up_task_status_check', "status in ('open', 'done', 'cancelled')")
@Check('follow_up_task_outcome_check', "outcome in ('picked_up', 'in_drawer', 'done')")
@Check('follow_up_task_help_check', `jsonb_typeof(help_needed) = 'array' and help_needed <@ '["financing", "student", "specialist", "next_step"]'::jsonb`)
@Check('follow_up_task_recorded', "(status = 'done') = (outcome is not null and recorded_at is not null)")
@Check('follow_up_task_next_after', 'next_contact_on is null or next_contact_on > due_on')
@Index('follow_up_task_first', ['enrolmentId'], { unique: true, where: 'previous_task_id is null' })
@Index('follow_up_task_next', ['previousTaskId'], { unique: true, where: 'previous_task_id is not null' })
@Index('follow_up_task_worklist', ['partnerId', 'status', 'dueOn'])
export class FollowUpTask {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'follow_up_task_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('organisation', { name: 'follow_up_task_organisation_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @ForeignKey('programme_group', { name: 'follow_up_task_group_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'group_id', type: 'uuid', nullable: true }) groupId!: string | null;
  @ForeignKey('enrolment', { name: 'follow_up_task_enrolment_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'enrolment_id', type: 'uuid', nullable: true }) enrolmentId!: string | null;
  @ForeignKey('follow_up_task', { name: 'follow_up_task_previous_task_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'previous_task_id', type: 'uuid', nullable: true }) previousTaskId!: string | null;
  @Column({ name: 'due_on', type: 'date' }) dueOn!: string;
  @Column({ type: 'varchar', length: 16, default: 'open' }) status!: FollowUpStatus;
  @Column({ type: 'varchar', length: 16, nullable: true }) outcome!: FollowUpOutcome | null;
  @Column({ name: 'help_needed', type: 'jsonb', default: [] }) helpNeeded!: HelpNeed[];
  @Column({ type: 'text', default: '' }) note!: string;
  @Column({ name: 'next_contact_on', type: 'date', nullable: true }) nextContactOn!: string | null;
  @ForeignKey('app_user', { name: 'follow_up_task_recorded_by_fkey' }) @Column({ name: 'recorded_by', type: 'uuid', nullable: true }) recordedBy!: string | null;
  @Column({ name: 'recorded_at', type: 'timestamptz', nullable: true }) recordedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
