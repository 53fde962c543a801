import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A coordinator's invitation of an alumnus to a later activity (masterclass, chain project, event). */
@Entity('alumni_invitation')
export class AlumniInvitation {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'varchar', length: 32 }) activity!: 'masterclass' | 'chain_project' | 'event';
  @Column({ type: 'varchar', length: 200 }) subject!: string;
  @Column({ type: 'text' }) message!: string;
  @Column({ name: 'sent_by', type: 'uuid', nullable: true }) sentBy!: string | null;
  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' }) sentAt!: Date;
}
