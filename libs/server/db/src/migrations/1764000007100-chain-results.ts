import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A chain project's computed figures for everyone in it: its calculation
 * inputs are filed under the lead organisation, and row-level security shows a
 * participant only its own organisation's results, so a chain partner saw
 * "niet berekend" for figures that exist. This security-definer function
 * answers the newest result of one of the project's subjects
 * (`flow-map:<map>:<variant>` of a map of the group, or `chain-project:<group>`),
 * only for a group of the current partner, and to a participant only when it
 * takes part in that group; it runs on the request's own connection.
 */
export class ChainResults1764000007100 implements MigrationInterface {
  name = 'ChainResults1764000007100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create function koers_chain_result(gid uuid, subj varchar) returns table (
        status varchar, output jsonb, error text, plugin_version varchar, reference_version varchar, reference_set varchar, computed_at timestamptz
      ) language sql stable security definer set search_path = public as $$
        select r.status, r.output, r.error, r.plugin_version, r.reference_version, r.reference_set, r.computed_at
        from calculation_input i
        join calculation_result r on r.input_id = i.id and r.input_hash = i.input_hash
        where i.subject = subj and i.partner_id = koers_tenant_id()
          and (subj = 'chain-project:' || gid::text
               or exists (select 1 from flow_map m where m.group_id = gid and subj like 'flow-map:' || m.id::text || ':%'))
          and exists (select 1 from programme_group g where g.id = gid and g.partner_id = koers_tenant_id() and g.step = 'chain')
          and (koers_participant_org() is null or exists (
            select 1 from enrolment me where me.group_id = gid and me.partner_id = koers_tenant_id()
              and me.organisation_id = koers_participant_org() and me.phase <> 'withdrawn'))
        order by i.submitted_at desc, r.created_at desc
        limit 1
      $$;
      revoke all on function koers_chain_result(uuid, varchar) from public;
      grant execute on function koers_chain_result(uuid, varchar) to koers_tenant;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop function koers_chain_result(uuid, varchar)');
  }
}
