import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { FulfilmentStatus } from '@koers/domain';

/** A dated entry on how far a commitment is fulfilled, with a note and the evidence (a stored file or a link). */
@Entity('commitment_fulfilment')
@Check('commitment_fulfilment_status_check', "status in ('met', 'partly', 'not_yet')")
@Index('commitment_fulfilment_commitment', ['commitmentId', 'recordedOn'])
export class CommitmentFulfilment {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'commitment_fulfilment_partner_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('contract_commitment', { name: 'commitment_fulfilment_commitment_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'commitment_id', type: 'uuid' }) commitmentId!: string;
  @Column({ name: 'recorded_on', type: 'date' }) recordedOn!: string;
  @Column({ type: 'varchar', length: 16 }) status!: FulfilmentStatus;
  @Column({ type: 'text', default: '' }) note!: string;
  @Column({ name: 'evidence_url', type: 'varchar', length: 2000, nullable: true }) evidenceUrl!: string | null;
  @ForeignKey('stored_file', { name: 'commitment_fulfilment_evidence_file_id_fkey', onDelete: 'SET NULL' }) @Column({ name: 'evidence_file_id', type: 'uuid', nullable: true }) evidenceFileId!: string | null;
  @ForeignKey('app_user', { name: 'commitment_fulfilment_recorded_by_fkey', onDelete: 'SET NULL' }) @Column({ name: 'recorded_by', type: 'uuid', nullable: true }) recordedBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
