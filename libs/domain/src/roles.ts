/** The roles a membership can carry. Code names are English; the UI shows Dutch labels. */
export const ROLES = ['administrator', 'coordinator', 'adviser', 'analyst', 'participant'] as const;
export type Role = (typeof ROLES)[number];

/** Staff roles act for a partner organisation; `participant` acts for its own company. */
export const STAFF_ROLES: readonly Role[] = ['administrator', 'coordinator', 'adviser', 'analyst'];

export const ROLE_LABELS: Record<Role, { nl: string; en: string }> = {
  administrator: { nl: 'Beheerder', en: 'Administrator' },
  coordinator: { nl: 'Coördinator', en: 'Coordinator' },
  adviser: { nl: 'Adviseur', en: 'Adviser' },
  analyst: { nl: 'Analist', en: 'Analyst' },
  participant: { nl: 'Deelnemer', en: 'Participant' },
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
