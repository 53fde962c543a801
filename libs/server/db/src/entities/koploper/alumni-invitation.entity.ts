import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** A coordinator's invitation of an alumnus to a later activity (masterclass, chain project, event). */
@Entity('alumni_invitation')
@Check('alumni_invitation_activity_check', "activity in ('masterclass', 'chain_project', 'event')")
export class AlumniInvitation {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'alumni_invitation_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('organisation', { name: 'alumni_invitation_organisation_id_fkey' }) @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'varchar', length: 32 }) activity!: 'masterclass' | 'chain_project' | 'event';
  @Column({ type: 'varchar', length: 200 }) subject!: string;
  @Column({ type: 'text' }) message!: string;
  @ForeignKey('app_user', { name: 'alumni_invitation_sent_by_fkey' }) @Column({ name: 'sent_by', type: 'uuid', nullable: true }) sentBy!: string | null;
  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' }) sentAt!: Date;
}
