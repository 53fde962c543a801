/**
 * Session kinds that belong to one participant (an enrolment), not to the whole
 * group: step 1's "Gesprek op locatie", the one-to-one talk at the company's
 * premises where the adviser discusses the baseline's outcome ("De uitkomsten
 * worden op locatie met de deelnemer doorgenomen en toegelicht", Zo werkt het
 * Koploperproject). Such a session names its participant; every other kind
 * does not. Only that participant and the group's staff see it.
 */
export const PARTICIPANT_SESSION_KINDS: readonly string[] = Object.freeze(['company_visit']);

export function isParticipantSessionKind(kind: string): boolean {
  return PARTICIPANT_SESSION_KINDS.includes(kind);
}

/** The agenda a company visit starts with; the adviser may change it. */
export const COMPANY_VISIT_AGENDA = Object.freeze({ nl: 'Bespreken uitkomst nulmeting', en: 'Discussing the outcome of the baseline' });

/** Where a talk at the company takes place when the planner leaves it open: the company, in its municipality when known. */
export function companyVisitLocation(org: { name: string; municipality: string | null }): string {
  return org.municipality ? `${org.name}, ${org.municipality}` : org.name;
}
