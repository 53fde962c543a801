import { ForbiddenError } from '@koers/server-db';
import type { EntityManager } from 'typeorm';

/**
 * The platform's operator: a flag on the account (app_user.operator, migration
 * 1764000012000), above every partner and outside tenancy. Set only by the
 * operator CLI or the demo seed; koers_tenant may not write the column, so no
 * partner's administrator can grant it through the API. It opens the platform's
 * own endpoints (queue dashboard, metrics) and no partner's rows.
 */
export async function isOperator(em: EntityManager, userId: string): Promise<boolean> {
  const rows: { operator: boolean }[] = await em.query('select operator from app_user where id = $1 and disabled_at is null', [userId]);
  return rows[0]?.operator === true;
}

export function operatorRefusal(): ForbiddenError {
  return new ForbiddenError(
    { nl: "Dit is voor de beheerder van het platform (operator), niet voor de beheerder van een partner", en: "This is for the platform's operator, not for a partner's administrator" },
    { code: 'forbidden.operator' },
  );
}
