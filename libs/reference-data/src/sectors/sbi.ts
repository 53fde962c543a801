/**
 * SBI 2008 sections (letters) by the two-digit division codes they cover
 * (CBS, Standaard Bedrijfsindeling). Measures name sections or divisions.
 */
const SECTION_RANGES: readonly [section: string, from: number, to: number][] = [
  ['A', 1, 3], ['B', 5, 9], ['C', 10, 33], ['D', 35, 35], ['E', 36, 39], ['F', 41, 43], ['G', 45, 47],
  ['H', 49, 53], ['I', 55, 56], ['J', 58, 63], ['K', 64, 66], ['L', 68, 68], ['M', 69, 75], ['N', 77, 82],
  ['O', 84, 84], ['P', 85, 85], ['Q', 86, 88], ['R', 90, 93], ['S', 94, 96], ['T', 97, 98], ['U', 99, 99],
];

export const SBI_SECTIONS: readonly string[] = Object.freeze(SECTION_RANGES.map(([s]) => s));

/** `43.21` or `4321` -> `43`; undefined when the code does not start with two digits. */
export function sbiDivision(code: string): string | undefined {
  return /^\d{2}/.exec(code.trim())?.[0];
}

/** The section letter for an SBI code, e.g. `43.21` -> `F`; undefined for codes outside SBI 2008. */
export function sbiSection(code: string): string | undefined {
  const division = sbiDivision(code);
  if (division === undefined) return undefined;
  const n = Number(division);
  return SECTION_RANGES.find(([, from, to]) => n >= from && n <= to)?.[0];
}
