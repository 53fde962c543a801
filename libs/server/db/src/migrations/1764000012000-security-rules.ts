import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14, items 5 and 6: rules that hold however people route around them.
 *
 * - `enrolment_adviser`: everyone who advised an enrolment and when, kept by a
 *   trigger on enrolment.adviser_user_id (insert and every change), so "never
 *   the company's own adviser" can ask about the whole track, not only today's
 *   adviser. Backfilled from the current value and from the audit log's earlier
 *   values of `adviserUserId`. Tenants read it (their partner's rows); only the
 *   trigger writes it.
 * - Mentor sign-off for a trainee adviser: a baseline a trainee reviewed waits
 *   (`pending_review_by/at`, status stays `submitted`) and a profile a trainee
 *   published stays a draft with `publish_requested_by/at`, until the mentor
 *   or a coordinator signs off (`signed_off_by/at`).
 * - `app_user.operator`: the platform's operator, above every partner (queue
 *   dashboard, metrics). koers_tenant may not insert or update that column:
 *   its table-wide insert and update grants become grants on the other columns.
 * - `membership_invitation`: an existing account joins another partner only by
 *   accepting; `koers_accept_membership_invitation(token_hash)` creates the
 *   membership for the signed-in user on the request's own connection.
 */
export class SecurityRules1764000012000 implements MigrationInterface {
  name = 'SecurityRules1764000012000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table enrolment_adviser (
        id uuid primary key,
        partner_id uuid not null constraint enrolment_adviser_partner_id_fkey references partner(id),
        enrolment_id uuid not null constraint enrolment_adviser_enrolment_id_fkey references enrolment(id) on delete cascade,
        user_id uuid not null constraint enrolment_adviser_user_id_fkey references app_user(id) on delete cascade,
        "from" timestamptz not null default now(),
        until timestamptz
      );
      create index enrolment_adviser_enrolment on enrolment_adviser (enrolment_id, user_id);
      grant select on enrolment_adviser to koers_tenant;
      alter table enrolment_adviser enable row level security;
      alter table enrolment_adviser force row level security;
      create policy tenant_isolation on enrolment_adviser for select to koers_tenant using (partner_id = koers_tenant_id());

      create function koers_record_enrolment_adviser() returns trigger
        language plpgsql security definer set search_path = public as $$
      begin
        if tg_op = 'UPDATE' and new.adviser_user_id is not distinct from old.adviser_user_id then
          return new;
        end if;
        if tg_op = 'UPDATE' then
          update enrolment_adviser set until = now() where enrolment_id = new.id and until is null;
        end if;
        if new.adviser_user_id is not null then
          insert into enrolment_adviser (id, partner_id, enrolment_id, user_id) values (gen_random_uuid(), new.partner_id, new.id, new.adviser_user_id);
        end if;
        return new;
      end
      $$;
      revoke all on function koers_record_enrolment_adviser() from public;
      create trigger enrolment_adviser_history after insert or update of adviser_user_id on enrolment
        for each row execute function koers_record_enrolment_adviser();

      -- Earlier advisers from the audit log (each write of adviserUserId, in order), then today's where none is open.
      insert into enrolment_adviser (id, partner_id, enrolment_id, user_id, "from", until)
      select gen_random_uuid(), e.partner_id, e.id, h.user_id, h.at, h.next_at
        from (
          select a.entity_id, (a.changes ->> 'adviserUserId')::uuid as user_id, a.at,
                 lead(a.at) over (partition by a.entity_id order by a.at, a.id) as next_at
            from audit_log a
           where a.entity in ('Enrolment', 'CohortParticipant') and a.changes ? 'adviserUserId'
             and a.entity_id ~ '^[0-9a-f-]{36}$'
        ) h
        join enrolment e on e.id::text = h.entity_id
       where h.user_id is not null and exists (select 1 from app_user u where u.id = h.user_id);
      insert into enrolment_adviser (id, partner_id, enrolment_id, user_id, "from")
      select gen_random_uuid(), e.partner_id, e.id, e.adviser_user_id, e.joined_at from enrolment e
       where e.adviser_user_id is not null
         and not exists (select 1 from enrolment_adviser x where x.enrolment_id = e.id and x.user_id = e.adviser_user_id and x.until is null);

      alter table baseline
        add column pending_review_by uuid constraint baseline_pending_review_by_fkey references app_user(id),
        add column pending_review_at timestamptz,
        add column signed_off_by uuid constraint baseline_signed_off_by_fkey references app_user(id),
        add column signed_off_at timestamptz,
        add constraint baseline_pending_review_check check (pending_review_by is null or status = 'submitted');
      alter table sustainability_profile
        add column publish_requested_by uuid constraint sustainability_profile_publish_requested_by_fkey references app_user(id),
        add column publish_requested_at timestamptz,
        add column signed_off_by uuid constraint sustainability_profile_signed_off_by_fkey references app_user(id),
        add column signed_off_at timestamptz,
        add constraint sustainability_profile_publish_requested_check check (publish_requested_by is null or status = 'draft');

      alter table app_user add column operator boolean not null default false;
      do $$
      declare cols text;
      begin
        select string_agg(quote_ident(column_name), ', ' order by ordinal_position) into cols
          from information_schema.columns where table_schema = 'public' and table_name = 'app_user' and column_name <> 'operator';
        execute 'revoke insert, update on app_user from koers_tenant';
        execute format('grant insert (%s), update (%s) on app_user to koers_tenant', cols, cols);
      end
      $$;

      create table membership_invitation (
        id uuid primary key,
        partner_id uuid not null constraint membership_invitation_partner_id_fkey references partner(id),
        user_id uuid not null constraint membership_invitation_user_id_fkey references app_user(id) on delete cascade,
        organisation_id uuid constraint membership_invitation_organisation_id_fkey references organisation(id),
        role varchar(16) not null constraint membership_invitation_role_check check (role in ('administrator', 'coordinator', 'adviser', 'analyst', 'participant')),
        token_hash varchar(64) not null,
        invited_by uuid constraint membership_invitation_invited_by_fkey references app_user(id),
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        accepted_at timestamptz,
        constraint membership_invitation_check check ((role = 'participant') = (organisation_id is not null))
      );
      create unique index membership_invitation_token on membership_invitation (token_hash);
      grant select, insert, update, delete on membership_invitation to koers_tenant;
      alter table membership_invitation enable row level security;
      alter table membership_invitation force row level security;
      create policy tenant_isolation on membership_invitation for all to koers_tenant
        using (partner_id = koers_tenant_id()) with check (partner_id = koers_tenant_id());

      -- The signed-in user accepts an open invitation made out to them: the membership (if not there already) and the audit row.
      create function koers_accept_membership_invitation(p_token_hash varchar) returns table (membership_id uuid, partner_id uuid)
        language plpgsql security definer set search_path = public as $$
      declare inv membership_invitation;
      declare found_id uuid;
      begin
        select * into inv from membership_invitation i
         where i.token_hash = p_token_hash and i.user_id = koers_user_id() and i.accepted_at is null and i.expires_at > now()
         for update;
        if not found then return; end if;
        select m.id into found_id from membership m
         where m.user_id = inv.user_id and m.partner_id = inv.partner_id and m.role = inv.role
           and m.organisation_id is not distinct from inv.organisation_id;
        if found_id is null then
          found_id := gen_random_uuid();
          insert into membership (id, user_id, partner_id, organisation_id, role) values (found_id, inv.user_id, inv.partner_id, inv.organisation_id, inv.role);
        end if;
        update membership_invitation set accepted_at = now() where id = inv.id;
        insert into audit_log (partner_id, actor_user_id, action, entity, entity_id, changes)
          values (inv.partner_id, inv.user_id, 'accept-invitation', 'Membership', found_id::text, jsonb_build_object('role', inv.role, 'invitationId', inv.id));
        return query select found_id, inv.partner_id;
      end
      $$;
      revoke all on function koers_accept_membership_invitation(varchar) from public;
      grant execute on function koers_accept_membership_invitation(varchar) to koers_tenant;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop function koers_accept_membership_invitation(varchar);
      drop table membership_invitation;
      revoke insert, update on app_user from koers_tenant;
      alter table app_user drop column operator;
      grant insert, update on app_user to koers_tenant;
      alter table sustainability_profile drop constraint sustainability_profile_publish_requested_check,
        drop column publish_requested_by, drop column publish_requested_at, drop column signed_off_by, drop column signed_off_at;
      alter table baseline drop constraint baseline_pending_review_check,
        drop column pending_review_by, drop column pending_review_at, drop column signed_off_by, drop column signed_off_at;
      drop trigger enrolment_adviser_history on enrolment;
      drop function koers_record_enrolment_adviser();
      drop table enrolment_adviser;
    `);
  }
}
