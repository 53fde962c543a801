import { Inject, Injectable, Logger } from '@nestjs/common';
import { MailService } from '@koers/server-auth';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import { Db, MembershipInvitation, PasswordReset } from '@koers/server-db';
import { JobHandler, type JobOf } from '@koers/server-queue';
import { createHash, randomBytes } from 'node:crypto';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
/** How long the new partner's administrator has to set a password (or accept the invitation of an existing account). */
export const ACCEPTED_LINK_DAYS = 14;

type Claimed = {
  status: 'accepted' | 'declined'; organisation_name: string; contact_name: string; email: string; reason: string | null; partner_id: string | null;
  account_user_id: string | null; account_created: boolean; decided_by: string | null;
};

/**
 * Worker side of the join applications: mails the outcome once. The claim
 * (mailed_at), the link and the mail are one transaction, so a failed mail is
 * retried with a fresh link and the same mail is never sent twice after it
 * went out. Accepted with a new account: a link to set its password; with an
 * existing account: an invitation to accept while signed in.
 */
@Injectable()
export class ApplicationMailHandler {
  private readonly logger = new Logger('alliance');

  constructor(
    private readonly db: Db,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @JobHandler('alliance.application-mail')
  async send(job: JobOf<'alliance.application-mail'>) {
    const [state]: { status: string; mailed_at: Date | null }[] = await this.db.system((em) =>
      em.query('select status, mailed_at from alliance_application where id = $1', [job.data.applicationId]),
    );
    // Not there or not decided yet: the decision's transaction has not committed (BullMQ retries with backoff).
    if (!state || state.status === 'pending') throw new Error(`application ${job.data.applicationId} not decided (not committed yet?)`);
    if (state.mailed_at) return { sent: false };
    const sent = await this.db.system(async (em) => {
      const [rows]: [Claimed[], number] = await em.query(
        `update alliance_application set mailed_at = now() where id = $1 and mailed_at is null and status <> 'pending'
         returning status, organisation_name, contact_name, email, reason, partner_id, account_user_id, account_created, decided_by`,
        [job.data.applicationId],
      );
      const a = rows[0];
      if (!a) return false;
      const web = this.config.PUBLIC_WEB_URL;
      if (a.status === 'declined') {
        await this.mail.send({
          to: a.email,
          subject: `Uw aanmelding bij de MVO-Alliantie / Your application to the CSR alliance`,
          text:
            `Beste ${a.contact_name},\n\nDank u wel voor de aanmelding van ${a.organisation_name}. Het secretariaat van de alliantie heeft besloten deze niet aan te nemen, om deze reden:\n\n${a.reason ?? ''}\n\n` +
            `---\n\nDear ${a.contact_name},\n\nThank you for applying on behalf of ${a.organisation_name}. The alliance secretariat has decided not to accept the application, for this reason:\n\n${a.reason ?? ''}\n`,
        });
        return true;
      }
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(Date.now() + ACCEPTED_LINK_DAYS * 86_400_000);
      let nl: string;
      let en: string;
      if (a.account_created && a.account_user_id) {
        await em.insert(PasswordReset, { id: this.db.newId(), userId: a.account_user_id, tokenHash: sha256(token), expiresAt });
        const link = `${web}/wachtwoord-herstellen?token=${token}`;
        nl = `U bent beheerder van ${a.organisation_name} in Koers. Stel binnen ${ACCEPTED_LINK_DAYS} dagen uw wachtwoord in via deze link:\n${link}`;
        en = `You are the administrator of ${a.organisation_name} in Koers. Set your password within ${ACCEPTED_LINK_DAYS} days with this link:\n${link}`;
      } else if (a.account_user_id && a.partner_id) {
        await em.insert(MembershipInvitation, {
          id: this.db.newId(), partnerId: a.partner_id, userId: a.account_user_id, organisationId: null, role: 'administrator', tokenHash: sha256(token), invitedBy: a.decided_by, expiresAt,
        });
        const link = `${web}/uitnodiging-accepteren?token=${token}`;
        nl = `U heeft al een account in Koers. Meld u aan en accepteer binnen ${ACCEPTED_LINK_DAYS} dagen uw rol als beheerder van ${a.organisation_name} via deze link:\n${link}`;
        en = `You already have a Koers account. Sign in and accept your role as administrator of ${a.organisation_name} within ${ACCEPTED_LINK_DAYS} days with this link:\n${link}`;
      } else {
        nl = `Het secretariaat neemt contact met u op over uw account.`;
        en = `The secretariat will contact you about your account.`;
      }
      const note = a.reason ? `\n\n${a.reason}` : '';
      await this.mail.send({
        to: a.email,
        subject: `Welkom bij de MVO-Alliantie / Welcome to the CSR alliance`,
        text:
          `Beste ${a.contact_name},\n\n${a.organisation_name} is aangenomen als partner van de MVO-Alliantie.${note}\n\n${nl}\n\n` +
          `---\n\nDear ${a.contact_name},\n\n${a.organisation_name} has been accepted as a partner of the CSR alliance.${note}\n\n${en}\n`,
      });
      return true;
    });
    this.logger.debug(`application ${job.data.applicationId}: ${sent ? 'mailed' : 'already mailed or not decided'}`);
    return { sent };
  }
}
