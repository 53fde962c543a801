import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The names of the partners and organisations of the signed-in user's own
 * memberships (the partner switcher shows every partner the person works for,
 * while row-level security shows only the active one). A security-definer
 * function limited to `koers_user_id()`, so the session answer reads them on
 * the request's own connection instead of asking the pool for a second one.
 */
export class MembershipNames1764000006500 implements MigrationInterface {
  name = 'MembershipNames1764000006500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create function koers_membership_names() returns table (membership_id uuid, partner_name varchar, organisation_name varchar)
        language sql stable security definer set search_path = public as $$
        select m.id, p.name, o.name from membership m join partner p on p.id = m.partner_id left join organisation o on o.id = m.organisation_id
        where m.user_id = koers_user_id()
      $$;
      revoke all on function koers_membership_names() from public;
      grant execute on function koers_membership_names() to koers_tenant;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop function koers_membership_names()');
  }
}
