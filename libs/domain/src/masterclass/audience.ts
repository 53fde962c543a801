import type { SizeClass } from '../organisation';

/** Who a masterclass is for (step 2): local SMEs or large regional companies and organisations. */
export const MASTERCLASS_AUDIENCES = ['sme', 'large'] as const;
export type MasterclassAudience = (typeof MASTERCLASS_AUDIENCES)[number];

/** The size classes each audience is made of (EU SME definition: micro, small, medium). */
export const AUDIENCE_SIZE_CLASSES: Readonly<Record<MasterclassAudience, readonly SizeClass[]>> = Object.freeze({
  sme: Object.freeze(['micro', 'small', 'medium'] as SizeClass[]),
  large: Object.freeze(['large'] as SizeClass[]),
});
