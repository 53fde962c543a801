import { KOPLOPER_STEP, PHASE_LABELS, type Bilingual } from '@koers/domain';

/** Step 1 as the pages show it: the programme core's step definition (libs/domain/src/koploper/step.ts). */
export const STEP = KOPLOPER_STEP;
/** Every phase's name, the exit (withdrawn) included. */
export const PHASE_NAMES: Readonly<Record<string, Bilingual>> = PHASE_LABELS;
/** The phases a coordinator plans a date for (the alumni network has no end). */
export const PLANNED_PHASES: readonly string[] = STEP.phases.filter((p) => p !== STEP.finalPhase);
