import type { EChartsCoreOption } from 'echarts/core';
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
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values })),
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
    radar: { indicator: axes.map((a) => ({ name: a.name, max: 100, min: 0 })), radius: '65%', axisName: { color: '#1b1f24' } },
    series: [{ type: 'radar', name: seriesName, data: [{ value: axes.map((a) => a.value ?? 0), name: seriesName, areaStyle: { opacity: 0.2 } }] }],
  };
}

/** ECharts with only what Koers draws (bar, line, pie, radar; SVG), loaded on first use. */
export async function loadEcharts() {
  const [core, charts, components, renderers] = await Promise.all([import('echarts/core'), import('echarts/charts'), import('echarts/components'), import('echarts/renderers')]);
  core.use([
    charts.BarChart,
    charts.LineChart,
    charts.PieChart,
    charts.RadarChart,
    components.GridComponent,
    components.RadarComponent,
    components.TooltipComponent,
    components.LegendComponent,
    components.AriaComponent,
    renderers.SVGRenderer,
  ]);
  return core;
}
