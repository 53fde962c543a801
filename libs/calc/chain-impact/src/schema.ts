import { ALWAYS, flowNodeSchema, isRecord, materialFlowSchema, noteSchema, refineFlowMap, routeMassSchema } from '@koers/calc-circularity-cti';
import type { BusinessCaseLine } from '@koers/domain';
import { z } from 'zod';

const quantity = z.number().nonnegative(); // zod 4 numbers already refuse NaN and Infinity
const eur = z.number();

/**
 * One variant (as is, or redesign) of a chain: its flow map and yearly energy and water
 * use. `nodes` is optional: with nodes, outflows are classified as circularity.cti does
 * (route from the flow, else from the target node's kind); without, only flows with a
 * recoveryRoute count as outflows and virgin material cannot be compared.
 */
export const scenarioSchema = z.object({
  nodes: z.array(flowNodeSchema).nullable().optional(),
  flows: z.array(materialFlowSchema),
  energy: z.object({ electricityKwh: quantity, naturalGasM3: quantity }).nullable().optional(),
  waterM3: quantity.nullable().optional(),
});
export type Scenario = z.infer<typeof scenarioSchema>;

/** A chain partner's part in the business case (`BusinessCaseLine` of @koers/domain plus a name). */
export const partnerSchema = z.object({
  name: z.string().min(1).max(200),
  investmentEur: eur.nonnegative(),
  yearlySavingsEur: eur,
  extraRevenueEur: eur,
  fteChange: z.number(),
});
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _samePartner: Same<Omit<z.infer<typeof partnerSchema>, 'name'>, BusinessCaseLine> = true;

export const chainImpactInputSchema = z
  .object({
    /** Reporting year: picks the newest emission-factor set valid for it (validFromYear <= year). */
    year: z.number().int().min(1990).max(2100),
    /** A set id to use instead (e.g. to pin a case to a set). */
    factorSet: z.string().min(1).optional(),
    asIs: scenarioSchema,
    redesign: scenarioSchema,
    partners: z.array(partnerSchema),
    discountRatePct: z.number().min(0).max(100),
    horizonYears: z.number().int().min(1).max(100),
  })
  .superRefine((parsed, ctx) => {
    const input: unknown = parsed; // may be anything when other checks failed (ALWAYS)
    if (!isRecord(input)) return;
    for (const variant of ['asIs', 'redesign'] as const) {
      const s = input[variant];
      if (isRecord(s)) refineFlowMap(s['nodes'], s['flows'], ctx, [variant]);
    }
    const first = new Map<string, number>();
    (Array.isArray(input['partners']) ? input['partners'] : []).forEach((p: unknown, i) => {
      if (!isRecord(p) || typeof p['name'] !== 'string') return;
      const seen = first.get(p['name']);
      if (seen !== undefined) ctx.addIssue({ code: 'custom', path: ['partners', i, 'name'], message: `duplicate partner "${p['name']}" (first at partners.${seen})` });
      else first.set(p['name'], i);
    });
  }, ALWAYS);
export type ChainImpactInput = z.infer<typeof chainImpactInputSchema>;

export const CO2_ITEMS = ['electricity', 'natural_gas', 'waste_incineration', 'waste_landfill'] as const;
export type Co2Item = (typeof CO2_ITEMS)[number];

/** One CO2 line: a yearly difference (as is - redesign) times one factor of the set, with the factor's source. */
export const co2LineSchema = z.object({
  item: z.enum(CO2_ITEMS),
  factorSetId: z.string(),
  factorKey: z.string(),
  /** The factor's citation in the set (list, year, category). */
  listLabel: z.string(),
  factorKgCO2ePerUnit: z.number(),
  /** Unit of the factor and of the three quantities. */
  unit: z.string(),
  /** The set's remark on the factor (e.g. how sure it is), null when it has none. */
  factorNote: z.string().nullable(),
  asIsQuantity: z.number(),
  redesignQuantity: z.number(),
  /** as is - redesign; negative when the redesign uses more. */
  reductionQuantity: z.number(),
  /** reductionQuantity x factor, kg CO2e per year (3 decimals). */
  kgCO2eReduction: z.number(),
});
export type Co2Line = z.infer<typeof co2LineSchema>;

/** A change that is not turned into CO2, because no sourced factor applies. Never carries a CO2 figure. */
export const notCountedSchema = z.object({
  kind: z.enum(['material', 'waste']),
  /** The material (as named in the flows), or the route (landfill, energy_recovery...). */
  name: z.string(),
  /** Virgin material into production (kind material) or outflow mass on the route (kind waste), kg per year. */
  asIsKg: z.number(),
  redesignKg: z.number(),
  reductionKg: z.number(),
  note: noteSchema,
});
export type NotCounted = z.infer<typeof notCountedSchema>;

const routes = z.object({ byRoute: routeMassSchema, unknownRouteKg: z.number() });
const figures = { investmentEur: z.number(), yearlyBenefitEur: z.number(), paybackYears: z.number().nullable(), npvEur: z.number() };

export const chainImpactOutputSchema = z.object({
  plugin: z.object({ id: z.string(), version: z.string() }),
  year: z.number().int(),
  factorSet: z.object({ id: z.string(), title: z.string(), published: z.string(), selectedBy: z.enum(['input', 'newest-for-year']) }),
  discountRatePct: z.number(),
  horizonYears: z.number().int(),
  partners: z.array(z.object({ name: z.string(), ...figures, fteChange: z.number() })),
  co2: z.object({ lines: z.array(co2LineSchema), notCounted: z.array(notCountedSchema), totalKgCO2eReduction: z.number() }),
  outflowByRoute: z.object({ asIs: routes, redesign: routes }),
  totals: z.object({ ...figures, kgCO2eReductionPerYear: z.number(), waterSavedM3: z.number().nullable(), fteChange: z.number() }),
  notes: z.array(noteSchema),
});
export type ChainImpactOutput = z.infer<typeof chainImpactOutputSchema>;
