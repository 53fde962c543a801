import { ROLE_LABELS, type Bilingual, type Role } from '@koers/domain';
import { ForbiddenError, Refusal } from '@koers/server-db';

/** No (valid) session, or a sign-in that failed; the API answers 401. */
export class UnauthenticatedError extends Refusal {
  readonly status = 401;
  constructor(code = 'unauthenticated', text: Bilingual = { nl: 'U bent niet aangemeld', en: 'You are not signed in' }) {
    super(code, text);
  }
}

/**
 * The 403 of a route that needs one of `roles` (@Roles): code `forbidden.role`,
 * the roles as params, and each text naming them in its own language
 * ("Deze actie vraagt de rol coördinator of beheerder" / "This action needs the role coordinator or administrator").
 */
export function roleRefusal(roles: readonly Role[]): ForbiddenError {
  return new ForbiddenError(
    { nl: `Deze actie vraagt de rol ${roleList(roles, 'nl')}`, en: `This action needs the role ${roleList(roles, 'en')}` },
    { code: 'forbidden.role', params: { roles: [...roles] } },
  );
}

/** A role's name inside a sentence, in that sentence's language ("adviseur" / "adviser"). */
export function roleName(role: Role, lang: 'nl' | 'en'): string {
  return ROLE_LABELS[role][lang].toLocaleLowerCase(lang);
}

/** "coördinator", "coördinator of beheerder", "adviseur, coördinator of beheerder" (and the English with "or"). */
export function roleList(roles: readonly Role[], lang: 'nl' | 'en'): string {
  const names = roles.map((r) => roleName(r, lang));
  const or = lang === 'nl' ? 'of' : 'or';
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${or} ${names[names.length - 1]}`;
}
