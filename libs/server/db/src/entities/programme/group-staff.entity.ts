import type { StaffRole } from '@koers/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Someone working with a group: a user of the partner (an adviser; a trainee has
 * a mentor), or an outside specialist who has no account (name, organisation).
 */
@Entity('group_staff')
export class GroupStaff {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @Column({ type: 'varchar', length: 16 }) role!: StaffRole;
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId!: string | null;
  @Column({ type: 'boolean', default: false }) trainee!: boolean;
  @Column({ name: 'mentor_user_id', type: 'uuid', nullable: true }) mentorUserId!: string | null;
  @Column({ name: 'external_name', type: 'varchar', length: 200, nullable: true }) externalName!: string | null;
  @Column({ name: 'external_organisation', type: 'varchar', length: 200, nullable: true }) externalOrganisation!: string | null;
  @Column({ name: 'external_email', type: 'varchar', length: 254, nullable: true }) externalEmail!: string | null;
  /** What this person brings to the group (a specialist's expertise, a speaker's subject). */
  @Column({ type: 'text', default: '' }) contribution!: string;
}
