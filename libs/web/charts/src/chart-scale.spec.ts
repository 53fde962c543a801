import { percentRadarOptions, quantityBarOptions } from './chart-options';

type Formatter = (p: unknown) => string;

describe('a chart says its figures', () => {
  it('the radar has a scale from 0 to 100 % in four rings, labelled on the first axis, and each point its score', () => {
    const o = percentRadarOptions([{ name: 'Milieu', value: 62.5 }, { name: 'Bestuur', value: null }, { name: 'Mensenrechten', value: 25 }], 'ISO 26000', 'nl') as {
      radar: { splitNumber: number; axisLabel: { formatter: Formatter }; indicator: { axisLabel?: { show: boolean } }[] };
      series: { label: { show: boolean; formatter: Formatter } }[];
    };
    expect(o.radar.splitNumber).toBe(4);
    expect(o.radar.indicator.map((i) => i.axisLabel?.show ?? false)).toEqual([true, false, false]);
    expect([0, 25, 50, 75, 100].map((v) => o.radar.axisLabel.formatter(v))).toEqual(['0 %', '25 %', '50 %', '75 %', '100 %']);
    expect(o.series[0].label.show).toBe(true);
    expect([0, 1, 2].map((i) => o.series[0].label.formatter({ dimensionIndex: i }))).toEqual(['63 %', '—', '25 %']);
  });

  it('each bar carries its value with the unit, the Dutch way', () => {
    const o = quantityBarOptions(['Scope 1', 'Scope 2'], [{ name: '2025', values: [30500, 1200.5] }], 'kg CO₂e', 'nl') as { series: { label: { show: boolean; formatter: Formatter } }[] };
    expect(o.series[0].label.show).toBe(true);
    expect(o.series[0].label.formatter({ value: 30500 }).replace(/\s/g, ' ')).toBe('30.500 kg CO₂e');
  });
});
