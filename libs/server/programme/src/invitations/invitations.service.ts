import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import { AuthService, hashPassword, MailService, verifyPassword } from '@koers/server-auth';
import { BadInputError, ConflictError, Db, Enrolment, GroupInvitation, Membership, NotFoundError, Organisation, Partner, ProgrammeGroup, User } from '@koers/server-db';
import type { StepDefinition } from '@koers/domain';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import { Groups } from '../groups/groups.service';
import type { AcceptInvitationDto, CreateInvitationDto } from '../inputs';
import { ProgrammeSteps } from '../steps';
import type { GroupInvitationView, InvitationPreviewView } from '../views';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const VALID_DAYS = 30;

/**
 * Enrolment by e-mail for every step: the coordinator invites an address (for a
 * known organisation, or for one that registers itself); the invitee sets a
 * password, joins the group and is signed in. Only the token's hash is stored;
 * resending makes a new token (the old link stops working); withdrawing ends it.
 */
@Injectable()
export class Invitations {
  constructor(
    private readonly db: Db,
    private readonly groups: Groups,
    private readonly steps: ProgrammeSteps,
    private readonly mail: MailService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(groupId: string, dto: CreateInvitationDto): Promise<GroupInvitationView> {
    const { group, step } = await this.groups.load(groupId);
    Groups.assertOpen(group, step);
    const email = dto.email.trim().toLowerCase();
    let organisation: Organisation | null = null;
    if (dto.organisationId) {
      organisation = await this.db.em.findOne(Organisation, { where: { id: dto.organisationId } });
      if (!organisation) throw new BadInputError('organisationId', { nl: 'Onbekende organisatie', en: 'Unknown organisation' }, { code: 'organisation.unknown' });
      if (await this.db.em.exists(Enrolment, { where: { groupId, organisationId: organisation.id } })) {
        throw new ConflictError({ nl: 'Deze organisatie doet al mee', en: 'This organisation already takes part' }, { code: 'enrolment.exists', field: 'organisationId' });
      }
    }
    const open = await this.db.em.findOne(GroupInvitation, { where: { groupId, email, acceptedAt: IsNull(), withdrawnAt: IsNull() } });
    if (open && open.expiresAt > new Date()) {
      throw new ConflictError({ nl: `${email} is al uitgenodigd voor deze ${step.groupName.nl}; stuur de uitnodiging opnieuw`, en: `${email} has already been invited to this ${step.groupName.en}; resend the invitation` }, { code: 'invitation.exists', field: 'email', params: { email } });
    }
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const invitation = this.db.em.create(GroupInvitation, {
      id: this.db.newId(), partnerId: group.partnerId, groupId, email, organisationId: organisation?.id ?? null, tokenHash: sha256(token), invitedBy: this.db.tenant.userId,
      expiresAt: new Date(now.getTime() + VALID_DAYS * 86_400_000), acceptedAt: null, enrolmentId: null, withdrawnAt: null, sentCount: 1, lastSentAt: now,
    });
    await this.db.em.insert(GroupInvitation, invitation);
    await this.send(group, step, invitation, token, organisation);
    return this.view(invitation, organisation);
  }

  /** A new link by mail; the old one stops working and the 30 days start again. */
  async resend(id: string): Promise<GroupInvitationView> {
    const invitation = await this.db.findOwned(GroupInvitation, id);
    const { group, step } = await this.groups.load(invitation.groupId);
    Groups.assertOpen(group, step);
    this.assertOpenInvitation(invitation);
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const next = { tokenHash: sha256(token), expiresAt: new Date(now.getTime() + VALID_DAYS * 86_400_000), sentCount: invitation.sentCount + 1, lastSentAt: now };
    await this.db.em.update(GroupInvitation, { id }, next);
    const organisation = invitation.organisationId ? await this.db.em.findOne(Organisation, { where: { id: invitation.organisationId } }) : null;
    await this.send(group, step, { ...invitation, ...next }, token, organisation);
    return this.view({ ...invitation, ...next }, organisation);
  }

  /** The link stops working; the invitation stays in the list, marked withdrawn. */
  async withdraw(id: string): Promise<GroupInvitationView> {
    const invitation = await this.db.findOwned(GroupInvitation, id);
    this.assertOpenInvitation(invitation);
    const withdrawnAt = new Date();
    await this.db.em.update(GroupInvitation, { id }, { withdrawnAt });
    const organisation = invitation.organisationId ? await this.db.em.findOne(Organisation, { where: { id: invitation.organisationId } }) : null;
    return this.view({ ...invitation, withdrawnAt }, organisation);
  }

  /** What the invitation page shows before anyone is signed in. */
  async show(token: string): Promise<InvitationPreviewView> {
    return this.db.system(async (em) => {
      const invitation = await this.usable(em, token);
      const group = await em.findOneByOrFail(ProgrammeGroup, { id: invitation.groupId });
      const partner = await em.findOneByOrFail(Partner, { id: invitation.partnerId });
      const organisation = invitation.organisationId ? await em.findOneBy(Organisation, { id: invitation.organisationId }) : null;
      const existingAccount = await em.exists(User, { where: { email: invitation.email } });
      const place = (await this.steps.hooksOf(group.step).place?.(em, group)) ?? null;
      return { groupName: group.name, step: group.step, place, partnerName: partner.name, email: invitation.email, organisationName: organisation?.name ?? null, expiresAt: invitation.expiresAt, existingAccount };
    });
  }

  /** Registers (or links) the organisation and the person, enrols them, and returns the new session. */
  async accept(token: string, dto: AcceptInvitationDto) {
    const done = await this.db.system(async (em) => {
      const invitation = await this.usable(em, token, true);
      const group = await em.findOneByOrFail(ProgrammeGroup, { id: invitation.groupId });
      const step = this.steps.definition(group.step);
      const partner = await em.findOneByOrFail(Partner, { id: invitation.partnerId });

      let organisationId = invitation.organisationId;
      if (!organisationId) {
        const org = dto.organisation;
        if (!org) throw new BadInputError('organisation', { nl: 'Vul de gegevens van uw organisatie in', en: 'Fill in your organisation details' }, { code: 'invitation.organisation_missing' });
        if (await em.exists(Organisation, { where: { kvkNumber: org.kvkNumber } })) {
          throw new ConflictError(
            { nl: `KvK-nummer ${org.kvkNumber} is al geregistreerd; vraag de coördinator u uit te nodigen namens die organisatie`, en: `KvK number ${org.kvkNumber} is already registered; ask the coordinator to invite you on behalf of that organisation` },
            { code: 'organisation.kvk_exists', field: 'organisation.kvkNumber', params: { kvkNumber: org.kvkNumber } },
          );
        }
        organisationId = this.db.newId();
        await em.insert(Organisation, { id: organisationId, name: org.name, kind: 'company', kvkNumber: org.kvkNumber, sbiCode: org.sbiCode, sizeClass: org.sizeClass, municipality: org.municipality, region: null });
      }

      let user = await em.createQueryBuilder(User, 'u').addSelect('u.passwordHash').where('u.email = :email', { email: invitation.email }).getOne();
      if (user) {
        // The address already has an account: its owner proves it with that account's password.
        if (!(await verifyPassword(user.passwordHash, dto.user.password))) {
          throw new BadInputError('user.password', { nl: 'Er bestaat al een account met dit e-mailadres; vul het wachtwoord van dat account in', en: 'An account with this email exists; enter its password' }, { code: 'invitation.existing_account' });
        }
      } else {
        user = em.create(User, { id: this.db.newId(), email: invitation.email, name: dto.user.name.trim(), passwordHash: await hashPassword(dto.user.password), locale: 'nl' });
        await em.insert(User, user);
      }
      let membership = await em.findOneBy(Membership, { userId: user.id, partnerId: partner.id, organisationId, role: 'participant' });
      if (!membership) {
        membership = em.create(Membership, { id: this.db.newId(), userId: user.id, partnerId: partner.id, organisationId, role: 'participant' });
        await em.insert(Membership, membership);
      }
      const role = step.composition.kind === 'chain' ? 'chain_partner' : 'participant';
      const enrolment = await Groups.enrol(em, group, step, organisationId, role, this.db.newId());
      await em.update(GroupInvitation, { id: invitation.id }, { acceptedAt: new Date(), enrolmentId: enrolment.id, organisationId });
      return { userId: user.id, membershipId: membership.id, participantId: enrolment.id, groupId: group.id, step: group.step };
    });
    const session = await this.auth.openSession(done.userId, done.membershipId);
    return { participantId: done.participantId, groupId: done.groupId, step: done.step, token: session.token };
  }

  private async send(group: ProgrammeGroup, step: StepDefinition, invitation: Pick<GroupInvitation, 'email'>, token: string, organisation: Organisation | null) {
    const partner = await this.db.findOwned(Partner, group.partnerId);
    const place = (await this.steps.hooksOf(group.step).place?.(this.db.em, group)) ?? null;
    const link = `${this.config.PUBLIC_WEB_URL}${step.invitationPath}/${token}`;
    const who = organisation ? ` namens ${organisation.name}` : '';
    const whoEn = organisation ? ` on behalf of ${organisation.name}` : '';
    const where = place ? ` in ${place}` : '';
    await this.mail.send({
      to: invitation.email,
      subject: `Uitnodiging: ${group.name} / Invitation`,
      text:
        `Beste ondernemer,\n\n${partner.name} nodigt u${who} uit voor ${group.name}${where}: ${step.name.nl}.\n` +
        `Via deze link meldt u zich binnen ${VALID_DAYS} dagen aan:\n${link}\n\n` +
        `---\n\n${partner.name} invites you${whoEn} to ${group.name}${where}: ${step.name.en}.\n` +
        `Use this link within ${VALID_DAYS} days to sign up:\n${link}\n`,
    });
  }

  private assertOpenInvitation(invitation: GroupInvitation) {
    if (invitation.acceptedAt) throw new ConflictError({ nl: 'Deze uitnodiging is al aangenomen', en: 'This invitation has already been accepted' }, { code: 'invitation.accepted' });
    if (invitation.withdrawnAt) throw new ConflictError({ nl: 'Deze uitnodiging is ingetrokken', en: 'This invitation has been withdrawn' }, { code: 'invitation.withdrawn' });
  }

  private view(i: GroupInvitation, organisation: Organisation | null): GroupInvitationView {
    return {
      id: i.id, email: i.email, organisationId: i.organisationId, organisationName: organisation?.name ?? null, createdAt: i.createdAt ?? new Date(), expiresAt: i.expiresAt,
      acceptedAt: i.acceptedAt, withdrawnAt: i.withdrawnAt, lastSentAt: i.lastSentAt, sentCount: i.sentCount,
    };
  }

  /** The invitation for a token: 404 when unknown, 409 when used, withdrawn or expired. */
  private async usable(em: EntityManager, token: string, lock = false) {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw new NotFoundError('GroupInvitation', '…');
    const qb = em.createQueryBuilder(GroupInvitation, 'i').where('i.token_hash = :h', { h: sha256(token) });
    const invitation = await (lock ? qb.setLock('pessimistic_write') : qb).getOne();
    if (!invitation) throw new NotFoundError('GroupInvitation', '…');
    if (invitation.acceptedAt) throw new ConflictError({ nl: 'Deze uitnodiging is al gebruikt; meld u aan met uw account', en: 'This invitation has already been used; sign in with your account' }, { code: 'invitation.accepted' });
    if (invitation.withdrawnAt) throw new ConflictError({ nl: 'Deze uitnodiging is ingetrokken; vraag de coördinator om een nieuwe', en: 'This invitation has been withdrawn; ask the coordinator for a new one' }, { code: 'invitation.withdrawn' });
    if (invitation.expiresAt <= new Date()) throw new ConflictError({ nl: 'Deze uitnodiging is verlopen; vraag de coördinator om een nieuwe', en: 'This invitation has expired; ask the coordinator for a new one' }, { code: 'invitation.expired' });
    return invitation;
  }
}
