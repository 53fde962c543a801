import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ChainProject } from '@koers/server-db';
import { ProgrammeSteps, today } from '@koers/server-programme';

/** What step 3 adds to the core's work on a chain project. */
@Injectable()
export class ChainStepHooks implements OnModuleInit {
  constructor(private readonly steps: ProgrammeSteps) {}

  onModuleInit() {
    this.steps.register('chain', {
      // Closing moves everyone to the results phase: the project reached it today.
      groupClosed: async (em, group) => {
        const own = await em.findOne(ChainProject, { where: { groupId: group.id } });
        if (own) await em.update(ChainProject, { groupId: group.id }, { phasesReached: { ...own.phasesReached, results: today() } });
      },
    });
  }
}
