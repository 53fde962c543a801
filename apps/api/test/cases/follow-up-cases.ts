/**
 * The follow-up after every track (worklist, calls, the follow-up period, the
 * plenary feedback session, students): the isolation cases and bad-input rows
 * of its operations, and the rows they name (own partner: MVO Noord with
 * Bakkerij De Vries; foreign: Groningen with Metaalbewerking Hoekstra).
 * isolation-cases.ts and bad-input-cases.ts spread the lists into theirs and
 * call seedFollowUpFixtures from their seeding.
 *
 * Only types come from those files: they import this one.
 */
import type { Role } from '@koers/domain';
import { randomUUID } from 'node:crypto';
import { DEMO_EMAILS, type Harness } from '../../../../tools/testing/api-harness';
import type { BadCase } from './bad-input-cases';
import type { IsolationCase } from './isolation-cases';

const ROLES: Role[] = ['administrator', 'coordinator', 'adviser', 'analyst', 'participant'];
const ONLY = (roles: Role[], ok: number): Record<Role, number> => Object.fromEntries(ROLES.map((r) => [r, roles.includes(r) ? ok : 403])) as Record<Role, number>;
const STAFF: Role[] = ['administrator', 'coordinator', 'adviser', 'analyst'];
const COORDINATION: Role[] = ['administrator', 'coordinator'];
const CALLERS: Role[] = ['administrator', 'coordinator', 'adviser'];

export const followUpFx = {} as {
  admin: string;
  ownTask: string; ownTaskToCancel: string; foreignTask: string;
  ownClosedGroup: string; foreignClosedGroup: string;
  ownStudent: string; foreignStudent: string; ownAssignment: string; foreignAssignment: string;
};
const fx = followUpFx;
let harness: Harness | undefined;
const h = (): Harness => {
  if (!harness) throw new Error('seedFollowUpFixtures has not run');
  return harness;
};

export const FOLLOW_UP_ISOLATION_CASES: IsolationCase[] = [
  { name: 'follow-up period', op: 'GET /api/journey/follow-up/settings', own: () => '/api/journey/follow-up/settings', expect: ONLY(STAFF, 200) },
  { name: 'set the follow-up period', op: 'PUT /api/journey/follow-up/settings', own: () => '/api/journey/follow-up/settings', body: () => ({ weeks: 6 }), expect: ONLY(COORDINATION, 200) },
  { name: 'follow-up worklist', op: 'GET /api/journey/follow-ups', own: () => '/api/journey/follow-ups', expect: ONLY(STAFF, 200) },
  {
    name: "a company's follow-ups",
    op: 'GET /api/journey/organisations/{id}/follow-ups',
    own: (x) => `/api/journey/organisations/${x.ids.organisations.bakkerij}/follow-ups`,
    foreign: (x) => `/api/journey/organisations/${x.ids.organisations.metaal}/follow-ups`,
    expect: ONLY(STAFF, 200),
  },
  // Recorded once by the administrator; then no longer open for the others (409).
  {
    name: 'record a follow-up call',
    op: 'POST /api/journey/follow-ups/{id}/call',
    own: () => `/api/journey/follow-ups/${fx.ownTask}/call`,
    foreign: () => `/api/journey/follow-ups/${fx.foreignTask}/call`,
    body: () => ({ outcome: 'picked_up', helpNeeded: ['financing'] }),
    expect: { ...ONLY([], 403), administrator: 200, coordinator: 409, adviser: 409 },
  },
  {
    name: 'cancel a follow-up',
    op: 'POST /api/journey/follow-ups/{id}/cancel',
    own: () => `/api/journey/follow-ups/${fx.ownTaskToCancel}/cancel`,
    foreign: () => `/api/journey/follow-ups/${fx.foreignTask}/cancel`,
    body: () => ({ reason: 'Bedrijf gestopt' }),
    expect: { ...ONLY([], 403), administrator: 200, coordinator: 409, adviser: 409 },
  },
  {
    name: 'plan the plenary feedback session',
    op: 'POST /api/journey/groups/{id}/feedback-session',
    own: () => `/api/journey/groups/${fx.ownClosedGroup}/feedback-session`,
    foreign: () => `/api/journey/groups/${fx.foreignClosedGroup}/feedback-session`,
    body: () => ({ startsAt: '2027-02-10T16:00:00+01:00', location: 'Gemeentehuis Assen' }),
    expect: { ...ONLY([], 403), administrator: 201, coordinator: 409 },
  },
  { name: 'list students', op: 'GET /api/journey/students', own: () => '/api/journey/students', expect: ONLY(STAFF, 200) },
  {
    name: 'register a student',
    op: 'POST /api/journey/students',
    own: () => '/api/journey/students',
    body: (role) => ({ name: `Student ${role}`, institution: 'Hanzehogeschool Groningen', studyProgramme: 'Bedrijfskunde', periodStart: '2027-02-01', periodEnd: '2027-06-30' }),
    expect: ONLY(COORDINATION, 201),
  },
  {
    name: 'change a student',
    op: 'PATCH /api/journey/students/{id}',
    own: () => `/api/journey/students/${fx.ownStudent}`,
    foreign: () => `/api/journey/students/${fx.foreignStudent}`,
    body: () => ({ studyProgramme: 'Technische Bedrijfskunde' }),
    expect: ONLY(COORDINATION, 200),
  },
  {
    name: 'give a student a task at a company',
    op: 'POST /api/journey/students/{id}/assignments',
    own: () => `/api/journey/students/${fx.ownStudent}/assignments`,
    foreign: () => `/api/journey/students/${fx.foreignStudent}/assignments`,
    body: () => ({ organisationId: h().ids.organisations.bakkerij, task: 'Energiescan van de bakkerij' }),
    expect: ONLY(CALLERS, 201),
  },
  {
    name: "record a student task's result",
    op: 'PATCH /api/journey/student-assignments/{id}',
    own: () => `/api/journey/student-assignments/${fx.ownAssignment}`,
    foreign: () => `/api/journey/student-assignments/${fx.foreignAssignment}`,
    body: () => ({ status: 'active' }),
    expect: ONLY(CALLERS, 200),
  },
  {
    name: "a company's student tasks",
    op: 'GET /api/journey/organisations/{id}/student-assignments',
    own: (x) => `/api/journey/organisations/${x.ids.organisations.bakkerij}/student-assignments`,
    foreign: (x) => `/api/journey/organisations/${x.ids.organisations.metaal}/student-assignments`,
    expect: ONLY([...STAFF, 'participant'], 200),
  },
];

