import { Injectable } from '@nestjs/common';
import { STEPS, type GuardFacts, type StepDefinition, type StepKey } from '@koers/domain';
import type { Enrolment, ProgrammeGroup } from '@koers/server-db';
import type { EntityManager } from 'typeorm';

/** What a step library adds to the core's work on its groups. Each runs inside the request's transaction. */
export interface StepHooks {
  /** The work an enrolment has done, for the step's phase guards. */
  guardFacts?(em: EntityManager, enrolment: Enrolment): Promise<GuardFacts>;
  /** After an enrolment reached a phase (e.g. step 1 renders the participation certificate at the symposium). */
  phaseReached?(em: EntityManager, group: ProgrammeGroup, enrolment: Enrolment): Promise<void>;
  /** After the group closed, with the enrolments that finished. */
  groupClosed?(em: EntityManager, group: ProgrammeGroup, finished: Enrolment[]): Promise<void>;
  /** Where the group meets, for invitations ("Assen"). */
  place?(em: EntityManager, group: ProgrammeGroup): Promise<string | null>;
}

/** Work of an area beside the steps after a group of any step closed (the journey's follow-up calls). Runs in the request's transaction. */
export type GroupClosedListener = (em: EntityManager, group: ProgrammeGroup, finished: Enrolment[]) => Promise<void>;

/** The steps as data (from the domain) and the hooks their libraries register at start. */
@Injectable()
export class ProgrammeSteps {
  private readonly hooks = new Map<StepKey, StepHooks>();
  private readonly closedListeners: GroupClosedListener[] = [];

  definition(key: StepKey): StepDefinition {
    return STEPS[key];
  }

  /** Called once by a step library's module (onModuleInit); a second registration is a programming error. */
  register(key: StepKey, hooks: StepHooks): void {
    if (this.hooks.has(key)) throw new Error(`step ${key} registered its hooks twice`);
    this.hooks.set(key, hooks);
  }

  hooksOf(key: StepKey): StepHooks {
    return this.hooks.get(key) ?? {};
  }

  /** Called once at start by an area that acts on every closed group, whatever its step. */
  onGroupClosed(listener: GroupClosedListener): void {
    this.closedListeners.push(listener);
  }

  groupClosedListeners(): readonly GroupClosedListener[] {
    return this.closedListeners;
  }
}
