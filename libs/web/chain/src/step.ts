import { CHAIN_STEP } from '@koers/domain';
import type { Bilingual } from '@koers/web-programme';

/** Step 3 as the pages show it: the programme core's step definition (libs/domain/src/chain/step.ts). */
export const STEP = CHAIN_STEP;
/** Every phase's name, the exit (withdrawn) included. */
export const PHASE_NAMES: Readonly<Record<string, Bilingual>> = { ...STEP.phaseLabels, withdrawn: { nl: 'Gestopt', en: 'Withdrawn' } };