const admin = () => fx.admin;
const long = (n: number) => 'x'.repeat(n);

export const FOLLOW_UP_BAD_INPUT_CASES: BadCase[] = [
  { name: 'follow-up period out of range', op: 'PUT /api/journey/follow-up/settings', path: () => '/api/journey/follow-up/settings', as: admin, body: { weeks: 60 }, status: 400, fields: ['weeks'] },
  { name: 'follow-up period not a whole number', op: 'PUT /api/journey/follow-up/settings', path: () => '/api/journey/follow-up/settings', as: admin, body: { weeks: 'zes' }, status: 400, fields: ['weeks'] },
  { name: 'worklist in an unknown state', op: 'GET /api/journey/follow-ups', path: () => '/api/journey/follow-ups?state=soon', as: admin, status: 400, fields: ['state'] },
  { name: 'follow-ups of a non-uuid company', op: 'GET /api/journey/organisations/{id}/follow-ups', path: () => '/api/journey/organisations/not-a-uuid/follow-ups', as: admin, status: 400, fields: ['id'] },
  { name: 'call without outcome or help', op: 'POST /api/journey/follow-ups/{id}/call', path: () => `/api/journey/follow-ups/${randomUUID()}/call`, as: admin, body: {}, status: 400, fields: ['outcome', 'helpNeeded'] },
  {
    name: 'call with an impossible next date',
    op: 'POST /api/journey/follow-ups/{id}/call',
    path: () => `/api/journey/follow-ups/${randomUUID()}/call`,
    as: admin,
    body: { outcome: 'done', helpNeeded: [], nextContactOn: '2027-02-30' },
    status: 400,
    fields: ['nextContactOn'],
  },
  { name: 'call on an unknown task', op: 'POST /api/journey/follow-ups/{id}/call', path: () => `/api/journey/follow-ups/${randomUUID()}/call`, as: admin, body: { outcome: 'done', helpNeeded: [] }, status: 404 },
  { name: 'cancel without a reason', op: 'POST /api/journey/follow-ups/{id}/cancel', path: () => `/api/journey/follow-ups/${randomUUID()}/cancel`, as: admin, body: { reason: ' ' }, status: 400, fields: ['reason'] },
  { name: 'feedback session without time or place', op: 'POST /api/journey/groups/{id}/feedback-session', path: () => `/api/journey/groups/${randomUUID()}/feedback-session`, as: admin, body: { location: long(201) }, status: 400, fields: ['startsAt', 'location'] },
  { name: 'student without fields', op: 'POST /api/journey/students', path: () => '/api/journey/students', as: admin, body: {}, status: 400, fields: ['name', 'institution', 'studyProgramme', 'periodStart', 'periodEnd'] },
  {
    name: 'student with a bad e-mail address',
    op: 'POST /api/journey/students',
    path: () => '/api/journey/students',
    as: admin,
    body: { name: 'Sanne', email: 'sanne-at-hanze', institution: 'Hanze', studyProgramme: 'BK', periodStart: '2027-02-01', periodEnd: '2027-06-30' },
    status: 400,
    fields: ['email'],
  },
  { name: 'student changed to end before the start', op: 'PATCH /api/journey/students/{id}', path: () => `/api/journey/students/${fx.ownStudent}`, as: admin, body: { periodEnd: '2020-01-01' }, status: 400, fields: ['periodEnd'] },
  { name: 'task at a company named by no uuid', op: 'POST /api/journey/students/{id}/assignments', path: () => `/api/journey/students/${fx.ownStudent}/assignments`, as: admin, body: { organisationId: 'bakkerij', task: '' }, status: 400, fields: ['organisationId', 'task'] },
  { name: 'task done without a result', op: 'PATCH /api/journey/student-assignments/{id}', path: () => `/api/journey/student-assignments/${fx.ownAssignment}`, as: admin, body: { status: 'done', result: '' }, status: 400, fields: ['result'] },
  { name: 'task in an unknown status', op: 'PATCH /api/journey/student-assignments/{id}', path: () => `/api/journey/student-assignments/${fx.ownAssignment}`, as: admin, body: { status: 'half' }, status: 400, fields: ['status'] },
  { name: 'student tasks of a non-uuid company', op: 'GET /api/journey/organisations/{id}/student-assignments', path: () => '/api/journey/organisations/not-a-uuid/student-assignments', as: admin, status: 400, fields: ['id'] },
];

