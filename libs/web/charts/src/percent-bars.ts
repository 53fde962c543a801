import type { EChartsCoreOption } from 'echarts/core';
import type { Language } from '@koers/web-ui';

/** A share as the reader writes it: `51,8%` in Dutch, `51.8%` in English; `—` when there is none. */
export function formatPercent(value: number | null | undefined, lang: Language): string {
  if (value === null || value === undefined) return '—';
  return `${new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)}%`;
}

/** A 95% interval as `[55,2–95,3%]` (Dutch) or `[55.2–95.3%]` (English). */
export function formatInterval(interval: { lowPercent: number; highPercent: number } | null | undefined, lang: Language): string {
  if (!interval) return '—';
  return `[${formatPercent(interval.lowPercent, lang).replace('%', '')}–${formatPercent(interval.highPercent, lang)}]`;
}

export interface PercentBar {
  label: string;
  /** null: nobody answered; drawn as an empty bar, labelled with a dash. */
  value: number | null;
  /** Shown after the value on the bar, e.g. `n = 3`. */
  note?: string;
}

/**
 * Horizontal bars of percentages from 0 to 100, with the value written on each
 * bar the reader's way (`51,8%`), for a share per breakdown value.
 */
export function percentBarOptions(bars: PercentBar[], lang: Language, seriesName: string): EChartsCoreOption {
  const labels = bars.map((b) => `${formatPercent(b.value, lang)}${b.note ? ` (${b.note})` : ''}`);
  return {
    aria: { enabled: true },
    grid: { containLabel: true, left: 8, right: 120, top: 8, bottom: 8 },
    tooltip: { trigger: 'item', formatter: (p: { dataIndex: number; name: string }) => `${p.name}: ${labels[p.dataIndex]}` },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => formatPercent(v, lang).replace(/[.,]0%$/, '%') } },
    yAxis: { type: 'category', inverse: true, data: bars.map((b) => b.label) },
    series: [
      {
        type: 'bar',
        name: seriesName,
        data: bars.map((b) => b.value ?? 0),
        barMaxWidth: 24,
        label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => labels[p.dataIndex] },
      },
    ],
  };
}
