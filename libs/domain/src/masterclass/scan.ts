import { sizeClassForEmployees, type SizeClass } from '../organisation';
import type { Bilingual } from '../text';
import type { MasterclassAudience } from './audience';

/**
 * The region scan of step 2: which companies in a region are the best
 * candidates for a CE masterclass, and why. Pure and deterministic: the same
 * inputs give the same list, in the same order, with the same explanation.
 */

/** Where a candidate comes from: an organisation the partner may see, or a company imported from a list. */
export const SCAN_SOURCES = ['participant', 'alumnus', 'consent', 'imported'] as const;
export type ScanSource = (typeof SCAN_SOURCES)[number];

export interface ScanInterest {
  /** Enrolled in a Koploper group (step 1), in any phase. */
  tookPartInStep1: boolean;
  /** Finished step 1: an enrolment in phase `alumni`. */
  alumnus: boolean;
  /** Came to a session (an attendance record) of any programme group. */
  attendedSession: boolean;
  /** The coordinator marked the company as interested (asked for it, showed interest). */
  markedByCoordinator: boolean;
}

export interface ScanCandidateFacts {
  /** `organisation:<uuid>` or `imported:<uuid>`: unique, the last tie-breaker. */
  key: string;
  name: string;
  kvkNumber: string | null;
  sbiCode: string | null;
  municipality: string | null;
  sizeClass: SizeClass | null;
  employees: number | null;
  source: ScanSource;
  interest: ScanInterest;
}

/** One CE-suitable SBI division: the reference table's entry as the ranking needs it. */
export interface ScanSectorWeight {
  division: string;
  weight: number;
  name: Bilingual;
}

export type ScanReasonCode = 'sector' | 'size' | 'interest';
export interface ScanReason {
  code: ScanReasonCode;
  points: number;
  text: Bilingual;
}

export interface ScanCandidate extends Omit<ScanCandidateFacts, 'interest'> {
  /** The sum of the reasons' points. */
  score: number;
  reasons: ScanReason[];
}

/** The points, as in docs/masterclass-api.md. */
export const SCAN_POINTS = Object.freeze({
  /** Per unit of sector weight (0-3). */
  sectorPerWeight: 10,
  sizeFit: 10,
  /** Medium-sized company for a masterclass for large companies. */
  sizeNear: 5,
  tookPartInStep1: 10,
  alumnus: 5,
  attendedSession: 5,
  markedByCoordinator: 10,
});

const SIZE_NAMES: Record<SizeClass, Bilingual> = {
  micro: { nl: 'micro (minder dan 10 medewerkers)', en: 'micro (fewer than 10 employees)' },
  small: { nl: 'klein (10-49 medewerkers)', en: 'small (10-49 employees)' },
  medium: { nl: 'middelgroot (50-249 medewerkers)', en: 'medium (50-249 employees)' },
  large: { nl: 'groot (250 of meer medewerkers)', en: 'large (250 or more employees)' },
};
const AUDIENCE_NAMES: Record<MasterclassAudience, Bilingual> = {
  sme: { nl: 'het mkb', en: 'SMEs' },
  large: { nl: 'grote ondernemingen', en: 'large companies' },
};

/** The two-digit SBI division of a code (`43.21` -> `43`), or null. */
export function scanDivision(sbiCode: string | null): string | null {
  return sbiCode === null ? null : (/^\d{2}/.exec(sbiCode.trim())?.[0] ?? null);
}

/** The size class of a candidate: as given, else from its employees, else null. */
export function effectiveSizeClass(c: Pick<ScanCandidateFacts, 'sizeClass' | 'employees'>): SizeClass | null {
  if (c.sizeClass !== null) return c.sizeClass;
  if (c.employees !== null && Number.isFinite(c.employees) && c.employees >= 0) return sizeClassForEmployees(c.employees);
  return null;
}

function sectorReason(c: ScanCandidateFacts, sectors: readonly ScanSectorWeight[]): ScanReason {
  const division = scanDivision(c.sbiCode);
  if (division === null) {
    return { code: 'sector', points: 0, text: { nl: 'Sector onbekend (geen SBI-code)', en: 'Sector unknown (no SBI code)' } };
  }
  const sector = sectors.find((s) => s.division === division);
  if (!sector || sector.weight <= 0) {
    return { code: 'sector', points: 0, text: { nl: `SBI ${division} staat niet in de tabel van CE-geschikte sectoren`, en: `SBI ${division} is not in the table of CE-suitable sectors` } };
  }
  const points = sector.weight * SCAN_POINTS.sectorPerWeight;
  return {
    code: 'sector',
    points,
    text: { nl: `CE-geschikte sector: ${sector.name.nl} (SBI ${division}, gewicht ${sector.weight})`, en: `CE-suitable sector: ${sector.name.en} (SBI ${division}, weight ${sector.weight})` },
  };
}

