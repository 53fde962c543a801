import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Knowledge sharing and the showcase (issue 13 item 8), and the public
 * application to join the alliance.
 *
 * - `knowledge_item`: what a CSR platform's members share (documents and
 *   materials of meetings and masterclasses, links), with tags. Read by the
 *   platform's members only: the staff of the partner that keeps the platform,
 *   of every partner that is a member of it (csr_platform_member.member_partner_id),
 *   and of the secretariat (koers_platform_member). Written by a member for its
 *   own partner; changed (its document) and removed by the author's partner or
 *   the secretariat.
 * - `showcase`: an example project or measure of a participating company (what
 *   it did, the measured effect with figures naming their source, a contact),
 *   kept by a member partner that sees the company. Read by the platform's
 *   members like the knowledge; shown publicly only while the company's consent
 *   of part `showcase` to the keeping partner is active: the existing consent
 *   table (granted and withdrawn only by the company's own users), whose part
 *   check gains `showcase`. The public page reads past row-level security with
 *   that join, so a withdrawal takes the showcase off at once.
 * - `alliance_application`: a visitor's application to join the alliance as a
 *   partner, made without an account; read and decided only by the secretariat
 *   (koers_alliance_secretariat()). Accepting makes the partner (its
 *   alliance_partner row by the existing trigger), the applicant's administrator
 *   membership and, when asked, the platform membership, in one transaction.
 */
const STAFF = `koers_participant_org() is null`;
const KEEPER = `${STAFF} and (partner_id = koers_tenant_id() or koers_alliance_secretariat())`;

export class AllianceKnowledge1764000015000 implements MigrationInterface {
  name = 'AllianceKnowledge1764000015000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table consent drop constraint consent_part_check;
      alter table consent add constraint consent_part_check
        check (part in ('organisation', 'profile_footprint', 'action_plan', 'certificate', 'masterclass_outcome', 'chain_results', 'showcase'));

      -- The current partner's staff take part in the platform: they keep it, their partner is a member, or they are the secretariat.
      create function koers_platform_member(pid uuid) returns boolean language sql stable security definer set search_path = public as $$
        select koers_tenant_id() is not null and koers_participant_org() is null and (
          exists (select 1 from alliance_partner a where a.partner_id = koers_tenant_id() and a.secretariat)
          or exists (select 1 from csr_platform p where p.id = pid and p.partner_id = koers_tenant_id())
          or exists (select 1 from csr_platform_member m where m.platform_id = pid and m.member_partner_id = koers_tenant_id()))
      $$;
      revoke all on function koers_platform_member(uuid) from public;
      grant execute on function koers_platform_member(uuid) to koers_tenant;

      create table knowledge_item (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        platform_id uuid not null references csr_platform(id) on delete cascade,
        kind varchar(32) not null constraint knowledge_item_kind_check check (kind in ('meeting_material', 'masterclass_material', 'document', 'link')),
        title varchar(200) not null,
        summary text not null default '',
        url varchar(2000),
        file_id uuid references stored_file(id) on delete set null,
        tags jsonb not null default '[]' constraint knowledge_item_tags_check check (jsonb_typeof(tags) = 'array'),
        author_user_id uuid references app_user(id) on delete set null,
        author_name varchar(200) not null,
        published_on date not null,
        created_at timestamptz not null default now()
      );
      create index knowledge_item_platform on knowledge_item (platform_id, published_on);

      create table showcase (
        id uuid primary key,
        partner_id uuid not null references partner(id),
        platform_id uuid not null references csr_platform(id) on delete cascade,
        organisation_id uuid not null references organisation(id) on delete cascade,
        title varchar(200) not null,
        measure text not null,
        effect text not null default '',
        figures jsonb not null default '[]' constraint showcase_figures_check check (jsonb_typeof(figures) = 'array'),
        contact_name varchar(200) not null,
        contact_email varchar(254),
        contact_phone varchar(40),
        created_by uuid references app_user(id) on delete set null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index showcase_platform on showcase (platform_id);
      create index showcase_organisation on showcase (organisation_id, partner_id);

      create table alliance_application (
        id uuid primary key,
        organisation_name varchar(200) not null,
        kind varchar(32) not null constraint alliance_application_kind_check
          check (kind in ('bank', 'environmental_federation', 'consultancy', 'csr_platform', 'government', 'school', 'employers_organisation', 'other')),
        website varchar(2000),
        contact_name varchar(200) not null,
        email varchar(254) not null constraint alliance_application_email_check check (email = lower(email)),
        phone varchar(40),
        motivation text not null,
        platform_id uuid references csr_platform(id) on delete set null,
        status varchar(16) not null default 'pending' constraint alliance_application_status_check check (status in ('pending', 'accepted', 'declined')),
        reason text,
        decided_by uuid references app_user(id) on delete set null,
        decided_at timestamptz,
        partner_id uuid references partner(id) on delete set null,
        account_user_id uuid references app_user(id) on delete set null,
        account_created boolean not null default false,
        mailed_at timestamptz,
        created_at timestamptz not null default now(),
        constraint alliance_application_decision check ((status = 'pending') = (decided_at is null)),
        constraint alliance_application_reason check (status <> 'declined' or reason is not null),
        constraint alliance_application_partner check ((status = 'accepted') = (partner_id is not null))
      );
      create index alliance_application_status on alliance_application (status, created_at);

      grant select, insert, update, delete on knowledge_item to koers_tenant;
      alter table knowledge_item enable row level security;
      alter table knowledge_item force row level security;
      create policy read on knowledge_item for select to koers_tenant using (koers_platform_member(platform_id));
      create policy member_insert on knowledge_item for insert to koers_tenant
        with check (partner_id = koers_tenant_id() and koers_platform_member(platform_id));
      create policy keeper_update on knowledge_item for update to koers_tenant using (${KEEPER}) with check (${KEEPER});
      create policy keeper_delete on knowledge_item for delete to koers_tenant using (${KEEPER});

      grant select, insert, update, delete on showcase to koers_tenant;
      alter table showcase enable row level security;
      alter table showcase force row level security;
      create policy read on showcase for select to koers_tenant using (koers_platform_member(platform_id));
      create policy member_insert on showcase for insert to koers_tenant
        with check (partner_id = koers_tenant_id() and koers_platform_member(platform_id) and koers_org_visible(organisation_id));
      create policy keeper_update on showcase for update to koers_tenant using (${KEEPER}) with check (${KEEPER});
      create policy keeper_delete on showcase for delete to koers_tenant using (${KEEPER});

      -- Made by the public form (no tenant: the API's system connection); the secretariat reads and decides.
      grant select, update on alliance_application to koers_tenant;
      alter table alliance_application enable row level security;
      alter table alliance_application force row level security;
      create policy secretariat_read on alliance_application for select to koers_tenant using (${STAFF} and koers_alliance_secretariat());
      create policy secretariat_update on alliance_application for update to koers_tenant
        using (${STAFF} and koers_alliance_secretariat()) with check (${STAFF} and koers_alliance_secretariat());
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop table alliance_application, showcase, knowledge_item;
      drop function koers_platform_member(uuid);
      update consent set revoked_at = coalesce(revoked_at, now()) where part = 'showcase';
      delete from consent where part = 'showcase';
      alter table consent drop constraint consent_part_check;
      alter table consent add constraint consent_part_check
        check (part in ('organisation', 'profile_footprint', 'action_plan', 'certificate', 'masterclass_outcome', 'chain_results'));
    `);
  }
}
