import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** An organisation's consent that a partner may see its record outside a programme. */
@Entity('consent')
@Index('consent_active', ['partnerId', 'organisationId'], { where: 'revoked_at is null' })
export class Consent {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('organisation', { name: 'consent_organisation_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @ForeignKey('partner', { name: 'consent_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'granted_by_user_id', type: 'uuid', nullable: true }) grantedByUserId!: string | null;
  @Column({ name: 'granted_at', type: 'timestamptz', default: () => 'now()' }) grantedAt!: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
}
