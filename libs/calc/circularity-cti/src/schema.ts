import { FLOW_NODE_KINDS, RECOVERY_ROUTES, type FlowNode, type MaterialFlow } from '@koers/domain';
import { z } from 'zod';

// zod 4 numbers already refuse NaN and Infinity.
const kg = z.number().nonnegative();
const pct = z.number().min(0).max(100);

/** One node of a flow-map variant (`FlowNode` of @koers/domain). */
export const flowNodeSchema = z.object({
  name: z.string().min(1).max(200),
  kind: z.enum(FLOW_NODE_KINDS),
  stockChangeKg: z.number(),
});

/**
 * One flow of a flow-map variant (`MaterialFlow` of @koers/domain). `recoveryRoute` and
 * `recoveryPotentialPct` may be left out of a hand-written file; they then read as null.
 */
export const materialFlowSchema = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  material: z.string().min(1).max(200),
  kgPerYear: kg,
  recycledPct: pct,
  renewablePct: pct,
  recoveryRoute: z.enum(RECOVERY_ROUTES).nullable().default(null),
  recoveryPotentialPct: pct.nullable().default(null),
});

// The schemas and the domain types must stay the same shape (compile-time check, both ways).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameNode: Same<z.infer<typeof flowNodeSchema>, FlowNode> = true;
const _sameFlow: Same<z.infer<typeof materialFlowSchema>, MaterialFlow> = true;

interface RefineContext {
  addIssue(issue: { code: 'custom'; path: (string | number)[]; message: string }): void;
}

/** Runs a cross-field check even when some fields failed, so one run lists every problem. */
export const ALWAYS = { when: () => true } as const;

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isPct = (v: unknown): v is number => isNumber(v) && v >= 0 && v <= 100;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * The checks a schema cannot express field by field, shared with chain.impact:
 * node names unique, flows between known nodes (when `nodes` is an array),
 * recycled + renewable share at most 100 %. `at` is the path to the variant.
 * Runs on values that may have failed other checks (see ALWAYS), so it reads
 * them as unknown and only judges what it can.
 */
export function refineFlowMap(nodes: unknown, flows: unknown, ctx: RefineContext, at: (string | number)[] = []): void {
  const first = new Map<string, number>();
  list(nodes).forEach((n, i) => {
    if (!isRecord(n) || typeof n['name'] !== 'string') return;
    const seen = first.get(n['name']);
    if (seen !== undefined) ctx.addIssue({ code: 'custom', path: [...at, 'nodes', i, 'name'], message: `duplicate node name "${n['name']}" (first at ${[...at, 'nodes', seen].join('.')})` });
    else first.set(n['name'], i);
  });
  list(flows).forEach((f, i) => {
    if (!isRecord(f)) return;
    if (Array.isArray(nodes)) {
      for (const end of ['from', 'to'] as const) {
        const name = f[end];
        if (typeof name === 'string' && name.length > 0 && !first.has(name)) ctx.addIssue({ code: 'custom', path: [...at, 'flows', i, end], message: `unknown node "${name}"` });
      }
    }
    const recycled = f['recycledPct'];
    const renewable = f['renewablePct'];
    // Each share out of 0..100 is reported by the schema already; the sum only when both are valid.
    if (isPct(recycled) && isPct(renewable) && recycled + renewable > 100) {
      ctx.addIssue({ code: 'custom', path: [...at, 'flows', i, 'recycledPct'], message: `recycledPct + renewablePct is ${recycled + renewable}, more than 100` });
    }
  });
}

/** `part` of `whole` must not exceed it: renewableKwh <= totalKwh, circularM3 <= intakeM3. */
export function refinePart(value: unknown, part: string, whole: string, ctx: RefineContext, at: (string | number)[]): void {
  if (!isRecord(value) || !isNumber(value[part]) || !isNumber(value[whole])) return;
  if (value[part] > value[whole]) ctx.addIssue({ code: 'custom', path: [...at, part], message: `${part} (${value[part]}) is more than ${whole} (${value[whole]})` });
}

export const ctiInputSchema = z
  .object({
    nodes: z.array(flowNodeSchema),
    flows: z.array(materialFlowSchema),
    energy: z.object({ totalKwh: kg, renewableKwh: kg }).nullable().optional(),
    water: z.object({ intakeM3: kg, circularM3: kg }).nullable().optional(),
  })
  .superRefine((parsed, ctx) => {
    const input: unknown = parsed; // may be anything when other checks failed (ALWAYS)
    if (!isRecord(input)) return;
    refineFlowMap(input['nodes'], input['flows'], ctx);
    refinePart(input['energy'], 'renewableKwh', 'totalKwh', ctx, ['energy']);
    refinePart(input['water'], 'circularM3', 'intakeM3', ctx, ['water']);
  }, ALWAYS);
export type CtiInput = z.infer<typeof ctiInputSchema>;

const text = z.object({ nl: z.string(), en: z.string() });
/** A remark on the result: Dutch first. `code` is stable, the text is for people. */
export const noteSchema = z.object({ code: z.string(), text });
export type Note = z.infer<typeof noteSchema>;

const mass = z.number();
const percentOrNull = z.number().nullable();

/** Whole outflow mass per route (reuse ... landfill), before the recovery potential. */
export const routeMassSchema = z.object({
  reuse: mass,
  recycling: mass,
  composting: mass,
  energy_recovery: mass,
  incineration: mass,
  landfill: mass,
});
export type RouteMass = z.infer<typeof routeMassSchema>;

export const ctiOutputSchema = z.object({
  plugin: z.object({ id: z.string(), version: z.string() }),
  circularInflowPct: percentOrNull,
  recoveryPotentialPct: percentOrNull,
  actualRecoveryPct: percentOrNull,
  circularOutflowPct: percentOrNull,
  materialCircularityPct: percentOrNull,
  renewableEnergyPct: percentOrNull,
  waterCircularityPct: percentOrNull,
  inflow: z.object({ kg: mass, recycledKg: mass, renewableKg: mass, circularKg: mass }),
  outflow: z.object({ kg: mass, recoveryPotentialKg: mass, recoveredKg: mass, byRoute: routeMassSchema, unknownRouteKg: mass }),
  materials: z.array(
    z.object({
      material: z.string(),
      inflowKg: mass,
      circularInflowKg: mass,
      circularInflowPct: percentOrNull,
      outflowKg: mass,
      recoveryPotentialKg: mass,
      recoveredKg: mass,
      circularOutflowPct: percentOrNull,
    }),
  ),
  notes: z.array(noteSchema),
});
export type CtiOutput = z.infer<typeof ctiOutputSchema>;
