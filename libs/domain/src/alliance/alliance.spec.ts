import { describe, expect, it } from 'vitest';
import { budgetTotals, currentFulfilment, fulfilmentSummary, toCents } from './alliance';

describe('currentFulfilment', () => {
  it('is not yet met while nothing was recorded', () => {
    expect(currentFulfilment([])).toBe('not_yet');
  });

  it('takes the newest entry by date, whatever order they come in', () => {
    const entries = [
      { recordedOn: '2026-06-01', status: 'met' as const, createdAt: '2026-06-01T10:00:00Z' },
      { recordedOn: '2026-02-01', status: 'partly' as const, createdAt: '2026-07-01T10:00:00Z' },
    ];
    expect(currentFulfilment(entries)).toBe('met');
  });

  it('on one day the entry written last counts (a correction)', () => {
    const entries = [
      { recordedOn: '2026-06-01', status: 'met' as const, createdAt: '2026-06-01T10:00:00Z' },
      { recordedOn: '2026-06-01', status: 'partly' as const, createdAt: '2026-06-01T11:00:00Z' },
    ];
    expect(currentFulfilment(entries)).toBe('partly');
  });
});

describe('fulfilmentSummary', () => {
  it('counts per status and says all met only with at least one commitment', () => {
    expect(fulfilmentSummary(['met', 'partly', 'not_yet', 'met'])).toEqual({ total: 4, met: 2, partly: 1, notYet: 1, allMet: false });
    expect(fulfilmentSummary(['met', 'met']).allMet).toBe(true);
    expect(fulfilmentSummary([]).allMet).toBe(false);
  });
});

describe('budgetTotals', () => {
  it("sums the seed's two-year programme (€209.500) exactly in cents, with actuals against plan", () => {
    const t = budgetTotals([
      { category: 'participant_contribution', plannedEur: '59500.00', actualEur: '61000.10' },
      { category: 'subsidy', plannedEur: '120000', actualEur: '100000.20' },
      { category: 'partner_in_kind', plannedEur: '30000.00', actualEur: null },
      { category: 'advice', plannedEur: '150000.00', actualEur: '140000.05' },
      { category: 'meetings', plannedEur: '59500', actualEur: '0.25' },
    ]);
    expect(t.income).toEqual({ planned: 209500, actual: 161000.3 });
    expect(t.cost).toEqual({ planned: 209500, actual: 140000.3 });
    expect(t.balance).toEqual({ planned: 0, actual: 21000 });
    expect(t.byCategory.map((c) => [c.category, c.direction, c.difference])).toEqual([
      ['participant_contribution', 'income', 1500.1],
      ['subsidy', 'income', -19999.8],
      ['partner_in_kind', 'income', -30000],
      ['advice', 'cost', -9999.95],
      ['meetings', 'cost', -59499.75],
    ]);
  });

  it('adds 0.10 and 0.20 to 0.30, not 0.30000000000000004', () => {
    expect(budgetTotals([{ category: 'staff', plannedEur: 0.1, actualEur: null }, { category: 'staff', plannedEur: 0.2, actualEur: null }]).cost.planned).toBe(0.3);
  });

  it('refuses a text that is no amount', () => {
    expect(() => toCents('12,50')).toThrow(RangeError);
    expect(toCents('12.5')).toBe(1250);
    expect(toCents('-0.05')).toBe(-5);
  });
});
