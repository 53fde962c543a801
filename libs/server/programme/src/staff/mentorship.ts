import { ForbiddenError, GroupStaff, type TenantContext } from '@koers/server-db';
import type { EntityManager } from 'typeorm';

/**
 * A trainee adviser (group_staff.trainee, with a mentor) works like a full
 * adviser, but what a company is judged on waits for the mentor's sign-off:
 * the trainee's row on the group when the user is one there, else null
 * (whatever role the user acts in: a second role does not lift the rule).
 */
export async function traineeOn(em: EntityManager, groupId: string, userId: string): Promise<GroupStaff | null> {
  return em.findOne(GroupStaff, { where: { groupId, userId, trainee: true } });
}

/**
 * Who may sign off a trainee's work on a group: the trainee's mentor there, or a
 * coordinator or administrator of the partner; never the trainee (403 naming why).
 */
export async function assertMaySignOff(em: EntityManager, groupId: string, traineeUserId: string, tenant: TenantContext): Promise<void> {
  if (tenant.userId === traineeUserId) {
    throw new ForbiddenError(
      { nl: 'U kunt uw eigen werk als adviseur in opleiding niet aftekenen; dat doet uw mentor of een coördinator', en: 'You cannot sign off your own work as a trainee adviser; your mentor or a coordinator does' },
      { code: 'sign_off.own_work' },
    );
  }
  if (['coordinator', 'administrator'].includes(tenant.role)) return;
  const trainee = await em.findOne(GroupStaff, { where: { groupId, userId: traineeUserId } });
  if (trainee?.mentorUserId !== tenant.userId) {
    throw new ForbiddenError(
      { nl: 'Alleen de mentor van de adviseur in opleiding of een coördinator kan dit aftekenen', en: "Only the trainee adviser's mentor or a coordinator can sign this off" },
      { code: 'sign_off.not_mentor' },
    );
  }
}

/** Whether the signed-in user is a trainee adviser on the group and so may not assign advisers there (403). */
export async function assertNotTraineeAssigning(em: EntityManager, groupId: string, userId: string): Promise<void> {
  if (await traineeOn(em, groupId, userId)) {
    throw new ForbiddenError(
      { nl: 'Een adviseur in opleiding wijst geen adviseur aan, ook zichzelf niet; dat doet de coördinator', en: 'A trainee adviser does not assign advisers, not even themselves; the coordinator does' },
      { code: 'enrolment.trainee_assigns', params: { field: 'adviserUserId' } },
    );
  }
}
