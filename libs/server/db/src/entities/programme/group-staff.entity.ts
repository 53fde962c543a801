import type { StaffRole } from '@koers/domain';
import { Check, Column, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';

/**
 * Someone working with a group: a user of the partner (an adviser; a trainee has
 * a mentor), an outside specialist who has no account (name, organisation), or
 * an entrepreneur speaking for an organisation in the system (organisation_id).
 */
@Entity('group_staff')
@Unique('group_staff_group_id_user_id_key', ['groupId', 'userId'])
@Check('group_staff_role_check', "role in ('adviser', 'coach', 'speaker', 'specialist')")
@Check('group_staff_person', '(user_id is null) <> (external_name is null and organisation_id is null)')
@Check('group_staff_trainee_has_mentor', 'not trainee or mentor_user_id is not null')
@Check('group_staff_not_own_mentor', 'mentor_user_id is null or mentor_user_id <> user_id')
export class GroupStaff {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'group_staff_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('programme_group', { name: 'group_staff_group_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @Column({ type: 'varchar', length: 16 }) role!: StaffRole;
  @ForeignKey('app_user', { name: 'group_staff_user_id_fkey' }) @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId!: string | null;
  @Column({ type: 'boolean', default: false }) trainee!: boolean;
  @ForeignKey('app_user', { name: 'group_staff_mentor_user_id_fkey' }) @Column({ name: 'mentor_user_id', type: 'uuid', nullable: true }) mentorUserId!: string | null;
  @Column({ name: 'external_name', type: 'varchar', length: 200, nullable: true }) externalName!: string | null;
  @Column({ name: 'external_organisation', type: 'varchar', length: 200, nullable: true }) externalOrganisation!: string | null;
  @Column({ name: 'external_email', type: 'varchar', length: 254, nullable: true }) externalEmail!: string | null;
  /** The organisation an entrepreneur speaks for (a masterclass speaker who leads in a CE field). */
  @ForeignKey('organisation', { name: 'group_staff_organisation_id_fkey' }) @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) organisationId!: string | null;
  /** What this person brings to the group (a specialist's expertise, a speaker's subject). */
  @Column({ type: 'text', default: '' }) contribution!: string;
}
