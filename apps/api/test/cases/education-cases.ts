/**
 * The education line (issue 13 item 5): the isolation cases and bad-input rows
 * of its operations, and the rows they name (own partner: MVO Noord; foreign:
 * Groningen). isolation-cases.ts and bad-input-cases.ts spread the lists into
 * theirs and call seedEducationFixtures from their seeding.
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

export const educationFx = {} as {
  admin: string;
  /** MVO Noord's student with its link; one internship waiting for consent, one consented (no scan yet). */
  student: string; studentToken: string; requested: string; requestedToken: string; consented: string; decidedToken: string;
  /** A student whose link the cases renew (the others keep theirs). */
  linkStudent: string;
  /** Groningen's student and its internship. */
  foreignStudent: string; foreignInternship: string;
};
const fx = educationFx;

const internship = { companyName: 'Kapsalon Knip', contactName: 'Ria Knip', startsOn: '2026-02-02', endsOn: '2026-06-26' };

export const EDUCATION_ISOLATION_CASES: IsolationCase[] = [
  { name: 'education students', op: 'GET /api/education/students', own: () => '/api/education/students', expect: ONLY(STAFF, 200) },
  {
    name: 'register students',
    op: 'POST /api/education/students',
    own: () => '/api/education/students',
    body: (role) => ({ className: 'Iso', studyProgramme: 'Cases', students: [{ name: `Student ${role}` }] }),
    expect: ONLY(COORDINATION, 201),
  },
  { name: 'an education student', op: 'GET /api/education/students/{id}', own: () => `/api/education/students/${fx.student}`, foreign: () => `/api/education/students/${fx.foreignStudent}`, expect: ONLY(STAFF, 200) },
  { name: "renew a student's link", op: 'POST /api/education/students/{id}/link', own: () => `/api/education/students/${fx.linkStudent}/link`, foreign: () => `/api/education/students/${fx.foreignStudent}/link`, expect: ONLY(COORDINATION, 201) },
  {
    name: "register a student's internship",
    op: 'POST /api/education/students/{id}/internships',
    own: () => `/api/education/students/${fx.linkStudent}/internships`,
    foreign: () => `/api/education/students/${fx.foreignStudent}/internships`,
    body: () => internship,
    expect: ONLY(COORDINATION, 201),
  },
  // No scan yet: 409 for the school's coordination, saying what is missing.
  {
    name: 'name a junior MVO ambassador',
    op: 'POST /api/education/students/{id}/ambassador',
    own: () => `/api/education/students/${fx.student}/ambassador`,
    foreign: () => `/api/education/students/${fx.foreignStudent}/ambassador`,
    body: () => ({ namedOn: '2026-01-05' }),
    expect: ONLY(COORDINATION, 409),
  },
  // The student's and the company's pages need no session; a session changes nothing. Another school's internship through this link: 404.
  { name: "the student's page by link", op: 'GET /api/public/education/student/{token}', own: () => `/api/public/education/student/${fx.studentToken}`, expect: ALL(200), signedOut: 200 },
  {
    name: 'hand in a scan by link',
    op: 'PUT /api/public/education/student/{token}/internships/{id}/scan',
    own: () => `/api/public/education/student/${fx.studentToken}/internships/${fx.requested}/scan`,
    foreign: () => `/api/public/education/student/${fx.studentToken}/internships/${fx.foreignInternship}/scan`,
    body: () => ({ answers: [{ issueId: 'environment.climate-change', maturity: 2 }] }),
    expect: ALL(409),
    signedOut: 409,
  },
  {
    name: 'record the follow-up by link',
    op: 'PUT /api/public/education/student/{token}/internships/{id}/follow-up',
    own: () => `/api/public/education/student/${fx.studentToken}/internships/${fx.consented}/follow-up`,
    foreign: () => `/api/public/education/student/${fx.studentToken}/internships/${fx.foreignInternship}/follow-up`,
    body: () => ({ discussedOn: '2026-01-05', note: 'Besproken', nextStep: 'koploper' }),
    expect: ALL(409),
    signedOut: 409,
  },
  { name: "the company's consent page by link", op: 'GET /api/public/education/consent/{token}', own: () => `/api/public/education/consent/${fx.requestedToken}`, expect: ALL(200), signedOut: 200 },
  // Decided already: 409 for anyone.
  {
    name: 'decide on consent by link',
    op: 'POST /api/public/education/consent/{token}',
    own: () => `/api/public/education/consent/${fx.decidedToken}`,
    body: () => ({ decision: 'given', name: 'Ria Knip' }),
    expect: ALL(409),
    signedOut: 409,
  },
];

