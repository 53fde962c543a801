import { describe, expect, it } from 'vitest';
import { countSectors, rankScanCandidates, type ScanCandidateFacts, type ScanInterest, type ScanSectorWeight } from './scan';

const SECTORS: ScanSectorWeight[] = [
  { division: '41', weight: 3, name: { nl: 'Bouw', en: 'Construction' } },
  { division: '10', weight: 2, name: { nl: 'Voeding', en: 'Food' } },
  { division: '47', weight: 1, name: { nl: 'Winkels', en: 'Retail' } },
];
const NONE: ScanInterest = { tookPartInStep1: false, alumnus: false, attendedSession: false, markedByCoordinator: false };

let n = 0;
function cand(p: Partial<ScanCandidateFacts> & { name: string }): ScanCandidateFacts {
  n += 1;
  return { key: `imported:${String(n).padStart(4, '0')}`, kvkNumber: null, sbiCode: null, municipality: 'Assen', sizeClass: null, employees: null, source: 'imported', ...p, interest: { ...NONE, ...p.interest } };
}

const bouw = cand({ name: 'Bouwbedrijf Assen', kvkNumber: '01000001', sbiCode: '41.20', sizeClass: 'small', source: 'participant', interest: { ...NONE, tookPartInStep1: true } });
const kaas = cand({ name: 'Kaasmakerij Drenthe', kvkNumber: '01000002', sbiCode: '1051', employees: 60, source: 'alumnus', interest: { ...NONE, tookPartInStep1: true, alumnus: true } });
const ict = cand({ name: 'ICT Noord', kvkNumber: '01000003', sbiCode: '62.01', sizeClass: 'micro', interest: { ...NONE, markedByCoordinator: true } });
const groot = cand({ name: 'Groot Bouw', kvkNumber: '01000004', sbiCode: '41', sizeClass: 'large' });
const onbekend = cand({ name: 'Onbekend bv' });

describe('rankScanCandidates', () => {
  it('scores by hand: sector weight x 10, size fit, interest', () => {
    const ranked = rankScanCandidates([ict, onbekend, groot, kaas, bouw], 'sme', SECTORS);
    // bouw: 3x10 + small fits sme 10 + step 1 10 = 50
    // kaas: 2x10 + medium (60 employees) fits sme 10 + step 1 10 + alumnus 5 = 45
    // groot: 3x10 + large does not fit sme 0 + no interest 0 = 30
    // ict: 62 not CE 0 + micro 10 + marked 10 = 20
    // onbekend: 0 + size unknown 0 + 0 = 0
    expect(ranked.map((c) => [c.name, c.score])).toEqual([
      ['Bouwbedrijf Assen', 50], ['Kaasmakerij Drenthe', 45], ['Groot Bouw', 30], ['ICT Noord', 20], ['Onbekend bv', 0],
    ]);
    const k = ranked[1];
    expect(k.reasons.map((r) => [r.code, r.points])).toEqual([['sector', 20], ['size', 10], ['interest', 10], ['interest', 5]]);
    expect(k.reasons[0].text.en).toContain('SBI 10, weight 2');
    expect(k.reasons[1].text.en).toContain('medium');
    for (const c of ranked) expect(c.reasons.reduce((s, r) => s + r.points, 0)).toBe(c.score);
    expect(ranked[4].reasons.map((r) => r.text.en)).toEqual(['Sector unknown (no SBI code)', 'Size unknown', 'No interest shown yet']);
    expect(ranked[0]).not.toHaveProperty('interest');
  });

  it('the large audience: large 10, medium 5, small 0', () => {
    const ranked = rankScanCandidates([bouw, kaas, groot], 'large', SECTORS);
    // groot 30 + 10 = 40; kaas 20 + 5 + 15 = 40; bouw 30 + 0 + 10 = 40: all tie, so by name
    expect(ranked.map((c) => [c.name, c.score])).toEqual([['Bouwbedrijf Assen', 40], ['Groot Bouw', 40], ['Kaasmakerij Drenthe', 40]]);
    expect(ranked.find((c) => c.name === 'Kaasmakerij Drenthe')?.reasons[1]).toMatchObject({ code: 'size', points: 5 });
  });

  it('attending a session counts 5 and each interest fact is its own reason', () => {
    const c = cand({ name: 'X', sbiCode: '47.11', sizeClass: 'micro', interest: { tookPartInStep1: true, alumnus: true, attendedSession: true, markedByCoordinator: true } });
    const [r] = rankScanCandidates([c], 'sme', SECTORS);
    expect(r.reasons.map((x) => x.points)).toEqual([10, 10, 10, 5, 5, 10]);
    expect(r.score).toBe(50);
  });

  it('breaks ties by name (case-insensitive), then KvK number (absent last), and gives the same order for any input order', () => {
    const a = cand({ name: 'beta', kvkNumber: '20000000' });
    const b = cand({ name: 'Alfa', kvkNumber: '30000000' });
    const c = cand({ name: 'Alfa', kvkNumber: '10000000' });
    const d = cand({ name: 'Alfa', kvkNumber: null });
    const expected = [c.key, b.key, d.key, a.key];
    expect(rankScanCandidates([a, b, c, d], 'sme', SECTORS).map((x) => x.key)).toEqual(expected);
    expect(rankScanCandidates([d, c, b, a], 'sme', SECTORS).map((x) => x.key)).toEqual(expected);
    expect(rankScanCandidates([b, d, a, c], 'sme', SECTORS)).toEqual(rankScanCandidates([a, b, c, d], 'sme', SECTORS));
  });
});

describe('countSectors', () => {
  const lookup = (d: string) => ({ '41': { section: 'F', name: { nl: 'Bouw', en: 'Construction' } }, '10': { section: 'C', name: { nl: 'Voeding', en: 'Food' } }, '62': { section: 'J', name: { nl: 'IT', en: 'IT' } } })[d];

  it('counts organisations and known employees per division, most organisations first', () => {
    const rows = countSectors(
      [
        { sbiCode: '41.20', employees: 12 }, { sbiCode: '4120', employees: null }, { sbiCode: '43', employees: 5 },
        { sbiCode: '10.51', employees: 60 }, { sbiCode: '62.01', employees: null }, { sbiCode: null, employees: 3 }, { sbiCode: '41', employees: 8 },
      ],
      lookup,
      SECTORS,
    );
    // 43 has no name in this lookup and is left out, as is the company without a code
    expect(rows).toEqual([
      { sbiSection: 'F', sbiDivision: '41', name: { nl: 'Bouw', en: 'Construction' }, organisations: 3, employees: 20, ceWeight: 3 },
      { sbiSection: 'C', sbiDivision: '10', name: { nl: 'Voeding', en: 'Food' }, organisations: 1, employees: 60, ceWeight: 2 },
      { sbiSection: 'J', sbiDivision: '62', name: { nl: 'IT', en: 'IT' }, organisations: 1, employees: null, ceWeight: null },
    ]);
  });
});
