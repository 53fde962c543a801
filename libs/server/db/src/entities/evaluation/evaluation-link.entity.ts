import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A mailed survey link: only the SHA-256 of its random token is stored. */
@Entity('evaluation_link')
@Index('evaluation_link_invitation', ['invitationId'])
export class EvaluationLink {
  @PrimaryColumn({ name: 'token_hash', type: 'char', length: 64 }) tokenHash!: string;
  @ForeignKey('partner', { name: 'evaluation_link_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('evaluation_invitation', { name: 'evaluation_link_invitation_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'invitation_id', type: 'uuid' }) invitationId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
