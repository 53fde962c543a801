import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { JourneyPart } from '@koers/domain';

/** One read by a partner of a part of a company's journey that another partner holds ("wie heeft mijn gegevens ingezien"). */
@Entity('journey_access')
@Check('journey_access_part_check', "part in ('organisation', 'profile_footprint', 'action_plan', 'certificate', 'masterclass_outcome', 'chain_results')")
@Index('journey_access_organisation', ['organisationId', 'readAt'])
export class JourneyAccess {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('organisation', { name: 'journey_access_organisation_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @ForeignKey('partner', { name: 'journey_access_reader_partner_id_fkey' }) @Column({ name: 'reader_partner_id', type: 'uuid' }) readerPartnerId!: string;
  @ForeignKey('app_user', { name: 'journey_access_reader_user_id_fkey', onDelete: 'SET NULL' }) @Column({ name: 'reader_user_id', type: 'uuid', nullable: true }) readerUserId!: string | null;
  @ForeignKey('partner', { name: 'journey_access_owner_partner_id_fkey' }) @Column({ name: 'owner_partner_id', type: 'uuid' }) ownerPartnerId!: string;
  @Column({ type: 'varchar', length: 32 }) part!: JourneyPart;
  @Column({ name: 'read_at', type: 'timestamptz', default: () => 'now()' }) readAt!: Date;
}
