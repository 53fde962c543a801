import { describe, expect, it } from 'vitest';
import { ISO26000_CORE_SUBJECTS, ISO26000_ISSUE_IDS } from './structure';

describe('ISO 26000 structure', () => {
  it('has the seven core subjects of clause 6 with 37 issues', () => {
    expect(ISO26000_CORE_SUBJECTS.map((s) => [s.clause, s.issues.length])).toEqual([
      ['6.2', 1], ['6.3', 8], ['6.4', 5], ['6.5', 4], ['6.6', 5], ['6.7', 7], ['6.8', 7],
    ]);
    expect(ISO26000_ISSUE_IDS).toHaveLength(37);
  });

  it('has unique ids and clauses, each issue under its subject clause, names in both languages', () => {
    expect(new Set(ISO26000_ISSUE_IDS).size).toBe(37);
    const clauses = ISO26000_CORE_SUBJECTS.flatMap((s) => s.issues.map((i) => i.clause));
    expect(new Set(clauses).size).toBe(37);
    for (const s of ISO26000_CORE_SUBJECTS) {
      for (const i of s.issues) {
        expect(i.id.startsWith(`${s.id}.`)).toBe(true);
        expect(i.clause.startsWith(`${s.clause}.`)).toBe(true);
        expect(i.name.nl.length * i.name.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(ISO26000_CORE_SUBJECTS[0]!.issues[0])).toBe(true);
  });
});
