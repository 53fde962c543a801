import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

export type SessionItemKind = 'decision' | 'action';

/** A decision taken or an action agreed in a session (who does it, by when, done). */
@Entity('session_item')
@Check('session_item_kind_check', "kind in ('decision', 'action')")
@Check('session_item_due_only_for_actions', "kind = 'action' or (due_on is null and done_at is null)")
@Index('session_item_session', ['sessionId'])
export class SessionItem {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'session_item_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('programme_group', { name: 'session_item_group_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @ForeignKey('programme_session', { name: 'session_item_session_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'session_id', type: 'uuid' }) sessionId!: string;
  @Column({ type: 'varchar', length: 8 }) kind!: SessionItemKind;
  @Column({ type: 'text' }) text!: string;
  /** Who carries out an action (a person or organisation, by name). */
  @Column({ type: 'varchar', length: 200, default: '' }) owner!: string;
  @Column({ name: 'due_on', type: 'date', nullable: true }) dueOn!: string | null;
  @Column({ name: 'done_at', type: 'timestamptz', nullable: true }) doneAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
