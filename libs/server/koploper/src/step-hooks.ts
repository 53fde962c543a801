import { Injectable, type OnModuleInit } from '@nestjs/common';
import { KoploperCohort } from '@koers/server-db';
import { ProgrammeSteps } from '@koers/server-programme';
import { JobQueue } from '@koers/server-queue';
import { PARTICIPATION_CERTIFICATE } from './documents/kinds';
import { koploperGuardFacts } from './track/guard-facts';

/** What step 1 adds to the core's work on a Koplopergroep. */
@Injectable()
export class KoploperStepHooks implements OnModuleInit {
  constructor(
    private readonly steps: ProgrammeSteps,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit() {
    this.steps.register('koploper', {
      // What the phase guards (KOPLOPER_GUARDS) read: the participant's work, counted in the move's transaction.
      guardFacts: (em, enrolment) => koploperGuardFacts(em, enrolment.id),
      // The participation certificate is earned at the symposium: render it ahead of the first download (same job id as closing, so once).
      phaseReached: async (_em, group, enrolment) => {
        if (enrolment.phase !== 'symposium') return;
        await this.jobs.add('document.render', { kind: PARTICIPATION_CERTIFICATE, ownerId: enrolment.id, partnerId: group.partnerId }, { jobId: `participation-certificate-${enrolment.id}` });
      },
      groupClosed: async (_em, group, finished) => {
        if (!finished.length) return;
        await this.jobs.addBulk(
          'document.render',
          finished.map((e) => ({ data: { kind: PARTICIPATION_CERTIFICATE, ownerId: e.id, partnerId: group.partnerId }, opts: { jobId: `participation-certificate-${e.id}` } })),
        );
      },
      place: async (em, group) => (await em.findOne(KoploperCohort, { where: { groupId: group.id } }))?.municipality ?? null,
    });
  }
}
