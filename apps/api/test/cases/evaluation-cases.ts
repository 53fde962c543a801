/**
 * The evaluation survey and figures: the isolation cases and bad-input rows of
 * their operations, and the rows they name (own partner: MVO Noord with
 * Bakkerij De Vries; foreign: Groningen). isolation-cases.ts and
 * bad-input-cases.ts spread the lists into theirs and call
 * seedEvaluationFixtures from their seeding.
 *
 * Only types come from those files: they import this one.
 */
import type { Role } from '@koers/domain';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DEMO_EMAILS, type Harness } from '../../../../tools/testing/api-harness';
import type { BadCase } from './bad-input-cases';
import type { IsolationCase } from './isolation-cases';

const ROLES: Role[] = ['administrator', 'coordinator', 'adviser', 'analyst', 'participant'];
const ONLY = (roles: Role[], ok: number): Record<Role, number> => Object.fromEntries(ROLES.map((r) => [r, roles.includes(r) ? ok : 403])) as Record<Role, number>;
const ALL = (s: number): Record<Role, number> => ({ administrator: s, coordinator: s, adviser: s, analyst: s, participant: s });
const STAFF: Role[] = ['administrator', 'coordinator', 'adviser', 'analyst'];
const COORDINATION: Role[] = ['administrator', 'coordinator'];
const FIGURES: Role[] = ['administrator', 'coordinator', 'analyst'];

export const evaluationFx = {} as {
  admin: string;
  ownQuestion: string; foreignQuestion: string;
  /** A link whose invitation is answered (409 for everyone) and one that is open (for the page and the bad-input rows). */
  answeredToken: string; openToken: string;
  ownRun: string; foreignRun: string;
};
const fx = evaluationFx;

export const EVALUATION_ISOLATION_CASES: IsolationCase[] = [
  { name: 'evaluation questions', op: 'GET /api/evaluation/questions', own: () => '/api/evaluation/questions', expect: ONLY(STAFF, 200) },
  {
    name: 'add an evaluation question',
    op: 'POST /api/evaluation/questions',
    own: () => '/api/evaluation/questions',
    body: (role) => ({ key: `isolation-${role}`, text: { nl: 'Een vraag', en: 'A question' } }),
    expect: ONLY(COORDINATION, 201),
  },
  // Retired by the administrator; for the coordinator it is retired already (404).
  {
    name: 'retire an evaluation question',
    op: 'DELETE /api/evaluation/questions/{id}',
    own: () => `/api/evaluation/questions/${fx.ownQuestion}`,
    foreign: () => `/api/evaluation/questions/${fx.foreignQuestion}`,
    expect: { ...ONLY([], 403), administrator: 200, coordinator: 404 },
  },
  // The survey page needs no session; a session changes nothing.
  { name: 'survey page by link', op: 'GET /api/public/evaluation/{token}', own: () => `/api/public/evaluation/${fx.openToken}`, expect: ALL(200), signedOut: 200 },
  // An answered survey: 409 for anyone.
  {
    name: 'answer a survey by link',
    op: 'POST /api/public/evaluation/{token}',
    own: () => `/api/public/evaluation/${fx.answeredToken}`,
    body: () => ({ answers: [{ item: 'good-instrument', value: 4 }] }),
    expect: ALL(409),
    signedOut: 409,
  },
  { name: 'compute the evaluation figures', op: 'POST /api/evaluation/figures', own: () => '/api/evaluation/figures', expect: ONLY(FIGURES, 202) },
  {
    name: 'an evaluation run',
    op: 'GET /api/evaluation/figures/{id}',
    own: () => `/api/evaluation/figures/${fx.ownRun}`,
    foreign: () => `/api/evaluation/figures/${fx.foreignRun}`,
    expect: ONLY(FIGURES, 200),
  },
  // The dashboard and its exports read the reader's partner's own groups and runs only (row-level security); there is no foreign id to ask for.
  { name: 'the programme dashboard', op: 'GET /api/evaluation/dashboard', own: () => '/api/evaluation/dashboard?by=step', expect: ONLY(FIGURES, 200) },
  { name: 'the programme dashboard as CSV', op: 'GET /api/evaluation/dashboard/csv', own: () => '/api/evaluation/dashboard/csv?by=year', expect: ONLY(FIGURES, 200) },
  { name: 'the programme dashboard as Excel', op: 'GET /api/evaluation/dashboard/xlsx', own: () => '/api/evaluation/dashboard/xlsx?by=municipality', expect: ONLY(FIGURES, 200) },
  { name: 'the province report', op: 'GET /api/evaluation/dashboard/pdf', own: () => '/api/evaluation/dashboard/pdf?province=Drenthe', expect: ONLY(FIGURES, 200) },
];

