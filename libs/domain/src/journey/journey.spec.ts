import { describe, expect, it } from 'vitest';
import { suggestNextStep } from './journey';

const finished = (step: 'koploper' | 'masterclass' | 'chain') => ({ step, finished: true, active: false });

describe('suggestNextStep', () => {
  it('suggests nothing while the company takes part in a step', () => {
    expect(suggestNextStep({ steps: [{ step: 'masterclass', finished: false, active: true }], materialsAndWasteShare: null, chainOpportunityFromMasterclass: false })).toBeNull();
  });

  it('suggests a chain project to a Koploper alumnus whose footprint is at least 30% materials and waste, naming the share the Dutch way', () => {
    const s = suggestNextStep({ steps: [finished('koploper')], materialsAndWasteShare: 0.418, chainOpportunityFromMasterclass: false });
    expect(s?.step).toBe('chain');
    expect(s?.reason.nl).toContain('41,8%');
  });

  it('suggests the masterclass to a Koploper alumnus below that share or without a visible footprint', () => {
    expect(suggestNextStep({ steps: [finished('koploper')], materialsAndWasteShare: 0.29, chainOpportunityFromMasterclass: false })?.step).toBe('masterclass');
    expect(suggestNextStep({ steps: [finished('koploper')], materialsAndWasteShare: null, chainOpportunityFromMasterclass: false })?.step).toBe('masterclass');
  });

  it('suggests a chain project after a masterclass only when it found chain opportunities', () => {
    expect(suggestNextStep({ steps: [finished('koploper'), finished('masterclass')], materialsAndWasteShare: 0.5, chainOpportunityFromMasterclass: true })?.step).toBe('chain');
    expect(suggestNextStep({ steps: [finished('masterclass')], materialsAndWasteShare: null, chainOpportunityFromMasterclass: false })).toBeNull();
  });

  it('starts a newcomer at the Koploper track and suggests nothing after a chain project', () => {
    expect(suggestNextStep({ steps: [], materialsAndWasteShare: null, chainOpportunityFromMasterclass: false })?.step).toBe('koploper');
    expect(suggestNextStep({ steps: [finished('chain')], materialsAndWasteShare: 0.9, chainOpportunityFromMasterclass: true })).toBeNull();
  });
});
