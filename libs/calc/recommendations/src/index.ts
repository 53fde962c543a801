import { defineCalculator } from '@koers/calc-sdk';
import { z } from 'zod';

export const inputSchema = z.object({
  values: z.array(z.number()).min(1),
});

export const outputSchema = z.object({
  count: z.number().int(),
  total: z.number(),
  mean: z.number(),
});

/**
 * Profile recommendations. Pure and deterministic: read reference data only via
 * context.reference(id) and list those ids in `referenceData`.
 */
export const recommendations = defineCalculator({
  id: 'profile.recommendations',
  version: '0.1.0',
  title: { nl: 'Profile recommendations', en: 'Profile recommendations' },
  referenceData: [],
  inputSchema,
  outputSchema,
  compute: (input) => {
    const total = input.values.reduce((sum, v) => sum + v, 0);
    return { count: input.values.length, total, mean: total / input.values.length };
  },
});