const admin = () => fx.admin;
const long = (n: number) => 'x'.repeat(n);

export const EVALUATION_BAD_INPUT_CASES: BadCase[] = [
  {
    name: 'an evaluation question with a bad key and blank, overlong texts',
    op: 'POST /api/evaluation/questions',
    path: () => '/api/evaluation/questions',
    as: admin,
    body: { key: 'Geen Sleutel!', text: { nl: '  ', en: long(301) } },
    status: 400,
    fields: ['key', 'text.nl', 'text.en'],
  },
  { name: 'an evaluation question without text', op: 'POST /api/evaluation/questions', path: () => '/api/evaluation/questions', as: admin, body: { key: 'lunch' }, status: 400, fields: ['text'] },
  { name: 'an evaluation question with an unknown field', op: 'POST /api/evaluation/questions', path: () => '/api/evaluation/questions', as: admin, body: { key: 'lunch', text: { nl: 'a', en: 'b' }, weight: 2 }, status: 400, fields: ['weight'] },
  { name: 'retire an unknown evaluation question', op: 'DELETE /api/evaluation/questions/{id}', path: () => `/api/evaluation/questions/${randomUUID()}`, as: admin, status: 404 },
  { name: 'retire a non-uuid evaluation question', op: 'DELETE /api/evaluation/questions/{id}', path: () => '/api/evaluation/questions/not-a-uuid', as: admin, status: 400, fields: ['id'] },
  { name: 'a survey page of an unknown link', op: 'GET /api/public/evaluation/{token}', path: () => `/api/public/evaluation/${'x'.repeat(43)}`, as: () => undefined, status: 404 },
  { name: 'a survey page of a malformed link', op: 'GET /api/public/evaluation/{token}', path: () => '/api/public/evaluation/%20', as: () => undefined, status: 404 },
  {
    name: 'survey answers off the scale and not a list',
    op: 'POST /api/public/evaluation/{token}',
    path: () => `/api/public/evaluation/${fx.openToken}`,
    as: () => undefined,
    body: { answers: [{ item: 'good-instrument', value: 6 }, { item: 'fairtrade', value: 2.5 }] },
    status: 400,
    fields: ['answers.0.value', 'answers.1.value'],
  },
  { name: 'survey answers missing', op: 'POST /api/public/evaluation/{token}', path: () => `/api/public/evaluation/${fx.openToken}`, as: () => undefined, body: {}, status: 400, fields: ['answers'] },
  {
    name: 'a survey answer to a question the survey does not have',
    op: 'POST /api/public/evaluation/{token}',
    path: () => `/api/public/evaluation/${fx.openToken}`,
    as: () => undefined,
    body: { answers: [{ item: 'good-instrument', value: 4 }, { item: 'no-such-item', value: 4 }] },
    status: 400,
    fields: ['answers.1.item'],
  },
  { name: 'survey answers by an unknown link', op: 'POST /api/public/evaluation/{token}', path: () => `/api/public/evaluation/${'y'.repeat(43)}`, as: () => undefined, body: { answers: [] }, status: 404 },
  { name: 'an unknown evaluation run', op: 'GET /api/evaluation/figures/{id}', path: () => `/api/evaluation/figures/${randomUUID()}`, as: admin, status: 404 },
  { name: 'a non-uuid evaluation run', op: 'GET /api/evaluation/figures/{id}', path: () => '/api/evaluation/figures/not-a-uuid', as: admin, status: 400, fields: ['id'] },
  { name: 'a dashboard by a breakdown that does not exist', op: 'GET /api/evaluation/dashboard', path: () => '/api/evaluation/dashboard?by=province', as: admin, status: 400, fields: ['by'] },
  { name: 'a dashboard with an unknown parameter', op: 'GET /api/evaluation/dashboard', path: () => '/api/evaluation/dashboard?by=step&line=clean_energy', as: admin, status: 400, fields: ['line'] },
  { name: 'a CSV export by a breakdown that does not exist', op: 'GET /api/evaluation/dashboard/csv', path: () => '/api/evaluation/dashboard/csv?by=group', as: admin, status: 400, fields: ['by'] },
  { name: 'an Excel export by a breakdown that does not exist', op: 'GET /api/evaluation/dashboard/xlsx', path: () => '/api/evaluation/dashboard/xlsx?by=', as: admin, status: 400, fields: ['by'] },
  { name: 'a province report with an overlong province and a bad breakdown', op: 'GET /api/evaluation/dashboard/pdf', path: () => `/api/evaluation/dashboard/pdf?by=regio&province=${long(101)}`, as: admin, status: 400, fields: ['by', 'province'] },
];

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** A closed group of each partner with a survey; two invitations of MVO Noord's (one answered), a partner question and a run of each partner. */
export async function seedEvaluationFixtures(x: Harness): Promise<void> {
  fx.admin = await x.signIn(DEMO_EMAILS.administrator);
  const sql = (text: string, params: unknown[]) => x.sql.query(text, params);
  const noord = x.ids.partners.noord;
  const groningen = x.ids.partners.groningen;
  Object.assign(fx, { ownQuestion: randomUUID(), foreignQuestion: randomUUID(), ownRun: randomUUID(), foreignRun: randomUUID() });
  await sql(
    `insert into evaluation_question (id, partner_id, key, text_nl, text_en) values ($1, $2, 'partner.cases-own', 'Eigen vraag', 'Own question'), ($3, $4, 'partner.cases-foreign', 'Vraag', 'Question')`,
    [fx.ownQuestion, noord, fx.foreignQuestion, groningen],
  );
  const group = randomUUID();
  const survey = randomUUID();
  const enrolment = randomUUID();
  await sql(
    `insert into programme_group (id, partner_id, step, name, starts_on, ends_on, status, closed_at) values ($1, $2, 'masterclass', 'Masterclass evaluatie-cases', '2026-01-10', '2026-06-20', 'closed', now())`,
    [group, noord],
  );
  await sql(`insert into enrolment (id, partner_id, group_id, organisation_id, role, phase) values ($1, $2, $3, $4, 'participant', 'outcome')`, [enrolment, noord, group, x.ids.organisations.bakkerij]);
  await sql(`insert into evaluation_survey (id, partner_id, group_id, questionnaire_id, expires_at) values ($1, $2, $3, 'evaluation.questionnaire.v1', now() + interval '30 days')`, [survey, noord, group]);
  const other = randomUUID();
  await sql(`insert into app_user (id, email, name, password_hash) values ($1, $2, 'Evaluatie Cases', 'x')`, [other, `evaluatie-cases-${other.slice(0, 8)}@bakkerij-devries.test`]);
  fx.answeredToken = randomBytes(32).toString('base64url');
  fx.openToken = randomBytes(32).toString('base64url');
  for (const [user, token, answered] of [[x.ids.users.participant, fx.answeredToken, true], [other, fx.openToken, false]] as const) {
    const invitation = randomUUID();
    await sql(
      `insert into evaluation_invitation (id, partner_id, survey_id, enrolment_id, organisation_id, user_id, email, sent_at, answered_at) values ($1, $2, $3, $4, $5, $6, 'cases@bakkerij-devries.test', now(), $7)`,
      [invitation, noord, survey, enrolment, x.ids.organisations.bakkerij, user, answered ? new Date() : null],
    );
    await sql(`insert into evaluation_link (token_hash, partner_id, invitation_id) values ($1, $2, $3)`, [sha256(token), noord, invitation]);
    if (answered) await sql(`insert into evaluation_response (invitation_id, partner_id, survey_id, answers) values ($1, $2, $3, '[{"item": "good-instrument", "value": 5}]')`, [invitation, noord, survey]);
  }
  for (const [id, partner] of [[fx.ownRun, noord], [fx.foreignRun, groningen]] as const) {
    await sql(
      `insert into evaluation_run (id, partner_id, plugin_id, plugin_version, questionnaire_id, input, input_hash) values ($1, $2, 'evaluation.programme', '0.0.0-cases', 'evaluation.questionnaire.v1', '{"questionnaireId": "evaluation.questionnaire.v1", "invitations": []}', $3)`,
      [id, partner, sha256(id)],
    );
  }
}
