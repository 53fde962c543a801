import { join } from 'node:path';
import { describeGolden, runCalculator, type ReferenceProvider } from '@koers/calc-sdk';
import { referenceData } from '@koers/reference-data';
import { describe, expect, it } from 'vitest';
import { iso26000Scan } from './iso26000';

const provider: ReferenceProvider = { get: (id) => referenceData.get(id) };

describeGolden(iso26000Scan, join(__dirname, '..', 'golden'), provider, { describe, it, expect });

describe('iso26000.scan input checks', () => {
  it('names the index of unknown and duplicate issue ids', () => {
    const r = runCalculator(
      iso26000Scan,
      { answers: [{ issueId: 'governance.decision-making', maturity: 1 }, { issueId: 'environment.water', maturity: 2 }, { issueId: 'governance.decision-making', maturity: 2 }] },
      provider,
    );
    expect(r).toEqual({
      status: 'invalid-input',
      issues: [
        { path: 'answers.1.issueId', message: 'unknown ISO 26000 issue id "environment.water"' },
        { path: 'answers.2.issueId', message: 'duplicate answer for "governance.decision-making" (first at answers.0)' },
      ],
    });
  });

  it('gives null scores, not zero, when nothing is answered', () => {
    const r = runCalculator(iso26000Scan, { answers: [] }, provider);
    if (r.status !== 'ok') throw new Error(r.status);
    const out = r.output as { overallPercent: number | null; complete: boolean; missing: Record<string, string[]> };
    expect(out.overallPercent).toBeNull();
    expect(out.complete).toBe(false);
    expect(Object.values(out.missing).flat()).toHaveLength(37);
  });

  it('does not depend on answer order', () => {
    const answers = [
      { issueId: 'environment.climate-change', maturity: 2 },
      { issueId: 'governance.decision-making', maturity: 2 },
      { issueId: 'community.health', maturity: 4 },
    ];
    expect(runCalculator(iso26000Scan, { answers }, provider)).toEqual(runCalculator(iso26000Scan, { answers: [...answers].reverse() }, provider));
  });
});
