import { MASTERCLASS_AUDIENCES } from '@koers/domain';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { referenceData } from '../reference-data';
import { SBI_DIVISION_NAMES, SBI_SECTION_NAMES, sbiDivisionName } from '../sectors/sbi-names';
import { SBI_SECTIONS, sbiSection } from '../sectors/sbi';
import { CE_MODULES_ID, CE_MODULES_V1, INNOVATION_FIELDS, INNOVATION_FIELDS_ID, R_LADDER, R_LADDER_ID } from './modules';
import { CE_SECTORS_ID, CE_SECTORS_V1, ceSectorFor } from './sectors';
import { CE_TRANSITION_AGENDAS, R_LADDER_STEPS } from './types';

// Same canonical JSON as the measures spec: sorted keys, so the hash does not depend on key order.
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}
const sha256 = (v: unknown) => createHash('sha256').update(canonical(v)).digest('hex');
/** A failure here means the published table was edited in place: saved scans name this id; put changes in ce.sectors.v2. */
const PUBLISHED_SHA256 = '494077a6404f442a61ea131e43ecf4ac2a5b72cf1505e0836a156f4fd9c9482f';

const bilingualOk = (t: { nl: string; en: string }) => t.nl.trim() !== '' && t.en.trim() !== '';

describe('CE-suitable sectors', () => {
  it('is published under its versioned id', () => {
    expect(referenceData.get(CE_SECTORS_ID)).toBe(CE_SECTORS_V1);
    expect(Object.isFrozen(CE_SECTORS_V1[0])).toBe(true);
    expect(sha256(CE_SECTORS_V1)).toBe(PUBLISHED_SHA256);
  });

  it('has one entry per division', () => {
    expect(new Set(CE_SECTORS_V1.map((s) => s.division)).size).toBe(CE_SECTORS_V1.length);
  });

  it('covers every transition agenda and the sectors the brief names', () => {
    for (const agenda of CE_TRANSITION_AGENDAS) expect(CE_SECTORS_V1.some((s) => s.agenda === agenda), agenda).toBe(true);
    // construction, food and agri, plastics, metal, textiles, furniture, automotive, waste and recycling
    for (const division of ['41', '43', '01', '10', '22', '25', '13', '31', '29', '38']) expect(ceSectorFor(division)?.weight, division).toBe(3);
  });

  it.each(CE_SECTORS_V1.map((s) => [s.division, s] as const))('%s has a weight, names, a section and a source and rationale', (_d, s) => {
    expect(s.division).toMatch(/^\d{2}$/);
    expect([1, 2, 3]).toContain(s.weight);
    expect(s.section).toBe(sbiSection(s.division));
    expect(bilingualOk(s.name)).toBe(true);
    expect(s.name).toEqual(SBI_DIVISION_NAMES[s.division]);
    expect(CE_TRANSITION_AGENDAS).toContain(s.agenda);
    expect(s.source.trim().length).toBeGreaterThan(10);
    expect(s.rationale.trim().length).toBeGreaterThan(10);
  });

  it('finds the entry for a full SBI code, and none for a division outside the table', () => {
    expect(ceSectorFor('43.21')?.division).toBe('43');
    expect(ceSectorFor('4321')?.division).toBe('43');
    expect(ceSectorFor('62.01')).toBeUndefined();
    expect(ceSectorFor('x')).toBeUndefined();
  });
});

describe('SBI names', () => {
  it('names every section and every division, and each division lies in a section', () => {
    for (const s of SBI_SECTIONS) expect(bilingualOk(SBI_SECTION_NAMES[s]), s).toBe(true);
    for (const [d, name] of Object.entries(SBI_DIVISION_NAMES)) {
      expect(sbiSection(d), d).toBeDefined();
      expect(bilingualOk(name), d).toBe(true);
    }
    expect(sbiDivisionName('43.21')?.en).toBe('Specialised construction activities');
    expect(sbiDivisionName('00')).toBeUndefined();
  });
});

describe('masterclass modules, R-ladder and innovation fields', () => {
  it('are published under their ids', () => {
    expect(referenceData.get(CE_MODULES_ID)).toBe(CE_MODULES_V1);
    expect(referenceData.get(R_LADDER_ID)).toBe(R_LADDER);
    expect(referenceData.get(INNOVATION_FIELDS_ID)).toBe(INNOVATION_FIELDS);
  });

  it('modules have unique ids, both names and valid audiences, and include the contract\'s minimum', () => {
    expect(new Set(CE_MODULES_V1.map((m) => m.id)).size).toBe(CE_MODULES_V1.length);
    for (const m of CE_MODULES_V1) {
      expect(m.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(bilingualOk(m.name) && bilingualOk(m.description), m.id).toBe(true);
      expect(m.audiences.length, m.id).toBeGreaterThan(0);
      for (const a of m.audiences) expect(MASTERCLASS_AUDIENCES).toContain(a);
    }
    for (const id of ['ce-basics', 'r-ladder', 'business-models', 'design-for-recovery', 'return-logistics', 'chain-cooperation', 'financing']) {
      expect(CE_MODULES_V1.map((m) => m.id)).toContain(id);
    }
    for (const a of MASTERCLASS_AUDIENCES) expect(CE_MODULES_V1.some((m) => m.audiences.includes(a)), a).toBe(true);
  });

  it('the R-ladder runs R0 Refuse to R9 Recover, in order', () => {
    expect(R_LADDER.map((r) => r.id)).toEqual([...R_LADDER_STEPS]);
    expect(R_LADDER[0].name.en).toBe('Refuse');
    expect(R_LADDER[9].name.en).toBe('Recover');
    for (const r of R_LADDER) expect(bilingualOk(r.name) && bilingualOk(r.description) && r.source !== '', r.id).toBe(true);
  });

  it('innovation fields have unique ids and both names', () => {
    expect(new Set(INNOVATION_FIELDS.map((f) => f.id)).size).toBe(INNOVATION_FIELDS.length);
    for (const f of INNOVATION_FIELDS) expect(bilingualOk(f.name) && bilingualOk(f.description), f.id).toBe(true);
    for (const id of ['material-choice', 'product-design', 'business-model', 'return-logistics', 'chain-cooperation', 'energy', 'water']) {
      expect(INNOVATION_FIELDS.map((f) => f.id)).toContain(id);
    }
  });
});
