import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_COHORT_SIZE_RULE } from '@koers/domain';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import { AuthService, hashPassword, MailService, verifyPassword } from '@koers/server-auth';
import { BadInputError, Cohort, CohortInvitation, CohortParticipant, ConflictError, Db, Membership, NotFoundError, Organisation, Participation, Partner, User } from '@koers/server-db';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull } from 'typeorm';
import { CohortsService } from '../cohorts.service';
import { say } from '../shared/participants';
import type { AcceptInvitationDto, CreateInvitationDto } from './invitations.dto';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const VALID_DAYS = 30;

/**
 * Enrolment by e-mail: the coordinator invites an address (for a known organisation,
 * or for one that registers itself); the invitee sets a password, joins the cohort
 * and is signed in. Only the token's hash is stored.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: Db,
    private readonly mail: MailService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(cohortId: string, dto: CreateInvitationDto) {
    const cohort = await this.db.findOwned(Cohort, cohortId);
    if (cohort.status === 'closed') throw new ConflictError(say({ nl: 'Deze Koplopergroep is afgesloten', en: 'This cohort is closed' }));
    const email = dto.email.trim().toLowerCase();
    let organisation: Organisation | null = null;
    if (dto.organisationId) {
      organisation = await this.db.em.findOne(Organisation, { where: { id: dto.organisationId } });
      if (!organisation) throw new BadInputError('organisationId', 'onbekende organisatie / unknown organisation');
      if (await this.db.em.exists(CohortParticipant, { where: { cohortId, organisationId: organisation.id } })) {
        throw new ConflictError('Deze organisatie doet al mee / this organisation already takes part', 'organisationId');
      }
    }
    const open = await this.db.em.findOne(CohortInvitation, { where: { cohortId, email, acceptedAt: IsNull() } });
    if (open && open.expiresAt > new Date()) throw new ConflictError(say({ nl: `${email} is al uitgenodigd voor deze groep`, en: `${email} has already been invited to this cohort` }), 'email');
    const token = randomBytes(32).toString('base64url');
    const invitation = this.db.em.create(CohortInvitation, {
      id: this.db.newId(),
      partnerId: cohort.partnerId,
      cohortId,
      email,
      organisationId: organisation?.id ?? null,
      tokenHash: sha256(token),
      invitedBy: this.db.tenant.userId,
      expiresAt: new Date(Date.now() + VALID_DAYS * 86_400_000),
      acceptedAt: null,
      participantId: null,
    });
    await this.db.em.insert(CohortInvitation, invitation);
    const partner = await this.db.findOwned(Partner, cohort.partnerId);
    const link = `${this.config.PUBLIC_WEB_URL}/koploper/uitnodiging/${token}`;
    const who = organisation ? ` namens ${organisation.name}` : '';
    const whoEn = organisation ? ` on behalf of ${organisation.name}` : '';
    await this.mail.send({
      to: email,
      subject: `Uitnodiging: ${cohort.name} / Invitation`,
      text:
        `Beste ondernemer,\n\n${partner.name} nodigt u${who} uit voor ${cohort.name} in ${cohort.municipality}: het Koplopertraject duurzaam ondernemen.\n` +
        `Via deze link meldt u zich binnen ${VALID_DAYS} dagen aan:\n${link}\n\n` +
        `---\n\n${partner.name} invites you${whoEn} to ${cohort.name} in ${cohort.municipality}, the Koploper sustainable-business track.\n` +
        `Use this link within ${VALID_DAYS} days to sign up:\n${link}\n`,
    });
    return { id: invitation.id, email, organisationId: invitation.organisationId, organisationName: organisation?.name ?? null, createdAt: new Date(), expiresAt: invitation.expiresAt, acceptedAt: null };
  }

  /** What the invitation page shows before anyone is signed in. */
  async show(token: string) {
    return this.db.system(async (em) => {
      const invitation = await this.usable(em, token);
      const cohort = await em.findOneByOrFail(Cohort, { id: invitation.cohortId });
      const partner = await em.findOneByOrFail(Partner, { id: invitation.partnerId });
      const organisation = invitation.organisationId ? await em.findOneBy(Organisation, { id: invitation.organisationId }) : null;
      const existingUser = await em.exists(User, { where: { email: invitation.email } });
      return { cohortName: cohort.name, municipality: cohort.municipality, partnerName: partner.name, email: invitation.email, organisationName: organisation?.name ?? null, expiresAt: invitation.expiresAt, existingAccount: existingUser };
    });
  }

  /** Registers (or links) the organisation and the person, enrols them, and returns the new session. */
  async accept(token: string, dto: AcceptInvitationDto) {
    const { userId, membershipId, participantId, cohortId } = await this.db.system(async (em) => {
      const invitation = await this.usable(em, token, true);
      const cohort = await em.findOneByOrFail(Cohort, { id: invitation.cohortId });
      const partner = await em.findOneByOrFail(Partner, { id: invitation.partnerId });

      let organisationId = invitation.organisationId;
      if (!organisationId) {
        const org = dto.organisation;
        if (!org) throw new BadInputError('organisation', 'vul de gegevens van uw organisatie in / fill in your organisation details');
        if (await em.exists(Organisation, { where: { kvkNumber: org.kvkNumber } })) {
          throw new ConflictError(say({ nl: `KvK-nummer ${org.kvkNumber} is al geregistreerd; vraag de coördinator u uit te nodigen namens die organisatie`, en: `KvK number ${org.kvkNumber} is already registered; ask the coordinator to invite you on behalf of that organisation` }), 'organisation.kvkNumber');
        }
        organisationId = this.db.newId();
        await em.insert(Participation, { id: this.db.newId(), partnerId: partner.id, organisationId, step: 'koploper' });
        await em.insert(Organisation, { id: organisationId, name: org.name, kind: 'company', kvkNumber: org.kvkNumber, sbiCode: org.sbiCode, sizeClass: org.sizeClass, municipality: org.municipality, region: null });
      } else if (!(await em.exists(Participation, { where: { partnerId: partner.id, organisationId, step: 'koploper', endedAt: IsNull() } }))) {
        await em.insert(Participation, { id: this.db.newId(), partnerId: partner.id, organisationId, step: 'koploper' });
      }

      let user = await em.createQueryBuilder(User, 'u').addSelect('u.passwordHash').where('u.email = :email', { email: invitation.email }).getOne();
      if (user) {
        // The address already has an account: its owner proves it with that account's password.
        if (!(await verifyPassword(user.passwordHash, dto.user.password))) {
          throw new BadInputError('user.password', 'er bestaat al een account met dit e-mailadres; vul het wachtwoord van dat account in / an account with this email exists; enter its password');
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
      const participant = await CohortsService.enrol(em, cohort, organisationId, partner.settings.cohortSize ?? DEFAULT_COHORT_SIZE_RULE, this.db.newId());
      await em.update(CohortInvitation, { id: invitation.id }, { acceptedAt: new Date(), participantId: participant.id, organisationId });
      return { userId: user.id, membershipId: membership.id, participantId: participant.id, cohortId: cohort.id };
    });
    const session = await this.auth.openSession(userId, membershipId);
    return { participantId, cohortId, token: session.token };
  }

  /** The invitation for a token: 404 when unknown, 409 when used or expired. */
  private async usable(em: Db['em'], token: string, lock = false) {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw new NotFoundError('Invitation', '…');
    const qb = em.createQueryBuilder(CohortInvitation, 'i').where('i.token_hash = :h', { h: sha256(token) });
    const invitation = await (lock ? qb.setLock('pessimistic_write') : qb).getOne();
    if (!invitation) throw new NotFoundError('Invitation', '…');
    if (invitation.acceptedAt) throw new ConflictError(say({ nl: 'Deze uitnodiging is al gebruikt; meld u aan met uw account', en: 'This invitation has already been used; sign in with your account' }));
    if (invitation.expiresAt <= new Date()) throw new ConflictError(say({ nl: 'Deze uitnodiging is verlopen; vraag de coördinator om een nieuwe', en: 'This invitation has expired; ask the coordinator for a new one' }));
    return invitation;
  }
}