const admin = () => fx.admin;
const nobody = () => undefined;

export const EDUCATION_BAD_INPUT_CASES: BadCase[] = [
  {
    name: 'students without a class, one without a name and with a bad e-mail',
    op: 'POST /api/education/students',
    path: () => '/api/education/students',
    as: admin,
    body: { className: ' ', studyProgramme: 'Cases', students: [{ name: 'Anna' }, { name: ' ', email: 'geen-adres' }] },
    status: 400,
    fields: ['className', 'students.1.name', 'students.1.email'],
  },
  { name: 'students: an empty class', op: 'POST /api/education/students', path: () => '/api/education/students', as: admin, body: { className: 'A', studyProgramme: 'B', students: [] }, status: 400, fields: ['students'] },
  { name: 'students with an unknown field', op: 'POST /api/education/students', path: () => '/api/education/students', as: admin, body: { className: 'A', studyProgramme: 'B', students: [{ name: 'Anna' }], grade: 8 }, status: 400, fields: ['grade'] },
  { name: 'an unknown education student', op: 'GET /api/education/students/{id}', path: () => `/api/education/students/${randomUUID()}`, as: admin, status: 404 },
  { name: 'a non-uuid education student', op: 'GET /api/education/students/{id}', path: () => '/api/education/students/not-a-uuid', as: admin, status: 400, fields: ['id'] },
  { name: "renew an unknown student's link", op: 'POST /api/education/students/{id}/link', path: () => `/api/education/students/${randomUUID()}/link`, as: admin, status: 404 },
  {
    name: 'an internship that ends before it starts',
    op: 'POST /api/education/students/{id}/internships',
    path: () => `/api/education/students/${fx.student}/internships`,
    as: admin,
    body: { ...internship, startsOn: '2026-06-26', endsOn: '2026-02-02' },
    status: 400,
    fields: ['endsOn'],
  },
  {
    name: 'an internship without a company, a bad date and a bad e-mail',
    op: 'POST /api/education/students/{id}/internships',
    path: () => `/api/education/students/${fx.student}/internships`,
    as: admin,
    body: { companyName: '', contactName: 'Ria', contactEmail: 'ria', startsOn: '2026-02-30', endsOn: '2026-06-26' },
    status: 400,
    fields: ['companyName', 'contactEmail', 'startsOn'],
  },
  { name: 'an ambassador named in the future', op: 'POST /api/education/students/{id}/ambassador', path: () => `/api/education/students/${fx.student}/ambassador`, as: admin, body: { namedOn: '2999-01-01' }, status: 400, fields: ['namedOn'] },
  { name: 'an ambassador without a date', op: 'POST /api/education/students/{id}/ambassador', path: () => `/api/education/students/${fx.student}/ambassador`, as: admin, body: { note: 'x' }, status: 400, fields: ['namedOn'] },
  { name: "a student's page of an unknown link", op: 'GET /api/public/education/student/{token}', path: () => `/api/public/education/student/${'x'.repeat(43)}`, as: nobody, status: 404 },
  { name: "a student's page of a malformed link", op: 'GET /api/public/education/student/{token}', path: () => '/api/public/education/student/%20', as: nobody, status: 404 },
  {
    name: 'a scan with a maturity off the scale, an unknown issue and "not relevant" without a reason',
    op: 'PUT /api/public/education/student/{token}/internships/{id}/scan',
    path: () => `/api/public/education/student/${fx.studentToken}/internships/${fx.consented}/scan`,
    as: nobody,
    body: { answers: [{ issueId: 'environment.climate-change', maturity: 5 }, { issueId: 'environment.nope', maturity: 1 }] },
    status: 400,
    fields: ['answers.0.maturity', 'answers.1.issueId'],
  },
  {
    name: 'a scan answering an issue twice and "not relevant" without a reason',
    op: 'PUT /api/public/education/student/{token}/internships/{id}/scan',
    path: () => `/api/public/education/student/${fx.studentToken}/internships/${fx.consented}/scan`,
    as: nobody,
    body: { answers: [{ issueId: 'environment.climate-change', maturity: 1 }, { issueId: 'environment.climate-change', maturity: 2 }, { issueId: 'environment.pollution-prevention', notRelevant: true }] },
    status: 400,
    fields: ['answers.1.issueId', 'answers.2.reason'],
  },
  { name: 'a scan without answers', op: 'PUT /api/public/education/student/{token}/internships/{id}/scan', path: () => `/api/public/education/student/${fx.studentToken}/internships/${fx.consented}/scan`, as: nobody, body: { answers: [] }, status: 400, fields: ['answers'] },
  { name: 'a scan of an unknown internship', op: 'PUT /api/public/education/student/{token}/internships/{id}/scan', path: () => `/api/public/education/student/${fx.studentToken}/internships/${randomUUID()}/scan`, as: nobody, body: { answers: [{ issueId: 'environment.climate-change', maturity: 1 }] }, status: 404 },
  {
    name: 'a follow-up without a note, with an unknown next step and a bad date',
    op: 'PUT /api/public/education/student/{token}/internships/{id}/follow-up',
    path: () => `/api/public/education/student/${fx.studentToken}/internships/${fx.consented}/follow-up`,
    as: nobody,
    body: { discussedOn: '12-06-2026', note: ' ', nextStep: 'step-4' },
    status: 400,
    fields: ['discussedOn', 'note', 'nextStep'],
  },
  { name: 'a consent page of an unknown link', op: 'GET /api/public/education/consent/{token}', path: () => `/api/public/education/consent/${'y'.repeat(43)}`, as: nobody, status: 404 },
  {
    name: 'a consent decision that is neither and without a name',
    op: 'POST /api/public/education/consent/{token}',
    path: () => `/api/public/education/consent/${fx.requestedToken}`,
    as: nobody,
    body: { decision: 'maybe', name: '' },
    status: 400,
    fields: ['decision', 'name'],
  },
];

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export async function seedEducationFixtures(x: Harness): Promise<void> {
  fx.admin = await x.signIn(DEMO_EMAILS.administrator);
  const sql = (text: string, params: unknown[]) => x.sql.query(text, params);
  const noord = x.ids.partners.noord;
  const groningen = x.ids.partners.groningen;
  Object.assign(fx, { student: randomUUID(), linkStudent: randomUUID(), foreignStudent: randomUUID(), requested: randomUUID(), consented: randomUUID(), foreignInternship: randomUUID() });
  fx.studentToken = randomBytes(32).toString('base64url');
  fx.requestedToken = randomBytes(32).toString('base64url');
  fx.decidedToken = randomBytes(32).toString('base64url');
  const by = x.ids.users.admin;
  await sql(
    `insert into education_student (id, partner_id, name, class_name, study_programme, link_hash, created_by) values
       ($1, $2, 'Cases Student', 'C1', 'Cases', $3, $4), ($5, $2, 'Cases Link', 'C1', 'Cases', null, $4), ($6, $7, 'Gronings Student', 'G1', 'Cases', null, $8)`,
    [fx.student, noord, sha256(fx.studentToken), by, fx.linkStudent, fx.foreignStudent, groningen, x.ids.users.gAdmin],
  );
  const organisation = randomUUID();
  await sql(`insert into organisation (id, name, kind) values ($1, 'Cases Stagebedrijf', 'company')`, [organisation]);
  await sql(`insert into journey_lead (id, partner_id, organisation_id, source, contacted_on) values ($1, $2, $3, 'education', '2026-01-05')`, [randomUUID(), noord, organisation]);
  await sql(
    `insert into education_internship (id, partner_id, student_id, company_name, contact_name, starts_on, ends_on, consent_hash, consent_status, consent_by, consent_at, organisation_id) values
       ($1, $2, $3, 'Wacht Op Ja', 'Contact', '2026-01-05', '2026-06-26', $4, 'requested', null, null, null),
       ($5, $2, $3, 'Cases Stagebedrijf', 'Contact', '2026-01-05', '2026-06-26', $6, 'given', 'Contact', now(), $7),
       ($8, $9, $10, 'Gronings Bedrijf', 'Contact', '2026-01-05', '2026-06-26', null, 'requested', null, null, null)`,
    [fx.requested, noord, fx.student, sha256(fx.requestedToken), fx.consented, sha256(fx.decidedToken), organisation, fx.foreignInternship, groningen, fx.foreignStudent],
  );
}
