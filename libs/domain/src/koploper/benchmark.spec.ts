import { describe, expect, it } from 'vitest';
import { benchmark, benchmarkTexts, quantile, ratiosOf, type PeerRatios } from './benchmark';

const group = { sbiDivision: '10', sizeClass: 'small', year: 2026 };
const peer = (perFte: number | null, perM2: number | null = null, perThousandEur: number | null = null): PeerRatios => ({ perFte, perM2, perThousandEur });

describe('ratiosOf', () => {
  it('divides the total by fte, m² and € 1.000 turnover, and by the production unit when given', () => {
    const r = ratiosOf({ totalKgCO2e: 60_000, employees: 12, floorAreaM2: 450, turnoverEurMillion: 1.8, production: { unit: 'ton brood', amount: 120 } });
    expect(r.perFte).toBe(5000);
    expect(r.perM2).toBe(133.3);
    expect(r.perThousandEur).toBe(33.3); // 60.000 kg / 1.800 × € 1.000
    expect(r.perProductionUnit).toEqual({ unit: 'ton brood', amount: 120, kgCO2e: 500 });
  });
  it('leaves a ratio out when its divisor is unknown or 0', () => {
    expect(ratiosOf({ totalKgCO2e: 1000, employees: 0, floorAreaM2: null })).toEqual({ perFte: null, perM2: null, perThousandEur: null, perProductionUnit: null });
  });
});

describe('quantile', () => {
  it('interpolates between ranks (percentile_cont, KWARTIEL.INC)', () => {
    const v = [1, 2, 3, 4, 5];
    expect([quantile(v, 0.25), quantile(v, 0.5), quantile(v, 0.75)]).toEqual([2, 3, 4]);
    const w = [10, 20, 30, 40, 50, 60];
    expect([quantile(w, 0.25), quantile(w, 0.5), quantile(w, 0.75)]).toEqual([22.5, 35, 47.5]);
  });
});

describe('benchmark', () => {
  const five = [peer(4000, 100), peer(6000, 120), peer(5000, 140), peer(8000, 90), peer(7000, 200)];

  it('shows quartiles, n and the position with five other companies', () => {
    const b = benchmark(peer(4500, 300), five, group);
    expect(b.shown).toBe(true);
    expect(b.others).toBe(5);
    expect(b.ratios[0]).toEqual({ metric: 'perFte', shown: true, n: 5, companyValue: 4500, p25: 5000, median: 6000, p75: 7000, position: 'lowest_quarter' });
    expect(b.ratios[1]).toMatchObject({ metric: 'perM2', shown: true, n: 5, p25: 100, median: 120, p75: 140, position: 'highest_quarter' });
    expect(benchmarkTexts(b).source?.nl).toBe('n = 5 bedrijven, SBI 10, klein, nulmetingen 2026 (beoordeeld, alle partners van Koers)');
  });

  it('withholds everything, even the count, with four other companies', () => {
    const b = benchmark(peer(4500), five.slice(0, 4), group);
    expect(b.shown).toBe(false);
    expect(b.others).toBeNull();
    expect(b.ratios.every((r) => !r.shown && r.reason === 'too_few_others')).toBe(true);
    expect(JSON.stringify(b)).not.toMatch(/4000|6000|8000/);
    expect(benchmarkTexts(b).withheld?.nl).toBe('minder dan 5 andere bedrijven in SBI 10 / klein: vergelijking niet getoond om herkenbaarheid te voorkomen');
  });

  it('counts only the others: the company itself is not one of the five', () => {
    // Four others and the company itself would make five in the group; still withheld.
    const self = peer(4500);
    expect(benchmark(self, [...five.slice(0, 4)], group).shown).toBe(false);
    expect(benchmark(self, [...five.slice(0, 4), peer(9000)], group).shown).toBe(true);
  });

  it('withholds one ratio when fewer than five others have that figure', () => {
    const others = [peer(1, 10, 5), peer(2, 20, 6), peer(3, 30), peer(4, 40), peer(5, 50)];
    const b = benchmark(peer(3, 25, 5.5), others, group);
    expect(b.ratios.map((r) => r.shown)).toEqual([true, true, false]);
    expect(b.ratios[2]).toEqual({ metric: 'perThousandEur', shown: false, reason: 'too_few_others' });
  });

  it('says the company has no figure for a ratio it cannot compute', () => {
    expect(benchmark(peer(null, 25), [peer(1, 10), peer(2, 20), peer(3, 30), peer(4, 40), peer(5, 50)], group).ratios[0]).toEqual({ metric: 'perFte', shown: false, reason: 'company_missing' });
  });

  it('leaves no figure of another company in what it returns beyond the quartiles', () => {
    const others = [peer(1111), peer(2222), peer(3333), peer(4444), peer(5555), peer(6666), peer(7777)];
    const text = JSON.stringify(benchmark(peer(3000), others, group));
    // Seven others: the quartiles interpolate (2777,5 and 6110,5); only the median of an odd group is one of them.
    for (const v of [1111, 2222, 3333, 5555, 6666, 7777]) expect(text).not.toContain(String(v));
  });
});
