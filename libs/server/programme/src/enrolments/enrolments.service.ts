import { Injectable } from '@nestjs/common';
import { checkTransition, isPhaseOf, RuleError, WITHDRAWN_PHASE, type PhaseGuard } from '@koers/domain';
import { BadInputError, ConflictError, Db, Enrolment, GroupStaff, PhaseOverride } from '@koers/server-db';
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
      const from = enrolment.phase;
      const overridden = guarded(() => checkTransition(step, from, to, facts, mayOverride ? dto.reason : undefined), mayOverride);
      if (overridden.length) await this.keepOverride(enrolment, from, to, overridden, (dto.reason ?? '').trim());
      enrolment.phase = to;
      enrolment.phaseReachedAt = new Date();
      if (to === WITHDRAWN_PHASE) enrolment.withdrawnReason = dto.reason?.trim() || null;
    }
    await this.db.em.save(Enrolment, enrolment);
    if (moves) await this.steps.hooksOf(group.step).phaseReached?.(this.db.em, group, enrolment);
    return view(enrolment);
  }

  /** Keeps a move past unmet guards: who, when, which guards and why (in the move's transaction). */
  private async keepOverride(enrolment: Enrolment, from: string, to: string, guards: PhaseGuard[], reason: string): Promise<void> {
    await this.db.em.insert(PhaseOverride, {
      id: this.db.newId(),
      partnerId: enrolment.partnerId,
      enrolmentId: enrolment.id,
      fromPhase: from,
      toPhase: to,
      guards: guards.map((g) => g.code) as never,
      reason,
      overriddenBy: this.db.tenant.userId,
    });
  }
}

/**
 * The move's refusal as a 409: an unmet guard says who may still move on and
 * how (the coordinator with a reason, field `reason`; anyone else asks the
 * coordinator, field `phase`); other refusals name the phase.
 */
function guarded(fn: () => PhaseGuard[], mayOverride: boolean): PhaseGuard[] {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof RuleError)) throw e;
    if (e.code !== 'phase.guard') throw ConflictError.fromRule(e, 'phase');
    const hint = mayOverride
      ? { nl: 'Zet toch door door een reden te geven', en: 'Move on anyway by giving a reason' }
      : { nl: 'Alleen de coördinator kan toch doorzetten, met een reden', en: 'Only the coordinator can move on anyway, giving a reason' };
    const text = { nl: `${e.text.nl}. ${hint.nl}`, en: `${e.text.en}. ${hint.en}` };
    throw new ConflictError(text, { code: e.code, params: { ...e.params, overridable: mayOverride }, field: mayOverride ? 'reason' : 'phase' });
  }
}

export function view(e: Enrolment): EnrolmentView {
  return { id: e.id, groupId: e.groupId, organisationId: e.organisationId, role: e.role, phase: e.phase, phaseReachedAt: e.phaseReachedAt, adviserUserId: e.adviserUserId };
}
