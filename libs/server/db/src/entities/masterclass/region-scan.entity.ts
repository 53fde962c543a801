import type { MasterclassAudience, ScanCandidate, SectorCount } from '@koers/domain';
import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A saved region scan (step 2): its inputs and its result as made, so the same inputs give the same list. */
@Entity('region_scan')
@Check('region_scan_audience_check', "audience in ('sme', 'large')")
@Index('region_scan_partner_created', ['partnerId', 'createdAt'])
export class RegionScan {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'region_scan_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ type: 'jsonb' }) municipalities!: string[];
  @Column({ type: 'varchar', length: 8 }) audience!: MasterclassAudience;
  /** The reference-data id of the CE sector table the ranking used (`ce.sectors.v1`). */
  @Column({ name: 'sector_table', type: 'varchar', length: 64 }) sectorTable!: string;
  @Column({ type: 'jsonb' }) sectors!: SectorCount[];
  @Column({ type: 'jsonb' }) candidates!: ScanCandidate[];
  @ForeignKey('app_user', { name: 'region_scan_created_by_fkey' }) @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}
