import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { ApplicationStatus, PartnerKind } from '@koers/domain';

/** A visitor's application to join the alliance as a partner; the secretariat accepts or declines it (migration 1764000015000). */
@Entity('alliance_application')
@Check('alliance_application_kind_check', "kind in ('bank', 'environmental_federation', 'consultancy', 'csr_platform', 'government', 'school', 'employers_organisation', 'other')")
@Check('alliance_application_email_check', 'email = lower(email)')
@Check('alliance_application_status_check', "status in ('pending', 'accepted', 'declined')")
@Check('alliance_application_decision', "(status = 'pending') = (decided_at is null)")
@Check('alliance_application_reason', "status <> 'declined' or reason is not null")
@Check('alliance_application_partner', "(status = 'accepted') = (partner_id is not null)")
@Index('alliance_application_status', ['status', 'createdAt'])
export class AllianceApplication {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'organisation_name', type: 'varchar', length: 200 }) organisationName!: string;
  @Column({ type: 'varchar', length: 32 }) kind!: PartnerKind;
  @Column({ type: 'varchar', length: 2000, nullable: true }) website!: string | null;
  @Column({ name: 'contact_name', type: 'varchar', length: 200 }) contactName!: string;
  @Column({ type: 'varchar', length: 254 }) email!: string;
  @Column({ type: 'varchar', length: 40, nullable: true }) phone!: string | null;
  @Column({ type: 'text' }) motivation!: string;
  @ForeignKey('csr_platform', { name: 'alliance_application_platform_id_fkey', onDelete: 'SET NULL' }) @Column({ name: 'platform_id', type: 'uuid', nullable: true }) platformId!: string | null;
  @Column({ type: 'varchar', length: 16, default: 'pending' }) status!: ApplicationStatus;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @ForeignKey('app_user', { name: 'alliance_application_decided_by_fkey', onDelete: 'SET NULL' }) @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy!: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @ForeignKey('partner', { name: 'alliance_application_partner_id_fkey', onDelete: 'SET NULL' }) @Column({ name: 'partner_id', type: 'uuid', nullable: true }) partnerId!: string | null;
  @ForeignKey('app_user', { name: 'alliance_application_account_user_id_fkey', onDelete: 'SET NULL' }) @Column({ name: 'account_user_id', type: 'uuid', nullable: true }) accountUserId!: string | null;
  @Column({ name: 'account_created', type: 'boolean', default: false }) accountCreated!: boolean;
  @Column({ name: 'mailed_at', type: 'timestamptz', nullable: true }) mailedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
