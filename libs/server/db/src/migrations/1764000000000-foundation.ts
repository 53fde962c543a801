import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The core schema: tenants (partner), participant organisations, identity,
 * audit log, and the row-level security that is the second wall behind the
 * scoped data access in Db.inTenant (which runs as role koers_tenant).
 */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table partner (
        id uuid primary key default gen_random_uuid(),
        slug varchar(64) not null unique,
        name varchar(200) not null,
        settings jsonb not null default '{}',
        created_at timestamptz not null default now()
      );
      create table organisation (
        id uuid primary key,
        name varchar(200) not null,
        kind varchar(32) not null check (kind in ('company', 'municipality', 'care_institution', 'other')),
        kvk_number varchar(8) unique check (kvk_number ~ '^[0-9]{8}$'),
        sbi_code varchar(8),
        size_class varchar(16) check (size_class in ('micro', 'small', 'medium', 'large')),
        municipality varchar(100),
        region varchar(100),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      -- Deferred so the participation that makes a new organisation visible
      -- can be written before the organisation itself (RLS on RETURNING).
      create table participation (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        organisation_id uuid not null references organisation(id) on delete cascade deferrable initially deferred,
        step varchar(16) not null check (step in ('koploper', 'masterclass', 'chain')),
        started_at timestamptz not null default now(),
        ended_at timestamptz
      );
      create index participation_active on participation (partner_id, organisation_id) where ended_at is null;
      create table consent (
        id uuid primary key,
        organisation_id uuid not null references organisation(id) on delete cascade,
        partner_id uuid not null references partner(id),
        granted_by_user_id uuid,
        granted_at timestamptz not null default now(),
        revoked_at timestamptz
      );
      create index consent_active on consent (partner_id, organisation_id) where revoked_at is null;
      create table app_user (
        id uuid primary key,
        email varchar(254) not null check (email = lower(email)),
        name varchar(200) not null,
        password_hash text not null,
        locale varchar(2) not null default 'nl' check (locale in ('nl', 'en')),
        disabled_at timestamptz,
        created_at timestamptz not null default now()
      );
      create unique index app_user_email on app_user (email);
      create table membership (
        id uuid primary key,
        user_id uuid not null references app_user(id) on delete cascade deferrable initially deferred,
        partner_id uuid not null references partner(id),
        organisation_id uuid references organisation(id),
        role varchar(16) not null check (role in ('administrator', 'coordinator', 'adviser', 'analyst', 'participant')),
        created_at timestamptz not null default now(),
        check ((role = 'participant') = (organisation_id is not null))
      );
      create unique index membership_unique on membership (user_id, partner_id, role, coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'));
      create table session (
        id uuid primary key,
        token_hash char(64) not null unique,
        user_id uuid not null references app_user(id) on delete cascade,
        active_membership_id uuid references membership(id) on delete set null,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null
      );
      create table password_reset (
        id uuid primary key,
        user_id uuid not null references app_user(id) on delete cascade,
        token_hash char(64) not null unique,
        expires_at timestamptz not null,
        used_at timestamptz,
        created_at timestamptz not null default now()
      );
      create table audit_log (
        id bigserial primary key,
        at timestamptz not null default now(),
        partner_id uuid,
        actor_user_id uuid,
        action varchar(32) not null,
        entity varchar(64) not null,
        entity_id varchar(64),
        changes jsonb,
        request_id varchar(64)
      );
      create index audit_log_partner_at on audit_log (partner_id, at desc);
    `);

    // The role every tenant-scoped transaction switches to (SET LOCAL ROLE).
    await q.query(`
      do $$ begin
        if not exists (select 1 from pg_roles where rolname = 'koers_tenant') then
          create role koers_tenant nologin;
        end if;
      end $$;
    `);
    await q.query(`
      do $$ begin
        if not pg_has_role(current_user, 'koers_tenant', 'member') then
          execute format('grant koers_tenant to %I', current_user);
        end if;
      end $$;
    `);
    await q.query(`
      grant usage on schema public to koers_tenant;
      grant select on partner to koers_tenant;
      grant select, insert, update, delete on organisation, participation, consent, membership to koers_tenant;
      grant select, insert, update on app_user to koers_tenant;
      grant select, insert on audit_log to koers_tenant;
      grant usage on sequence audit_log_id_seq to koers_tenant;
      -- session and password_reset: no grant; only the system context touches them.

      create function koers_tenant_id() returns uuid language sql stable
        as $$ select nullif(current_setting('app.partner_id', true), '')::uuid $$;
      create function koers_user_id() returns uuid language sql stable
        as $$ select nullif(current_setting('app.user_id', true), '')::uuid $$;
      create function koers_participant_org() returns uuid language sql stable
        as $$ select nullif(current_setting('app.organisation_id', true), '')::uuid $$;
      -- Visible to the current partner while it takes part in its programme or has consented;
      -- a participant sees only its own organisation.
      create function koers_org_visible(org uuid) returns boolean language sql stable as $$
        select (koers_participant_org() is null or org = koers_participant_org())
          and (exists (select 1 from participation p where p.organisation_id = org and p.partner_id = koers_tenant_id() and p.ended_at is null)
            or exists (select 1 from consent c where c.organisation_id = org and c.partner_id = koers_tenant_id() and c.revoked_at is null))
      $$;
    `);
    for (const table of ['partner', 'organisation', 'participation', 'consent', 'app_user', 'membership', 'audit_log', 'session', 'password_reset']) {
      await q.query(`alter table ${table} enable row level security; alter table ${table} force row level security;`);
    }
    await q.query(`
      create policy tenant_isolation on partner for select to koers_tenant using (id = koers_tenant_id());
      create policy tenant_isolation on participation for all to koers_tenant
        using (partner_id = koers_tenant_id()) with check (partner_id = koers_tenant_id());
      create policy tenant_isolation on consent for all to koers_tenant
        using (partner_id = koers_tenant_id() or organisation_id = koers_participant_org())
        with check (partner_id = koers_tenant_id() or organisation_id = koers_participant_org());
      create policy visible on organisation for select to koers_tenant using (koers_org_visible(id));
      create policy insert_any on organisation for insert to koers_tenant with check (true);
      create policy update_visible on organisation for update to koers_tenant using (koers_org_visible(id)) with check (koers_org_visible(id));
      create policy delete_visible on organisation for delete to koers_tenant using (koers_org_visible(id));
      create policy tenant_isolation on membership for all to koers_tenant
        using (partner_id = koers_tenant_id()) with check (partner_id = koers_tenant_id());
      create policy visible on app_user for select to koers_tenant
        using (id = koers_user_id() or exists (select 1 from membership m where m.user_id = app_user.id and m.partner_id = koers_tenant_id()));
      create policy insert_any on app_user for insert to koers_tenant with check (true);
      create policy update_visible on app_user for update to koers_tenant
        using (id = koers_user_id() or exists (select 1 from membership m where m.user_id = app_user.id and m.partner_id = koers_tenant_id()));
      create policy tenant_isolation on audit_log for all to koers_tenant
        using (partner_id = koers_tenant_id()) with check (partner_id = koers_tenant_id());
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop table audit_log, password_reset, session, membership, app_user, consent, participation, organisation, partner cascade;
      drop function koers_org_visible(uuid), koers_participant_org(), koers_user_id(), koers_tenant_id();
    `);
  }
}
