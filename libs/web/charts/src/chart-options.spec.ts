import { sankeyGraph, type FlowScenario, type MaterialFlow } from '@koers/domain';
import { SANKEY_IMBALANCED_COLOR, SANKEY_KIND_COLORS } from '@koers/domain';
import { loadEcharts, percentRadarOptions, quantityBarOptions, sankeyOptions } from './chart-options';

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
      { name: 'Milieu', max: 100, min: 0, axisLabel: { show: true } },
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

describe('sankeyOptions', () => {
  const flow = (from: string, to: string, kgPerYear: number, material = 'PET'): MaterialFlow => ({ from, to, material, kgPerYear, recycledPct: 0, renewablePct: 0, recoveryRoute: null, recoveryPotentialPct: null });
  /** Productie takes 12.500 + 2.500 recycled and passes 15.000 on; Recycling's 2.500 closes the loop. */
  const loop: FlowScenario = {
    nodes: [
      { name: 'Winning', kind: 'extraction', stockChangeKg: 0 },
      { name: 'Productie', kind: 'production', stockChangeKg: 0 },
      { name: 'Gebruik', kind: 'use', stockChangeKg: 0 },
      { name: 'Recycling', kind: 'recycling', stockChangeKg: 0 },
      { name: 'Storten', kind: 'landfill', stockChangeKg: 0 },
    ],
    flows: [flow('Winning', 'Productie', 12_500), flow('Productie', 'Gebruik', 15_000), flow('Gebruik', 'Recycling', 2_500), flow('Gebruik', 'Storten', 12_500), flow('Recycling', 'Productie', 2_500, 'rPET')],
  };
  type Node = { name: string; itemStyle: { color: string; borderType?: string; borderColor?: string }; loopCopy: boolean };
  type Link = { source: string; target: string; value: number; material: string; closesLoop: boolean; lineStyle: { type?: string } };
  type Params = { dataType: 'node' | 'edge'; name: string; data: unknown };
  type Options = { series: { type: string; data: Node[]; links: Link[]; label: { formatter: (p: { name: string }) => string } }[]; tooltip: { formatter: (p: Params) => string } };
  const options = (scenario: FlowScenario, lang: 'nl' | 'en' = 'nl') => sankeyOptions(sankeyGraph(scenario), lang) as unknown as Options;

  it('draws one node per node plus a dashed copy for the loop, coloured by kind', () => {
    const [series] = options(loop).series;
    expect(series.type).toBe('sankey');
    expect(series.data.map((n) => n.name)).toEqual(['Winning', 'Productie', 'Gebruik', 'Recycling', 'Storten', '↺ Productie']);
    const copy = series.data.find((n) => n.loopCopy)!;
    expect(copy).toMatchObject({ name: '↺ Productie', itemStyle: { color: SANKEY_KIND_COLORS.production, borderType: 'dashed' } });
    expect(series.data.find((n) => n.name === 'Recycling')!.itemStyle.color).toBe(SANKEY_KIND_COLORS.recycling);
    expect(series.data.find((n) => n.name === 'Storten')!.itemStyle.color).toBe(SANKEY_KIND_COLORS.landfill);
    expect(series.links.map((l) => `${l.source} → ${l.target} ${l.value}`)).toContain('Recycling → ↺ Productie 2500');
    expect(series.links.find((l) => l.closesLoop)!.lineStyle.type).toBe('dashed');
    expect(series.label.formatter({ name: 'Productie' })).toBe('Productie');
  });

  it('marks an imbalanced node red and labels it "niet in balans"', () => {
    // Productie passes on 16.000 while taking in 15.000: −1.000 kg.
    const off = { ...loop, flows: loop.flows.map((f) => (f.from === 'Productie' ? { ...f, kgPerYear: 16_000 } : f)) };
    const o = options(off);
    const productie = o.series[0].data.find((n) => n.name === 'Productie')!;
    expect(productie.itemStyle).toMatchObject({ color: SANKEY_IMBALANCED_COLOR, borderColor: SANKEY_IMBALANCED_COLOR });
    expect(o.series[0].label.formatter({ name: 'Productie' })).toBe('Productie\n{warn|niet in balans}');
    expect(o.series[0].data.find((n) => n.name === 'Winning')!.itemStyle.color).toBe(SANKEY_KIND_COLORS.extraction);
    expect(o.tooltip.formatter({ dataType: 'node', name: 'Productie', data: productie })).toContain('niet in balans');
    expect(options(off, 'en').series[0].label.formatter({ name: 'Productie' })).toBe('Productie\n{warn|not balanced}');
  });

  it('names the flow, its material and its kg the Dutch way in the tooltip', () => {
    const o = options(loop);
    const link = (source: string, target: string) => ({ dataType: 'edge' as const, name: '', data: o.series[0].links.find((l) => l.source === source && l.target === target) });
    expect(o.tooltip.formatter(link('Winning', 'Productie'))).toBe('Winning → Productie<br/>PET: 12.500\u00a0kg/jaar');
    expect(o.tooltip.formatter(link('Recycling', '↺ Productie'))).toBe('Recycling → ↺ Productie<br/>rPET: 2.500\u00a0kg/jaar<br/>terug in de kringloop');
    // A node: its kind and the larger of its in- and outflow (15.000).
    expect(o.tooltip.formatter({ dataType: 'node', name: 'Productie', data: o.series[0].data[1] })).toBe('Productie (Productie)<br/>15.000\u00a0kg/jaar');
    // Productie takes in 12.500 + 2.500 through its copy; with 14.000 out it is short, and its inflow (15.000) counts.
    const short = options({ ...loop, flows: loop.flows.map((f) => (f.from === 'Productie' ? { ...f, kgPerYear: 14_000 } : f)) });
    expect(short.tooltip.formatter({ dataType: 'node', name: 'Productie', data: short.series[0].data[1] })).toContain('15.000\u00a0kg/jaar');
    expect(short.tooltip.formatter({ dataType: 'node', name: '↺ Productie', data: short.series[0].data[5] })).toContain('2.500\u00a0kg/jaar');
    const en = options(loop, 'en');
    expect(en.tooltip.formatter({ dataType: 'edge', name: '', data: en.series[0].links[0] })).toBe('Winning → Productie<br/>PET: 12,500\u00a0kg/year');
  });

  it("escapes the user's names in the tooltip", () => {
    const o = options({ nodes: [{ name: '<b>A</b>', kind: 'supplier', stockChangeKg: 0 }, { name: 'B', kind: 'production', stockChangeKg: 0 }], flows: [flow('<b>A</b>', 'B', 10, 'x & y')] });
    expect(o.tooltip.formatter({ dataType: 'edge', name: '', data: o.series[0].links[0] })).toBe('&#60;b&#62;A&#60;/b&#62; → B<br/>x &#38; y: 10\u00a0kg/jaar');
  });

  it('renders with the registered sankey chart, loop copy included', async () => {
    const echarts = await loadEcharts();
    const div = document.createElement('div');
    const chart = echarts.init(div, undefined, { renderer: 'svg', width: 600, height: 300 });
    chart.setOption(sankeyOptions(sankeyGraph(loop), 'nl'));
    expect(div.querySelectorAll('svg path').length).toBeGreaterThanOrEqual(5);
    expect(div.textContent).toContain('↺ Productie');
    chart.dispose();
  }, 30_000);
});
