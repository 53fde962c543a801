import type { ChainOrigin } from '@koers/domain';
import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';

/** What a chain project has beyond the core group: its product or chain, how it came about, its sector programme and theme. */
@Entity('chain_project')
@Check('chain_project_origin_check', "origin in ('direct', 'proposal', 'application')")
@Check('chain_project_theme_in_programme', 'theme is null or sector_programme_id is not null')
@Unique('chain_project_proposal_id_key', ['proposalId'])
@Index('chain_project_sector_programme', ['sectorProgrammeId'])
export class ChainProject {
  @ForeignKey('programme_group', { name: 'chain_project_group_id_fkey', onDelete: 'CASCADE' }) @PrimaryColumn({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @ForeignKey('partner', { name: 'chain_project_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  /** The product or chain it redesigns ("Isolatie van hennep"). */
  @Column({ type: 'varchar', length: 200 }) subject!: string;
  @Column({ type: 'text', default: '' }) goal!: string;
  @Column({ type: 'varchar', length: 16 }) origin!: ChainOrigin;
  @ForeignKey('chain_proposal', { name: 'chain_project_proposal_id_fkey' }) @Column({ name: 'proposal_id', type: 'uuid', nullable: true }) proposalId!: string | null;
  @ForeignKey('sector_programme', { name: 'chain_project_sector_programme_id_fkey' }) @Column({ name: 'sector_programme_id', type: 'uuid', nullable: true }) sectorProgrammeId!: string | null;
  /** The chain group's theme within its sector programme ("Minder afval"). */
  @Column({ type: 'varchar', length: 100, nullable: true }) theme!: string | null;
  /** The date (YYYY-MM-DD) the project reached each phase. */
  @Column({ name: 'phases_reached', type: 'jsonb', default: {} }) phasesReached!: Record<string, string>;
}
