import type { EChartsCoreOption } from 'echarts/core';
import { FLOW_NODE_KIND_LABELS, SANKEY_IMBALANCED_COLOR, SANKEY_KIND_COLORS, type FlowNodeKind, type SankeyGraph } from '@koers/domain';
import { formatQuantity, type Language } from '@koers/web-ui';

export interface QuantitySeries {
  name: string;
  values: number[];
}

/**
 * Options for a bar chart of quantities (a footprint per scope, a material flow
 * per year): axis labels and tooltips carry the unit, in the reader's language.
 */
export function quantityBarOptions(categories: string[], series: QuantitySeries[], unit: string, lang: Language): EChartsCoreOption {
  const format = (v: unknown) => (typeof v === 'number' ? formatQuantity(v, unit, lang) : String(v ?? ''));
  return {
    aria: { enabled: true },
    grid: { containLabel: true, left: 8, right: 8, top: 32, bottom: 8 },
    legend: { show: series.length > 1, top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: format },
    xAxis: { type: 'category', data: categories },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => format(v) } },
    // Each bar says its value the reader's way (30.500 kg CO₂e), not only the axis.
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values, label: { show: true, position: 'top', fontSize: 11, color: '#1b1f24', formatter: (p: { value: unknown }) => format(p.value) } })),
  };
}

/**
 * A radar of percentages (ISO 26000 scores per core subject): one axis per
 * subject from 0 to 100 %, subjects without a score drawn at 0 and named so
 * in the tooltip.
 */
export function percentRadarOptions(axes: { name: string; value: number | null }[], seriesName: string, lang: Language): EChartsCoreOption {
  const percent = (v: number | null) => (v === null ? '—' : `${new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 0 }).format(v)} %`);
  return {
    aria: { enabled: true },
    tooltip: {
      trigger: 'item',
      formatter: () => axes.map((a) => `${a.name}: ${percent(a.value)}`).join('<br/>'),
    },
    // The scale: rings at 0, 25, 50, 75 and 100 %, labelled along the first axis; each point says its score.
    radar: {
      indicator: axes.map((a, i) => ({ name: a.name, max: 100, min: 0, ...(i === 0 ? { axisLabel: { show: true } } : {}) })),
      radius: '65%',
      splitNumber: 4,
      axisName: { color: '#1b1f24' },
      axisLabel: { show: false, color: '#57606a', fontSize: 10, formatter: (v: number) => percent(v) },
    },
    series: [
      {
        type: 'radar',
        name: seriesName,
        data: [{ value: axes.map((a) => a.value ?? 0), name: seriesName, areaStyle: { opacity: 0.2 } }],
        label: { show: true, fontSize: 11, color: '#1b1f24', formatter: (p: { dimensionIndex?: number }) => percent(axes[p.dimensionIndex ?? 0]?.value ?? null) },
      },
    ],
  };
}

/**
 * Node colours of a material-flow Sankey by kind: the useful chain in blues,
 * closing the loop (reuse, recycling, composting) in greens, the other
 * end-of-life kinds muted, incineration and landfill red-ish.
 */
/** An imbalanced node: red fill and border, and "niet in balans" under its name. */

const SANKEY_WORDS = {
  nl: { imbalanced: 'niet in balans', loop: 'terug in de kringloop', perYear: 'kg/jaar' },
  en: { imbalanced: 'not balanced', loop: 'back into the loop', perYear: 'kg/year' },
} as const;

export interface SankeyOptions {
  /** Colours per kind instead of SANKEY_KIND_COLORS. */
  colors?: Partial<Record<FlowNodeKind, string>>;
  /** Where nodes without outflow stand: 'justify' (the default) puts every sink at the right edge. */
  nodeAlign?: 'justify' | 'left' | 'right';
}

/**
 * A material-flow Sankey from `sankeyGraph(scenario)`: nodes coloured by kind,
 * copies of a loop's target ("↺ Productie") dashed and half transparent with
 * their links green, imbalanced nodes red and labelled so; tooltips name the
 * flow, its material and its kg per year in the reader's language
 * ("Recycling → ↺ Productie<br/>rPET: 12.500 kg/jaar").
 */
