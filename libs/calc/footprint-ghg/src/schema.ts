import { z } from 'zod';

const amount = z.number().nonnegative(); // zod 4 numbers already refuse NaN and Infinity

export const ELECTRICITY_CONTRACTS = ['grey', 'green-nl', 'green-eu', 'unknown'] as const;
export const CAR_FUELS = ['petrol', 'diesel', 'lpg', 'electric', 'unknown'] as const;
export const HAULS = ['short', 'medium', 'long'] as const;
export const WASTE_STREAMS = ['residual', 'paper', 'plastic', 'organic', 'glass', 'wood'] as const;
/** The refrigerants the factor sets carry a GWP for (kg CO2e per kg leaked). */
export const REFRIGERANTS = ['R32', 'R134a', 'R404A', 'R410A', 'R407C', 'R290', 'R744'] as const;
/** HVO as the list has it: only the 30% blend (HVO100 has no line). */
export const HVO_BLENDS = ['hvo30'] as const;
/**
 * Goods transport in tonne-km: the list has a line for the van below 2 t only; rail and
 * inland shipping are not on it, so their factor is declared with its source (1.2.0).
 */
export const FREIGHT_MODES = ['road-van', 'rail', 'inland-ship'] as const;
/** The freight modes whose factor the user declares (no line on the list). */
export const DECLARED_FREIGHT_MODES = ['rail', 'inland-ship'] as const;
/** Materials bought (1.2.0): what the profile names; each one's factor is declared with its source. */
export const MATERIALS = ['paper', 'cardboard', 'plastics', 'steel', 'aluminium', 'concrete', 'wood', 'glass', 'textile', 'other'] as const;
export const TRIP_PURPOSES = ['business', 'commute'] as const;

const label = { label: z.string().max(200).optional() };

/**
 * A factor the list does not have, declared by the user: kg CO2e per unit (per kg of a
 * material, cradle-to-gate; per tonne-km of freight, well-to-wheel), where it comes from
 * (the supplier's EPD, an LCA database, the carrier's report) and the year of that source.
 * Above 0 (a material without emissions hides it) and at most 1000 (a factor per gram
 * typed as per kg).
 */
export const declaredFactorSchema = z.object({
  kgCO2ePerUnit: z.number().positive().max(1000),
  source: z.string().trim().min(1).max(300),
  year: z.number().int().min(1990).max(2100),
});
export type DeclaredFactorInput = z.infer<typeof declaredFactorSchema>;

export const activitySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('electricity'), amount, unit: z.enum(['kWh', 'MWh']), contract: z.enum(ELECTRICITY_CONTRACTS), ...label }),
  z.object({ type: z.literal('natural_gas'), amount, unit: z.literal('m3'), ...label }),
  z.object({ type: z.literal('district_heat'), amount, unit: z.literal('GJ'), ...label }),
  z.object({ type: z.literal('diesel'), amount, unit: z.literal('l'), ...label }),
  z.object({ type: z.literal('petrol'), amount, unit: z.literal('l'), ...label }),
  z.object({ type: z.literal('lpg'), amount, unit: z.literal('l'), ...label }),
  z.object({ type: z.literal('car_km'), amount, unit: z.literal('km'), fuel: z.enum(CAR_FUELS), purpose: z.enum(TRIP_PURPOSES), ...label }),
  z.object({ type: z.literal('train_km'), amount, unit: z.literal('km'), ...label }),
  z.object({ type: z.literal('flight_km'), amount, unit: z.literal('km'), haul: z.enum(HAULS), ...label }),
  z.object({ type: z.literal('waste'), amount, unit: z.enum(['kg', 't']), stream: z.enum(WASTE_STREAMS), ...label }),
  z.object({ type: z.literal('water'), amount, unit: z.literal('m3'), ...label }),
  // Added in 1.1.0: what a Milieubarometer baseline also has.
  z.object({ type: z.literal('refrigerant'), amount, unit: z.literal('kg'), refrigerant: z.enum(REFRIGERANTS), ...label }),
  z.object({ type: z.literal('green_gas'), amount, unit: z.literal('m3'), ...label }),
  z.object({ type: z.literal('propane'), amount, unit: z.enum(['l', 'kg']), ...label }),
  z.object({ type: z.literal('hvo'), amount, unit: z.literal('l'), blend: z.enum(HVO_BLENDS).optional(), ...label }),
  z.object({ type: z.literal('bus_km'), amount, unit: z.literal('km'), purpose: z.enum(TRIP_PURPOSES), ...label }),
  z.object({ type: z.literal('public_transport_km'), amount, unit: z.literal('km'), purpose: z.enum(TRIP_PURPOSES), ...label }),
  z
    .object({ type: z.literal('freight_tkm'), amount, unit: z.literal('tkm'), mode: z.enum(FREIGHT_MODES), factor: declaredFactorSchema.optional(), ...label })
    .superRefine((a, ctx) => {
      const declared = (DECLARED_FREIGHT_MODES as readonly string[]).includes(a.mode);
      if (declared && !a.factor) ctx.addIssue({ code: 'custom', path: ['factor'], message: `${a.mode} is not on the list: give its factor (kg CO2e per tkm), source and year` });
      if (!declared && a.factor) ctx.addIssue({ code: 'custom', path: ['factor'], message: `${a.mode} takes the list's factor: leave factor out` });
    }),
  z.object({ type: z.literal('solar_production'), amount, unit: z.enum(['kWh', 'MWh']), ...label }),
  // Added in 1.2.0: materials bought, with the factor the user declares (the list has none).
  z.object({ type: z.literal('material'), amount, unit: z.enum(['kg', 't']), material: z.enum(MATERIALS), factor: declaredFactorSchema, ...label }),
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
  /** Only on a line whose factor the user declared (not on the list): the source and its year as given. */
  declaredFactor: z.object({ source: z.string(), year: z.number().int() }).optional(),
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
