import { describe, expect, it } from 'vitest';
import { checkBalance, sankeyGraph, type FlowNode, type FlowNodeKind, type FlowScenario, type MaterialFlow, type SankeyGraph } from './flow-map';

const node = (name: string, kind: FlowNodeKind, stockChangeKg = 0): FlowNode => ({ name, kind, stockChangeKg });
const flow = (from: string, to: string, kgPerYear: number, material = 'PET'): MaterialFlow => ({
  from,
  to,
  material,
  kgPerYear,
  recycledPct: 0,
  renewablePct: 0,
  recoveryRoute: null,
  recoveryPotentialPct: null,
});

/** Nodes in a topological order of the links, or null when the links have a cycle (Kahn). */
function topologicalOrder(graph: SankeyGraph): string[] | null {
  const indegree = new Map(graph.nodes.map((n) => [n.id, 0]));
  for (const l of graph.links) indegree.set(l.target, (indegree.get(l.target) ?? 0) + 1);
  const ready = [...indegree].filter(([, d]) => d === 0).map(([id]) => id);
  const order: string[] = [];
  while (ready.length) {
    const id = ready.shift()!;
    order.push(id);
    for (const l of graph.links.filter((x) => x.source === id)) {
      const d = indegree.get(l.target)! - 1;
      indegree.set(l.target, d);
      if (d === 0) ready.push(l.target);
    }
  }
  return order.length === indegree.size ? order : null;
}

const linksAsText = (graph: SankeyGraph) => graph.links.map((l) => `${l.source} → ${l.target} ${l.kg}${l.closesLoop ? ' ↺' : ''}`);

/**
 * Bottles, linear: 1.000 kg enters at Winning and leaves at Verbranding (50),
 * Recycling (800) and Storten (150).
 *   Productie  in 1.000, out 950 + 50 = 1.000
 *   Gebruik    in 950,   out 950
 *   Inzameling in 950,   out 800 + 150 = 950
 */
const linear: FlowScenario = {
  nodes: [
    node('Winning', 'extraction'),
    node('Productie', 'production'),
    node('Gebruik', 'use'),
    node('Inzameling', 'collection'),
    node('Recycling', 'recycling'),
    node('Verbranding', 'incineration'),
    node('Storten', 'landfill'),
  ],
  flows: [
    flow('Winning', 'Productie', 1000),
    flow('Productie', 'Gebruik', 950),
    flow('Productie', 'Verbranding', 50, 'productieafval'),
    flow('Gebruik', 'Inzameling', 950),
    flow('Inzameling', 'Recycling', 800),
    flow('Inzameling', 'Storten', 150),
  ],
};

/**
 * The redesign closes the loop: Recycling sends its 600 kg back to Productie,
 * which then takes 1.000 virgin + 600 recycled = 1.600 and passes 1.600 on.
 *   Productie  in 1.000 + 600 = 1.600, out 1.600
 *   Gebruik    in 1.600, out 1.600
 *   Inzameling in 1.600, out 600 + 1.000 = 1.600
 *   Recycling  in 600,   out 600
 */
const loop: FlowScenario = {
  nodes: [node('Winning', 'extraction'), node('Productie', 'production'), node('Gebruik', 'use'), node('Inzameling', 'collection'), node('Recycling', 'recycling'), node('Storten', 'landfill')],
  flows: [
    flow('Winning', 'Productie', 1000),
    flow('Productie', 'Gebruik', 1600),
    flow('Gebruik', 'Inzameling', 1600),
    flow('Inzameling', 'Recycling', 600),
    flow('Inzameling', 'Storten', 1000),
    flow('Recycling', 'Productie', 600, 'rPET'),
  ],
};

