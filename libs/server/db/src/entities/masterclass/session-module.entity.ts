import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A module of the CE module library (reference data) treated in a workshop of a masterclass. */
@Entity('session_module')
@Index('session_module_group', ['groupId'])
export class SessionModule {
  @ForeignKey('programme_session', { name: 'session_module_session_id_fkey', onDelete: 'CASCADE' }) @PrimaryColumn({ name: 'session_id', type: 'uuid' }) sessionId!: string;
  /** An id of CE_MODULES_V1. */
  @PrimaryColumn({ name: 'module_id', type: 'varchar', length: 64 }) moduleId!: string;
  @ForeignKey('partner', { name: 'session_module_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('programme_group', { name: 'session_module_group_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'group_id', type: 'uuid' }) groupId!: string;
  /** The order within the session. */
  @Column({ type: 'int', default: 0 }) position!: number;
}
