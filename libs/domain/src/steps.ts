import { CHAIN_STEP } from './chain/step';
import { KOPLOPER_STEP } from './koploper/step';
import { MASTERCLASS_STEP } from './masterclass/step';
import type { StepDefinition, StepKey } from './programme/step-definition';

/** Every step of the programme by key. */
export const STEPS: Readonly<Record<StepKey, StepDefinition>> = Object.freeze({ koploper: KOPLOPER_STEP, masterclass: MASTERCLASS_STEP, chain: CHAIN_STEP });

export function stepOf(key: StepKey): StepDefinition {
  return STEPS[key];
}
