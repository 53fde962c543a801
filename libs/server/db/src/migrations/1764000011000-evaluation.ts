import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The evaluation survey after every track and the evaluation runs.
 *
 * - evaluation_question: questions a partner adds to the core questionnaire (reference data).
 * - evaluation_survey: one per closed group, naming the questionnaire version and a copy of the
 *   partner's questions as they were when the group closed.
 * - evaluation_invitation: one per participant user of a finished enrolment and survey.
 * - evaluation_link: the single-use links mailed (first mail and reminder); only a SHA-256 of the
 *   random token is stored.
 * - evaluation_response: the answers, once per invitation (its primary key).
 * - evaluation_run: one evaluation.programme computation of a partner's figures, computed by the worker.
 *
 * Row-level security: every row belongs to the partner that ran the group; only its staff (not its
 * participants) read or write them. The public survey page reads and writes by token in the system
 * context (no session), through the service.
 */
const STAFF_ONLY = `partner_id = koers_tenant_id() and koers_participant_org() is null`;
const TABLES = ['evaluation_question', 'evaluation_survey', 'evaluation_invitation', 'evaluation_link', 'evaluation_response', 'evaluation_run'];

export class Evaluation1764000011000 implements MigrationInterface {
  name = 'Evaluation1764000011000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table evaluation_question (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        key varchar(64) not null constraint evaluation_question_key_check check (key ~ '^partner\\.[a-z0-9-]+$'),
        text_nl varchar(300) not null,
        text_en varchar(300) not null,
        created_by uuid references app_user(id),
        created_at timestamptz not null default now(),
        retired_at timestamptz,
        constraint evaluation_question_partner_key unique (partner_id, key)
      );
      create table evaluation_survey (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        group_id uuid not null references programme_group(id) on delete cascade,
        questionnaire_id varchar(64) not null,
        partner_items jsonb not null default '[]',
        remind_after_days smallint not null default 7 constraint evaluation_survey_remind_check check (remind_after_days between 1 and 60),
        expires_at timestamptz not null,
        created_at timestamptz not null default now(),
        constraint evaluation_survey_group_key unique (group_id)
      );
      create table evaluation_invitation (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        survey_id uuid not null references evaluation_survey(id) on delete cascade,
        enrolment_id uuid not null references enrolment(id) on delete cascade,
        organisation_id uuid not null references organisation(id),
        user_id uuid not null references app_user(id),
        email varchar(320) not null,
        sent_at timestamptz,
        reminded_at timestamptz,
        answered_at timestamptz,
        created_at timestamptz not null default now(),
        constraint evaluation_invitation_survey_user_key unique (survey_id, user_id)
      );
      create table evaluation_link (
        token_hash char(64) primary key,
        partner_id uuid not null references partner(id),
        invitation_id uuid not null references evaluation_invitation(id) on delete cascade,
        created_at timestamptz not null default now()
      );
      create index evaluation_link_invitation on evaluation_link (invitation_id);
      create table evaluation_response (
        invitation_id uuid primary key references evaluation_invitation(id) on delete cascade,
        partner_id uuid not null references partner(id),
        survey_id uuid not null references evaluation_survey(id) on delete cascade,
        answers jsonb not null constraint evaluation_response_answers_check check (jsonb_typeof(answers) = 'array'),
        answered_at timestamptz not null default now()
      );
      create index evaluation_response_survey on evaluation_response (survey_id);
      create table evaluation_run (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        plugin_id varchar(100) not null,
        plugin_version varchar(32) not null,
        questionnaire_id varchar(64) not null,
        input jsonb not null,
        input_hash char(64) not null,
        status varchar(16) not null default 'pending' constraint evaluation_run_status_check check (status in ('pending', 'succeeded', 'failed')),
        output jsonb,
        error text,
        requested_by uuid references app_user(id),
        created_at timestamptz not null default now(),
        computed_at timestamptz,
        constraint evaluation_run_input_key unique (partner_id, plugin_version, input_hash)
      );
    `);
    for (const t of TABLES) {
      await q.query(`
        grant select, insert, update on ${t} to koers_tenant;
        alter table ${t} enable row level security;
        alter table ${t} force row level security;
        create policy tenant_isolation on ${t} for all to koers_tenant using (${STAFF_ONLY}) with check (${STAFF_ONLY});
      `);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table evaluation_run, evaluation_response, evaluation_link, evaluation_invitation, evaluation_survey, evaluation_question`);
  }
}
