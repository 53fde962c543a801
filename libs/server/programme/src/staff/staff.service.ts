import { Injectable } from '@nestjs/common';
import { BadInputError, ConflictError, Db, Enrolment, GroupStaff, isUuid, Membership, Organisation, User } from '@koers/server-db';
import { In, IsNull } from 'typeorm';
import { Groups } from '../groups/groups.service';
import type { AddStaffDto } from '../inputs';

const PICKER_ROLES = ['administrator', 'coordinator', 'adviser', 'analyst'] as const;
export type PickerRole = (typeof PICKER_ROLES)[number];
export const isPickerRole = (r: unknown): r is PickerRole => typeof r === 'string' && (PICKER_ROLES as readonly string[]).includes(r);

/** Staff on a group: the partner's advisers (a trainee under a mentor), coaches, speakers and outside specialists. */
@Injectable()
export class Staff {
  constructor(
    private readonly db: Db,
    private readonly groups: Groups,
  ) {}

  async add(groupId: string, dto: AddStaffDto): Promise<void> {
    const { group, step } = await this.groups.load(groupId);
    Groups.assertOpen(group, step);
    if (!step.staffRoles.includes(dto.role)) {
      throw new BadInputError('role', { nl: `Een ${step.groupName.nl} kent de rollen ${step.staffRoles.join(', ')}`, en: `A ${step.groupName.en} has the roles ${step.staffRoles.join(', ')}` }, { code: 'staff.role', params: { allowed: step.staffRoles } });
    }
    const em = this.db.em;
    const trainee = dto.trainee ?? false;
    if (!dto.userId) {
      // An outside specialist or speaker: a name, no account, no mentor; an entrepreneur speaks for an organisation in the system.
      const organisationId = dto.organisationId ?? null;
      if (organisationId) {
        if (!(await em.exists(Organisation, { where: { id: organisationId } }))) {
          throw new BadInputError('organisationId', { nl: 'Onbekende organisatie', en: 'Unknown organisation' }, { code: 'organisation.unknown' });
        }
        if (dto.externalOrganisation?.trim()) {
          throw new BadInputError('externalOrganisation', { nl: 'Geef een organisatie uit het systeem of een naam, niet beide', en: 'Give an organisation of the system or a name, not both' }, { code: 'staff.person' });
        }
        if (await em.exists(GroupStaff, { where: { groupId, organisationId, externalName: dto.externalName?.trim() ? dto.externalName.trim() : IsNull() } })) {
          throw new ConflictError({ nl: 'Deze persoon is al toegevoegd', en: 'This person has already been added' }, { code: 'staff.exists', field: 'organisationId' });
        }
      } else if (!dto.externalName?.trim()) {
        throw new BadInputError('externalName', { nl: 'Kies een gebruiker of geef de naam van de specialist', en: "Choose a user or give the specialist's name" }, { code: 'staff.person' });
      }
      if (trainee) throw new BadInputError('trainee', { nl: 'Alleen een gebruiker kan adviseur in opleiding zijn', en: 'Only a user can be a trainee adviser' }, { code: 'staff.trainee_external' });
      await em.insert(GroupStaff, {
        id: this.db.newId(), partnerId: group.partnerId, groupId, role: dto.role, userId: null, trainee: false, mentorUserId: null, organisationId,
        externalName: dto.externalName?.trim() || null, externalOrganisation: dto.externalOrganisation?.trim() || null, externalEmail: dto.externalEmail?.trim().toLowerCase() || null, contribution: dto.contribution?.trim() ?? '',
      });
      return;
    }
    if (dto.organisationId) throw new BadInputError('organisationId', { nl: 'Geef een gebruiker of een organisatie, niet beide', en: 'Give a user or an organisation, not both' }, { code: 'staff.person' });
    if (dto.externalName) throw new BadInputError('externalName', { nl: 'Geef een gebruiker of een externe naam, niet beide', en: 'Give a user or an outside name, not both' }, { code: 'staff.person' });
    const roleNeeded = dto.role === 'adviser' ? ['adviser'] : ['adviser', 'coordinator', 'administrator', 'analyst'];
    if (!(await em.exists(Membership, { where: { userId: dto.userId, role: In(roleNeeded) } }))) {
      throw new BadInputError('userId', { nl: `Deze gebruiker is geen ${dto.role === 'adviser' ? 'adviseur' : 'medewerker'} van deze partner`, en: `This user is not ${dto.role === 'adviser' ? 'an adviser' : 'a staff member'} of this partner` }, { code: 'staff.not_staff' });
    }
    if (await em.exists(GroupStaff, { where: { groupId, userId: dto.userId } })) {
      throw new ConflictError({ nl: 'Deze persoon is al toegevoegd', en: 'This person has already been added' }, { code: 'staff.exists', field: 'userId' });
    }
    const mentorUserId = dto.mentorUserId ?? null;
    if (trainee && !mentorUserId) throw new BadInputError('mentorUserId', { nl: 'Een adviseur in opleiding heeft een mentor nodig', en: 'A trainee adviser needs a mentor' }, { code: 'staff.mentor_missing' });
    if (mentorUserId) {
      if (mentorUserId === dto.userId) throw new BadInputError('mentorUserId', { nl: 'Een adviseur kan niet zijn eigen mentor zijn', en: 'An adviser cannot mentor themselves' }, { code: 'staff.own_mentor' });
      const mentor = await em.findOne(GroupStaff, { where: { groupId, userId: mentorUserId } });
      if (!mentor || mentor.trainee || mentor.role !== 'adviser') {
        throw new BadInputError('mentorUserId', { nl: `De mentor moet een ervaren adviseur van deze ${step.groupName.nl} zijn`, en: `The mentor must be an experienced adviser of this ${step.groupName.en}` }, { code: 'staff.mentor' });
      }
    }
    await em.insert(GroupStaff, {
      id: this.db.newId(), partnerId: group.partnerId, groupId, role: dto.role, userId: dto.userId, trainee, mentorUserId: trainee ? mentorUserId : null,
      externalName: null, externalOrganisation: null, externalEmail: null, organisationId: null, contribution: dto.contribution?.trim() ?? '',
    });
  }

