import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import { AuditLog, BadInputError, ConflictError, Db, Membership, MembershipInvitation, Organisation, User } from '@koers/server-db';
import type { FastifyReply } from 'fastify';
import { CreateUserDto, hashPassword, MailService, PageQueryDto, roleName, Roles } from '@koers/server-auth';
import { AdminMemberListView, AdminMemberView, AuditEntryView, AuditPageView, AuditQueryDto, ChangeMemberRoleDto } from './admin.dto';
import { randomBytes } from 'node:crypto';
import { In } from 'typeorm';
import { MEMBERSHIP_INVITATION_DAYS, sha256Hex } from './membership-invitations';

/** The most of one changed value, or of all of an entry's changes, an audit answer carries (bytes of JSON). */
export const AUDIT_ANSWER_VALUE_BYTES = 4000;
export const AUDIT_ANSWER_CHANGES_BYTES = 16000;
const omitted = (v: string) => `jsonb_build_object('omitted', 'too_large', 'sizeBytes', octet_length(${v}::text))`;
const CAPPED_CHANGES = `case
    when changes is null or octet_length(changes::text) <= ${AUDIT_ANSWER_CHANGES_BYTES} then changes
    when jsonb_typeof(changes) = 'object' then (
      select jsonb_object_agg(key, case when octet_length(value::text) <= ${AUDIT_ANSWER_VALUE_BYTES} then value else ${omitted('value')} end) from jsonb_each(changes))
    else ${omitted('changes')}
  end`;

class CreatedMemberView {
  @ApiProperty() userId!: string;
  @ApiProperty() membershipId!: string;
  @ApiProperty() email!: string;
  @ApiProperty() role!: string;
  @ApiProperty({ type: String, nullable: true }) organisationId!: string | null;
}

class InvitedMemberView {
  @ApiProperty({ enum: [true] }) invited!: true;
  @ApiProperty() email!: string;
  @ApiProperty() role!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) organisationId!: string | null;
  @ApiProperty({ type: 'object', properties: { nl: { type: 'string' }, en: { type: 'string' } }, description: 'What happens next, to show the administrator' })
  text!: { nl: string; en: string };
}

