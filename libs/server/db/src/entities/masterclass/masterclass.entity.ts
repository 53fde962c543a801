import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** What a masterclass has beyond the core group: its audience, goals, co-organisers and region. */
@Entity('masterclass')
@Check('masterclass_audience_check', "audience in ('sme', 'large')")
export class Masterclass {
  @ForeignKey('programme_group', { name: 'masterclass_group_id_fkey', onDelete: 'CASCADE' }) @PrimaryColumn({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @ForeignKey('partner', { name: 'masterclass_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ type: 'varchar', length: 8 }) audience!: 'sme' | 'large';
  @Column({ type: 'text', default: '' }) goals!: string;
  /** The organisations running it with the partner (by name: a bank, a platform). */
  @Column({ name: 'co_organisers', type: 'jsonb', default: [] }) coOrganisers!: string[];
  /** Where it is held ("Drenthe"), shown on invitations. */
  @Column({ type: 'varchar', length: 100, nullable: true }) region!: string | null;
}
