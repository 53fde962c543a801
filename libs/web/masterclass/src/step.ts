import { MASTERCLASS_STEP } from '@koers/domain';
import type { Bilingual } from '@koers/web-programme';

/** Step 2 as the pages show it: the programme core's step definition (libs/domain/src/masterclass/step.ts). */
export const STEP = MASTERCLASS_STEP;
/** Every phase's name, the exit (withdrawn) included. */
export const PHASE_NAMES: Readonly<Record<string, Bilingual>> = { ...STEP.phaseLabels, withdrawn: { nl: 'Gestopt', en: 'Withdrawn' } };