/** The partner's people: administrators list them and add new members. */
@ApiTags('users')
@Controller()
export class UsersController {
  constructor(
    private readonly db: Db,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('users')
  @Roles('administrator')
  @ApiOperation({ summary: "List the partner's members (one row per membership), with the organisation a participant acts for" })
  @ApiOkResponse({ type: AdminMemberListView })
  async list(@Query() q: PageQueryDto): Promise<AdminMemberListView> {
    const [memberships, total] = await this.db.em.findAndCount(Membership, { order: { createdAt: 'ASC', id: 'ASC' }, skip: (q.page - 1) * q.pageSize, take: q.pageSize });
    const users = memberships.length ? await this.db.em.find(User, { where: { id: In([...new Set(memberships.map((m) => m.userId))]) } }) : [];
    const orgIds = [...new Set(memberships.map((m) => m.organisationId).filter((id): id is string => !!id))];
    const orgs = orgIds.length ? await this.db.em.find(Organisation, { where: { id: In(orgIds) }, select: { id: true, name: true } }) : [];
    return {
      items: memberships.map((m) => this.memberView(m, users.find((x) => x.id === m.userId), orgs.find((o) => o.id === m.organisationId)?.name ?? null)),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  private memberView(m: Membership, u: User | undefined, organisationName: string | null): AdminMemberView {
    return {
      membershipId: m.id, userId: m.userId, email: u?.email ?? '', name: u?.name ?? '', role: m.role, organisationId: m.organisationId, organisationName,
      createdAt: m.createdAt.toISOString(), disabled: !!u?.disabledAt,
    };
  }

  /**
   * Another role for one membership of this partner. Staff roles change among themselves; a participant acts for an
   * organisation, so staff never become participants here (nor back): add the other membership instead. One's own
   * membership is not changed here, so a partner always keeps the administrator who made the change.
   */
  @Patch('users/memberships/:membershipId')
  @Roles('administrator')
  @ApiOperation({ summary: 'Change the role of one membership of the partner (staff roles among themselves); audited as role_change with the old and new role' })
  @ApiOkResponse({ type: AdminMemberView })
  @ApiNotFoundResponse({ description: 'No membership of this partner has that id' })
  @ApiConflictResponse({ description: 'Your own membership (`membership.own`), or the person has the new role already (`user.role_exists`)' })
  async changeRole(@Param('membershipId') membershipId: string, @Body() body: ChangeMemberRoleDto): Promise<AdminMemberView> {
    const tenant = this.db.tenant;
    const m = await this.db.findOwned(Membership, membershipId);
    const user = await this.db.em.findOne(User, { where: { id: m.userId } });
    const org = m.organisationId ? await this.db.em.findOne(Organisation, { where: { id: m.organisationId }, select: { id: true, name: true } }) : null;
    const view = () => this.memberView(m, user ?? undefined, org?.name ?? null);
    this.refuseOwn(m);
    if (body.role === m.role) return view();
    if ((body.role === 'participant') !== (m.role === 'participant')) {
      throw new BadInputError(
        'role',
        m.role === 'participant'
          ? { nl: 'Een deelnemer handelt voor een bedrijf en wordt hier geen medewerker: voeg de persoon als medewerker toe', en: 'A participant acts for a company and does not become staff here: add the person as staff instead' }
          : { nl: 'Een medewerker wordt hier geen deelnemer (een deelnemer hoort bij een bedrijf): voeg de persoon als deelnemer toe', en: 'Staff do not become participants here (a participant acts for a company): add the person as a participant instead' },
        { code: 'membership.role_kind', params: { from: m.role, to: body.role } },
      );
    }
    if (await this.db.em.exists(Membership, { where: { userId: m.userId, partnerId: tenant.partnerId, role: body.role } })) {
      throw new ConflictError(
        { nl: `Deze persoon heeft de rol ${roleName(body.role, 'nl')} al`, en: `This person already has the role ${roleName(body.role, 'en')}` },
        { code: 'user.role_exists', field: 'role', params: { role: body.role } },
      );
    }
    const from = m.role;
    await this.db.em.createQueryBuilder().update(Membership).set({ role: body.role }).where('id = :id', { id: m.id }).callListeners(false).execute();
    await this.db.em.insert(AuditLog, {
      partnerId: tenant.partnerId, actorUserId: tenant.userId, action: 'role_change', entity: 'Membership', entityId: m.id,
      changes: { email: user?.email ?? null, role: { from, to: body.role } } as never,
    });
    m.role = body.role;
    return view();
  }

  /** Ends one membership of this partner (the account itself stays: it may work for other partners). */
  @Delete('users/memberships/:membershipId')
  @Roles('administrator')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove one membership from the partner (the account stays; its sessions in this role end); audited as remove' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiNotFoundResponse({ description: 'No membership of this partner has that id' })
  @ApiConflictResponse({ description: 'Your own membership (`membership.own`)' })
  async remove(@Param('membershipId') membershipId: string): Promise<void> {
    const tenant = this.db.tenant;
    const m = await this.db.findOwned(Membership, membershipId);
    this.refuseOwn(m);
    const user = await this.db.em.findOne(User, { where: { id: m.userId } });
    await this.db.em.createQueryBuilder().delete().from(Membership).where('id = :id', { id: m.id }).callListeners(false).execute();
    await this.db.em.insert(AuditLog, {
      partnerId: tenant.partnerId, actorUserId: tenant.userId, action: 'remove', entity: 'Membership', entityId: m.id,
      changes: { email: user?.email ?? null, role: m.role, organisationId: m.organisationId } as never,
    });
  }

  private refuseOwn(m: Membership) {
    if (m.userId === this.db.tenant.userId) {
      throw new ConflictError(
        { nl: 'Uw eigen rol wijzigt of verwijdert u hier niet: laat een andere beheerder dat doen', en: 'You do not change or remove your own role here: ask another administrator' },
        { code: 'membership.own', field: 'membershipId' },
      );
    }
  }

  @Post('users')
  @Roles('administrator')
  @ApiOperation({ summary: 'Add a member to the partner: a new account is made and told by e-mail; an existing account is only invited (202) and joins when that person accepts' })
  @ApiCreatedResponse({ type: CreatedMemberView, description: 'The new account and its membership' })
  @ApiAcceptedResponse({ type: InvitedMemberView, description: 'The e-mail address has an account: an invitation was sent, and the membership is made when that person accepts it while signed in' })
  @ApiNotFoundResponse({ description: 'The organisationId is not an organisation of this partner (code `not_found`)' })
  async create(@Body() body: CreateUserDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<CreatedMemberView | InvitedMemberView> {
    const tenant = this.db.tenant;
    if (body.role === 'participant' && !body.organisationId) {
      throw new BadInputError('organisationId', { nl: 'Een deelnemer hoort bij een organisatie: geef organisationId', en: 'A participant acts for an organisation: give organisationId' }, { code: 'user.organisation_required', params: { role: body.role } });
    }
    if (body.role !== 'participant' && body.organisationId) {
      throw new BadInputError(
        'organisationId',
        { nl: `Medewerkers (rol ${roleName(body.role, 'nl')}) horen niet bij een organisatie: laat organisationId weg`, en: `Staff (role ${roleName(body.role, 'en')}) do not act for an organisation: leave out organisationId` },
        { code: 'user.organisation_not_allowed', params: { role: body.role } },
      );
    }
    if (body.organisationId) await this.db.findOwned(Organisation, body.organisationId);
    const email = body.email.trim().toLowerCase();
    // Accounts are global (one person, several partners): look the email up outside the tenant.
    const existing = await this.db.system((em) => em.findOne(User, { where: { email } }));
    const userId = existing?.id ?? this.db.newId();
    const membership = this.db.em.create(Membership, { id: this.db.newId(), userId, partnerId: tenant.partnerId, organisationId: body.organisationId ?? null, role: body.role });
    const duplicate = existing && (await this.db.em.findOne(Membership, { where: { userId, role: body.role, partnerId: tenant.partnerId } }));
    if (duplicate) {
      throw new ConflictError(
        { nl: `Deze persoon heeft de rol ${roleName(body.role, 'nl')} al`, en: `This person already has the role ${roleName(body.role, 'en')}` },
        { code: 'user.role_exists', field: 'email', params: { role: body.role } },
      );
    }
    // Someone who already works for this partner gets the role at once; any other existing account only an invitation.
    if (existing && !(await this.db.em.exists(Membership, { where: { userId, partnerId: tenant.partnerId } }))) return this.invite(existing, body, email, reply);
    if (existing) {
      await this.db.em.insert(Membership, membership);
      await this.db.em.insert(AuditLog, { partnerId: tenant.partnerId, actorUserId: tenant.userId, action: 'invite', entity: 'User', entityId: userId, changes: { email, role: body.role } });
      return { userId, membershipId: membership.id, email, role: body.role, organisationId: membership.organisationId };
    }
    // Membership first: its deferred foreign key lets the new user row be visible under RLS when it is inserted.
    await this.db.em.insert(Membership, membership);
    const passwordHash = await hashPassword(randomBytes(24).toString('base64url'));
    await this.db.em.insert(User, { id: userId, email, name: body.name, passwordHash, locale: 'nl' });
    await this.db.em.insert(AuditLog, { partnerId: tenant.partnerId, actorUserId: tenant.userId, action: 'invite', entity: 'User', entityId: userId, changes: { email, role: body.role } });
    await this.mail.send({
      to: email,
      subject: 'Uitnodiging voor Koers / invitation to Koers',
      text: `U bent toegevoegd aan Koers als ${body.role}. Stel uw wachtwoord in via "wachtwoord vergeten" op de aanmeldpagina.\n\nYou were added to Koers as ${body.role}. Set your password through "forgot password" on the sign-in page.\n`,
    });
    return { userId, membershipId: membership.id, email, role: body.role, organisationId: membership.organisationId };
  }

  /**
   * An account that exists already (perhaps another partner's) never joins without its owner's agreement: it gets an
   * invitation by mail, and the membership is made when that person accepts it while signed in
   * (POST /api/membership-invitations/accept). 202, saying so.
   */
  private async invite(existing: User, body: CreateUserDto, email: string, reply: FastifyReply): Promise<InvitedMemberView> {
    const tenant = this.db.tenant;
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + MEMBERSHIP_INVITATION_DAYS * 86_400_000);
    await this.db.em.insert(MembershipInvitation, {
      id: this.db.newId(), partnerId: tenant.partnerId, userId: existing.id, organisationId: body.organisationId ?? null, role: body.role,
      tokenHash: sha256Hex(token), invitedBy: tenant.userId, expiresAt, acceptedAt: null,
    });
    const partner: { name: string }[] = await this.db.em.query('select name from partner where id = $1', [tenant.partnerId]);
    const partnerName = partner[0]?.name ?? '';
    const link = `${this.config.PUBLIC_WEB_URL}/uitnodiging-accepteren?token=${token}`;
    await this.mail.send({
      to: email,
      subject: `Uitnodiging van ${partnerName} / invitation from ${partnerName}`,
      text:
        `Beste ${existing.name},\n\n${partnerName} nodigt u uit in Koers mee te werken als ${roleName(body.role, 'nl')}. Meld u aan met uw bestaande account en accepteer binnen ${MEMBERSHIP_INVITATION_DAYS} dagen via:\n${link}\nZonder uw akkoord verandert er niets.\n\n` +
        `Dear ${existing.name},\n\n${partnerName} invites you to work in Koers as ${roleName(body.role, 'en')}. Sign in with your existing account and accept within ${MEMBERSHIP_INVITATION_DAYS} days at:\n${link}\nWithout your agreement nothing changes.\n`,
    });
    reply.status(202);
    return {
      invited: true, email, role: body.role, organisationId: body.organisationId ?? null,
      text: {
        nl: `Dit e-mailadres heeft al een account. Er is een uitnodiging gestuurd; de persoon hoort pas bij uw organisatie als hij of zij die accepteert.`,
        en: 'This e-mail address already has an account. An invitation was sent; the person joins your organisation only once they accept it.',
      },
    };
  }

  @Get('audit-log')
  @Roles('administrator')
  @ApiOperation({ summary: "Read the partner's audit log, newest first; filter by entity, by who did it and by date (from and to, inclusive, Dutch time)" })
  @ApiOkResponse({ type: AuditPageView })
  async audit(@Query() q: AuditQueryDto): Promise<AuditPageView> {
    if (q.from && q.to && q.from > q.to) {
      throw new BadInputError('to', { nl: 'De einddatum ligt niet voor de begindatum', en: 'The end date is not before the start date' }, { code: 'audit.date_order' });
    }
    // Paged (at most 100 a page), and each entry's changes capped: a value over AUDIT_ANSWER_VALUE_BYTES (a file or a long
    // document written before the log kept only metadata and hashes) is answered by its size, so a page stays small.
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, v: unknown) => {
      params.push(v);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (q.entity) add('a.entity = ?', q.entity);
    if (q.actorUserId) add('a.actor_user_id = ?', q.actorUserId);
    if (q.from) add(`a.at >= (?::date)::timestamp at time zone 'Europe/Amsterdam'`, q.from);
    if (q.to) add(`a.at < (?::date + 1)::timestamp at time zone 'Europe/Amsterdam'`, q.to);
    const filter = where.length ? `where ${where.join(' and ')}` : '';
    const items: AuditEntryView[] = await this.db.em.query(
      `select a.id, a.at, a.partner_id as "partnerId", a.actor_user_id as "actorUserId", u.name as "actorName", u.email as "actorEmail",
              a.action, a.entity, a.entity_id as "entityId", a.request_id as "requestId", ${CAPPED_CHANGES.replace(/\bchanges\b/g, 'a.changes')} as changes
         from audit_log a left join app_user u on u.id = a.actor_user_id ${filter} order by a.id desc offset $${params.length + 1} limit $${params.length + 2}`,
      [...params, (q.page - 1) * q.pageSize, q.pageSize],
    );
    const [{ n }]: { n: number }[] = await this.db.em.query(`select count(*)::int as n from audit_log a ${filter}`, params);
    return { items, total: n, page: q.page, pageSize: q.pageSize };
  }
}
