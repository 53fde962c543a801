import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The programme core: step 1's tables become the ones every step shares, and
 * what is the Koploper track's own moves to tables of its own. Tables are
 * renamed in place (rows, keys and foreign keys stay); step-1 columns move
 * with `insert ... select` before they are dropped. Policies are made anew
 * under the new names; on rows about one company `with check` now equals
 * `using`, so a participant can write only its own organisation's rows.
 */
const OWN_ORG = `partner_id = koers_tenant_id() and (koers_participant_org() is null or organisation_id = koers_participant_org())`;
const STAFF_ONLY = `partner_id = koers_tenant_id() and koers_participant_org() is null`;
const inOwnGroup = (table: string) => `partner_id = koers_tenant_id() and (koers_participant_org() is null or exists (
  select 1 from enrolment e where e.group_id = ${table}.group_id and e.organisation_id = koers_participant_org()))`;

/** table -> [using, with check] */
const POLICIES: Record<string, [string, string]> = {
  programme_group: [
    `partner_id = koers_tenant_id() and (koers_participant_org() is null or exists (
      select 1 from enrolment e where e.group_id = programme_group.id and e.organisation_id = koers_participant_org()))`,
    STAFF_ONLY,
  ],
  enrolment: [OWN_ORG, OWN_ORG],
  group_staff: [inOwnGroup('group_staff'), STAFF_ONLY],
  group_invitation: [STAFF_ONLY, STAFF_ONLY],
  programme_session: [inOwnGroup('programme_session'), STAFF_ONLY],
  session_attendance: [OWN_ORG, OWN_ORG],
  koploper_cohort: [inOwnGroup('koploper_cohort'), STAFF_ONLY],
  koploper_enrolment: [OWN_ORG, OWN_ORG],
  // Step 1's own rows about one company: with check equal to using.
  baseline: [OWN_ORG, OWN_ORG],
  stored_file: [OWN_ORG, OWN_ORG],
  sustainability_profile: [OWN_ORG, OWN_ORG],
  action_plan_item: [OWN_ORG, OWN_ORG],
  communication_submission: [OWN_ORG, OWN_ORG],
  csr_certificate: [OWN_ORG, OWN_ORG],
  jury_member: [STAFF_ONLY, STAFF_ONLY],
  jury_score: [STAFF_ONLY, STAFF_ONLY],
  alumni_invitation: [STAFF_ONLY, STAFF_ONLY],
};

export class ProgrammeCore1764000005000 implements MigrationInterface {
  name = 'ProgrammeCore1764000005000';

