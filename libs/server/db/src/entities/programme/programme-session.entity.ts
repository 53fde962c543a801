import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * A meeting of a group (kickoff, workshop, design session, symposium): the kinds are the step's.
 * With `enrolmentId` it belongs to one participant (the talk at the company's premises): only that
 * participant and the staff see it (restrictive policy, migration 1764000022000).
 */
@Entity('programme_session')
@Index('programme_session_enrolment', ['enrolmentId'])
@Check('programme_session_kind_format', "kind ~ '^[a-z_]{1,32}$'")
@Check('programme_session_ends_after', 'ends_at is null or ends_at > starts_at')
export class ProgrammeSession {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'programme_session_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('programme_group', { name: 'programme_session_group_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @ForeignKey('enrolment', { name: 'programme_session_enrolment_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'enrolment_id', type: 'uuid', nullable: true }) enrolmentId!: string | null;
  @Column({ type: 'varchar', length: 32 }) kind!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true }) endsAt!: Date | null;
  @Column({ type: 'varchar', length: 200, default: '' }) location!: string;
  @Column({ type: 'text', default: '' }) agenda!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
