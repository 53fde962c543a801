import { createHash } from 'node:crypto';
import { SIZE_CLASSES } from '@koers/domain';
import { describe, expect, it } from 'vitest';
import { ISO26000_CORE_SUBJECTS } from '../iso26000/structure';
import { referenceData } from '../reference-data';
import { SBI_SECTIONS, sbiSection } from '../sectors/sbi';
import { getMeasure, MEASURE_CATALOGUE, MEASURE_CATALOGUE_ID } from './catalogue';
import { MEASURE_THEMES, measureApplies, type Measure, type Range } from './measure';

// Same canonical JSON as the factor-set spec: sorted keys, so the hash does not depend on key order.
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}
const sha256 = (v: unknown) => createHash('sha256').update(canonical(v)).digest('hex');

/**
 * A failure here means the published catalogue was edited in place. Stored
 * recommendations name this id; put changes in a new catalogue with a new id.
 */
const PUBLISHED_SHA256: Record<string, string> = {
  'measures.catalogue.v1': '85fba4826bb4c0a54e1bbcdcae284fb93b46318908d13d4f3c492d7c03016c7f',
};

const measures = MEASURE_CATALOGUE.measures;
const subjects = new Set(ISO26000_CORE_SUBJECTS.map((s) => s.id));
const rangeOk = (r: Range | undefined) => r === undefined || (Number.isFinite(r.min) && Number.isFinite(r.max) && r.min <= r.max);

describe('measures catalogue', () => {
  it('is published under its versioned id in the reference-data map and pinned by hash', () => {
    expect(MEASURE_CATALOGUE.id).toBe(MEASURE_CATALOGUE_ID);
    expect(referenceData.get(MEASURE_CATALOGUE_ID)).toBe(MEASURE_CATALOGUE);
    expect(sha256(MEASURE_CATALOGUE)).toBe(PUBLISHED_SHA256[MEASURE_CATALOGUE_ID]);
  });

  it('has at least 40 measures and at least 5 per theme', () => {
    expect(measures.length).toBeGreaterThanOrEqual(40);
    for (const theme of MEASURE_THEMES) expect(measures.filter((m) => m.theme === theme).length, theme).toBeGreaterThanOrEqual(5);
  });

  it('has unique ids of the form <theme>.<name>', () => {
    expect(new Set(measures.map((m) => m.id)).size).toBe(measures.length);
    for (const m of measures) expect(m.id, m.id).toMatch(new RegExp(`^${m.theme}\\.[a-z0-9]+(-[a-z0-9]+)*$`));
  });

  it.each(measures.map((m) => [m.id, m] as [string, Measure]))('%s is complete and consistent', (_id, m) => {
    expect(m.source.trim()).not.toBe('');
    for (const t of [m.title, m.description]) expect(t.nl.trim() && t.en.trim()).toBeTruthy();
    expect(m.sizeClasses.length).toBeGreaterThan(0);
    for (const s of m.sizeClasses) expect(SIZE_CLASSES).toContain(s);
    if (m.sectors !== 'all') {
      expect(m.sectors.length).toBeGreaterThan(0);
      for (const s of m.sectors) expect(SBI_SECTIONS.includes(s) || /^\d{2}$/.test(s), s).toBe(true);
    }
    expect(m.co2Effect.basis.trim()).not.toBe('');
    expect(m.costEffect.basis.trim()).not.toBe('');
    for (const r of [m.co2Effect.kgCO2ePerYear, m.co2Effect.percentOfTheme, m.costEffect.investmentEur, m.costEffect.paybackYears, m.costEffect.yearlySavingEur]) {
      expect(rangeOk(r)).toBe(true);
    }
    // A percentage must say which footprint theme it is a percentage of.
    if (m.co2Effect.percentOfTheme) expect(m.co2Effect.footprintTheme).toBeDefined();
    for (const s of m.iso26000 ?? []) expect(subjects.has(s), s).toBe(true);
    if (m.sourceUrl) expect(m.sourceUrl).toMatch(/^https?:\/\//);
  });

  it('gives every people and purchasing measure an ISO 26000 core subject (the recommender matches on them)', () => {
    for (const m of measures.filter((x) => x.theme === 'people' || x.theme === 'purchasing')) expect(m.iso26000?.length, m.id).toBeGreaterThan(0);
  });

  it('is deep-frozen', () => {
    const led = getMeasure('energy.led-lighting')!;
    expect(Object.isFrozen(MEASURE_CATALOGUE.measures)).toBe(true);
    expect(Object.isFrozen(led.co2Effect)).toBe(true);
    expect(() => {
      (led.co2Effect as { basis: string }).basis = 'x';
    }).toThrow(TypeError);
  });
});

describe('measureApplies', () => {
  const coldStore = getMeasure('energy.cold-store-doors')!; // sectors I, 10, 46, 47
  const rain = getMeasure('water.rainwater-use')!; // medium and large only

  it('matches on SBI section or two-digit division', () => {
    expect(measureApplies(coldStore, '56.10', 'small')).toBe(true); // restaurant, section I
    expect(measureApplies(coldStore, '4711', 'small')).toBe(true); // supermarket, division 47
    expect(measureApplies(coldStore, '45.20', 'small')).toBe(false); // car repair: section G but not 47
    expect(measureApplies(coldStore, '62.01', 'small')).toBe(false);
  });

  it('matches on size class and treats "all" sectors as any code', () => {
    expect(measureApplies(rain, '62.01', 'micro')).toBe(false);
    expect(measureApplies(rain, '62.01', 'medium')).toBe(true);
  });
});

describe('sbiSection', () => {
  it('maps divisions to sections', () => {
    expect(sbiSection('01.11')).toBe('A');
    expect(sbiSection('43.21')).toBe('F');
    expect(sbiSection('4321')).toBe('F');
    expect(sbiSection('47')).toBe('G');
    expect(sbiSection('56.10')).toBe('I');
    expect(sbiSection('86')).toBe('Q');
    expect(sbiSection('99')).toBe('U');
  });
  it('is undefined for codes outside SBI 2008', () => {
    expect(sbiSection('04')).toBeUndefined();
    expect(sbiSection('x1')).toBeUndefined();
  });
});
