import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import { AuditLog, Db, NotFoundError, Membership, nameEntity, PasswordReset, requestScope, Session, User } from '@koers/server-db';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull, MoreThan, type EntityManager } from 'typeorm';
import type { AuthState } from './auth-state';
import { MailService } from './mail.service';
import { dummyHash, hashPassword, verifyPassword } from './passwords';
import { UnauthenticatedError } from './refusals';
import { AuthThrottle } from './throttle';

export interface SessionView {
  user: { id: string; email: string; name: string; locale: 'nl' | 'en' };
  memberships: { id: string; role: Membership['role']; partner: { id: string; name: string }; organisation: { id: string; name: string } | null }[];
  activeMembershipId: string;
}

nameEntity('Membership', { nl: 'Lidmaatschap', en: 'Membership' });

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const RESET_TTL_MS = 60 * 60 * 1000;

/** Sign-in, sessions and password reset. Runs in the system context: there is no tenant before sign-in. */
@Injectable()
export class AuthService implements OnModuleDestroy {
  private readonly logger = new Logger('AuthService');
  /** Reset mails being prepared and sent after their request was answered (awaited at shutdown). */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly db: Db,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly throttle: AuthThrottle,
  ) {}

  /**
   * `client` is the client's address (Fastify's request.ip, behind TRUST_PROXY):
   * wrong attempts are limited per account and per address (429 with Retry-After).
   */
  async signIn(email: string, password: string, client = 'unknown'): Promise<{ token: string; state: AuthState }> {
    const normalised = email.trim().toLowerCase();
    const attempt = await this.throttle.signInAttempt(normalised, client);
    const user = await this.db.system((em) =>
      em.createQueryBuilder(User, 'u').addSelect('u.passwordHash').where('u.email = :email', { email: normalised }).getOne(),
    );
    // Verify against a dummy hash when the user is unknown, so timing does not reveal which emails exist.
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
    if (!user || !ok || user.disabledAt) throw new UnauthenticatedError('auth.wrong_credentials', { nl: 'Onjuist e-mailadres of wachtwoord', en: 'Wrong e-mail address or password' });
    const opened = await this.openSession(user.id);
    await attempt.succeeded();
    return opened;
  }

  /**
   * A new session for a user who has just proved who they are (signed in, or
   * accepted an invitation with a new password); `membershipId` picks the active
   * membership, else the oldest.
   */
  async openSession(userId: string, membershipId?: string): Promise<{ token: string; state: AuthState }> {
    const user = await this.db.system((em) => em.findOneOrFail(User, { where: { id: userId } }));
    const memberships = await this.db.system((em) => em.find(Membership, { where: { userId: user.id }, order: { createdAt: 'ASC' } }));
    if (memberships.length === 0) throw new UnauthenticatedError('auth.no_memberships', { nl: 'Dit account heeft geen toegang (meer)', en: 'This account has no access (any more)' });
    const active = memberships.find((m) => m.id === membershipId) ?? memberships[0];
    const token = randomBytes(32).toString('base64url');
    const session = await this.db.system(async (em) => {
      const s = em.create(Session, {
        id: this.db.newId(),
        tokenHash: sha256(token),
        userId: user.id,
        activeMembershipId: active.id,
        expiresAt: new Date(Date.now() + this.config.SESSION_TTL_HOURS * 3600_000),
      });
      await em.insert(Session, s);
      await em.insert(AuditLog, { partnerId: active.partnerId, actorUserId: user.id, action: 'sign-in', entity: 'Session', entityId: s.id, changes: null });
      return s;
    }, user.id);
    return { token, state: { sessionId: session.id, user, memberships, active } };
  }

  /** Resolves a cookie token to the signed-in state, or null when unknown or expired. */
  async resolve(token: string | undefined): Promise<AuthState | null> {
    if (!token || token.length > 200) return null;
    return this.db.system(async (em) => {
      const session = await em.findOne(Session, { where: { tokenHash: sha256(token), expiresAt: MoreThan(new Date()) } });
      if (!session) return null;
      const user = await em.findOne(User, { where: { id: session.userId, disabledAt: IsNull() } });
      if (!user) return null;
      const memberships = await em.find(Membership, { where: { userId: user.id }, order: { createdAt: 'ASC' } });
      const active = memberships.find((m) => m.id === session.activeMembershipId) ?? memberships[0];
      if (!active) return null;
      return { sessionId: session.id, user, memberships, active };
    });
  }

  async signOut(sessionId: string): Promise<void> {
    await this.db.system((em) => em.delete(Session, { id: sessionId }));
  }

  async switchMembership(state: AuthState, membershipId: string): Promise<AuthState> {
    const target = state.memberships.find((m) => m.id === membershipId);
    if (!target) throw new NotFoundError('Membership', membershipId);
    await this.db.system((em) => em.update(Session, { id: state.sessionId }, { activeMembershipId: target.id }), state.user.id);
    return { ...state, active: target };
  }

  async view(state: AuthState): Promise<SessionView> {
    // Every partner the person works for, while row-level security shows only the active one: a function limited
    // to the signed-in user's own memberships, on the request's own connection (migration 1764000006500).
    type Names = { membership_id: string; partner_name: string; organisation_name: string | null }[];
    const read = (em: EntityManager): Promise<Names> => em.query('select * from koers_membership_names()');
    // Signing in has no request transaction yet: there the system context says whose memberships they are.
    const names = requestScope.getStore()?.tenant
      ? await read(this.db.em)
      : await this.db.system(async (em) => {
          await em.query(`select set_config('app.user_id', $1, true)`, [state.user.id]);
          return read(em);
        });
    return {
      user: { id: state.user.id, email: state.user.email, name: state.user.name, locale: state.user.locale },
      memberships: state.memberships.map((m) => {
        const n = names.find((x) => x.membership_id === m.id);
        return { id: m.id, role: m.role, partner: { id: m.partnerId, name: n?.partner_name ?? '' }, organisation: m.organisationId ? { id: m.organisationId, name: n?.organisation_name ?? '' } : null };
      }),
      activeMembershipId: state.active.id,
    };
  }

  async updateProfile(state: AuthState, changes: { name?: string; locale?: 'nl' | 'en' }): Promise<AuthState> {
    await this.db.em.update(User, { id: state.user.id }, changes);
    return { ...state, user: { ...state.user, ...changes } as User };
  }

  /**
   * Always succeeds from the caller's view (past the limits of AuthThrottle: 429
   * for any address alike), so it does not reveal which emails have an account:
   * looking the address up, storing the link and sending the mail happen after
   * the answer, which therefore takes the same time for a known and an unknown
   * address however slow the mail server is.
   */
  async requestPasswordReset(email: string, client = 'unknown'): Promise<void> {
    const normalised = email.trim().toLowerCase();
    await this.throttle.resetRequest(normalised, client);
    const work: Promise<void> = this.sendPasswordReset(normalised)
      .catch((e) => this.logger.error({ msg: 'password-reset mail failed', err: (e as Error)?.stack ?? String(e) }))
      .finally(() => this.pending.delete(work));
    this.pending.add(work);
  }

  /** A new link for the address's account, if any; every older link of that account stops working. */
  private async sendPasswordReset(email: string): Promise<void> {
    const user = await this.db.system((em) => em.findOne(User, { where: { email, disabledAt: IsNull() } }));
    if (!user) return;
    const token = randomBytes(32).toString('base64url');
    await this.db.system(async (em) => {
      // One request at a time per account, so two at once cannot both stay valid.
      await em.query('select 1 from app_user where id = $1 for update', [user.id]);
      // used_at also marks a link voided by a newer one.
      await em.update(PasswordReset, { userId: user.id, usedAt: IsNull() }, { usedAt: new Date() });
      await em.insert(PasswordReset, { id: this.db.newId(), userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + RESET_TTL_MS) });
    }, user.id);
    const link = `${this.config.PUBLIC_WEB_URL}/wachtwoord-herstellen?token=${token}`;
    await this.mail.send({
      to: user.email,
      subject: 'Koers: nieuw wachtwoord instellen / set a new password',
      text:
        `Beste ${user.name},\n\nVia deze link stelt u binnen een uur een nieuw wachtwoord in:\n${link}\n\n` +
        `Heeft u dit niet aangevraagd? Dan kunt u deze mail negeren.\n\n---\n\n` +
        `Dear ${user.name},\n\nUse this link within one hour to set a new password:\n${link}\n\nIf you did not ask for this, ignore this mail.\n`,
    });
  }

  /** Returns false for an unknown, used or expired token. Signs the user out everywhere on success. */
  async confirmPasswordReset(token: string, password: string): Promise<boolean> {
    const passwordHash = await hashPassword(password);
    return this.db.system(async (em) => {
      const reset = await em.findOne(PasswordReset, { where: { tokenHash: sha256(token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) }, lock: { mode: 'pessimistic_write' } });
      if (!reset) return false;
      // This link and any other still open for the account.
      await em.update(PasswordReset, { userId: reset.userId, usedAt: IsNull() }, { usedAt: new Date() });
      await em.update(User, { id: reset.userId }, { passwordHash });
      await em.delete(Session, { userId: reset.userId });
      return true;
    });
  }

  /** Lets reset mails still being sent finish before the database closes. */
  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }
}