  async up(q: QueryRunner): Promise<void> {
    // Old policies refer to the old names; they are replaced below.
    for (const table of ['cohort', 'cohort_participant', 'cohort_adviser', 'cohort_invitation', 'meeting', 'meeting_attendance', ...Object.keys(POLICIES).filter((t) => !t.startsWith('koploper_') && !['programme_group', 'enrolment', 'group_staff', 'group_invitation', 'programme_session', 'session_attendance'].includes(t))]) {
      await q.query(`drop policy if exists tenant_isolation on ${table}`);
    }
    await q.query(`
      -- Groups of every step.
      alter table cohort rename to programme_group;
      alter table programme_group add column step varchar(32) not null default 'koploper' check (step in ('koploper', 'masterclass', 'chain'));
      alter table programme_group alter column step drop default;
      create index programme_group_partner_step on programme_group (partner_id, step);

      alter table cohort_participant rename to enrolment;
      alter table enrolment rename column cohort_id to group_id;
      -- Phases are the step's (its definition checks them), not a fixed list in the database.
      alter table enrolment drop constraint if exists cohort_participant_phase_check;
      alter table enrolment alter column phase type varchar(32);
      alter table enrolment add constraint enrolment_phase_format check (phase ~ '^[a-z_]{1,32}$');
      alter table enrolment add column role varchar(16) not null default 'participant' check (role in ('participant', 'lead', 'chain_partner'));
      alter table enrolment add column withdrawn_reason text;
      alter table enrolment rename constraint cohort_participant_cohort_id_organisation_id_key to enrolment_group_id_organisation_id_key;

      -- Step 1's own: the cohort's municipality and prize winner, the participant's MVO-visie.
      create table koploper_cohort (
        group_id uuid primary key references programme_group(id) on delete cascade,
        partner_id uuid not null references partner(id),
        municipality varchar(100) not null,
        prize_winner_enrolment_id uuid references enrolment(id)
      );
      insert into koploper_cohort (group_id, partner_id, municipality, prize_winner_enrolment_id)
        select id, partner_id, municipality, prize_winner_participant_id from programme_group;
      alter table programme_group drop column municipality, drop column prize_winner_participant_id;

      create table koploper_enrolment (
        enrolment_id uuid primary key references enrolment(id) on delete cascade,
        partner_id uuid not null references partner(id),
        organisation_id uuid not null references organisation(id),
        csr_vision text not null default '',
        csr_vision_updated_at timestamptz
      );
      insert into koploper_enrolment (enrolment_id, partner_id, organisation_id, csr_vision, csr_vision_updated_at)
        select e.id, e.partner_id, e.organisation_id, e.csr_vision, e.csr_vision_updated_at from enrolment e join programme_group g on g.id = e.group_id where g.step = 'koploper';
      alter table enrolment drop column csr_vision, drop column csr_vision_updated_at;

      -- Staff on a group: users of the partner by role, or outside specialists who are not users.
      alter table cohort_adviser rename to group_staff;
      alter table group_staff rename column cohort_id to group_id;
      alter table group_staff add column role varchar(16) not null default 'adviser' check (role in ('adviser', 'coach', 'speaker', 'specialist'));
      alter table group_staff alter column role drop default;
      alter table group_staff alter column user_id drop not null;
      alter table group_staff
        add column external_name varchar(200),
        add column external_organisation varchar(200),
        add column external_email varchar(254),
        add column contribution text not null default '',
        add constraint group_staff_person check ((user_id is null) <> (external_name is null));
      alter table group_staff rename constraint cohort_adviser_cohort_id_user_id_key to group_staff_group_id_user_id_key;

      -- Invitations: resent (a new token; the old one stops working) and withdrawn.
      alter table cohort_invitation rename to group_invitation;
      alter table group_invitation rename column cohort_id to group_id;
      alter table group_invitation rename column participant_id to enrolment_id;
      alter table group_invitation
        add column withdrawn_at timestamptz,
        add column sent_count int not null default 1 check (sent_count >= 1),
        add column last_sent_at timestamptz;
      update group_invitation set last_sent_at = created_at;
      alter table group_invitation alter column last_sent_at set not null, alter column last_sent_at set default now();

      -- Sessions of every step: kinds are the step's.
      alter table meeting rename to programme_session;
      alter table programme_session rename column cohort_id to group_id;
      alter table programme_session drop constraint if exists meeting_kind_check;
      alter table programme_session alter column kind type varchar(32);
      alter table programme_session add constraint programme_session_kind_format check (kind ~ '^[a-z_]{1,32}$');
      alter table programme_session add column ends_at timestamptz, add constraint programme_session_ends_after check (ends_at is null or ends_at > starts_at);

      alter table meeting_attendance rename to session_attendance;
      alter table session_attendance rename column meeting_id to session_id;
      alter table session_attendance rename column participant_id to enrolment_id;

      -- Stored files of every step: the purpose is the owner's kind of file.
      alter table stored_file drop constraint if exists stored_file_purpose_check;
      alter table stored_file add constraint stored_file_purpose_format check (purpose ~ '^[a-z_]{1,32}$');

      -- Koploper rows keep their name for the enrolment (participant_id); the prize's jury belongs to a cohort.
      alter table jury_member rename column cohort_id to group_id;
    `);
    for (const [table, [using, check]] of Object.entries(POLICIES)) {
      await q.query(`
        grant select, insert, update, delete on ${table} to koers_tenant;
        alter table ${table} enable row level security;
        alter table ${table} force row level security;
        drop policy if exists tenant_isolation on ${table};
        create policy tenant_isolation on ${table} for all to koers_tenant using (${using}) with check (${check});
      `);
    }
  }

  async down(): Promise<void> {
    throw new Error('ProgrammeCore1764000005000 moves rows into new tables; restore a backup to go back');
  }
}
