import { z } from 'zod';

const amount = z.number().nonnegative(); // zod 4 numbers already refuse NaN and Infinity

export const ELECTRICITY_CONTRACTS = ['grey', 'green-nl', 'green-eu', 'unknown'] as const;
export const CAR_FUELS = ['petrol', 'diesel', 'lpg', 'electric', 'unknown'] as const;
export const HAULS = ['short', 'medium', 'long'] as const;
export const WASTE_STREAMS = ['residual', 'paper', 'plastic', 'organic', 'glass', 'wood'] as const;

const label = { label: z.string().max(200).optional() };

export const activitySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('electricity'), amount, unit: z.enum(['kWh', 'MWh']), contract: z.enum(ELECTRICITY_CONTRACTS), ...label }),
  z.object({ type: z.literal('natural_gas'), amount, unit: z.literal('m3'), ...label }),
  z.object({ type: z.literal('district_heat'), amount, unit: z.literal('GJ'), ...label }),
  z.object({ type: z.literal('diesel'), amount, unit: z.literal('l'), ...label }),
  z.object({ type: z.literal('petrol'), amount, unit: z.literal('l'), ...label }),
  z.object({ type: z.literal('lpg'), amount, unit: z.literal('l'), ...label }),
  z.object({ type: z.literal('car_km'), amount, unit: z.literal('km'), fuel: z.enum(CAR_FUELS), purpose: z.enum(['business', 'commute']), ...label }),
  z.object({ type: z.literal('train_km'), amount, unit: z.literal('km'), ...label }),
  z.object({ type: z.literal('flight_km'), amount, unit: z.literal('km'), haul: z.enum(HAULS), ...label }),
  z.object({ type: z.literal('waste'), amount, unit: z.enum(['kg', 't']), stream: z.enum(WASTE_STREAMS), ...label }),
  z.object({ type: z.literal('water'), amount, unit: z.literal('m3'), ...label }),
]);
export type Activity = z.infer<typeof activitySchema>;
export type ActivityType = Activity['type'];

export const footprintInputSchema = z
  .object({
    year: z.number().int().min(1990).max(2100),
    factorSet: z.string().min(1).optional(),
    organisation: z
      .object({
        employees: z.number().nonnegative().optional(),
        floorAreaM2: z.number().nonnegative().optional(),
        turnoverEurMillion: z.number().nonnegative().optional(),
      })
      .optional(),
    previous: z.object({ year: z.number().int().min(1990).max(2100), totalKgCO2e: z.number().nonnegative() }).optional(),
    activities: z.array(activitySchema),
  })
  .superRefine((input, ctx) => {
    if (input.previous && input.previous.year >= input.year) {
      ctx.addIssue({ code: 'custom', path: ['previous', 'year'], message: `previous year must be before ${input.year}` });
    }
  });
export type FootprintInput = z.infer<typeof footprintInputSchema>;

const kg = z.number();
export const SCOPES = [1, 2, 3] as const;
export const THEMES = ['energy', 'mobility', 'waste', 'water', 'materials'] as const;
export type Theme = (typeof THEMES)[number];

export const lineSchema = z.object({
  type: z.string(),
  label: z.string().optional(),
  amount: z.number(),
  unit: z.string(),
  scope: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  theme: z.enum(THEMES),
  ghgCategory: z.string(),
  factorKey: z.string(),
  factorUnit: z.string(),
  factorKgCO2ePerUnit: z.number(),
  kgCO2e: kg,
  directKgCO2e: kg,
  upstreamKgCO2e: kg,
  factorSource: z.string(),
  locationBased: z.object({ factorKey: z.string(), factorKgCO2ePerUnit: z.number(), kgCO2e: kg, directKgCO2e: kg, upstreamKgCO2e: kg }).optional(),
});
export type Line = z.infer<typeof lineSchema>;

export const footprintOutputSchema = z.object({
  plugin: z.object({ id: z.string(), version: z.string() }),
  factorSet: z.object({ id: z.string(), title: z.string(), published: z.string(), selectedBy: z.enum(['input', 'newest-for-year']) }),
  year: z.number().int(),
  totalKgCO2e: kg,
  totalLocationBasedKgCO2e: kg,
  scopes: z.object({ scope1: kg, scope2LocationBased: kg, scope2MarketBased: kg, scope3: kg }),
  themes: z.object({ energy: kg, mobility: kg, waste: kg, water: kg, materials: kg }),
  lines: z.array(lineSchema),
  ghgProtocolView: z.object({
    scope1: kg,
    scope2MarketBased: kg,
    scope2LocationBased: kg,
    scope3: kg,
    scope3Categories: z.record(z.string(), kg),
    totalKgCO2e: kg,
    totalLocationBasedKgCO2e: kg,
  }),
  intensity: z.object({ perEmployee: kg.nullable(), perM2: kg.nullable(), perEurMillionTurnover: kg.nullable() }),
  comparison: z
    .object({ previousYear: z.number().int(), previousTotalKgCO2e: kg, changeKgCO2e: kg, changePercent: z.number().nullable() })
    .nullable(),
});
export type FootprintOutput = z.infer<typeof footprintOutputSchema>;
