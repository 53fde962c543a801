import { ROLE_LABELS, ROLES, STAFF_ROLES, type Role } from '@koers/domain';
import type { Language } from '@koers/web-ui';

export { ROLES, STAFF_ROLES, type Role };

/** A role as people read it: "Coördinator", never the code. */
export const roleLabel = (role: string, lang: Language): string => ROLE_LABELS[role as Role]?.[lang] ?? role;