export function sankeyOptions(graph: SankeyGraph, lang: Language, opts: SankeyOptions = {}): EChartsCoreOption {
  const words = SANKEY_WORDS[lang];
  const colors = { ...SANKEY_KIND_COLORS, ...opts.colors };
  const kg = (v: number) => formatQuantity(v, words.perYear, lang, 0);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  // A node's inflow includes what its loop copy ("↺ Productie") takes in.
  const original = (id: string) => (byId.get(id)?.loopCopy ? id.replace(/^↺\s*/, '') : id);
  const throughput = (id: string) =>
    Math.max(
      graph.links.filter((l) => (byId.get(id)?.loopCopy ? l.target === id : original(l.target) === id)).reduce((a, l) => a + l.kg, 0),
      graph.links.filter((l) => l.source === id).reduce((a, l) => a + l.kg, 0),
    );
  const data = graph.nodes.map((n) => {
    const color = n.imbalanced ? SANKEY_IMBALANCED_COLOR : colors[n.kind];
    return {
      name: n.id,
      kind: n.kind,
      loopCopy: n.loopCopy,
      imbalanced: n.imbalanced,
      itemStyle: n.loopCopy
        ? { color, opacity: 0.45, borderColor: color, borderWidth: 1.5, borderType: 'dashed' }
        : n.imbalanced
          ? { color, borderColor: SANKEY_IMBALANCED_COLOR, borderWidth: 2 }
          : { color },
      ...(n.imbalanced ? { label: { color: SANKEY_IMBALANCED_COLOR, fontWeight: 'bold' } } : {}),
    };
  });
  const links = graph.links.map((l) => ({
    source: l.source,
    target: l.target,
    value: l.kg,
    material: l.material,
    closesLoop: l.closesLoop,
    lineStyle: l.closesLoop ? { color: colors.recycling, opacity: 0.35, type: 'dashed' } : { color: 'source', opacity: 0.3 },
  }));
  // A function, not a template: a node's name is the user's text, never read as "{b}".
  const nodeLabel = (p: { name?: string }): string => {
    const n = byId.get(p.name ?? '');
    if (!n) return p.name ?? '';
    return n.imbalanced ? `${n.label}\n{warn|${words.imbalanced}}` : n.label;
  };
  const tooltip = (p: { dataType?: string; data?: unknown; name?: string }): string => {
    if (p.dataType === 'edge') {
      const l = p.data as { source: string; target: string; value: number; material: string; closesLoop: boolean };
      const label = (id: string) => escapeHtml(byId.get(id)?.label ?? id);
      const lines = [`${label(l.source)} → ${label(l.target)}`, `${escapeHtml(l.material)}: ${kg(l.value)}`];
      if (l.closesLoop) lines.push(words.loop);
      return lines.join('<br/>');
    }
    const n = byId.get(String((p.data as { name?: string } | undefined)?.name ?? p.name));
    if (!n) return escapeHtml(p.name ?? '');
    const lines = [`${escapeHtml(n.label)} (${FLOW_NODE_KIND_LABELS[n.kind][lang]})`, kg(throughput(n.id))];
    if (n.imbalanced) lines.push(`<span style="color:${SANKEY_IMBALANCED_COLOR}">${words.imbalanced}</span>`);
    return lines.join('<br/>');
  };
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'item', triggerOn: 'mousemove', formatter: tooltip },
    series: [
      {
        type: 'sankey',
        data,
        links,
        nodeAlign: opts.nodeAlign ?? 'justify',
        left: 8,
        right: 140,
        top: 16,
        bottom: 16,
        nodeGap: 14,
        draggable: false,
        emphasis: { focus: 'adjacency' },
        label: { color: '#1b1f24', fontSize: 12, formatter: nodeLabel, rich: { warn: { color: SANKEY_IMBALANCED_COLOR, fontSize: 11, fontWeight: 'bold' } } },
      },
    ],
  };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** ECharts with only what Koers draws (bar, line, pie, radar, sankey; SVG), loaded on first use. */
export async function loadEcharts() {
  const [core, charts, components, renderers] = await Promise.all([import('echarts/core'), import('echarts/charts'), import('echarts/components'), import('echarts/renderers')]);
  core.use([
    charts.BarChart,
    charts.LineChart,
    charts.PieChart,
    charts.RadarChart,
    charts.SankeyChart,
    components.GridComponent,
    components.RadarComponent,
    components.TooltipComponent,
    components.LegendComponent,
    components.AriaComponent,
    renderers.SVGRenderer,
  ]);
  return core;
}