describe('checkBalance', () => {
  it('finds nothing in a balanced chain', () => {
    expect(checkBalance(linear)).toEqual([]);
  });

  it('flags a node that sends out more than it receives', () => {
    // Productie: in 1.000, out 1.150 + 50 = 1.200; 1.000 − 1.200 − 0 = −200, beyond the tolerance of 0,5% × 1.200 = 6.
    const more = { ...linear, flows: linear.flows.map((f) => (f.from === 'Productie' && f.to === 'Gebruik' ? { ...f, kgPerYear: 1150 } : f)) };
    // Gebruik now receives 1.150 and sends 950: +200 disappears there.
    expect(checkBalance(more)).toEqual([
      { node: 'Productie', inKg: 1000, outKg: 1200, stockChangeKg: 0, differenceKg: -200 },
      { node: 'Gebruik', inKg: 1150, outKg: 950, stockChangeKg: 0, differenceKg: 200 },
    ]);
  });

  it('balances a node by its stated stock change, and flags the rest that is not accounted for', () => {
    // A building that stores insulation: in 1.000, out 700 to demolition; 300 stays. 1.000 − 700 − 300 = 0.
    const building = (stock: number): FlowScenario => ({
      nodes: [node('Productie', 'production'), node('Gebouw', 'use', stock), node('Sloop', 'collection')],
      flows: [flow('Productie', 'Gebouw', 1000, 'isolatie'), flow('Gebouw', 'Sloop', 700, 'isolatie')],
    });
    expect(checkBalance(building(300))).toEqual([]);
    // A stated 250: 1.000 − 700 − 250 = 50, beyond max(1, 0,5% × 1.000 = 5) = 5.
    expect(checkBalance(building(250))).toEqual([{ node: 'Gebouw', inKg: 1000, outKg: 700, stockChangeKg: 250, differenceKg: 50 }]);
    // Without the stock change the 300 that stays reads as lost.
    expect(checkBalance(building(0))).toEqual([{ node: 'Gebouw', inKg: 1000, outKg: 700, stockChangeKg: 0, differenceKg: 300 }]);
  });

  it('checks a sink that states a stock change: what it keeps must be what comes in', () => {
    // Depot: in 500, nothing out; a stated stock of 500 balances, 400 leaves 100 unaccounted for.
    const depot = (stock: number): FlowScenario => ({ nodes: [node('Productie', 'production'), node('Depot', 'use', stock)], flows: [flow('Productie', 'Depot', 500)] });
    expect(checkBalance(depot(500))).toEqual([]);
    expect(checkBalance(depot(400))).toEqual([{ node: 'Depot', inKg: 500, outKg: 0, stockChangeKg: 400, differenceKg: 100 }]);
  });

  it('takes differences within 0,5% of the throughput (at least 1 kg) as rounding', () => {
    const pair = (inKg: number, outKg: number): FlowScenario => ({
      nodes: [node('Leverancier', 'supplier'), node('Productie', 'production'), node('Gebruik', 'use')],
      flows: [flow('Leverancier', 'Productie', inKg), flow('Productie', 'Gebruik', outKg)],
    });
    // 1.000 in: tolerance 0,5% × 1.000 = 5. 995 out: 5, rounding; 994 out: 6, flagged.
    expect(checkBalance(pair(1000, 995))).toEqual([]);
    expect(checkBalance(pair(1000, 994))).toEqual([{ node: 'Productie', inKg: 1000, outKg: 994, stockChangeKg: 0, differenceKg: 6 }]);
    // 100 in: 0,5% is 0,5, so the 1 kg floor applies. 99,2 out: 0,8 (not 0,7999…), rounding; 98,5 out: 1,5, flagged.
    expect(checkBalance(pair(100, 99.2))).toEqual([]);
    expect(checkBalance(pair(100, 98.5))).toEqual([{ node: 'Productie', inKg: 100, outKg: 98.5, stockChangeKg: 0, differenceKg: 1.5 }]);
  });

  it('does not check where material enters or leaves the map', () => {
    // Winning only sends (1.000), Storten and Verbranding only receive: none of them is checked.
    const sourceAndSinks: FlowScenario = {
      nodes: [node('Winning', 'extraction'), node('Verbranding', 'incineration'), node('Storten', 'landfill'), node('Ongebruikt', 'supplier')],
      flows: [flow('Winning', 'Verbranding', 400), flow('Winning', 'Storten', 600)],
    };
    expect(checkBalance(sourceAndSinks)).toEqual([]);
  });

  it('balances a closed loop: the recycled flow counts as inflow of production', () => {
    expect(checkBalance(loop)).toEqual([]);
  });
});

