import type { ProgrammeLine, StepKey } from '@koers/domain';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

export type GroupStatus = 'planned' | 'running' | 'closed';

/** A group of organisations going through one step together: a Koplopergroep, a masterclass, a chain project. */
@Entity('programme_group')
@Check('programme_group_dates_check', 'ends_on >= starts_on')
@Check('programme_group_status_check', "status in ('planned', 'running', 'closed')")
@Check('programme_group_step_check', "step in ('koploper', 'masterclass', 'chain')")
@Index('programme_group_partner_step', ['partnerId', 'step'])
@Index('programme_group_line', ['programmeLine'])
export class ProgrammeGroup {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'programme_group_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ type: 'varchar', length: 32 }) step!: StepKey;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ name: 'starts_on', type: 'date' }) startsOn!: string;
  @Column({ name: 'ends_on', type: 'date' }) endsOn!: string;
  @ForeignKey('app_user', { name: 'programme_group_coordinator_user_id_fkey' }) @Column({ name: 'coordinator_user_id', type: 'uuid', nullable: true }) coordinatorUserId!: string | null;
  @Column({ type: 'varchar', length: 16, default: 'planned' }) status!: GroupStatus;
  /** The date by which each phase should be finished (YYYY-MM-DD), for the late mark. */
  @Column({ name: 'phase_plan', type: 'jsonb', default: {} }) phasePlan!: Record<string, string>;
  /** The alliance's programme line the group belongs to (Alliance1764000010000). */
  @ForeignKey('programme_line', 'code', { name: 'programme_group_programme_line_fkey' })
  @Column({ name: 'programme_line', type: 'varchar', length: 32, default: 'sustainable_entrepreneurship' })
  programmeLine!: ProgrammeLine;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
