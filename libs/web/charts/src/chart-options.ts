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

/** ECharts with only what Koers draws (bar, line, pie; SVG), loaded on first use. */
export async function loadEcharts() {
  const [core, charts, components, renderers] = await Promise.all([import('echarts/core'), import('echarts/charts'), import('echarts/components'), import('echarts/renderers')]);
  core.use([
    charts.BarChart,
    charts.LineChart,
    charts.PieChart,
    components.GridComponent,
    components.TooltipComponent,
    components.LegendComponent,
    components.AriaComponent,
    renderers.SVGRenderer,
  ]);
  return core;
}
