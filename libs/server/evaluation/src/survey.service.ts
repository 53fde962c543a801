import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { CURRENT_EVALUATION_QUESTIONNAIRE, referenceData, type Questionnaire } from '@koers/reference-data';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import {
  BadInputError, ConflictError, Db, Enrolment, EvaluationInvitation, EvaluationLink, EvaluationQuestion, EvaluationSurvey, nameEntity, NotFoundError, ProgrammeGroup,
} from '@koers/server-db';
import { ProgrammeSteps } from '@koers/server-programme';
import { JobQueue } from '@koers/server-queue';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import type { AddQuestionDto, AnswerSurveyDto, PartnerQuestionView, PublicSurveyView } from './evaluation.dto';

nameEntity('EvaluationQuestion', { nl: 'Evaluatievraag', en: 'Evaluation question' });
nameEntity('EvaluationSurvey', { nl: 'Evaluatie-enquête', en: 'Evaluation survey' });

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

/** Days a survey link stays valid after the group closed. */
export const SURVEY_VALID_DAYS = 30;
/** Days after the closing until non-answerers get one reminder. */
export const DEFAULT_REMIND_AFTER_DAYS = 7;
const DAY_MS = 86_400_000;

export const surveyJobIds = {
  send: (surveyId: string) => `evaluation-send-${surveyId}`,
  remind: (surveyId: string) => `evaluation-remind-${surveyId}`,
};

/** The survey page's link: the web app's public page with the raw token (only its hash is stored). */
export const surveyLink = (config: Pick<AppConfig, 'PUBLIC_WEB_URL'>, token: string) => `${config.PUBLIC_WEB_URL}/evaluatie/${token}`;

const unknownLink = () => new NotFoundError('EvaluationSurvey', 'link');

/**
 * The evaluation survey after every track: when a group of any step closes,
 * each participant user of a finished enrolment is invited (in the closing's
 * transaction; the worker mails the links after the commit, and one reminder
 * after the survey's days). The page answers by token, without an account,
 * once per invitation.
 */
