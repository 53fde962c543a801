import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

export interface CandidatePartner {
  enrolmentId: string | null;
  organisationId: string | null;
  name: string;
}

/** A chain-project proposal made from a masterclass's shared opportunity after its 'go': the record step 3 picks up. */
@Entity('chain_proposal')
@Check('chain_proposal_status_check', "status in ('open', 'picked_up')")
@Index('chain_proposal_partner_status', ['partnerId', 'status'])
export class ChainProposal {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'chain_proposal_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  /** The masterclass it came from. */
  @ForeignKey('programme_group', { name: 'chain_proposal_group_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ name: 'candidate_partners', type: 'jsonb', default: [] }) candidatePartners!: CandidatePartner[];
  @Column({ type: 'varchar', length: 16, default: 'open' }) status!: 'open' | 'picked_up';
  @ForeignKey('app_user', { name: 'chain_proposal_created_by_fkey' }) @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
