import { Injectable } from '@nestjs/common';
import { checkTransition, isPhaseOf, WITHDRAWN_PHASE } from '@koers/domain';
import { asConflict, BadInputError, ConflictError, Db, Enrolment, GroupStaff } from '@koers/server-db';
import { Groups } from '../groups/groups.service';
import { assertNotTraineeAssigning } from '../staff/mentorship';
import type { UpdateEnrolmentDto } from '../inputs';
import { ProgrammeSteps } from '../steps';
import type { EnrolmentView } from '../views';

/** Where an enrolment stands: moving it through the step's phases (under the step's guards), and its adviser. */
@Injectable()
export class Enrolments {
  constructor(
    private readonly db: Db,
    private readonly groups: Groups,
    private readonly steps: ProgrammeSteps,
  ) {}

  async update(id: string, dto: UpdateEnrolmentDto): Promise<EnrolmentView> {
    const enrolment = await this.db.findOwned(Enrolment, id);
    const { group, step } = await this.groups.load(enrolment.groupId);
    if (dto.phase === undefined && dto.adviserUserId === undefined) {
      throw new BadInputError('phase', { nl: 'Geef een fase of een adviseur', en: 'Give a phase or an adviser' }, { code: 'enrolment.nothing_to_change' });
    }
    if (dto.adviserUserId !== undefined) {
      // A trainee adviser neither assigns itself nor anyone else (nor unassigns): the coordinator does.
      await assertNotTraineeAssigning(this.db.em, group.id, this.db.tenant.userId);
      if (dto.adviserUserId !== null && !(await this.db.em.exists(GroupStaff, { where: { groupId: group.id, userId: dto.adviserUserId, role: 'adviser' } }))) {
        throw new BadInputError('adviserUserId', { nl: `Deze gebruiker is geen adviseur van deze ${step.groupName.nl}`, en: `This user is not an adviser of this ${step.groupName.en}` }, { code: 'enrolment.not_an_adviser' });
      }
      enrolment.adviserUserId = dto.adviserUserId;
    }
    const to = dto.phase;
    const moves = to !== undefined && to !== enrolment.phase;
    if (moves) {
      if (!isPhaseOf(step, to)) {
        throw new BadInputError('phase', { nl: `Onbekende fase ${JSON.stringify(to)}; wel: ${[...step.phases, WITHDRAWN_PHASE].join(', ')}`, en: `Unknown phase ${JSON.stringify(to)}; known: ${[...step.phases, WITHDRAWN_PHASE].join(', ')}` }, { code: 'phase.unknown', params: { phase: to } });
      }
      if (group.status !== 'running') {
        throw new ConflictError({ nl: `De ${step.groupName.nl} is niet gestart`, en: `The ${step.groupName.en} is not running` }, { code: 'group.not_running', field: 'phase' });
      }
      const facts = (await this.steps.hooksOf(group.step).guardFacts?.(this.db.em, enrolment)) ?? {};
      // Only a coordinator or administrator may move past unmet conditions, and says why.
      const mayOverride = ['coordinator', 'administrator'].includes(this.db.tenant.role);
      asConflict(() => checkTransition(step, enrolment.phase, to, facts, mayOverride ? dto.reason : undefined), 'phase');
      enrolment.phase = to;
      enrolment.phaseReachedAt = new Date();
      if (to === WITHDRAWN_PHASE) enrolment.withdrawnReason = dto.reason?.trim() || null;
    }
    await this.db.em.save(Enrolment, enrolment);
    if (moves) await this.steps.hooksOf(group.step).phaseReached?.(this.db.em, group, enrolment);
    return view(enrolment);
  }
}

export function view(e: Enrolment): EnrolmentView {
  return { id: e.id, groupId: e.groupId, organisationId: e.organisationId, role: e.role, phase: e.phase, phaseReachedAt: e.phaseReachedAt, adviserUserId: e.adviserUserId };
}
