import { Inject, Injectable, Logger } from '@nestjs/common';
import { runCalculator } from '@koers/calc-sdk';
import { builtinReferenceProvider } from '@koers/calc-builtin';
import { evaluationProgramme } from '@koers/calc-evaluation-programme';
import { MailService } from '@koers/server-auth';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import { Db, EvaluationInvitation, EvaluationRun, EvaluationSurvey } from '@koers/server-db';
import { JobHandler, type JobOf } from '@koers/server-queue';
import { IsNull, Not } from 'typeorm';
import { newToken, sha256, surveyLink } from './survey.service';

type Kind = 'first' | 'reminder';

/**
 * Worker side of the evaluation: mails the survey links after the closing
 * committed, the one reminder to those who have not answered, and computes
 * evaluation runs. Each invitation's link and mail in a transaction of its
 * own, so a failed mail is retried without re-sending the others.
 */
@Injectable()
export class EvaluationHandlers {
  private readonly logger = new Logger('evaluation');

  constructor(
    private readonly db: Db,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @JobHandler('evaluation.send')
  async send(job: JobOf<'evaluation.send'>) {
    const survey = await this.survey(job.data.surveyId);
    const open = await this.db.system((em) => em.find(EvaluationInvitation, { where: { surveyId: survey.id, sentAt: IsNull() }, order: { id: 'ASC' } }));
    for (const inv of open) await this.mailOne(survey, inv.id, 'first');
    return { sent: open.length };
  }

  @JobHandler('evaluation.remind')
  async remind(job: JobOf<'evaluation.remind'>) {
    const survey = await this.survey(job.data.surveyId);
    if (survey.expiresAt <= new Date()) return { reminded: 0 };
    const open = await this.db.system((em) =>
      em.find(EvaluationInvitation, { where: { surveyId: survey.id, sentAt: Not(IsNull()), answeredAt: IsNull(), remindedAt: IsNull() }, order: { id: 'ASC' } }),
    );
    for (const inv of open) await this.mailOne(survey, inv.id, 'reminder');
    return { reminded: open.length };
  }

  @JobHandler('evaluation.compute')
  async compute(job: JobOf<'evaluation.compute'>) {
    const run = await this.db.system((em) => em.findOne(EvaluationRun, { where: { id: job.data.runId } }));
    if (!run) throw new Error(`evaluation run ${job.data.runId} not found (not committed yet?)`);
    if (run.status !== 'pending') return { status: run.status };
    const result = runCalculator(evaluationProgramme, run.input, builtinReferenceProvider);
    const ok = result.status === 'ok';
    const error = ok ? null : result.status === 'invalid-input' ? `invalid input: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}` : `${result.status}: ${'error' in result ? result.error : ''}`;
    await this.db.system((em) =>
      em.query(`update evaluation_run set status = $2, output = $3, error = $4, computed_at = now() where id = $1 and status = 'pending'`, [
        run.id, ok ? 'succeeded' : 'failed', ok ? JSON.stringify(result.output) : null, error,
      ]),
    );
    return { status: ok ? 'succeeded' : 'failed' };
  }

  private async survey(id: string): Promise<EvaluationSurvey> {
    const survey = await this.db.system((em) => em.findOne(EvaluationSurvey, { where: { id } }));
    // Enqueued in the closing's transaction: until it commits the survey is not there (BullMQ retries with backoff).
    if (!survey) throw new Error(`evaluation survey ${id} not found (not committed yet?)`);
    return survey;
  }

  private async mailOne(survey: EvaluationSurvey, invitationId: string, kind: Kind): Promise<void> {
    await this.db.system(async (em) => {
      const column = kind === 'first' ? 'sent_at' : 'reminded_at';
      type Claimed = { email: string; name: string | null; organisation: string; group_name: string; partner: string };
      // An UPDATE ... RETURNING answers [rows, count] through TypeORM's query().
      const [claimed]: [Claimed[], number] = await em.query(
        `update evaluation_invitation i set ${column} = now()
         from app_user u, organisation o, programme_group g, partner p
         where i.id = $1 and i.${column} is null and i.answered_at is null and u.id = i.user_id and o.id = i.organisation_id and g.id = $2 and p.id = g.partner_id
         returning i.email, u.name, o.name as organisation, g.name as group_name, p.name as partner`,
        [invitationId, survey.groupId],
      );
      const who = claimed[0];
      if (!who) return;
      const token = newToken();
      await em.query(`insert into evaluation_link (token_hash, partner_id, invitation_id) values ($1, $2, $3)`, [sha256(token), survey.partnerId, invitationId]);
      const link = surveyLink(this.config, token);
      const until = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' }).format(survey.expiresAt);
      const untilEn = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' }).format(survey.expiresAt);
      const reminder = kind === 'reminder';
      await this.mail.send({
        to: who.email,
        subject: reminder
          ? `Herinnering: hoe was ${who.group_name}? / Reminder: how was ${who.group_name}?`
          : `Hoe was ${who.group_name}? / How was ${who.group_name}?`,
        text:
          `Beste ${who.name ?? who.email},\n\n` +
          (reminder ? `U heeft de evaluatie van ${who.group_name} nog niet ingevuld. ` : `${who.partner} hoort graag hoe ${who.organisation} ${who.group_name} heeft ervaren. `) +
          `De enquête duurt een paar minuten en werkt zonder account, via deze persoonlijke link (eenmalig te gebruiken, geldig tot ${until}):\n\n${link}\n\n` +
          `Dear ${who.name ?? who.email},\n\n` +
          (reminder ? `You have not yet answered the evaluation of ${who.group_name}. ` : `${who.partner} would like to hear how ${who.organisation} found ${who.group_name}. `) +
          `The survey takes a few minutes and needs no account; use this personal link (single use, valid until ${untilEn}):\n\n${link}\n`,
      });
    });
    this.logger.debug(`survey ${survey.id}: ${kind} mail for invitation ${invitationId}`);
  }
}