  /** Removes someone by staff id (or, for a user, by user id); their participants lose them as adviser. */
  async remove(groupId: string, staffOrUserId: string): Promise<void> {
    const { group, step } = await this.groups.load(groupId);
    const em = this.db.em;
    const member = isUuid(staffOrUserId)
      ? ((await em.findOne(GroupStaff, { where: { groupId, id: staffOrUserId } })) ?? (await em.findOne(GroupStaff, { where: { groupId, userId: staffOrUserId } })))
      : null;
    if (!member) throw new BadInputError('staffId', { nl: `Deze persoon werkt niet mee aan deze ${step.groupName.nl}`, en: `This person does not work with this ${step.groupName.en}` }, { code: 'staff.unknown' });
    if (member.userId && (await em.exists(GroupStaff, { where: { groupId, mentorUserId: member.userId } }))) {
      throw new ConflictError({ nl: 'Deze adviseur is mentor van een adviseur in opleiding; wijs eerst een andere mentor aan', en: 'This adviser mentors a trainee; assign another mentor first' }, { code: 'staff.is_mentor' });
    }
    if (member.userId) await em.update(Enrolment, { groupId: group.id, adviserUserId: member.userId }, { adviserUserId: null });
    await em.delete(GroupStaff, { id: member.id });
  }

  /** Users of this partner by role, for the adviser, mentor, speaker and jury pickers. */
  async picker(role?: PickerRole) {
    const memberships = await this.db.em.find(Membership, { where: { role: role ? role : In([...PICKER_ROLES]) } });
    const users = memberships.length ? await this.db.em.find(User, { where: { id: In([...new Set(memberships.map((m) => m.userId))]) } }) : [];
    return {
      items: memberships
        .map((m) => ({ userId: m.userId, role: m.role, name: users.find((u) => u.id === m.userId)?.name ?? '', email: users.find((u) => u.id === m.userId)?.email ?? '' }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    };
  }
}
