import { SANKEY_IMBALANCED_COLOR, SANKEY_KIND_COLORS, type SankeyGraph } from '@koers/domain';
import { sankey as sankeyLayout, sankeyJustify, type SankeyNode } from 'd3-sankey';
import { dutchNumber } from './format';
import { COLORS, FONTS, contentWidth, ensureSpace, type Doc } from './pdf';

/**
 * Node colours of a material-flow Sankey by kind, as in the web chart: the
 * useful chain in blues, closing the loop (reuse, recycling, composting) in
 * greens, the other end-of-life kinds muted, incineration and landfill red-ish.
 */

export interface SankeyDrawOptions {
  /** Points; the content width by default. */
  width?: number;
  /** Points of the diagram itself (title and legend come on top); 300 by default, at most what a page holds. */
  height?: number;
  /** A bold line above the diagram. */
  title?: string;
}

type Node = SankeyGraph['nodes'][number];
type Link = SankeyGraph['links'][number];
type LaidNode = SankeyNode<Node, Link>;

const NODE_WIDTH = 10;
/** The most a label takes right of the last column. */
const LABEL_WIDTH = 110;
const LABEL_SIZE = 7.5;

/** A loop copy's label without "↺", which the standard fonts cannot print: "Productie (kringloop)". */
export function printableSankeyLabel(node: Pick<Node, 'label' | 'loopCopy'>): string {
  return node.loopCopy ? `${node.label.replace(/^↺\s*/, '')} (kringloop)` : node.label;
}

/**
 * A material-flow Sankey from `sankeyGraph(scenario)`, drawn as vectors: a bar
 * per node coloured by kind, a band per flow as wide as its kg, each node named
 * with its kg per year (Dutch numbers). Copies of a loop's target are dashed and
 * named "(kringloop)", with their bands green; imbalanced nodes are red and say
 * "niet in balans" with their in- and outflow. The layout is d3-sankey's (the
 * graph is acyclic: sankeyGraph cut the loops). Starts a new page when the
 * diagram does not fit; nodes without any flow are left out.
 */
export function sankey(doc: Doc, graph: SankeyGraph, opts: SankeyDrawOptions = {}): void {
  const left = doc.page.margins.left;
  const width = Math.min(opts.width ?? contentWidth(doc), contentWidth(doc));
  const pageRoom = doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
  const titleHeight = opts.title ? 20 : 0;
  const hasLoop = graph.nodes.some((n) => n.loopCopy);
  const legendHeight = 26;
  const height = Math.max(60, Math.min(opts.height ?? 300, pageRoom - titleHeight - legendHeight - 12));

  const linked = new Set(graph.links.flatMap((l) => [l.source, l.target]));
  const nodes = graph.nodes.filter((n) => linked.has(n.id));
  ensureSpace(doc, titleHeight + (nodes.length ? height + legendHeight : 16) + 12);
  if (opts.title) {
    doc.font(FONTS.bold).fontSize(11).fillColor(COLORS.ink).text(opts.title, left, doc.y, { width });
    doc.moveDown(0.4);
  }
  if (!nodes.length) {
    doc.font(FONTS.regular).fontSize(9).fillColor(COLORS.muted).text('Geen materiaalstromen.', left, doc.y, { width });
    doc.x = left;
    doc.moveDown(0.6);
    return;
  }

  const top = doc.y;
  // Every label stands right of its node, in the gap before the next column; the last column's in a margin of its own.
  const labelRoom = Math.min(LABEL_WIDTH, width * 0.2);
  const layout = sankeyLayout<Node, Link>()
    .nodeId((n) => n.id)
    .nodeAlign(sankeyJustify)
    .nodeWidth(NODE_WIDTH)
    .nodePadding(Math.max(8, Math.min(18, height / (2 * nodes.length))))
    .extent([
      [left, top],
      [left + width - labelRoom, top + height],
    ]);
  // d3-sankey fills in the objects it gets: give it copies, and read its positions into boxes.
  const laid = layout({ nodes: nodes.map((n) => ({ ...n })), links: graph.links.map((l) => ({ ...l, value: l.kg })) });
  const boxes = new Map(laid.nodes.map((n) => [n.id, placed(n)]));
  const box = (n: LaidNode | string | number) => boxes.get(typeof n === 'object' ? n.id : String(n)) ?? placed({});
  const colour = (n: Node) => (n.imbalanced ? SANKEY_IMBALANCED_COLOR : SANKEY_KIND_COLORS[n.kind]);

  doc.save();
  for (const l of laid.links) {
    const s = box(l.source);
    const t = box(l.target);
    band(doc, { x0: s.x1, y0: l.y0 ?? s.y0, x1: t.x0, y1: l.y1 ?? t.y0, width: l.width ?? 0 }, l.closesLoop ? SANKEY_KIND_COLORS.recycling : SANKEY_KIND_COLORS[(l.source as LaidNode).kind], l.closesLoop ? 0.3 : 0.25);
  }
  for (const n of laid.nodes) {
    const { x0: x, y0: y } = box(n);
    const h = Math.max(1, box(n).y1 - y);
    if (n.loopCopy) {
      doc.rect(x, y, NODE_WIDTH, h).fillColor(colour(n), 0.35).fill();
      doc.rect(x, y, NODE_WIDTH, h).dash(2, { space: 1.5 }).lineWidth(0.8).strokeColor(colour(n), 1).stroke().undash();
    } else {
      doc.rect(x, y, NODE_WIDTH, h).fillColor(colour(n), 1).fill();
      if (n.imbalanced) doc.rect(x - 1, y - 1, NODE_WIDTH + 2, h + 2).lineWidth(1.2).strokeColor(SANKEY_IMBALANCED_COLOR, 1).stroke();
    }
  }
  doc.restore();

  // In- and outflow of each node of the map, its loop copy's inflow counted as its own.
  const original = (id: string) => nodes.find((n) => n.id === id && n.loopCopy)?.label.replace(/^↺\s*/, '') ?? id;
  const flowsOf = (id: string) => ({
    inKg: graph.links.filter((l) => original(l.target) === id).reduce((a, l) => a + l.kg, 0),
    outKg: graph.links.filter((l) => l.source === id).reduce((a, l) => a + l.kg, 0),
  });
  const columns = [...new Set([...boxes.values()].map((b) => b.x0))].sort((a, b) => a - b);
  for (const n of laid.nodes) {
    const b = box(n);
    const room = (columns.find((x) => x > b.x0) ?? left + width + 4) - b.x1 - 8;
    label(doc, n, b, flowsOf(n.id), room);
  }

  doc.y = top + height + 6;
  const legend = ['Stromen in kg per jaar.', hasLoop ? 'Gestreept: materiaal dat terug de keten in gaat (kringloop).' : '', graph.nodes.some((n) => n.imbalanced) ? 'Rood: in en uit verschillen (niet in balans).' : ''];
  doc.font(FONTS.regular).fontSize(LABEL_SIZE).fillColor(COLORS.muted).text(legend.filter(Boolean).join(' '), left, doc.y, { width });
  doc.font(FONTS.regular).fontSize(10).fillColor(COLORS.ink);
  doc.x = left;
  doc.moveDown(0.6);
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  value: number;
}

