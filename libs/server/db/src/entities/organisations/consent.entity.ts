import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { ConsentPart } from '@koers/domain';

/**
 * A company's consent that a partner may see one part of its journey (its
 * record, profile and footprint, action plan, ...) outside that partner's own
 * steps, or (part `showcase`) show its example project publicly. Granted and
 * withdrawn only by the company's own users.
 */
@Entity('consent')
@Check('consent_part_check', "part in ('organisation', 'profile_footprint', 'action_plan', 'certificate', 'masterclass_outcome', 'chain_results', 'showcase')")
@Index('consent_one_active', ['organisationId', 'partnerId', 'part'], { unique: true, where: 'revoked_at is null' })
@Index('consent_partner_active', ['partnerId', 'organisationId'], { where: 'revoked_at is null' })
export class Consent {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('organisation', { name: 'consent_organisation_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @ForeignKey('partner', { name: 'consent_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ type: 'varchar', length: 32, default: 'organisation' }) part!: ConsentPart;
  @Column({ name: 'granted_by_user_id', type: 'uuid', nullable: true }) grantedByUserId!: string | null;
  @Column({ name: 'granted_at', type: 'timestamptz', default: () => 'now()' }) grantedAt!: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ name: 'revoked_by_user_id', type: 'uuid', nullable: true }) revokedByUserId!: string | null;
}
