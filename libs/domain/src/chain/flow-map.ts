import type { Bilingual } from '../text';

/**
 * A material-flow map of a product or chain: nodes (where material is) and flows
 * between them in kg per year. Each map has two variants side by side, as it is
 * now and as the redesign would make it.
 */
export const FLOW_VARIANTS = ['as_is', 'redesign'] as const;
export type FlowVariant = (typeof FLOW_VARIANTS)[number];
export const FLOW_VARIANT_LABELS: Record<FlowVariant, Bilingual> = {
  as_is: { nl: 'Huidige situatie', en: 'As is' },
  redesign: { nl: 'Herontwerp', en: 'Redesign' },
};

/** Where material is in a chain. The end-of-life kinds receive what leaves the useful chain. */
export const FLOW_NODE_KINDS = [
  'extraction', 'supplier', 'production', 'distribution', 'use',
  'collection', 'sorting', 'reuse', 'recycling', 'composting', 'energy_recovery', 'incineration', 'landfill',
] as const;
export type FlowNodeKind = (typeof FLOW_NODE_KINDS)[number];
export const FLOW_NODE_KIND_LABELS: Record<FlowNodeKind, Bilingual> = {
  extraction: { nl: 'Winning', en: 'Extraction' },
  supplier: { nl: 'Leverancier', en: 'Supplier' },
  production: { nl: 'Productie', en: 'Production' },
  distribution: { nl: 'Distributie', en: 'Distribution' },
  use: { nl: 'Gebruik', en: 'Use' },
  collection: { nl: 'Inzameling', en: 'Collection' },
  sorting: { nl: 'Sortering', en: 'Sorting' },
  reuse: { nl: 'Hergebruik', en: 'Reuse' },
  recycling: { nl: 'Recycling', en: 'Recycling' },
  composting: { nl: 'Compostering', en: 'Composting' },
  energy_recovery: { nl: 'Energieterugwinning', en: 'Energy recovery' },
  incineration: { nl: 'Verbranding', en: 'Incineration' },
  landfill: { nl: 'Storten', en: 'Landfill' },
};
export const END_OF_LIFE_KINDS: readonly FlowNodeKind[] = ['collection', 'sorting', 'reuse', 'recycling', 'composting', 'energy_recovery', 'incineration', 'landfill'];

/** What happens to material that leaves the useful chain. Reuse, recycling and composting close the loop (WBCSD CTI). */
export const RECOVERY_ROUTES = ['reuse', 'recycling', 'composting', 'energy_recovery', 'incineration', 'landfill'] as const;
export type RecoveryRoute = (typeof RECOVERY_ROUTES)[number];
export const CIRCULAR_ROUTES: readonly RecoveryRoute[] = ['reuse', 'recycling', 'composting'];
export const RECOVERY_ROUTE_LABELS: Record<RecoveryRoute, Bilingual> = {
  reuse: { nl: 'Hergebruik', en: 'Reuse' },
  recycling: { nl: 'Recycling', en: 'Recycling' },
  composting: { nl: 'Compostering', en: 'Composting' },
  energy_recovery: { nl: 'Energieterugwinning', en: 'Energy recovery' },
  incineration: { nl: 'Verbranding', en: 'Incineration' },
  landfill: { nl: 'Storten', en: 'Landfill' },
};

/**
 * The colours of a Sankey diagram, on screen and on paper: the useful chain in
 * blues, closing the loop (reuse, recycling, composting) in greens, the other
 * end-of-life kinds muted, incineration and landfill red-ish; a node out of
 * balance red.
 */
export const SANKEY_KIND_COLORS: Readonly<Record<FlowNodeKind, string>> = {
  extraction: '#8a6d4b',
  supplier: '#5d86ad',
  production: '#2f6690',
  distribution: '#4f7fa8',
  use: '#3a7ca5',
  collection: '#8d9aa5',
  sorting: '#a3adb5',
  reuse: '#2f8f6a',
  recycling: '#1b6e4f',
  composting: '#6a9f3e',
  energy_recovery: '#b98a62',
  incineration: '#b55048',
  landfill: '#8f4a4a',
};
export const SANKEY_IMBALANCED_COLOR = '#c62828';

export interface FlowNode {
  name: string;
  kind: FlowNodeKind;
  /** Material that stays in the node per year (a building that stores insulation, a stock that grows); negative when the stock shrinks. */
  stockChangeKg: number;
}

