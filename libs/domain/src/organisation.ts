/** Kinds of participant organisation (deelnemer). */
export const ORGANISATION_KINDS = ['company', 'municipality', 'care_institution', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * Size classes as used by CBS and the EU SME definition (employees):
 * micro < 10, small < 50, medium < 250, large >= 250.
 */
export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export function sizeClassForEmployees(employees: number): SizeClass {
  if (!Number.isFinite(employees) || employees < 0) throw new RangeError(`employees must be a non-negative number, got ${employees}`);
  if (employees < 10) return 'micro';
  if (employees < 50) return 'small';
  if (employees < 250) return 'medium';
  return 'large';
}

/** The three steps of the programme; a company may enter at any of them. */
export const PROGRAMME_STEPS = ['koploper', 'masterclass', 'chain'] as const;
export type ProgrammeStep = (typeof PROGRAMME_STEPS)[number];

/** KvK (Dutch Chamber of Commerce) numbers have exactly eight digits. */
export const KVK_NUMBER_PATTERN = /^\d{8}$/;
/** SBI codes (Standaard Bedrijfsindeling): 2 to 5 digits, optionally dotted (e.g. 43.21 or 4321). */
export const SBI_CODE_PATTERN = /^\d{2}(\.?\d{1,3})?$/;
