import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditLog, BadInputError, ConflictError, Db, Membership, Organisation, User } from '@koers/server-db';
import { CreateUserDto, hashPassword, MailService, PageQueryDto, roleName, Roles } from '@koers/server-auth';
import { randomBytes } from 'node:crypto';
import { In } from 'typeorm';

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

/** The partner's people: administrators list them and add new members. */
@ApiTags('users')
@Controller()
export class UsersController {
  constructor(
    private readonly db: Db,
    private readonly mail: MailService,
  ) {}

  @Get('users')
  @Roles('administrator')
  @ApiOperation({ summary: "List the partner's members (one row per membership)" })
  async list(@Query() q: PageQueryDto) {
    const [memberships, total] = await this.db.em.findAndCount(Membership, { order: { createdAt: 'ASC' }, skip: (q.page - 1) * q.pageSize, take: q.pageSize });
    const users = memberships.length ? await this.db.em.find(User, { where: { id: In([...new Set(memberships.map((m) => m.userId))]) } }) : [];
    return {
      items: memberships.map((m) => {
        const u = users.find((x) => x.id === m.userId);
        return { membershipId: m.id, userId: m.userId, email: u?.email, name: u?.name, role: m.role, organisationId: m.organisationId };
      }),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  @Post('users')
  @Roles('administrator')
  @ApiOperation({ summary: 'Add a member to the partner (a new account is invited by e-mail)' })
  @ApiCreatedResponse({ description: 'The new membership (and the account, when the e-mail address had none)' })
  @ApiNotFoundResponse({ description: 'The organisationId is not an organisation of this partner (code `not_found`)' })
  async create(@Body() body: CreateUserDto) {
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
    // Membership first: its deferred foreign key lets the new user row be visible under RLS when it is inserted.
    await this.db.em.insert(Membership, membership);
    if (!existing) {
      const passwordHash = await hashPassword(randomBytes(24).toString('base64url'));
      await this.db.em.insert(User, { id: userId, email, name: body.name, passwordHash, locale: 'nl' });
    }
    await this.db.em.insert(AuditLog, { partnerId: tenant.partnerId, actorUserId: tenant.userId, action: 'invite', entity: 'User', entityId: userId, changes: { email, role: body.role } });
    await this.mail.send({
      to: email,
      subject: 'Uitnodiging voor Koers / invitation to Koers',
      text: `U bent toegevoegd aan Koers als ${body.role}. Stel uw wachtwoord in via "wachtwoord vergeten" op de aanmeldpagina.\n\nYou were added to Koers as ${body.role}. Set your password through "forgot password" on the sign-in page.\n`,
    });
    return { userId, membershipId: membership.id, email, role: body.role, organisationId: membership.organisationId };
  }

  @Get('audit-log')
  @Roles('administrator')
  @ApiOperation({ summary: "Read the partner's audit log, newest first" })
  async audit(@Query() q: PageQueryDto) {
    // Paged (at most 100 a page), and each entry's changes capped: a value over AUDIT_ANSWER_VALUE_BYTES (a file or a long
    // document written before the log kept only metadata and hashes) is answered by its size, so a page stays small.
    const items = await this.db.em.query(
      `select id, at, partner_id as "partnerId", actor_user_id as "actorUserId", action, entity, entity_id as "entityId", request_id as "requestId", ${CAPPED_CHANGES} as changes
         from audit_log order by id desc offset $1 limit $2`,
      [(q.page - 1) * q.pageSize, q.pageSize],
    );
    const total = await this.db.em.count(AuditLog);
    return { items, total, page: q.page, pageSize: q.pageSize };
  }
}
