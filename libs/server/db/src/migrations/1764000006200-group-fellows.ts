import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The companies of one group by name, for its own participants: row-level
 * security shows a participant only its own enrolment, but people who sit in
 * one masterclass or chain project name each other (a shared opportunity, a
 * chain partner). A security-definer function answers only names, only for a
 * group of the current partner, and to a participant only when it takes part
 * in that group; it runs on the request's own connection.
 */
export class GroupFellows1764000006200 implements MigrationInterface {
  name = 'GroupFellows1764000006200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create function koers_group_fellows(gid uuid) returns table (enrolment_id uuid, organisation_name varchar)
        language sql stable security definer set search_path = public as $$
        select e.id, o.name from enrolment e join organisation o on o.id = e.organisation_id
        where e.group_id = gid and e.partner_id = koers_tenant_id() and e.phase <> 'withdrawn'
          and (koers_participant_org() is null or exists (
            select 1 from enrolment me where me.group_id = gid and me.partner_id = koers_tenant_id()
              and me.organisation_id = koers_participant_org() and me.phase <> 'withdrawn'))
        order by e.joined_at, e.id
      $$;
      revoke all on function koers_group_fellows(uuid) from public;
      grant execute on function koers_group_fellows(uuid) to koers_tenant;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop function koers_group_fellows(uuid)');
  }
}
