import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';

/** A partner's partnercontract with the alliance: when and by whom it was signed (one per partner; its commitments hang under it). */
@Entity('partner_contract')
@Unique('partner_contract_partner_key', ['partnerId'])
export class PartnerContract {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'partner_contract_partner_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'signed_on', type: 'date' }) signedOn!: string;
  /** The person who signed for the partner, with their function. */
  @Column({ name: 'signed_by', type: 'varchar', length: 200 }) signedBy!: string;
  @Column({ type: 'text', default: '' }) note!: string;
  @ForeignKey('app_user', { name: 'partner_contract_recorded_by_fkey', onDelete: 'SET NULL' }) @Column({ name: 'recorded_by', type: 'uuid', nullable: true }) recordedBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
