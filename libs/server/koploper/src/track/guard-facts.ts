import { guardChecklist, KOPLOPER_STEP, nextPhasesOf, WITHDRAWN_PHASE, type GuardCheck, type KoploperGuardFacts } from '@koers/domain';
import type { EntityManager } from 'typeorm';

/**
 * The work a participant has done, as step 1's phase guards count it
 * (`KOPLOPER_GUARDS` in the domain), in one query inside the caller's
 * transaction: a reviewed baseline of any year, a published profile version,
 * action-plan measures that are not dropped (the action plan's own count), the
 * MVO-visie and a submitted communication assignment.
 */
export async function koploperGuardFacts(em: EntityManager, enrolmentId: string): Promise<KoploperGuardFacts> {
  const [row]: { baseline: boolean; profile: boolean; measures: number; vision: boolean; communication: boolean }[] = await em.query(
    `select exists (select 1 from baseline where participant_id = $1 and status = 'reviewed') as baseline,
            exists (select 1 from sustainability_profile where participant_id = $1 and status = 'published') as profile,
            (select count(*)::int from action_plan_item where participant_id = $1 and status <> 'dropped') as measures,
            coalesce((select length(btrim(csr_vision)) > 0 from koploper_enrolment where enrolment_id = $1), false) as vision,
            exists (select 1 from communication_submission where participant_id = $1 and status = 'submitted') as communication`,
    [enrolmentId],
  );
  return { baselineReviewed: row.baseline, profilePublished: row.profile, actionPlanMeasures: row.measures, visionWritten: row.vision, communicationSubmitted: row.communication };
}

/** The next phase in order (withdrawn left out) and what it still needs; null at a final phase or one whose next has no guards is a list of none. */
export function nextPhaseChecklist(phase: string, facts: KoploperGuardFacts): { phase: string; items: GuardCheck[] } | null {
  const next = nextPhasesOf(KOPLOPER_STEP, phase).find((p) => p !== WITHDRAWN_PHASE);
  return next ? { phase: next, items: guardChecklist(KOPLOPER_STEP, next, facts) } : null;
}
