import type { JobsOptions } from 'bullmq';

/**
 * The typed job catalogue shared by api (producers) and worker (handlers):
 * one line per job name with its queue, payload type and default options.
 */
export const QUEUE_NAMES = ['maintenance', 'calculations', 'documents'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobPayloads {
  /** Health probe of the whole pipeline: api -> queue -> worker -> PostgreSQL. */
  'diagnostics.ping': { pingId: string; partnerId: string; requestedBy: string };
  /** Compute stored results (one for a submission, a batch in a bulk recompute). */
  'calculation.run': { resultIds: string[] };
  /** Plan a bulk recompute: page through the inputs and enqueue key ranges with addBulk. */
  'calculation.plan-recompute': { bulkId: string };
  /** Recompute the inputs of one bulk whose ids lie in (afterId, lastId]. */
  'calculation.run-range': { bulkId: string; afterId: string; lastId: string };
  /**
   * Render a document and store it. `kind` is one a step declared (declareDocumentKind in
   * @koers/server-documents, e.g. 'profile_pdf'); ownerId is what that kind is about.
   */
  'document.render': { kind: string; ownerId: string; partnerId: string };
  /** Mail the evaluation survey's single-use links to the invitations of a survey not yet sent (libs/server/evaluation). */
  'evaluation.send': { surveyId: string };
  /** Remind the invitations of a survey that have not answered (delayed by the survey's remind_after_days). */
  'evaluation.remind': { surveyId: string };
  /** Compute one stored evaluation run with evaluation.programme. */
  'evaluation.compute': { runId: string };
  /** Mail the outcome of an application to join the alliance (accepted: with the link to set a password or accept the invitation), once (libs/server/alliance). */
  'alliance.application-mail': { applicationId: string };
}
export type JobName = keyof JobPayloads;

const retried: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  // Results live in PostgreSQL; keep Redis lean.
  removeOnComplete: true,
  removeOnFail: { count: 1000, age: 7 * 24 * 3600 },
};

export const JOBS: { [K in JobName]: { queue: QueueName; options: JobsOptions } } = {
  'diagnostics.ping': { queue: 'maintenance', options: { ...retried, attempts: 3 } },
  'calculation.run': { queue: 'calculations', options: { ...retried, attempts: 3 } },
  'calculation.plan-recompute': { queue: 'calculations', options: retried },
  'calculation.run-range': { queue: 'calculations', options: { ...retried, attempts: 3 } },
  'document.render': { queue: 'documents', options: retried },
  'evaluation.send': { queue: 'maintenance', options: retried },
  'evaluation.remind': { queue: 'maintenance', options: retried },
  'evaluation.compute': { queue: 'calculations', options: { ...retried, attempts: 3 } },
  'alliance.application-mail': { queue: 'maintenance', options: retried },
};

export function jobsOfQueue(queue: QueueName): JobName[] {
  return (Object.keys(JOBS) as JobName[]).filter((name) => JOBS[name].queue === queue);
}