function sizeReason(c: ScanCandidateFacts, audience: MasterclassAudience): ScanReason {
  const size = effectiveSizeClass(c);
  const a = AUDIENCE_NAMES[audience];
  if (size === null) return { code: 'size', points: 0, text: { nl: 'Grootte onbekend', en: 'Size unknown' } };
  const s = SIZE_NAMES[size];
  const fits = audience === 'sme' ? size !== 'large' : size === 'large';
  const near = audience === 'large' && size === 'medium';
  const points = fits ? SCAN_POINTS.sizeFit : near ? SCAN_POINTS.sizeNear : 0;
  const verdict = fits ? { nl: 'past bij', en: 'fits' } : near ? { nl: 'ligt dicht bij', en: 'is close to' } : { nl: 'past niet bij', en: 'does not fit' };
  return { code: 'size', points, text: { nl: `Grootte ${s.nl} ${verdict.nl} een masterclass voor ${a.nl}`, en: `Size ${s.en} ${verdict.en} a masterclass for ${a.en}` } };
}

function interestReasons(c: ScanCandidateFacts): ScanReason[] {
  const reasons: ScanReason[] = [];
  const i = c.interest;
  if (i.tookPartInStep1) reasons.push({ code: 'interest', points: SCAN_POINTS.tookPartInStep1, text: { nl: 'Deed mee aan het Koploperprogramma (stap 1)', en: 'Took part in the Koploper programme (step 1)' } });
  if (i.alumnus) reasons.push({ code: 'interest', points: SCAN_POINTS.alumnus, text: { nl: 'Koploper-alumnus', en: 'Koploper alumnus' } });
  if (i.attendedSession) reasons.push({ code: 'interest', points: SCAN_POINTS.attendedSession, text: { nl: 'Was bij een bijeenkomst', en: 'Came to a session' } });
  if (i.markedByCoordinator) reasons.push({ code: 'interest', points: SCAN_POINTS.markedByCoordinator, text: { nl: 'Door de coördinator gemarkeerd als geïnteresseerd', en: 'Marked as interested by the coordinator' } });
  if (reasons.length === 0) reasons.push({ code: 'interest', points: 0, text: { nl: 'Nog geen interesse getoond', en: 'No interest shown yet' } });
  return reasons;
}

const nameKey = (name: string) => name.trim().toLocaleLowerCase('nl');
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Score first (high to low), then name (case-insensitive), then KvK number (absent last), then key. */
export function compareScanCandidates(a: ScanCandidate, b: ScanCandidate): number {
  return (
    b.score - a.score ||
    cmp(nameKey(a.name), nameKey(b.name)) ||
    cmp(a.name, b.name) ||
    (a.kvkNumber === b.kvkNumber ? 0 : a.kvkNumber === null ? 1 : b.kvkNumber === null ? -1 : cmp(a.kvkNumber, b.kvkNumber)) ||
    cmp(a.key, b.key)
  );
}

/** Ranks the candidates for a masterclass audience; every candidate explained, the score the sum of its reasons' points. */
export function rankScanCandidates(candidates: readonly ScanCandidateFacts[], audience: MasterclassAudience, sectors: readonly ScanSectorWeight[]): ScanCandidate[] {
  return candidates
    .map((c): ScanCandidate => {
      const reasons = [sectorReason(c, sectors), sizeReason(c, audience), ...interestReasons(c)];
      const { interest: _interest, ...facts } = c;
      return { ...facts, score: reasons.reduce((sum, r) => sum + r.points, 0), reasons };
    })
    .sort(compareScanCandidates);
}

export interface SectorCount {
  sbiSection: string;
  sbiDivision: string;
  name: Bilingual;
  organisations: number;
  /** The sum of the known employee numbers; null when none is known. */
  employees: number | null;
  /** The CE weight of the division, null when it is not in the CE table. */
  ceWeight: number | null;
}

/** What the counting needs to know of a division: its section letter and name (reference data). */
export type DivisionLookup = (division: string) => { section: string; name: Bilingual } | undefined;

/**
 * The dominant sectors: organisations and known employees per SBI division
 * (each row names its section), most organisations first, then most
 * employees, then division code. Companies without a known division are not counted.
 */
export function countSectors(
  companies: readonly Pick<ScanCandidateFacts, 'sbiCode' | 'employees'>[],
  lookup: DivisionLookup,
  sectors: readonly ScanSectorWeight[],
): SectorCount[] {
  const rows = new Map<string, SectorCount>();
  for (const c of companies) {
    const division = scanDivision(c.sbiCode);
    const info = division === null ? undefined : lookup(division);
    if (division === null || info === undefined) continue;
    let row = rows.get(division);
    if (!row) {
      const weight = sectors.find((s) => s.division === division)?.weight;
      row = { sbiSection: info.section, sbiDivision: division, name: info.name, organisations: 0, employees: null, ceWeight: weight ?? null };
      rows.set(division, row);
    }
    row.organisations += 1;
    if (c.employees !== null && Number.isFinite(c.employees)) row.employees = (row.employees ?? 0) + c.employees;
  }
  return [...rows.values()].sort((a, b) => b.organisations - a.organisations || (b.employees ?? 0) - (a.employees ?? 0) || cmp(a.sbiDivision, b.sbiDivision));
}
