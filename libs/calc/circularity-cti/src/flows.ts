import { CIRCULAR_ROUTES, END_OF_LIFE_KINDS, RECOVERY_ROUTES, type FlowNode, type FlowNodeKind, type MaterialFlow, type RecoveryRoute } from '@koers/domain';
import { nlNumber } from './round';
import type { Note, RouteMass } from './schema';

/** A flow that enters production from outside it (see `classifyFlows`). */
export interface InflowItem {
  /** Index in the input's `flows`. */
  index: number;
  flow: MaterialFlow;
  /** kg x (recycledPct + renewablePct) / 100. */
  circularKg: number;
  recycledKg: number;
  renewableKg: number;
}

/** A flow that leaves the useful chain (see `classifyFlows`). */
export interface OutflowItem {
  index: number;
  flow: MaterialFlow;
  /** The flow's recoveryRoute, else the target node's kind when that is a route; null when neither says. */
  route: RecoveryRoute | null;
  /** recoveryPotentialPct ?? 100. */
  potentialPct: number;
  /** kg x potential / 100. */
  potentialKg: number;
  /** potentialKg when the route closes the loop (reuse, recycling, composting), else 0. */
  recoveredKg: number;
}

export interface ClassifiedFlows {
  inflows: InflowItem[];
  outflows: OutflowItem[];
  notes: Note[];
}

const isEndOfLife = (kind: FlowNodeKind) => END_OF_LIFE_KINDS.includes(kind);
const asRoute = (kind: FlowNodeKind): RecoveryRoute | null => ((RECOVERY_ROUTES as readonly string[]).includes(kind) ? (kind as RecoveryRoute) : null);
const LOOP_KINDS: readonly FlowNodeKind[] = ['reuse', 'recycling', 'composting'];

const describeFlow = (i: number, f: MaterialFlow) => `flows.${i} (${f.from} → ${f.to}, ${f.material})`;

/**
 * Sorts the flows of one flow-map variant into inflows and outflows (WBCSD CTI):
 *
 * - inflow: a flow into a node of kind `production` from a node that is not itself
 *   production (a flow between two production nodes is inside the chain and would
 *   count the same material twice; it is skipped with a note);
 * - outflow: a flow from a node that is not end-of-life into an end-of-life node
 *   (the first step out of the useful chain; collection → recycling is not counted
 *   again). Its route is the flow's `recoveryRoute`, else the target node's kind when
 *   that kind is a route; a flow into collection or sorting without a route has no
 *   route (not recovered) and gets a note.
 *
 * Every other flow (supplier → production's upstream, production → use, recycling →
 * production's return trip counted as inflow above, ...) is neither.
 */
export function classifyFlows(nodes: readonly FlowNode[], flows: readonly MaterialFlow[]): ClassifiedFlows {
  const kindOf = new Map(nodes.map((n) => [n.name, n.kind]));
  const inflows: InflowItem[] = [];
  const outflows: OutflowItem[] = [];
  const notes: Note[] = [];

  flows.forEach((flow, index) => {
    const fromKind = kindOf.get(flow.from);
    const toKind = kindOf.get(flow.to);
    if (!fromKind || !toKind) throw new Error(`${describeFlow(index, flow)} references an unknown node`);
    const kg = flow.kgPerYear;
    const isOutflow = !isEndOfLife(fromKind) && isEndOfLife(toKind);

    if (flow.recoveryRoute !== null && !isOutflow && !isEndOfLife(fromKind)) {
      notes.push({
        code: 'route-on-non-outflow',
        text: {
          nl: `${describeFlow(index, flow)} heeft route ${flow.recoveryRoute} maar gaat niet naar een einde-levensduurknoop; de route telt niet.`,
          en: `${describeFlow(index, flow)} has route ${flow.recoveryRoute} but does not go to an end-of-life node; the route is not counted.`,
        },
      });
    }

    if (toKind === 'production') {
      if (fromKind === 'production') {
        notes.push({
          code: 'internal-production-flow',
          text: {
            nl: `${describeFlow(index, flow)} loopt tussen twee productieknopen en telt niet als instroom (het materiaal is al bij de eerste productiestap geteld).`,
            en: `${describeFlow(index, flow)} runs between two production nodes and does not count as inflow (the material was counted at the first production step).`,
          },
        });
        return;
      }
      const recycledKg = (kg * flow.recycledPct) / 100;
      const renewableKg = (kg * flow.renewablePct) / 100;
      inflows.push({ index, flow, recycledKg, renewableKg, circularKg: recycledKg + renewableKg });
      if (LOOP_KINDS.includes(fromKind) && flow.recycledPct + flow.renewablePct < 100) {
        notes.push({
          code: 'loop-inflow-composition',
          text: {
            nl: `${describeFlow(index, flow)} komt uit een knoop van het type ${fromKind} maar is volgens de invoer maar voor ${nlNumber(flow.recycledPct + flow.renewablePct)}% gerecycled of hernieuwbaar; geteld zoals ingevoerd.`,
            en: `${describeFlow(index, flow)} comes from a ${fromKind} node but is stated as only ${flow.recycledPct + flow.renewablePct}% recycled or renewable; counted as stated.`,
          },
        });
      }
      return;
    }

    if (!isOutflow) return;
    const nodeRoute = asRoute(toKind);
    const route = flow.recoveryRoute ?? nodeRoute;
    const potentialPct = flow.recoveryPotentialPct ?? 100;
    const potentialKg = (kg * potentialPct) / 100;
    const recoveredKg = route !== null && CIRCULAR_ROUTES.includes(route) ? potentialKg : 0;
    outflows.push({ index, flow, route, potentialPct, potentialKg, recoveredKg });
    if (route === null) {
      notes.push({
        code: 'outflow-route-unknown',
        text: {
          nl: `${describeFlow(index, flow)}: ${nlNumber(kg)} kg/jaar gaat naar ${toKind === 'collection' ? 'inzameling' : 'sortering'} zonder verwerkingsroute en telt als niet teruggewonnen. Geef de route op om het mee te tellen.`,
          en: `${describeFlow(index, flow)}: ${kg} kg/year goes to ${toKind} without a recovery route and counts as not recovered. State the route to count it.`,
        },
      });
    } else if (flow.recoveryRoute !== null && nodeRoute !== null && flow.recoveryRoute !== nodeRoute) {
      notes.push({
        code: 'route-differs-from-node',
        text: {
          nl: `${describeFlow(index, flow)} heeft route ${flow.recoveryRoute} maar gaat naar een knoop van het type ${nodeRoute}; de route van de stroom telt.`,
          en: `${describeFlow(index, flow)} has route ${flow.recoveryRoute} but goes to a ${nodeRoute} node; the flow's route counts.`,
        },
      });
    }
  });

  return { inflows, outflows, notes };
}

/** Whole outflow mass per route, and the mass without a route. */
export function outflowByRoute(outflows: readonly OutflowItem[]): { byRoute: RouteMass; unknownRouteKg: number } {
  const byRoute = Object.fromEntries(RECOVERY_ROUTES.map((r) => [r, 0])) as RouteMass;
  let unknownRouteKg = 0;
  for (const o of outflows) {
    if (o.route === null) unknownRouteKg += o.flow.kgPerYear;
    else byRoute[o.route] += o.flow.kgPerYear;
  }
  return { byRoute, unknownRouteKg };
}
