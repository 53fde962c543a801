import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Materials of a group (a masterclass's slides, a design session's notes):
 * stored files owned by the group, of no one company. A participant reads them
 * while it takes part in that group; only staff write them (with check as before).
 */
const OWN_ORG = `partner_id = koers_tenant_id() and (koers_participant_org() is null or organisation_id = koers_participant_org())`;

export class GroupMaterials1764000006300 implements MigrationInterface {
  name = 'GroupMaterials1764000006300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      drop policy tenant_isolation on stored_file;
      create policy tenant_isolation on stored_file for all to koers_tenant
        using (${OWN_ORG} or (partner_id = koers_tenant_id() and organisation_id is null and purpose = 'group_material' and exists (
          select 1 from enrolment e where e.group_id = stored_file.owner_id and e.organisation_id = koers_participant_org() and e.phase <> 'withdrawn')))
        with check (${OWN_ORG});
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop policy tenant_isolation on stored_file;
      create policy tenant_isolation on stored_file for all to koers_tenant using (${OWN_ORG}) with check (${OWN_ORG});
    `);
  }
}
