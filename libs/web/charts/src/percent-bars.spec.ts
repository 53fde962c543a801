import { formatInterval, formatPercent, percentBarOptions } from './percent-bars';

type Label = { formatter: (p: { dataIndex: number }) => string };

describe('percent bars', () => {
  it('write shares and intervals the Dutch way, and the English way', () => {
    expect(formatPercent(51.8, 'nl')).toBe('51,8%');
    expect(formatPercent(100, 'nl')).toBe('100,0%');
    expect(formatPercent(51.8, 'en')).toBe('51.8%');
    expect(formatPercent(null, 'nl')).toBe('—');
    expect(formatInterval({ lowPercent: 55.2, highPercent: 95.3 }, 'nl')).toBe('[55,2–95,3%]');
    expect(formatInterval({ lowPercent: 55.2, highPercent: 95.3 }, 'en')).toBe('[55.2–95.3%]');
    expect(formatInterval(null, 'nl')).toBe('—');
  });

  it('put the value on each bar, 0 to 100, with its note; an item nobody answered is an empty bar with a dash', () => {
    const o = percentBarOptions([{ label: 'Schone energie', value: 83.3, note: 'n = 12' }, { label: 'Onbekend', value: null }], 'nl', 'Eens') as {
      xAxis: { min: number; max: number }; yAxis: { data: string[] }; series: { data: number[]; label: Label }[];
    };
    expect([o.xAxis.min, o.xAxis.max]).toEqual([0, 100]);
    expect(o.yAxis.data).toEqual(['Schone energie', 'Onbekend']);
    expect(o.series[0].data).toEqual([83.3, 0]);
    expect(o.series[0].label.formatter({ dataIndex: 0 })).toBe('83,3% (n = 12)');
    expect(o.series[0].label.formatter({ dataIndex: 1 })).toBe('—');
  });
});
