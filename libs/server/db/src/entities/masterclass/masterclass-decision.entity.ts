import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** The group's decision at the end of a masterclass: go on to chain projects, or not, with its reasons. */
@Entity('masterclass_decision')
@Check('masterclass_decision_decision_check', "decision in ('go', 'no_go')")
export class MasterclassDecision {
  @ForeignKey('programme_group', { name: 'masterclass_decision_group_id_fkey', onDelete: 'CASCADE' }) @PrimaryColumn({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @ForeignKey('partner', { name: 'masterclass_decision_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ type: 'varchar', length: 8 }) decision!: 'go' | 'no_go';
  @Column({ type: 'text' }) reasons!: string;
  @Column({ name: 'decided_at', type: 'timestamptz', default: () => 'now()' }) decidedAt!: Date;
  @ForeignKey('app_user', { name: 'masterclass_decision_decided_by_fkey' }) @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy!: string | null;
}