function placed(n: { x0?: number; x1?: number; y0?: number; y1?: number; value?: number }): Box {
  return { x0: n.x0 ?? 0, x1: n.x1 ?? 0, y0: n.y0 ?? 0, y1: n.y1 ?? 0, value: n.value ?? 0 };
}

/** A flow as a band between two nodes: two horizontal beziers, as wide as the flow. */
function band(doc: Doc, l: { x0: number; y0: number; x1: number; y1: number; width: number }, color: string, opacity: number): void {
  const half = Math.max(0.4, l.width) / 2;
  const xm = (l.x0 + l.x1) / 2;
  doc
    .moveTo(l.x0, l.y0 - half)
    .bezierCurveTo(xm, l.y0 - half, xm, l.y1 - half, l.x1, l.y1 - half)
    .lineTo(l.x1, l.y1 + half)
    .bezierCurveTo(xm, l.y1 + half, xm, l.y0 + half, l.x0, l.y0 + half)
    .closePath()
    .fillColor(color, opacity)
    .fill();
}

/**
 * Name and kg right of the node, each line at most `width` wide: the name on up
 * to two lines, then "12.500 kg/jaar" (or "12.500 kg" when the columns stand close;
 * the legend says per year), then for an imbalanced node "niet in balans" and its in and out.
 */
function label(doc: Doc, n: Node, b: Box, flows: { inKg: number; outKg: number }, width: number): void {
  const unit = width >= 70 ? 'kg/jaar' : 'kg';
  doc.font(FONTS.bold).fontSize(LABEL_SIZE);
  const lines: { text: string; bold?: boolean; color: string }[] = [
    ...wrap(doc, printableSankeyLabel(n), width, 2).map((text) => ({ text, bold: true, color: n.imbalanced ? SANKEY_IMBALANCED_COLOR : COLORS.ink })),
    { text: `${dutchNumber(b.value || Math.max(flows.inKg, flows.outKg))} ${unit}`, color: COLORS.muted },
  ];
  if (n.imbalanced) {
    lines.push(...wrap(doc, 'niet in balans', width, 2).map((text) => ({ text, bold: true, color: SANKEY_IMBALANCED_COLOR })));
    lines.push({ text: `in ${dutchNumber(flows.inKg)}`, color: SANKEY_IMBALANCED_COLOR }, { text: `uit ${dutchNumber(flows.outKg)}`, color: SANKEY_IMBALANCED_COLOR });
  }
  const lineHeight = LABEL_SIZE + 1.5;
  let y = (b.y0 + b.y1) / 2 - (lines.length * lineHeight) / 2;
  for (const line of lines) {
    doc.font(line.bold ? FONTS.bold : FONTS.regular).fontSize(LABEL_SIZE).fillColor(line.color);
    doc.text(fit(doc, line.text, width), b.x1 + 4, y, { lineBreak: false });
    y += lineHeight;
  }
}

/** Words on at most `max` lines of `width` in the current font; the last line shortened with "…" when the rest does not fit. */
function wrap(doc: Doc, text: string, width: number, max: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  while (words.length && lines.length < max - 1) {
    let line = words.shift() ?? '';
    while (words.length && doc.widthOfString(`${line} ${words[0]}`) <= width) line += ` ${words.shift()}`;
    lines.push(line);
  }
  if (words.length) lines.push(words.join(' '));
  return lines.map((l) => fit(doc, l, width));
}

/** One line at most `width` wide in the current font, shortened with "…" (which WinAnsi has). */
function fit(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let end = text.length;
  while (end > 1 && doc.widthOfString(`${text.slice(0, end)}…`) > width) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}
