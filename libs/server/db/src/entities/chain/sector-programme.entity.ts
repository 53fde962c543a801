import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';

/** The sector-chain approach: a programme for one sector (care) with an opening and a closing work conference and chain groups per theme. */
@Entity('sector_programme')
@Check('sector_programme_dates_check', 'ends_on >= starts_on')
export class SectorProgramme {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'sector_programme_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 100 }) sector!: string;
  @Column({ type: 'varchar', length: 100, nullable: true }) region!: string | null;
  @Column({ name: 'starts_on', type: 'date' }) startsOn!: string;
  @Column({ name: 'ends_on', type: 'date' }) endsOn!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('sector_conference')
@Check('sector_conference_kind_check', "kind in ('opening', 'closing')")
@Unique('sector_conference_programme_id_kind_key', ['programmeId', 'kind'])
export class SectorConference {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'sector_conference_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('sector_programme', { name: 'sector_conference_programme_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'programme_id', type: 'uuid' }) programmeId!: string;
  @Column({ type: 'varchar', length: 8 }) kind!: 'opening' | 'closing';
  @Column({ name: 'held_on', type: 'date' }) heldOn!: string;
  @Column({ type: 'varchar', length: 200, default: '' }) location!: string;
  @Column({ type: 'text', default: '' }) notes!: string;
}

/** A chain and its question, mapped at the opening work conference. */
@Entity('sector_question')
@Index('sector_question_programme', ['programmeId'])
export class SectorQuestion {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'sector_question_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('sector_programme', { name: 'sector_question_programme_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'programme_id', type: 'uuid' }) programmeId!: string;
  @Column({ type: 'varchar', length: 100 }) theme!: string;
  @Column({ type: 'text' }) question!: string;
  @Column({ name: 'raised_by', type: 'varchar', length: 200, default: '' }) raisedBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** An agreement between chain partners, recorded at the closing work conference. */
@Entity('chain_agreement')
@Index('chain_agreement_programme', ['programmeId'])
export class ChainAgreement {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'chain_agreement_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('sector_programme', { name: 'chain_agreement_programme_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'programme_id', type: 'uuid' }) programmeId!: string;
  /** The chain group it comes from, when one. */
  @ForeignKey('programme_group', { name: 'chain_agreement_group_id_fkey', onDelete: 'SET NULL' }) @Column({ name: 'group_id', type: 'uuid', nullable: true }) groupId!: string | null;
  /** The organisations that agree, by name. */
  @Column({ type: 'jsonb', default: [] }) parties!: string[];
  @Column({ type: 'text' }) text!: string;
  @Column({ name: 'agreed_on', type: 'date' }) agreedOn!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
