import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An organisation's consent that a partner may see its record outside a programme. */
@Entity('consent')
export class Consent {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'granted_by_user_id', type: 'uuid', nullable: true }) grantedByUserId!: string | null;
  @Column({ name: 'granted_at', type: 'timestamptz', default: () => 'now()' }) grantedAt!: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
}