describe('sankeyGraph', () => {
  it('draws a linear chain as it is, one node per node and one link per flow', () => {
    const graph = sankeyGraph(linear);
    expect(graph.nodes.map((n) => n.id)).toEqual(['Winning', 'Productie', 'Gebruik', 'Inzameling', 'Recycling', 'Verbranding', 'Storten']);
    expect(graph.nodes.every((n) => !n.loopCopy && !n.imbalanced && n.label === n.id)).toBe(true);
    expect(linksAsText(graph)).toEqual(['Winning → Productie 1000', 'Productie → Gebruik 950', 'Productie → Verbranding 50', 'Gebruik → Inzameling 950', 'Inzameling → Recycling 800', 'Inzameling → Storten 150']);
    expect(graph.links[2]).toMatchObject({ material: 'productieafval', closesLoop: false });
    expect(topologicalOrder(graph)).not.toBeNull();
  });

  it('sends the flow that closes a loop (Recycling → Productie) to a copy node "↺ Productie", leaving the links acyclic', () => {
    const graph = sankeyGraph(loop);
    // 6 nodes + 1 copy; 6 links, the last one to the copy.
    expect(graph.nodes).toHaveLength(7);
    expect(graph.nodes.at(-1)).toEqual({ id: '↺ Productie', label: '↺ Productie', kind: 'production', loopCopy: true, imbalanced: false });
    expect(linksAsText(graph)).toEqual([
      'Winning → Productie 1000',
      'Productie → Gebruik 1600',
      'Gebruik → Inzameling 1600',
      'Inzameling → Recycling 600',
      'Inzameling → Storten 1000',
      'Recycling → ↺ Productie 600 ↺',
    ]);
    expect(graph.links.at(-1)!.material).toBe('rPET');
    // Every link joins two of the graph's nodes, and there is no cycle.
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(graph.links.every((l) => ids.has(l.source) && ids.has(l.target))).toBe(true);
    expect(topologicalOrder(graph)).not.toBeNull();
    // The flows themselves do have one: without the copy the check above would fail.
    const uncut: SankeyGraph = { ...graph, links: graph.links.map((l) => (l.closesLoop ? { ...l, target: 'Productie' } : l)) };
    expect(topologicalOrder(uncut)).toBeNull();
  });

  it('cuts the loop at the flow back, whatever order the nodes are listed in', () => {
    const shuffled = { ...loop, nodes: [...loop.nodes].reverse() };
    expect(sankeyGraph(shuffled).links.filter((l) => l.closesLoop).map((l) => `${l.source} → ${l.target}`)).toEqual(['Recycling → ↺ Productie']);
  });

  it('makes one copy per target, for several loops and a flow from a node to itself', () => {
    // Hergebruik sends 200 back to Productie too, and Productie regrinds 50 of its own scrap.
    const graph = sankeyGraph({
      nodes: [...loop.nodes, node('Hergebruik', 'reuse')],
      flows: [...loop.flows, flow('Inzameling', 'Hergebruik', 200), flow('Hergebruik', 'Productie', 200), flow('Productie', 'Productie', 50, 'maalgoed')],
    });
    expect(graph.nodes.filter((n) => n.loopCopy).map((n) => n.id)).toEqual(['↺ Productie']);
    // Links keep the order of the flows.
    expect(graph.links.filter((l) => l.closesLoop).map((l) => `${l.source} → ${l.target} ${l.kg}`)).toEqual(['Recycling → ↺ Productie 600', 'Hergebruik → ↺ Productie 200', 'Productie → ↺ Productie 50']);
    expect(topologicalOrder(graph)).not.toBeNull();
  });

  it('cuts a loop without any source too', () => {
    const ring: FlowScenario = { nodes: [node('A', 'production'), node('B', 'use'), node('C', 'recycling')], flows: [flow('A', 'B', 100), flow('B', 'C', 100), flow('C', 'A', 100)] };
    const graph = sankeyGraph(ring);
    expect(linksAsText(graph)).toEqual(['A → B 100', 'B → C 100', 'C → ↺ A 100 ↺']);
    expect(topologicalOrder(graph)).not.toBeNull();
  });

  it('marks the imbalanced nodes, never their copies', () => {
    // Productie sends 1.700 while receiving 1.600: −100, beyond 0,5% × 1.700 = 8,5. Gebruik then receives 1.700 and sends 1.600.
    const graph = sankeyGraph({ ...loop, flows: loop.flows.map((f) => (f.from === 'Productie' ? { ...f, kgPerYear: 1700 } : f)) });
    expect(graph.nodes.filter((n) => n.imbalanced).map((n) => n.id)).toEqual(['Productie', 'Gebruik']);
    expect(graph.nodes.find((n) => n.loopCopy)).toMatchObject({ id: '↺ Productie', imbalanced: false });
  });

  it('leaves out empty flows and flows to nodes not on the map', () => {
    const graph = sankeyGraph({ ...linear, flows: [...linear.flows, flow('Gebruik', 'Storten', 0), flow('Gebruik', 'Elders', 30)] });
    expect(graph.links).toHaveLength(linear.flows.length);
  });
});
