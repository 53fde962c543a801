import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A session may belong to one participant (issue 15 item 11): step 1's
 * "Gesprek op locatie", the adviser's talk at the company's premises where the
 * baseline's outcome is discussed. `programme_session.enrolment_id` names the
 * enrolment; null is a session of the whole group, as every existing row stays.
 *
 * Row-level security: restrictive policies on top of the group's. A participant
 * sees a session tied to an enrolment only when that enrolment is its own
 * organisation's, and the decisions and actions (session_item) only of sessions
 * it sees; staff are not affected. Attendance rows are per organisation already.
 */
export class SessionEnrolment1764000022000 implements MigrationInterface {
  name = 'SessionEnrolment1764000022000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table programme_session add column enrolment_id uuid constraint programme_session_enrolment_id_fkey references enrolment(id) on delete cascade;
      create index programme_session_enrolment on programme_session (enrolment_id);
      create policy own_participant_session on programme_session as restrictive for all to koers_tenant
        using (enrolment_id is null or koers_participant_org() is null
               or exists (select 1 from enrolment e where e.id = programme_session.enrolment_id and e.organisation_id = koers_participant_org()))
        with check (enrolment_id is null or koers_participant_org() is null
               or exists (select 1 from enrolment e where e.id = programme_session.enrolment_id and e.organisation_id = koers_participant_org()));
      create policy own_participant_session on session_item as restrictive for all to koers_tenant
        using (koers_participant_org() is null or exists (select 1 from programme_session s where s.id = session_item.session_id))
        with check (koers_participant_org() is null or exists (select 1 from programme_session s where s.id = session_item.session_id));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop policy own_participant_session on session_item;
      drop policy own_participant_session on programme_session;
      drop index programme_session_enrolment;
      alter table programme_session drop column enrolment_id;
    `);
  }
}