/** Open tasks, closed groups, students and their tasks for both partners, written through the privileged connection. */
export async function seedFollowUpFixtures(x: Harness): Promise<void> {
  harness = x;
  fx.admin = await x.signIn(DEMO_EMAILS.administrator);
  const { noord, groningen } = x.ids.partners;
  const { bakkerij, metaal } = x.ids.organisations;
  const closedGroup = async (partnerId: string, organisationId: string) => {
    const id = randomUUID();
    await x.sql.query(`insert into programme_group (id, partner_id, step, name, starts_on, ends_on, status, closed_at) values ($1, $2, 'masterclass', 'CE-masterclass', '2026-01-10', '2026-10-01', 'closed', now())`, [id, partnerId]);
    const enrolment = randomUUID();
    await x.sql.query(`insert into enrolment (id, partner_id, group_id, organisation_id, role, phase) values ($1, $2, $3, $4, 'participant', 'completed')`, [enrolment, partnerId, id, organisationId]);
    return { id, enrolment };
  };
  const own = await closedGroup(noord, bakkerij);
  const foreign = await closedGroup(groningen, metaal);
  fx.ownClosedGroup = own.id;
  fx.foreignClosedGroup = foreign.id;
  const task = async (partnerId: string, organisationId: string, groupId: string, enrolmentId: string | null) => {
    const id = randomUUID();
    await x.sql.query(`insert into follow_up_task (id, partner_id, organisation_id, group_id, enrolment_id, due_on) values ($1, $2, $3, $4, $5, current_date + 3)`, [id, partnerId, organisationId, groupId, enrolmentId]);
    return id;
  };
  fx.ownTask = await task(noord, bakkerij, own.id, own.enrolment);
  fx.ownTaskToCancel = await task(noord, bakkerij, own.id, null);
  fx.foreignTask = await task(groningen, metaal, foreign.id, foreign.enrolment);
  const student = async (partnerId: string, name: string) => {
    const id = randomUUID();
    await x.sql.query(`insert into student (id, partner_id, name, institution, study_programme, period_start, period_end) values ($1, $2, $3, 'Hanzehogeschool', 'Bedrijfskunde', '2027-02-01', '2027-06-30')`, [id, partnerId, name]);
    return id;
  };
  fx.ownStudent = await student(noord, 'Sanne Bakker');
  fx.foreignStudent = await student(groningen, 'Student Hoekstra');
  const assignment = async (partnerId: string, studentId: string, organisationId: string) => {
    const id = randomUUID();
    await x.sql.query(`insert into student_assignment (id, partner_id, student_id, organisation_id, task) values ($1, $2, $3, $4, 'Energiescan')`, [id, partnerId, studentId, organisationId]);
    return id;
  };
  fx.ownAssignment = await assignment(noord, fx.ownStudent, bakkerij);
  fx.foreignAssignment = await assignment(groningen, fx.foreignStudent, metaal);
}