@Injectable()
export class SurveyService implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly steps: ProgrammeSteps,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    this.steps.onGroupClosed((em, group, finished) => this.invite(em, group, finished));
  }

  /** In the closing's transaction: a failed close invites nobody; closing again adds no second survey. */
  private async invite(em: EntityManager, group: ProgrammeGroup, finished: Enrolment[]): Promise<void> {
    if (!finished.length) return;
    const questions = await em.find(EvaluationQuestion, { where: { partnerId: group.partnerId, retiredAt: IsNull() }, order: { createdAt: 'ASC' } });
    const surveyId = this.db.newId();
    const now = group.closedAt ?? new Date();
    const inserted: { id: string }[] = await em.query(
      `insert into evaluation_survey (id, partner_id, group_id, questionnaire_id, partner_items, remind_after_days, expires_at)
       values ($1, $2, $3, $4, $5, $6, $7) on conflict (group_id) do nothing returning id`,
      [surveyId, group.partnerId, group.id, CURRENT_EVALUATION_QUESTIONNAIRE.id, JSON.stringify(questions.map((q) => ({ key: q.key, text: { nl: q.textNl, en: q.textEn } }))),
        DEFAULT_REMIND_AFTER_DAYS, new Date(now.getTime() + SURVEY_VALID_DAYS * DAY_MS)],
    );
    if (!inserted.length) return;
    const people: { enrolment_id: string; organisation_id: string; user_id: string; email: string }[] = await em.query(
      `select e.id as enrolment_id, e.organisation_id, u.id as user_id, u.email
       from enrolment e
       join membership m on m.organisation_id = e.organisation_id and m.partner_id = e.partner_id and m.role = 'participant'
       join app_user u on u.id = m.user_id and u.disabled_at is null
       where e.id = any($1::uuid[])
       order by e.id, u.id`,
      [finished.map((e) => e.id)],
    );
    for (const p of people) {
      await em.query(
        `insert into evaluation_invitation (id, partner_id, survey_id, enrolment_id, organisation_id, user_id, email) values ($1, $2, $3, $4, $5, $6, $7)
         on conflict (survey_id, user_id) do nothing`,
        [this.db.newId(), group.partnerId, surveyId, p.enrolment_id, p.organisation_id, p.user_id, p.email],
      );
    }
    if (!people.length) return;
    // The worker retries until the closing's transaction has committed (and finds nothing if it rolled back).
    await this.jobs.add('evaluation.send', { surveyId }, { jobId: surveyJobIds.send(surveyId) });
    await this.jobs.add('evaluation.remind', { surveyId }, { jobId: surveyJobIds.remind(surveyId), delay: DEFAULT_REMIND_AFTER_DAYS * DAY_MS });
  }

  async questions(): Promise<PartnerQuestionView[]> {
    const rows = await this.db.em.find(EvaluationQuestion, { where: { partnerId: this.db.tenant.partnerId, retiredAt: IsNull() }, order: { createdAt: 'ASC' } });
    return rows.map(toQuestionView);
  }

  async addQuestion(dto: AddQuestionDto): Promise<PartnerQuestionView> {
    const key = `partner.${dto.key}`;
    const { partnerId, userId } = this.db.tenant;
    if (await this.db.em.exists(EvaluationQuestion, { where: { partnerId, key } })) {
      throw new ConflictError({ nl: `Er is al een vraag met sleutel ${dto.key}`, en: `There already is a question with key ${dto.key}` }, { code: 'evaluation.question_exists', field: 'key', params: { key: dto.key } });
    }
    const row = this.db.em.create(EvaluationQuestion, { id: this.db.newId(), partnerId, key, textNl: dto.text.nl.trim(), textEn: dto.text.en.trim(), createdBy: userId, retiredAt: null });
    await this.db.em.insert(EvaluationQuestion, row);
    return toQuestionView(await this.db.em.findOneByOrFail(EvaluationQuestion, { id: row.id }));
  }

  /** A retired question is not asked in surveys of groups that close later; surveys sent keep it. */
  async retireQuestion(id: string): Promise<PartnerQuestionView> {
    const row = await this.db.findOwned(EvaluationQuestion, id, { retiredAt: IsNull() });
    row.retiredAt = new Date();
    await this.db.em.update(EvaluationQuestion, { id }, { retiredAt: row.retiredAt });
    return toQuestionView(row);
  }

  /** The survey page by token: no session; 404 for an unknown or expired link; answered already: the page says so. */
  async publicSurvey(token: string): Promise<PublicSurveyView> {
    return this.db.system(async (em) => {
      const { invitation, survey, questionnaire } = await this.byToken(em, token);
      const [info]: { group_name: string; partner_name: string; organisation_name: string }[] = await em.query(
        `select g.name as group_name, p.name as partner_name, o.name as organisation_name
         from programme_group g join partner p on p.id = g.partner_id join organisation o on o.id = $2 where g.id = $1`,
        [survey.groupId, invitation.organisationId],
      );
      return {
        questionnaire: { id: questionnaire.id, version: questionnaire.version, title: questionnaire.title },
        group: info.group_name,
        partner: info.partner_name,
        organisation: info.organisation_name,
        answered: invitation.answeredAt !== null,
        expiresAt: survey.expiresAt.toISOString(),
        scale: questionnaire.scale.labels.map((l) => ({ value: l.value, text: { nl: l.nl, en: l.en } })),
        items: [
          ...questionnaire.items.map((i) => ({ key: i.key, text: i.text, origin: 'core' as const })),
          ...survey.partnerItems.map((i) => ({ key: i.key, text: i.text, origin: 'partner' as const })),
        ],
      };
    });
  }

  /** Stores the answers once; a second answer is 409, an unknown item 400 naming it. */
  async answer(token: string, dto: AnswerSurveyDto): Promise<{ answered: number; items: number }> {
    return this.db.system(async (em) => {
      const { invitation, survey, questionnaire } = await this.byToken(em, token, true);
      if (invitation.answeredAt) throw alreadyAnswered();
      const keys = new Set([...questionnaire.items.map((i) => i.key), ...survey.partnerItems.map((i) => i.key)]);
      const seen = new Set<string>();
      dto.answers.forEach((a, i) => {
        if (!keys.has(a.item)) throw new BadInputError(`answers.${i}.item`, { nl: `Deze enquête heeft geen vraag ${a.item}`, en: `This survey has no question ${a.item}` }, { code: 'evaluation.unknown_item', params: { item: a.item } });
        if (seen.has(a.item)) throw new BadInputError(`answers.${i}.item`, { nl: `Vraag ${a.item} staat twee keer in de antwoorden`, en: `Question ${a.item} is answered twice` }, { code: 'evaluation.duplicate_item', params: { item: a.item } });
        seen.add(a.item);
      });
      const inserted: unknown[] = await em.query(
        `insert into evaluation_response (invitation_id, partner_id, survey_id, answers) values ($1, $2, $3, $4) on conflict (invitation_id) do nothing returning invitation_id`,
        [invitation.id, invitation.partnerId, survey.id, JSON.stringify(dto.answers.map((a) => ({ item: a.item, value: a.value ?? null })))],
      );
      if (!inserted.length) throw alreadyAnswered();
      await em.update(EvaluationInvitation, { id: invitation.id }, { answeredAt: new Date() });
      return { answered: dto.answers.filter((a) => a.value !== null && a.value !== undefined).length, items: keys.size };
    });
  }

  private async byToken(em: EntityManager, token: string, lock = false) {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw unknownLink();
    const link = await em.findOne(EvaluationLink, { where: { tokenHash: sha256(token) } });
    if (!link) throw unknownLink();
    const invitation = await em.findOne(EvaluationInvitation, { where: { id: link.invitationId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    const survey = invitation ? await em.findOne(EvaluationSurvey, { where: { id: invitation.surveyId } }) : null;
    if (!invitation || !survey || survey.expiresAt <= new Date()) throw unknownLink();
    const questionnaire = referenceData.get(survey.questionnaireId) as Questionnaire | undefined;
    if (!questionnaire) throw unknownLink();
    return { invitation, survey, questionnaire };
  }
}

function alreadyAnswered() {
  return new ConflictError({ nl: 'Deze enquête is al ingevuld; bedankt!', en: 'This survey has already been answered; thank you!' }, { code: 'evaluation.already_answered' });
}

function toQuestionView(q: EvaluationQuestion): PartnerQuestionView {
  return { id: q.id, key: q.key, text: { nl: q.textNl, en: q.textEn }, createdAt: q.createdAt.toISOString(), retired: q.retiredAt !== null };
}

