import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Masterclass } from '@koers/server-db';
import { ProgrammeSteps } from '@koers/server-programme';

/** What step 2 adds to the core's work on a masterclass. */
@Injectable()
export class MasterclassStepHooks implements OnModuleInit {
  constructor(private readonly steps: ProgrammeSteps) {}

  onModuleInit() {
    this.steps.register('masterclass', {
      // Invitations name where the masterclass is held ("Drenthe"), when it says.
      place: async (em, group) => (await em.findOne(Masterclass, { where: { groupId: group.id } }))?.region ?? null,
    });
  }
}