export interface MaterialFlow {
  from: string;
  to: string;
  material: string;
  kgPerYear: number;
  /** Composition: the shares recycled and renewable (0-100); the rest is virgin non-renewable. */
  recycledPct: number;
  renewablePct: number;
  /** For material leaving the useful chain: what happens to it. */
  recoveryRoute: RecoveryRoute | null;
  /** The share designed to be recoverable (0-100); null reads as 100. */
  recoveryPotentialPct: number | null;
}

export interface FlowScenario {
  nodes: FlowNode[];
  flows: MaterialFlow[];
}

export interface NodeImbalance {
  node: string;
  inKg: number;
  outKg: number;
  stockChangeKg: number;
  /** in - out - stock change: positive when material disappears, negative when more leaves than came in. */
  differenceKg: number;
}

/**
 * Mass balance per node: what comes in equals what goes out plus the stated stock
 * change. Only nodes with flows on both sides are checked (a node with no inflow
 * is where material enters the map, one with no outflow where it leaves), unless
 * a stock change is stated. Differences within 0,5% of the throughput (and at least
 * 1 kg) are rounding, not imbalance.
 */
export function checkBalance(scenario: FlowScenario): NodeImbalance[] {
  const out: NodeImbalance[] = [];
  for (const node of scenario.nodes) {
    const inKg = sum(scenario.flows.filter((f) => f.to === node.name).map((f) => f.kgPerYear));
    const outKg = sum(scenario.flows.filter((f) => f.from === node.name).map((f) => f.kgPerYear));
    const checked = (inKg > 0 && outKg > 0) || (node.stockChangeKg !== 0 && (inKg > 0 || outKg > 0));
    if (!checked) continue;
    const differenceKg = round3(inKg - outKg - node.stockChangeKg);
    const tolerance = Math.max(1, 0.005 * Math.max(inKg, outKg));
    if (Math.abs(differenceKg) > tolerance) out.push({ node: node.name, inKg, outKg, stockChangeKg: node.stockChangeKg, differenceKg });
  }
  return out;
}

/** The flows as a Sankey diagram can draw them: acyclic. A flow that closes a loop goes to a copy of its target ("↺ Productie"). */
export interface SankeyGraph {
  nodes: { id: string; label: string; kind: FlowNodeKind; loopCopy: boolean; imbalanced: boolean }[];
  links: { source: string; target: string; kg: number; material: string; closesLoop: boolean }[];
}

export function sankeyGraph(scenario: FlowScenario): SankeyGraph {
  const imbalanced = new Set(checkBalance(scenario).map((i) => i.node));
  const names = scenario.nodes.map((n) => n.name);
  const edges = scenario.flows.filter((f) => f.kgPerYear > 0 && names.includes(f.from) && names.includes(f.to));
  // Depth-first over the nodes in the order given; an edge to a node still on the stack closes a loop.
  const state = new Map<string, 'open' | 'done'>();
  const backEdges = new Set<number>();
  const visit = (name: string) => {
    state.set(name, 'open');
    edges.forEach((e, i) => {
      if (e.from !== name) return;
      const s = state.get(e.to);
      if (s === 'open' || e.from === e.to) backEdges.add(i);
      else if (!s) visit(e.to);
    });
    state.set(name, 'done');
  };
  const sources = scenario.nodes.filter((n) => !edges.some((e) => e.to === n.name));
  for (const n of [...sources, ...scenario.nodes]) if (!state.has(n.name)) visit(n.name);
  const nodes: SankeyGraph['nodes'] = scenario.nodes.map((n) => ({ id: n.name, label: n.name, kind: n.kind, loopCopy: false, imbalanced: imbalanced.has(n.name) }));
  const links: SankeyGraph['links'] = [];
  edges.forEach((e, i) => {
    if (!backEdges.has(i)) {
      links.push({ source: e.from, target: e.to, kg: e.kgPerYear, material: e.material, closesLoop: false });
      return;
    }
    const copyId = `↺ ${e.to}`;
    if (!nodes.some((n) => n.id === copyId)) {
      const kind = scenario.nodes.find((n) => n.name === e.to)?.kind ?? 'production';
      nodes.push({ id: copyId, label: copyId, kind, loopCopy: true, imbalanced: false });
    }
    links.push({ source: e.from, target: copyId, kg: e.kgPerYear, material: e.material, closesLoop: true });
  });
  return { nodes, links };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function isFlowVariant(value: unknown): value is FlowVariant {
  return typeof value === 'string' && (FLOW_VARIANTS as readonly string[]).includes(value);
}
