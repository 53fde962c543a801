import { loadEcharts, percentRadarOptions, quantityBarOptions } from './chart-options';

type Formatter = (v: unknown) => string;

describe('quantityBarOptions', () => {
  const series = [{ name: '2025', values: [1234.5, 80] }];

  it('labels values with their unit in Dutch', () => {
    const o = quantityBarOptions(['Scope 1', 'Scope 2'], series, 'kg CO₂e', 'nl') as { tooltip: { valueFormatter: Formatter }; yAxis: { axisLabel: { formatter: Formatter } }; xAxis: { data: string[] } };
    expect(o.tooltip.valueFormatter(1234.5)).toBe('1.234,5\u00a0kg CO₂e');
    expect(o.yAxis.axisLabel.formatter(2000)).toBe('2.000\u00a0kg CO₂e');
    expect(o.xAxis.data).toEqual(['Scope 1', 'Scope 2']);
  });

  it('labels values in English, and shows a legend only for several series', () => {
    const one = quantityBarOptions(['Scope 1'], series, 'kg CO₂e', 'en') as { tooltip: { valueFormatter: Formatter }; legend: { show: boolean } };
    expect(one.tooltip.valueFormatter(1234.5)).toBe('1,234.5\u00a0kg CO₂e');
    expect(one.legend.show).toBe(false);
    const two = quantityBarOptions(['Scope 1'], [...series, { name: '2026', values: [1000] }], 'kg', 'en') as { legend: { show: boolean }; series: { name: string }[] };
    expect(two.legend.show).toBe(true);
    expect(two.series.map((s) => s.name)).toEqual(['2025', '2026']);
  });
});

describe('loadEcharts', () => {
  it('registers the bar chart with the SVG renderer, so a chart renders without canvas', async () => {
    const echarts = await loadEcharts();
    const div = document.createElement('div');
    const chart = echarts.init(div, undefined, { renderer: 'svg', width: 400, height: 200 });
    chart.setOption(quantityBarOptions(['Scope 1', 'Scope 2'], [{ name: '2025', values: [10, 20] }], 'kg', 'nl'));
    expect(div.querySelectorAll('svg path').length).toBeGreaterThan(1);
    chart.dispose();
  }, 30_000);
});

describe('percentRadarOptions', () => {
  const axes = [
    { name: 'Milieu', value: 62.4 },
    { name: 'Consumentenaangelegenheden', value: null },
  ];

  it('draws every subject on a 0-100 axis, a missing score at 0 and as "—" in the tooltip', () => {
    const o = percentRadarOptions(axes, 'ISO 26000', 'nl') as { radar: { indicator: { name: string; max: number }[] }; series: { data: { value: number[] }[] }[]; tooltip: { formatter: () => string } };
    expect(o.radar.indicator).toEqual([
      { name: 'Milieu', max: 100, min: 0 },
      { name: 'Consumentenaangelegenheden', max: 100, min: 0 },
    ]);
    expect(o.series[0].data[0].value).toEqual([62.4, 0]);
    expect(o.tooltip.formatter()).toBe('Milieu: 62 %<br/>Consumentenaangelegenheden: —');
  });

  it('renders with the registered radar chart', async () => {
    const echarts = await loadEcharts();
    const div = document.createElement('div');
    const chart = echarts.init(div, undefined, { renderer: 'svg', width: 400, height: 300 });
    chart.setOption(percentRadarOptions(axes, 'ISO 26000', 'en'));
    expect(div.querySelectorAll('svg path').length).toBeGreaterThan(2);
    chart.dispose();
  }, 30_000);
});
