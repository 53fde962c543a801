/**
 * The tenant-isolation matrix: every operation x every role x own and foreign
 * tenant, with the exact status. Foreign objects answer 404, never data.
 * `seedIsolationFixtures` writes the rows the cases name (own partner: MVO
 * Noord; foreign: Groningen) into `fx`; tenant-isolation.spec.ts runs them.
 */
import type { Role } from '@koers/domain';
import { DiagnosticPing, Enrolment, GroupStaff, KoploperCohort, Masterclass, MasterclassDecision, ProgrammeGroup, ProgrammeSession, StoredFile, SustainabilityProfile } from '@koers/server-db';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DEMO_EMAILS, type Harness } from '../../../../tools/testing/api-harness';
import { DEMO_PASSWORD } from '../../../../tools/dev/seed-demo';
import { footprintInput } from '../../../../tools/testing/calc-fixtures';
import type { Operation } from './operation';
import { FOLLOW_UP_ISOLATION_CASES, seedFollowUpFixtures } from './follow-up-cases';
import { SECTOR_ISOLATION_CASES, seedSectorFixtures } from './chain-sector-cases';
import { CHAIN_ISOLATION_CASES, seedChainFixtures } from './chain-project-cases';
import { JOURNEY_ISOLATION_CASES, seedJourneyFixtures } from './journey-cases';
import { ALLIANCE_ISOLATION_CASES, seedAllianceFixtures } from './alliance-cases';
import { KNOWLEDGE_ISOLATION_CASES, seedKnowledgeFixtures } from './alliance-knowledge-cases';
import { EVALUATION_ISOLATION_CASES, seedEvaluationFixtures } from './evaluation-cases';
import { EDUCATION_ISOLATION_CASES, seedEducationFixtures } from './education-cases';
import { ADMIN_ISOLATION_CASES, seedAdminFixtures } from './admin-cases';

export const ROLES: Role[] = ['administrator', 'coordinator', 'adviser', 'analyst', 'participant'];

export interface IsolationCase {
  name: string;
  /** The operation of the OpenAPI document this case covers (method and path template). */
  op: Operation;
  /** Path for the own tenant's object (or the only path, for collection endpoints). */
  own: (h: Harness) => string;
  /** Path naming the foreign tenant's object; absent for endpoints without one. */
  foreign?: (h: Harness) => string;
  body?: (role: Role) => unknown;
  /** The body for the foreign call where the foreign object is named in the body (switching to another's membership). */
  foreignBody?: (role: Role) => unknown;
  /** Status per role for the own object; the foreign object answers 404 wherever the role passes the role check. */
  expect: Record<Role, number>;
  /** Status without a session: 401 unless the route is public. */
  signedOut?: number;
  /** Call with a session of its own (signing out must not end the session the other cases use). */
  freshSession?: boolean;
}

export const ALL = (s: number): Record<Role, number> => ({ administrator: s, coordinator: s, adviser: s, analyst: s, participant: s });
export const ONLY = (roles: Role[], ok: number): Record<Role, number> => Object.fromEntries(ROLES.map((r) => [r, roles.includes(r) ? ok : 403])) as Record<Role, number>;
const STAFF: Role[] = ['administrator', 'coordinator', 'adviser', 'analyst'];
const WRITE_PLAN: Role[] = ['administrator', 'coordinator', 'adviser', 'participant'];
const COORDINATION: Role[] = ['administrator', 'coordinator'];

/** The rows the cases name, written by seedIsolationFixtures. */
export interface IsolationFixtures {
  memberships: Record<Role | 'gAdmin', string>;
  cert: Record<'participant' | 'own' | 'foreign' | 'submitted' | 'approved' | 'awarded', string>;
  track: Record<'ownItem' | 'ownDoomed' | 'foreignItem' | 'ownSubmission' | 'foreignSubmission', string>;
  invitation: Record<'ownResend' | 'ownWithdraw' | 'foreign' | 'previewToken' | 'acceptedToken', string>;
  calc: Record<'ownResult' | 'foreignResult' | 'ownBulk' | 'foreignBulk', string>;
  ownPing: string;
  foreignPing: string;
  ownCohort: string;
  smallCohort: string;
  smallCohortParticipant: string;
  foreignCohort: string;
  ownCohortParticipant: string;
  foreignCohortParticipant: string;
  ownSession: string;
  foreignSession: string;
  /** A session of one participant of the own cohort (Gesprek op locatie). */
  ownVisit: string;
  adviserCohort: string;
  ownFile: string;
  foreignFile: string;
  ownProfile: string;
  ownDraftProfile: string;
  foreignProfile: string;
  ownConsent: string;
  foreignConsent: string;
  /** Masterclasses (step 2): a running one of each partner with the bakery (own) and the metal works (foreign), a workshop each; the own one decided 'go'. */
  mc: Record<'own' | 'foreign' | 'ownEnrolment' | 'foreignEnrolment' | 'ownSession' | 'foreignSession', string>;
}

export const fx = { memberships: {}, cert: {}, track: {}, invitation: {}, calc: {}, mc: {} } as IsolationFixtures;

export const ISOLATION_CASES: IsolationCase[] = [
  // Signing in and the session.
  { name: 'sign in', op: 'POST /api/auth/sign-in', own: () => '/api/auth/sign-in', body: (role) => ({ email: DEMO_EMAILS[role], password: DEMO_PASSWORD }), expect: ALL(200), signedOut: 200 },
  { name: 'session', op: 'GET /api/auth/session', own: () => '/api/auth/session', expect: ALL(200) },
  { name: 'sign out', op: 'POST /api/auth/sign-out', own: () => '/api/auth/sign-out', expect: ALL(204), freshSession: true },
  // Switching to one's own membership; another user's membership is not found.
  {
    name: 'switch membership',
    op: 'POST /api/auth/switch',
    own: () => '/api/auth/switch',
    foreign: () => '/api/auth/switch',
    body: (role) => ({ membershipId: fx.memberships[role] }),
    foreignBody: () => ({ membershipId: fx.memberships.gAdmin }),
    expect: ALL(200),
  },
  { name: 'profile', op: 'PATCH /api/auth/profile', own: () => '/api/auth/profile', body: () => ({ locale: 'nl' }), expect: ALL(200) },
  // Answers 202 for any address, with or without a session.
  { name: 'ask for a password reset', op: 'POST /api/auth/password-reset', own: () => '/api/auth/password-reset', body: (role) => ({ email: DEMO_EMAILS[role] }), expect: ALL(202), signedOut: 202 },
  // An unknown token: 400 naming it, with or without a session.
  {
    name: 'confirm a password reset',
    op: 'POST /api/auth/password-reset/confirm',
    own: () => '/api/auth/password-reset/confirm',
    body: () => ({ token: 'a'.repeat(43), password: 'een-lang-wachtwoord' }),
    expect: ALL(400),
    signedOut: 400,
  },
  // Partners, organisations, consents, users.
  { name: 'current partner', op: 'GET /api/partners/current', own: () => '/api/partners/current', expect: ALL(200) },
  { name: 'list organisations', op: 'GET /api/organisations', own: () => '/api/organisations', expect: ALL(200) },
  {
    name: 'get organisation',
    op: 'GET /api/organisations/{id}',
    own: (x) => `/api/organisations/${x.ids.organisations.bakkerij}`,
    foreign: (x) => `/api/organisations/${x.ids.organisations.metaal}`,
    expect: ALL(200),
  },
  {
    name: 'update organisation',
    op: 'PATCH /api/organisations/{id}',
    own: (x) => `/api/organisations/${x.ids.organisations.bakkerij}`,
    foreign: (x) => `/api/organisations/${x.ids.organisations.metaal}`,
    body: () => ({ region: 'Drenthe' }),
    expect: ONLY(['administrator', 'coordinator', 'adviser', 'participant'], 200),
  },
  {
    name: 'create organisation',
    op: 'POST /api/organisations',
    own: () => '/api/organisations',
    body: (role) => ({ name: `Nieuw bedrijf ${role}`, kind: 'company', step: 'koploper' }),
    expect: ONLY(COORDINATION, 201),
  },
  {
    name: 'list consents',
    op: 'GET /api/organisations/{id}/consents',
    own: (x) => `/api/organisations/${x.ids.organisations.bakkerij}/consents`,
    foreign: (x) => `/api/organisations/${x.ids.organisations.metaal}/consents`,
    expect: ALL(200),
  },
  {
    name: 'grant consent',
    op: 'POST /api/organisations/{id}/consents',
    own: (x) => `/api/organisations/${x.ids.organisations.bakkerij}/consents`,
    foreign: (x) => `/api/organisations/${x.ids.organisations.metaal}/consents`,
    body: () => ({ partnerSlug: 'groningen-duurzaam' }),
    expect: ONLY(['participant'], 201),
  },
  {
    name: 'revoke consent',
    op: 'DELETE /api/organisations/{id}/consents/{consentId}',
    own: (x) => `/api/organisations/${x.ids.organisations.bakkerij}/consents/${fx.ownConsent}`,
    foreign: (x) => `/api/organisations/${x.ids.organisations.metaal}/consents/${fx.foreignConsent}`,
    expect: ONLY(['participant'], 204),
  },
  { name: 'list users', op: 'GET /api/users', own: () => '/api/users', expect: ONLY(['administrator'], 200) },
  {
    name: 'create user',
    op: 'POST /api/users',
    own: () => '/api/users',
    body: (role) => ({ email: `nieuw-${role}@mvo-noord.test`, name: 'Nieuwe collega', role: 'adviser' }),
    expect: ONLY(['administrator'], 201),
  },
  { name: 'audit log', op: 'GET /api/audit-log', own: () => '/api/audit-log', expect: ONLY(['administrator'], 200) },
  // A token that is nobody's invitation to the signed-in account: 400 naming it for everyone (security-operator.spec accepts a real one).
  {
    name: 'accept a membership invitation',
    op: 'POST /api/membership-invitations/accept',
    own: () => '/api/membership-invitations/accept',
    body: () => ({ token: 'a'.repeat(43) }),
    expect: ALL(400),
  },
  // Diagnostics and the queue dashboard (the dashboard is not in the OpenAPI document).
  { name: 'request ping', op: 'POST /api/diagnostics/pings', own: () => '/api/diagnostics/pings', expect: ONLY(['administrator'], 201) },
  {
    name: 'get ping',
    op: 'GET /api/diagnostics/pings/{id}',
    own: () => `/api/diagnostics/pings/${fx.ownPing}`,
    foreign: () => `/api/diagnostics/pings/${fx.foreignPing}`,
    expect: ONLY(['administrator'], 200),
  },
  // The platform's operator only (security-operator.spec.ts): every partner role, the administrator too, is refused.
  { name: 'queue dashboard', op: 'GET /api/admin/queues', own: () => '/api/admin/queues', expect: ALL(403) },
  // Calculations (no worker: a submission stays pending).
  { name: 'list calculators', op: 'GET /api/calculators', own: () => '/api/calculators', expect: ALL(200) },
  {
    name: 'submit calculation',
    op: 'POST /api/organisations/{id}/calculations',
    own: (x) => `/api/organisations/${x.ids.organisations.bakkerij}/calculations`,
    foreign: (x) => `/api/organisations/${x.ids.organisations.metaal}/calculations`,
    body: () => ({ pluginId: 'footprint.ghg', year: 2024, input: footprintInput(3) }),
    expect: ONLY(WRITE_PLAN, 202),
  },
  {
    name: "list an organisation's calculations",
    op: 'GET /api/organisations/{id}/calculations',
    own: (x) => `/api/organisations/${x.ids.organisations.bakkerij}/calculations`,
    foreign: (x) => `/api/organisations/${x.ids.organisations.metaal}/calculations`,
    expect: ALL(200),
  },
  { name: 'get calculation', op: 'GET /api/calculations/{id}', own: () => `/api/calculations/${fx.calc.ownResult}`, foreign: () => `/api/calculations/${fx.calc.foreignResult}`, expect: ALL(200) },
  { name: 'recompute', op: 'POST /api/calculations/recompute', own: () => '/api/calculations/recompute', body: () => ({ pluginId: 'footprint.ghg' }), expect: ONLY(['administrator', 'analyst'], 202) },
  {
    name: 'recompute progress',
    op: 'GET /api/calculations/recompute/{bulkId}',
    own: () => `/api/calculations/recompute/${fx.calc.ownBulk}`,
    foreign: () => `/api/calculations/recompute/${fx.calc.foreignBulk}`,
    expect: ONLY(['administrator', 'analyst'], 200),
  },
  // Koplopergroepen (step 1's view of the core's groups).
  { name: 'list cohorts', op: 'GET /api/koploper/cohorts', own: () => '/api/koploper/cohorts', expect: ALL(200) },
  { name: 'get cohort', op: 'GET /api/koploper/cohorts/{id}', own: () => `/api/koploper/cohorts/${fx.ownCohort}`, foreign: () => `/api/koploper/cohorts/${fx.foreignCohort}`, expect: ALL(200) },
  {
    name: 'create cohort',
    op: 'POST /api/koploper/cohorts',
    own: () => '/api/koploper/cohorts',
    body: () => ({ name: 'Koplopergroep Assen', municipality: 'Assen', startsOn: '2026-01-15', endsOn: '2026-12-15' }),
    expect: ONLY(COORDINATION, 201),
  },
  {
    name: 'update cohort',
    op: 'PATCH /api/koploper/cohorts/{id}',
    own: () => `/api/koploper/cohorts/${fx.ownCohort}`,
    foreign: () => `/api/koploper/cohorts/${fx.foreignCohort}`,
    body: () => ({ phasePlan: { kickoff: '2026-02-01' } }),
    expect: ONLY(COORDINATION, 200),
  },
  // The programme core: groups, enrolments, staff, sessions, invitations.
  { name: 'get group', op: 'GET /api/programme/groups/{id}', own: () => `/api/programme/groups/${fx.ownCohort}`, foreign: () => `/api/programme/groups/${fx.foreignCohort}`, expect: ALL(200) },
  {
    name: 'update group',
    op: 'PATCH /api/programme/groups/{id}',
    own: () => `/api/programme/groups/${fx.ownCohort}`,
    foreign: () => `/api/programme/groups/${fx.foreignCohort}`,
    body: () => ({ endsOn: '2026-12-15' }),
    expect: ONLY(COORDINATION, 200),
  },
  {
    name: 'enrol an organisation',
    op: 'POST /api/programme/groups/{id}/enrolments',
    own: () => `/api/programme/groups/${fx.ownCohort}/enrolments`,
    foreign: () => `/api/programme/groups/${fx.foreignCohort}/enrolments`,
    body: (role) => ({ organisationId: role === 'administrator' ? h().ids.organisations.installateur : h().ids.organisations.zorg }),
    expect: ONLY(COORDINATION, 201),
  },
  // A group of one is below the size rule: the allowed roles get the rule's 409, never 500 or another tenant's data.
  { name: 'start group', op: 'POST /api/programme/groups/{id}/start', own: () => `/api/programme/groups/${fx.smallCohort}/start`, foreign: () => `/api/programme/groups/${fx.foreignCohort}/start`, expect: ONLY(COORDINATION, 409) },
  {
    name: 'change phase',
    op: 'PATCH /api/programme/enrolments/{id}',
    own: () => `/api/programme/enrolments/${fx.smallCohortParticipant}`,
    foreign: () => `/api/programme/enrolments/${fx.foreignCohortParticipant}`,
    body: () => ({ phase: 'baseline' }),
    // The group has not started: 409 for the roles that may move participants.
    expect: ONLY(['administrator', 'coordinator', 'adviser'], 409),
  },
  {
    name: 'add adviser',
    op: 'POST /api/programme/groups/{id}/staff',
    own: () => `/api/programme/groups/${fx.ownCohort}/staff`,
    foreign: () => `/api/programme/groups/${fx.foreignCohort}/staff`,
    // The administrator adds the experienced adviser, the coordinator then the trainee under that mentor.
    body: (role) =>
      role === 'administrator'
        ? { role: 'adviser', userId: h().ids.users.adviser, trainee: false }
        : { role: 'adviser', userId: h().ids.users.trainee, trainee: true, mentorUserId: h().ids.users.adviser },
    expect: ONLY(COORDINATION, 201),
  },
  {
    name: 'add outside specialist',
    op: 'POST /api/programme/groups/{id}/staff',
    own: () => `/api/programme/groups/${fx.ownCohort}/staff`,
    foreign: () => `/api/programme/groups/${fx.foreignCohort}/staff`,
    body: (role) => ({ role: 'specialist', externalName: `Ineke Smit (${role})`, externalOrganisation: 'Hanzehogeschool Groningen', contribution: 'Biobased bouwen' }),
    expect: ONLY(COORDINATION, 201),
  },
  {
    name: 'remove adviser',
    op: 'DELETE /api/programme/groups/{id}/staff/{staffId}',
    own: () => `/api/programme/groups/${fx.adviserCohort}/staff/${h().ids.users.adviser}`,
    foreign: () => `/api/programme/groups/${fx.foreignCohort}/staff/${h().ids.users.gAdviser}`,
    // Removed by the administrator; for the coordinator it is already gone.
    expect: { ...ONLY([], 0), administrator: 204, coordinator: 400 },
  },
  { name: 'close group', op: 'POST /api/programme/groups/{id}/close', own: () => `/api/programme/groups/${fx.smallCohort}/close`, foreign: () => `/api/programme/groups/${fx.foreignCohort}/close`, expect: ONLY(COORDINATION, 409) },
  { name: 'staff picker', op: 'GET /api/programme/staff-picker', own: () => '/api/programme/staff-picker?role=adviser', expect: ONLY(STAFF, 200) },
  {
    name: 'invite by e-mail',
    op: 'POST /api/programme/groups/{id}/invitations',
    own: () => `/api/programme/groups/${fx.ownCohort}/invitations`,
    foreign: () => `/api/programme/groups/${fx.foreignCohort}/invitations`,
    body: (role) => ({ email: `uitgenodigd-${role}@bedrijf.test` }),
    expect: ONLY(COORDINATION, 201),
  },
  { name: 'list group materials', op: 'GET /api/programme/groups/{id}/materials', own: () => `/api/programme/groups/${fx.ownCohort}/materials`, foreign: () => `/api/programme/groups/${fx.foreignCohort}/materials`, expect: ALL(200) },
  // A JSON body is not an upload: the roles that may add materials get the 400 naming the file.
  {
    name: 'add group material',
    op: 'POST /api/programme/groups/{id}/materials',
    own: () => `/api/programme/groups/${fx.ownCohort}/materials`,
    foreign: () => `/api/programme/groups/${fx.foreignCohort}/materials`,
    body: () => ({ file: 'geen bestand' }),
    expect: ONLY([...COORDINATION, 'adviser'], 400),
  },
  // No such material in the own group: 404 for the roles that may remove one, never another group's file.
  {
    name: 'remove group material',
    op: 'DELETE /api/programme/groups/{id}/materials/{fileId}',
    own: () => `/api/programme/groups/${fx.ownCohort}/materials/${fx.ownFile}`,
    foreign: () => `/api/programme/groups/${fx.foreignCohort}/materials/${fx.foreignFile}`,
    expect: ONLY([...COORDINATION, 'adviser'], 404),
  },
  {
    name: 'resend invitation',
    op: 'POST /api/programme/invitations/{id}/resend',
    own: () => `/api/programme/invitations/${fx.invitation.ownResend}/resend`,
    foreign: () => `/api/programme/invitations/${fx.invitation.foreign}/resend`,
    expect: ONLY(COORDINATION, 200),
  },
  {
    name: 'withdraw invitation',
    op: 'DELETE /api/programme/invitations/{id}',
    own: () => `/api/programme/invitations/${fx.invitation.ownWithdraw}`,
    foreign: () => `/api/programme/invitations/${fx.invitation.foreign}`,
    // Withdrawn by the administrator; for the coordinator it is withdrawn already.
    expect: { ...ONLY([], 0), administrator: 200, coordinator: 409 },
  },
  // The invitation page needs no session; a session changes nothing.
  { name: 'invitation page', op: 'GET /api/public/invitations/{token}', own: () => `/api/public/invitations/${fx.invitation.previewToken}`, expect: ALL(200), signedOut: 200 },
  // An invitation that was used: 409 for anyone.
  {
    name: 'accept invitation',
    op: 'POST /api/public/invitations/{token}/accept',
    own: () => `/api/public/invitations/${fx.invitation.acceptedToken}/accept`,
    body: () => ({ user: { name: 'Anna Koren', password: 'lang-genoeg-wachtwoord' } }),
    expect: ALL(409),
    signedOut: 409,
  },
  {
    name: 'plan session',
    op: 'POST /api/programme/groups/{id}/sessions',
    own: () => `/api/programme/groups/${fx.ownCohort}/sessions`,
    foreign: () => `/api/programme/groups/${fx.foreignCohort}/sessions`,
    // An adviser plans the talk at one company (a group's session is the coordinator's: 403 session.coordinator_only).
    body: (role) =>
      role === 'adviser'
        ? { kind: 'company_visit', title: 'Gesprek op locatie', startsAt: '2026-03-01T10:00:00Z', location: '', agenda: 'Bespreken uitkomst nulmeting', participantId: fx.ownCohortParticipant }
        : { kind: 'exchange', title: 'Uitwisseling', startsAt: '2026-03-01T10:00:00Z', location: 'Assen', agenda: '' },
    expect: ONLY([...COORDINATION, 'adviser'], 201),
  },
  {
    name: 'update session',
    op: 'PATCH /api/programme/sessions/{id}',
    // A talk at one company, which its adviser may change too.
    own: () => `/api/programme/sessions/${fx.ownVisit}`,
    foreign: () => `/api/programme/sessions/${fx.foreignSession}`,
    body: () => ({ location: 'Drents Museum' }),
    expect: ONLY([...COORDINATION, 'adviser'], 200),
  },
  {
    name: 'record attendance',
    op: 'PUT /api/programme/sessions/{id}/attendance',
    own: () => `/api/programme/sessions/${fx.ownSession}/attendance`,
    foreign: () => `/api/programme/sessions/${fx.foreignSession}/attendance`,
    body: () => ({ attendance: [] }),
    expect: ONLY(['administrator', 'coordinator', 'adviser'], 200),
  },
  { name: 'alumni list', op: 'GET /api/koploper/alumni', own: () => '/api/koploper/alumni', expect: ONLY(STAFF, 200) },
  // Bakkerij De Vries is no alumnus (yet): the roles that may invite get the 400 naming it.
  {
    name: 'invite alumni',
    op: 'POST /api/koploper/alumni/invitations',
    own: () => '/api/koploper/alumni/invitations',
    body: () => ({ organisationIds: [h().ids.organisations.bakkerij], activity: 'event', subject: 'Netwerkavond', message: 'Welkom' }),
    expect: ONLY(COORDINATION, 400),
  },
  {
    name: "participant's track",
    op: 'GET /api/koploper/participants/{pid}',
    own: () => `/api/koploper/participants/${fx.ownCohortParticipant}`,
    foreign: () => `/api/koploper/participants/${fx.foreignCohortParticipant}`,
    expect: ALL(200),
  },
  { name: 'download file', op: 'GET /api/files/{id}', own: () => `/api/files/${fx.ownFile}`, foreign: () => `/api/files/${fx.foreignFile}`, expect: ALL(200) },
  // Baseline and profile (Bakkerij De Vries in a planned cohort; no worker, so results stay pending).
  { name: 'baseline template csv', op: 'GET /api/koploper/baseline-template.csv', own: () => '/api/koploper/baseline-template.csv', expect: ALL(200) },
  { name: 'baseline template xlsx', op: 'GET /api/koploper/baseline-template.xlsx', own: () => '/api/koploper/baseline-template.xlsx', expect: ALL(200) },
  { name: 'ISO 26000 structure', op: 'GET /api/koploper/iso26000', own: () => '/api/koploper/iso26000', expect: ALL(200) },
  {
    name: 'enter baseline',
    op: 'PUT /api/koploper/participants/{pid}/baseline',
    own: () => `/api/koploper/participants/${fx.ownCohortParticipant}/baseline`,
    foreign: () => `/api/koploper/participants/${fx.foreignCohortParticipant}/baseline`,
    body: () => ({ year: 2024, activities: [{ type: 'water', amount: 10, unit: 'm3' }] }),
    expect: ONLY(WRITE_PLAN, 200),
  },
  // A JSON body is not an upload: the roles that may upload get the 400 naming the file.
  {
    name: 'upload baseline',
    op: 'POST /api/koploper/participants/{pid}/baseline/upload',
    own: () => `/api/koploper/participants/${fx.ownCohortParticipant}/baseline/upload`,
    foreign: () => `/api/koploper/participants/${fx.foreignCohortParticipant}/baseline/upload`,
    body: () => ({ year: 2024 }),
    expect: ONLY(WRITE_PLAN, 400),
  },
  {
    name: 'enter ISO 26000 scan',
    op: 'PUT /api/koploper/participants/{pid}/iso26000',
    own: () => `/api/koploper/participants/${fx.ownCohortParticipant}/iso26000`,
    foreign: () => `/api/koploper/participants/${fx.foreignCohortParticipant}/iso26000`,
    body: () => ({ year: 2024, answers: [{ issueId: 'environment.climate-change', maturity: 2 }] }),
    expect: ONLY(WRITE_PLAN, 200),
  },
  {
    name: 'review baseline',
    op: 'POST /api/koploper/participants/{pid}/baseline/review',
    own: () => `/api/koploper/participants/${fx.ownCohortParticipant}/baseline/review`,
    foreign: () => `/api/koploper/participants/${fx.foreignCohortParticipant}/baseline/review`,
    body: () => ({ year: 2024 }),
    expect: ONLY(['administrator', 'coordinator', 'adviser'], 200),
  },
  // The fixture's baseline is plausible: there is no warning to confirm (400 naming ruleId), for the roles that may confirm.
  {
    name: 'confirm a baseline plausibility warning',
    op: 'POST /api/koploper/participants/{pid}/baseline/plausibility',
    own: () => `/api/koploper/participants/${fx.ownCohortParticipant}/baseline/plausibility`,
    foreign: () => `/api/koploper/participants/${fx.foreignCohortParticipant}/baseline/plausibility`,
    body: () => ({ year: 2024, ruleId: 'gas-per-m2', note: 'Klopt: oude gaskachel' }),
    expect: ONLY(['administrator', 'coordinator', 'adviser'], 400),
  },
  // Reviewed by staff who are not trainees: nothing waits for a sign-off (409), for the roles that may sign off.
  {
    name: 'sign off baseline',
    op: 'POST /api/koploper/participants/{pid}/baseline/sign-off',
    own: () => `/api/koploper/participants/${fx.ownCohortParticipant}/baseline/sign-off`,
    foreign: () => `/api/koploper/participants/${fx.foreignCohortParticipant}/baseline/sign-off`,
    body: () => ({ year: 2024 }),
    expect: ONLY(['administrator', 'coordinator', 'adviser'], 409),
  },
  {
    name: 'get baseline',
    op: 'GET /api/koploper/participants/{pid}/baseline',
    own: () => `/api/koploper/participants/${fx.ownCohortParticipant}/baseline`,
    foreign: () => `/api/koploper/participants/${fx.foreignCohortParticipant}/baseline`,
    expect: ALL(200),
  },
  // The baseline's results are still pending: the roles that may generate get the 409 saying so.
  {
    name: 'generate profile',
    op: 'POST /api/koploper/participants/{pid}/profiles',
    own: () => `/api/koploper/participants/${fx.ownCohortParticipant}/profiles`,
    foreign: () => `/api/koploper/participants/${fx.foreignCohortParticipant}/profiles`,
    expect: ONLY(['administrator', 'coordinator', 'adviser'], 409),
  },
  { name: 'get profile', op: 'GET /api/koploper/profiles/{id}', own: () => `/api/koploper/profiles/${fx.ownProfile}`, foreign: () => `/api/koploper/profiles/${fx.foreignProfile}`, expect: ALL(200) },
  {
    name: 'comment on profile',
    op: 'PATCH /api/koploper/profiles/{id}',
    own: () => `/api/koploper/profiles/${fx.ownDraftProfile}`,
    foreign: () => `/api/koploper/profiles/${fx.foreignProfile}`,
    body: () => ({ adviserComment: 'Goed bezig' }),
    expect: ONLY(['administrator', 'coordinator', 'adviser'], 200),
  },
  {
    name: 'publish profile',
    op: 'POST /api/koploper/profiles/{id}/publish',
    own: () => `/api/koploper/profiles/${fx.ownDraftProfile}/publish`,
    foreign: () => `/api/koploper/profiles/${fx.foreignProfile}/publish`,
    // Published by the administrator; after that it is no draft any more.
    expect: { ...ONLY([], 0), administrator: 200, coordinator: 409, adviser: 409 },
  },
  // Published by then (the case above): nothing to sign off, 409 for the roles that may.
  {
    name: 'sign off profile',
    op: 'POST /api/koploper/profiles/{id}/sign-off',
    own: () => `/api/koploper/profiles/${fx.ownDraftProfile}/sign-off`,
    foreign: () => `/api/koploper/profiles/${fx.foreignProfile}/sign-off`,
    expect: ONLY(['administrator', 'coordinator', 'adviser'], 409),
  },
  // Not rendered (no worker): 409 for everyone who may see it.
  { name: 'profile PDF', op: 'GET /api/koploper/profiles/{id}/pdf', own: () => `/api/koploper/profiles/${fx.ownProfile}/pdf`, foreign: () => `/api/koploper/profiles/${fx.foreignProfile}/pdf`, expect: ALL(409) },
  // MVO-certificaat. The participant has no profile, action plan or vision: the roles that may apply get the 409 naming them.
  {
    name: 'apply for CSR certificate',
    op: 'POST /api/koploper/participants/{pid}/csr-certificate',
    own: () => `/api/koploper/participants/${fx.cert.participant}/csr-certificate`,
    foreign: () => `/api/koploper/participants/${fx.foreignCohortParticipant}/csr-certificate`,
    expect: ONLY(['participant', 'adviser'], 409),
  },
  { name: 'list CSR certificates', op: 'GET /api/koploper/csr-certificates', own: () => '/api/koploper/csr-certificates?status=submitted', expect: ONLY(COORDINATION, 200) },
  { name: 'get CSR certificate', op: 'GET /api/koploper/csr-certificates/{id}', own: () => `/api/koploper/csr-certificates/${fx.cert.own}`, foreign: () => `/api/koploper/csr-certificates/${fx.cert.foreign}`, expect: ALL(200) },
  // Each moves the application on for the administrator; for the coordinator it has moved already.
  {
    name: 'review CSR certificate',
    op: 'POST /api/koploper/csr-certificates/{id}/review',
    own: () => `/api/koploper/csr-certificates/${fx.cert.submitted}/review`,
    foreign: () => `/api/koploper/csr-certificates/${fx.cert.foreign}/review`,
    body: () => ({ decision: 'approve' }),
    expect: { ...ONLY([], 0), administrator: 200, coordinator: 409 },
  },
  {
    name: 'award CSR certificate',
    op: 'POST /api/koploper/csr-certificates/{id}/award',
    own: () => `/api/koploper/csr-certificates/${fx.cert.approved}/award`,
    foreign: () => `/api/koploper/csr-certificates/${fx.cert.foreign}/award`,
    body: () => ({}),
    expect: { ...ONLY([], 0), administrator: 200, coordinator: 409 },
  },
  {
    name: 'revoke CSR certificate',
    op: 'POST /api/koploper/csr-certificates/{id}/revoke',
    own: () => `/api/koploper/csr-certificates/${fx.cert.awarded}/revoke`,
    foreign: () => `/api/koploper/csr-certificates/${fx.cert.foreign}/revoke`,
    body: () => ({ reason: 'Voldoet niet meer' }),
    expect: { ...ONLY([], 0), administrator: 200, coordinator: 409 },
  },
  { name: 'public CSR register', op: 'GET /api/public/csr-register', own: () => '/api/public/csr-register', expect: ALL(200), signedOut: 200 },
  // Awarded (then revoked by the case above): its page answers for anyone, signed in or not.
  { name: "a certificate's page in the public register", op: 'GET /api/public/csr-register/{number}', own: () => '/api/public/csr-register/MVO-2020-0001', expect: ALL(200), signedOut: 200 },
  // The own application was rejected: no certificate yet (409) for everyone who may see it; another partner's is not found.
  {
    name: 'CSR certificate PDF',
    op: 'GET /api/koploper/csr-certificates/{id}/pdf',
    own: () => `/api/koploper/csr-certificates/${fx.cert.own}/pdf`,
    foreign: () => `/api/koploper/csr-certificates/${fx.cert.foreign}/pdf`,
    expect: ALL(409),
  },
  // Action plan and vision (Bakkerij De Vries in a planned cohort: open for work).
  {
    name: 'get action plan',
    op: 'GET /api/koploper/participants/{pid}/action-plan',
    own: () => `/api/koploper/participants/${fx.ownCohortParticipant}/action-plan`,
    foreign: () => `/api/koploper/participants/${fx.foreignCohortParticipant}/action-plan`,
    expect: ALL(200),
  },
  {
    name: 'add action item',
    op: 'POST /api/koploper/participants/{pid}/action-plan/items',
    own: () => `/api/koploper/participants/${fx.ownCohortParticipant}/action-plan/items`,
    foreign: () => `/api/koploper/participants/${fx.foreignCohortParticipant}/action-plan/items`,
    body: () => ({ title: 'LED-verlichting', owner: 'Petra de Vries', dueOn: '2026-09-30' }),
    expect: ONLY(WRITE_PLAN, 201),
  },
  {
    name: 'change action item',
    op: 'PATCH /api/koploper/action-plan-items/{id}',
    own: () => `/api/koploper/action-plan-items/${fx.track.ownItem}`,
    foreign: () => `/api/koploper/action-plan-items/${fx.track.foreignItem}`,
    body: () => ({ status: 'in_progress' }),
    expect: ONLY(WRITE_PLAN, 200),
  },
  // Deleted by the administrator; gone (404) for the roles after it.
  {
    name: 'delete action item',
    op: 'DELETE /api/koploper/action-plan-items/{id}',
    own: () => `/api/koploper/action-plan-items/${fx.track.ownDoomed}`,
    foreign: () => `/api/koploper/action-plan-items/${fx.track.foreignItem}`,
    expect: { administrator: 204, coordinator: 404, adviser: 404, analyst: 403, participant: 404 },
  },
  {
    name: 'write vision',
    op: 'PUT /api/koploper/participants/{pid}/vision',
    own: () => `/api/koploper/participants/${fx.ownCohortParticipant}/vision`,
    foreign: () => `/api/koploper/participants/${fx.foreignCohortParticipant}/vision`,
    body: () => ({ text: 'Duurzaam bakken' }),
    expect: ONLY(WRITE_PLAN, 200),
  },
  // Communication assignment and prize: written, then submitted, then scored by a jury of all staff, then awarded.
  {
    name: 'write communication',
    op: 'PUT /api/koploper/participants/{pid}/communication',
    own: () => `/api/koploper/participants/${fx.ownCohortParticipant}/communication`,
    foreign: () => `/api/koploper/participants/${fx.foreignCohortParticipant}/communication`,
    body: () => ({ text: 'Ons verhaal' }),
    expect: ONLY(['adviser', 'participant'], 200),
  },
  // A JSON body is not an upload: the roles that may upload get the 400 naming the file.
  {
    name: 'upload communication file',
    op: 'POST /api/koploper/participants/{pid}/communication/files',
    own: () => `/api/koploper/participants/${fx.ownCohortParticipant}/communication/files`,
    foreign: () => `/api/koploper/participants/${fx.foreignCohortParticipant}/communication/files`,
    body: () => ({ file: 'poster.pdf' }),
    expect: ONLY(['adviser', 'participant'], 400),
  },
  {
    name: 'submit communication',
    op: 'POST /api/koploper/participants/{pid}/communication/submit',
    own: () => `/api/koploper/participants/${fx.ownCohortParticipant}/communication/submit`,
    foreign: () => `/api/koploper/participants/${fx.foreignCohortParticipant}/communication/submit`,
    expect: ONLY(['adviser', 'participant'], 200),
  },
  {
    name: 'set jury',
    op: 'PUT /api/koploper/cohorts/{id}/jury',
    own: () => `/api/koploper/cohorts/${fx.ownCohort}/jury`,
    foreign: () => `/api/koploper/cohorts/${fx.foreignCohort}/jury`,
    body: () => ({ userIds: [h().ids.users.admin, h().ids.users.coordinator, h().ids.users.adviser, h().ids.users.analyst] }),
    expect: ONLY(COORDINATION, 200),
  },
  { name: 'get prize', op: 'GET /api/koploper/cohorts/{id}/prize', own: () => `/api/koploper/cohorts/${fx.ownCohort}/prize`, foreign: () => `/api/koploper/cohorts/${fx.foreignCohort}/prize`, expect: ONLY(STAFF, 200) },
  {
    name: 'score communication',
    op: 'PUT /api/koploper/communication/{submissionId}/scores',
    own: () => `/api/koploper/communication/${fx.track.ownSubmission}/scores`,
    foreign: () => `/api/koploper/communication/${fx.track.foreignSubmission}/scores`,
    body: () => ({ scores: { message: 8, persuasiveness: 7, creativity: 6, reach: 4 } }),
    expect: ONLY(STAFF, 200),
  },
  {
    name: 'award prize',
    op: 'POST /api/koploper/cohorts/{id}/prize',
    own: () => `/api/koploper/cohorts/${fx.ownCohort}/prize`,
    foreign: () => `/api/koploper/cohorts/${fx.foreignCohort}/prize`,
    body: () => ({ participantId: fx.ownCohortParticipant }),
    expect: ONLY(COORDINATION, 200),
  },
  // Kickoff is before the symposium: 409 for everyone who may see the participant.
  {
    name: 'participation certificate',
    op: 'GET /api/koploper/participants/{pid}/participation-certificate.pdf',
    own: () => `/api/koploper/participants/${fx.ownCohortParticipant}/participation-certificate.pdf`,
    foreign: () => `/api/koploper/participants/${fx.foreignCohortParticipant}/participation-certificate.pdf`,
    expect: ALL(409),
  },
  // CE-masterclasses (step 2): a participant sees its own masterclass and writes its own intake and outcome.
  { name: 'list masterclasses', op: 'GET /api/masterclass/masterclasses', own: () => '/api/masterclass/masterclasses', expect: ALL(200) },
  {
    name: 'create masterclass',
    op: 'POST /api/masterclass/masterclasses',
    own: () => '/api/masterclass/masterclasses',
    body: () => ({ name: 'CE-masterclass MKB Drenthe', audience: 'sme', goals: 'Verkennen', startsOn: '2026-03-01', endsOn: '2026-06-30' }),
    expect: ONLY(COORDINATION, 201),
  },
  { name: 'get masterclass', op: 'GET /api/masterclass/masterclasses/{id}', own: () => `/api/masterclass/masterclasses/${fx.mc.own}`, foreign: () => `/api/masterclass/masterclasses/${fx.mc.foreign}`, expect: ALL(200) },
  {
    name: 'update masterclass',
    op: 'PATCH /api/masterclass/masterclasses/{id}',
    own: () => `/api/masterclass/masterclasses/${fx.mc.own}`,
    foreign: () => `/api/masterclass/masterclasses/${fx.mc.foreign}`,
    body: () => ({ goals: 'Kansen in de keten verkennen' }),
    expect: ONLY(COORDINATION, 200),
  },
  {
    name: 'enrol a scan candidate',
    op: 'POST /api/masterclass/masterclasses/{id}/candidates',
    own: () => `/api/masterclass/masterclasses/${fx.mc.own}/candidates`,
    foreign: () => `/api/masterclass/masterclasses/${fx.mc.foreign}/candidates`,
    body: (role) => ({ key: `organisation:${role === 'administrator' ? h().ids.organisations.installateur : h().ids.organisations.zorg}` }),
    expect: ONLY(COORDINATION, 201),
  },
  { name: 'module library', op: 'GET /api/masterclass/modules', own: () => '/api/masterclass/modules', expect: ALL(200) },
  {
    name: "a workshop's modules",
    op: 'PUT /api/masterclass/sessions/{sessionId}/modules',
    own: () => `/api/masterclass/sessions/${fx.mc.ownSession}/modules`,
    foreign: () => `/api/masterclass/sessions/${fx.mc.foreignSession}/modules`,
    body: () => ({ moduleIds: ['ce-basics', 'r-ladder'] }),
    expect: ONLY(COORDINATION, 200),
  },
  {
    name: 'masterclass intake',
    op: 'PUT /api/masterclass/enrolments/{id}/intake',
    own: () => `/api/masterclass/enrolments/${fx.mc.ownEnrolment}/intake`,
    foreign: () => `/api/masterclass/enrolments/${fx.mc.foreignEnrolment}/intake`,
    body: () => ({ ambition: 'Geen afval', rLadder: 'R2', hopes: 'Partners' }),
    expect: ONLY(['administrator', 'coordinator', 'participant'], 200),
  },
  {
    name: 'masterclass outcome',
    op: 'PUT /api/masterclass/enrolments/{id}/outcome',
    own: () => `/api/masterclass/enrolments/${fx.mc.ownEnrolment}/outcome`,
    foreign: () => `/api/masterclass/enrolments/${fx.mc.foreignEnrolment}/outcome`,
    body: () => ({ fields: [{ fieldId: 'packaging' }], chainPartners: [{ name: 'Attero' }], opportunities: [] }),
    expect: ONLY(['administrator', 'coordinator', 'participant'], 200),
  },
  {
    name: "a masterclass's opportunities",
    op: 'GET /api/masterclass/masterclasses/{id}/opportunities',
    own: () => `/api/masterclass/masterclasses/${fx.mc.own}/opportunities`,
    foreign: () => `/api/masterclass/masterclasses/${fx.mc.foreign}/opportunities`,
    expect: ONLY(STAFF, 200),
  },
  {
    name: 'masterclass decision',
    op: 'PUT /api/masterclass/masterclasses/{id}/decision',
    own: () => `/api/masterclass/masterclasses/${fx.mc.own}/decision`,
    foreign: () => `/api/masterclass/masterclasses/${fx.mc.foreign}/decision`,
    body: () => ({ decision: 'go', reasons: 'Gedeelde kansen in retourlogistiek' }),
    expect: ONLY(COORDINATION, 200),
  },
  {
    name: 'chain-project proposal',
    op: 'POST /api/masterclass/masterclasses/{id}/proposals',
    own: () => `/api/masterclass/masterclasses/${fx.mc.own}/proposals`,
    foreign: () => `/api/masterclass/masterclasses/${fx.mc.foreign}/proposals`,
    body: () => ({ title: 'Retourkratten', description: '', candidatePartners: [{ enrolmentId: fx.mc.ownEnrolment }, { name: 'Attero' }] }),
    expect: ONLY(COORDINATION, 201),
  },
  { name: 'chain-project proposals', op: 'GET /api/masterclass/proposals', own: () => '/api/masterclass/proposals', expect: ONLY(STAFF, 200) },
  // Region scan (step 2): staff see the partner's scans; coordinators make them and import companies. A JSON body is not an upload: 400 naming the file.
  { name: 'make a region scan', op: 'POST /api/masterclass/scans', own: () => '/api/masterclass/scans', body: () => ({ municipalities: ['Assen'], audience: 'sme' }), expect: ONLY(COORDINATION, 201) },
  { name: 'list region scans', op: 'GET /api/masterclass/scans', own: () => '/api/masterclass/scans', expect: ONLY(STAFF, 200) },
  { name: 'get a region scan', op: 'GET /api/masterclass/scans/{id}', own: () => `/api/masterclass/scans/${scanFx.own}`, foreign: () => `/api/masterclass/scans/${scanFx.foreign}`, expect: ONLY(STAFF, 200) },
  { name: 'import scan companies', op: 'POST /api/masterclass/scan-companies/import', own: () => '/api/masterclass/scan-companies/import', body: () => ({ file: 'bedrijven.csv' }), expect: ONLY(COORDINATION, 400) },
  ...SECTOR_ISOLATION_CASES,
  ...FOLLOW_UP_ISOLATION_CASES,
  ...CHAIN_ISOLATION_CASES,
  ...JOURNEY_ISOLATION_CASES,
  ...ALLIANCE_ISOLATION_CASES,
  ...KNOWLEDGE_ISOLATION_CASES,
  ...EVALUATION_ISOLATION_CASES,
  ...EDUCATION_ISOLATION_CASES,
  ...ADMIN_ISOLATION_CASES,
];

let harness: Harness | undefined;
/** The running harness, for the bodies that name seeded users and organisations. */
const h = (): Harness => {
  if (!harness) throw new Error('seedIsolationFixtures has not run');
  return harness;
};

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Writes the rows the cases name, through the privileged connection (no tenant rules, no API). */
export async function seedIsolationFixtures(x: Harness): Promise<void> {
  harness = x;
  await seedScanFixtures(x);
  await seedSectorFixtures(x);
  await seedFollowUpFixtures(x);
  await seedChainFixtures(x);
  await seedJourneyFixtures(x);
  await seedAllianceFixtures(x);
  await seedEvaluationFixtures(x);
  await seedKnowledgeFixtures(x);
  await seedEducationFixtures(x);
  await seedAdminFixtures(x);
  const noord = x.ids.partners.noord;
  const groningen = x.ids.partners.groningen;
  const memberships: { id: string; email: string }[] = await x.sql.query(`select m.id, u.email from membership m join app_user u on u.id = m.user_id`);
  for (const role of ROLES) fx.memberships[role] = memberships.find((m) => m.email === DEMO_EMAILS[role])!.id;
  fx.memberships.gAdmin = memberships.find((m) => m.email === 'beheer@groningen-duurzaam.test')!.id;

  fx.ownPing = randomUUID();
  fx.foreignPing = randomUUID();
  await x.sql.getRepository(DiagnosticPing).insert([
    { id: fx.ownPing, partnerId: noord, requestedBy: x.ids.users.admin },
    { id: fx.foreignPing, partnerId: groningen, requestedBy: x.ids.users.gAdmin },
  ]);

  const cohort = async (partnerId: string) => {
    const id = randomUUID();
    await x.sql.getRepository(ProgrammeGroup).insert({ id, partnerId, step: 'koploper', name: 'Koplopergroep', startsOn: '2026-01-15', endsOn: '2026-12-15', status: 'planned' });
    await x.sql.getRepository(KoploperCohort).insert({ groupId: id, partnerId, municipality: 'Assen', prizeWinnerEnrolmentId: null });
    return id;
  };
  const enrol = async (partnerId: string, groupId: string, organisationId: string) => {
    const id = randomUUID();
    await x.sql.getRepository(Enrolment).insert({ id, partnerId, groupId, organisationId, role: 'participant', phase: 'kickoff' });
    return id;
  };
  fx.ownCohort = await cohort(noord);
  fx.foreignCohort = await cohort(groningen);
  fx.smallCohort = await cohort(noord);
  fx.ownCohortParticipant = await enrol(noord, fx.ownCohort, x.ids.organisations.bakkerij);
  fx.foreignCohortParticipant = await enrol(groningen, fx.foreignCohort, x.ids.organisations.metaal);
  fx.smallCohortParticipant = await enrol(noord, fx.smallCohort, x.ids.organisations.bakkerij);
  fx.adviserCohort = await cohort(noord);
  const adviser = (partnerId: string, groupId: string, userId: string) => ({
    id: randomUUID(), partnerId, groupId, role: 'adviser' as const, userId, trainee: false, mentorUserId: null, externalName: null, externalOrganisation: null, externalEmail: null, contribution: '',
  });
  await x.sql.getRepository(GroupStaff).insert([adviser(noord, fx.adviserCohort, x.ids.users.adviser), adviser(groningen, fx.foreignCohort, x.ids.users.gAdviser)]);

  const session = (partnerId: string, groupId: string) => ({ id: randomUUID(), partnerId, groupId, kind: 'kickoff', title: 'Start', startsAt: new Date('2026-02-01T10:00:00Z'), endsAt: null, location: '', agenda: '' });
  const [s1, s2] = [session(noord, fx.ownCohort), session(groningen, fx.foreignCohort)];
  const visit = { ...session(noord, fx.ownCohort), kind: 'company_visit', title: 'Gesprek op locatie', enrolmentId: fx.ownCohortParticipant };
  [fx.ownSession, fx.foreignSession, fx.ownVisit] = [s1.id, s2.id, visit.id];
  await x.sql.getRepository(ProgrammeSession).insert([s1, s2, visit]);

  const file = (partnerId: string, organisationId: string) => ({
    id: randomUUID(), partnerId, organisationId, purpose: 'communication', ownerId: randomUUID(), filename: 'verhaal.pdf', contentType: 'application/pdf', sizeBytes: 4, sha256: '0'.repeat(64), content: Buffer.from('%PDF'),
  });
  const [f1, f2] = [file(noord, x.ids.organisations.bakkerij), file(groningen, x.ids.organisations.metaal)];
  [fx.ownFile, fx.foreignFile] = [f1.id, f2.id];
  await x.sql.getRepository(StoredFile).insert([f1, f2]);

  const profile = (partnerId: string, participantId: string, organisationId: string, organisationName: string, version: number | null) => ({
    id: randomUUID(), partnerId, participantId, organisationId, status: version ? ('published' as const) : ('draft' as const), version, year: 2024,
    content: { organisationName, adviserName: null, footprint: {}, iso26000: null, goingWell: [], canImprove: [], recommendations: [], comparison: null },
    publishedAt: version ? new Date() : null,
  });
  const [p1, p2, p3] = [
    profile(noord, fx.ownCohortParticipant, x.ids.organisations.bakkerij, 'Bakkerij De Vries', 1),
    profile(noord, fx.ownCohortParticipant, x.ids.organisations.bakkerij, 'Bakkerij De Vries', null),
    profile(groningen, fx.foreignCohortParticipant, x.ids.organisations.metaal, 'Metaalbewerking Hoekstra', null),
  ];
  [fx.ownProfile, fx.ownDraftProfile, fx.foreignProfile] = [p1.id, p2.id, p3.id];
  await x.sql.getRepository(SustainabilityProfile).save([p1, p2, p3]);

  // MVO-certificaat: a cohort of its own, so the rows above cannot give its participants an application or attachments.
  const certCohort = await cohort(noord);
  fx.cert.participant = await enrol(noord, certCohort, x.ids.organisations.bakkerij);
  const installateur = await enrol(noord, certCohort, x.ids.organisations.installateur);
  const zorg = await enrol(noord, certCohort, x.ids.organisations.zorg);
  const row = async (sql: string, params: unknown[]) => {
    const id = randomUUID();
    await x.sql.query(sql, [id, ...params]);
    return id;
  };
  const application = (partnerId: string, participantId: string, organisationId: string, status: string, awarded = false) =>
    row(
      `insert into csr_certificate (id, partner_id, participant_id, organisation_id, status, attachments, number, awarded_on, valid_until, submitted_at)
       values ($1, $2, $3, $4, $5, '{"vision":"Visie","actionItems":1,"profileVersion":1}', $6, $7, $8, now())`,
      [partnerId, participantId, organisationId, status, awarded ? 'MVO-2020-0001' : null, awarded ? '2020-01-01' : null, awarded ? '2099-12-31' : null],
    );
  fx.cert.own = await application(noord, fx.cert.participant, x.ids.organisations.bakkerij, 'rejected');
  fx.cert.submitted = await application(noord, installateur, x.ids.organisations.installateur, 'submitted');
  fx.cert.approved = await application(noord, zorg, x.ids.organisations.zorg, 'approved');
  // An approved application is awarded from the communication phase on (its action plan and vision in).
  await x.sql.getRepository(Enrolment).update({ id: zorg }, { phase: 'communication' });
  fx.cert.awarded = await application(noord, installateur, x.ids.organisations.installateur, 'awarded', true);
  fx.cert.foreign = await application(groningen, fx.foreignCohortParticipant, x.ids.organisations.metaal, 'submitted');

  // Action plan items and communication submissions of the own and the foreign participant.
  const actionItem = (partnerId: string, participantId: string, organisationId: string) =>
    row(`insert into action_plan_item (id, partner_id, participant_id, organisation_id, title, owner, due_on) values ($1, $2, $3, $4, 'Zonnepanelen', 'Directie', '2026-10-01')`, [partnerId, participantId, organisationId]);
  fx.track.ownItem = await actionItem(noord, fx.ownCohortParticipant, x.ids.organisations.bakkerij);
  fx.track.ownDoomed = await actionItem(noord, fx.ownCohortParticipant, x.ids.organisations.bakkerij);
  fx.track.foreignItem = await actionItem(groningen, fx.foreignCohortParticipant, x.ids.organisations.metaal);
  const submission = (partnerId: string, participantId: string, organisationId: string, status: string) =>
    row(`insert into communication_submission (id, partner_id, participant_id, organisation_id, text, status) values ($1, $2, $3, $4, 'Verhaal', $5)`, [partnerId, participantId, organisationId, status]);
  fx.track.ownSubmission = await submission(noord, fx.ownCohortParticipant, x.ids.organisations.bakkerij, 'draft');
  fx.track.foreignSubmission = await submission(groningen, fx.foreignCohortParticipant, x.ids.organisations.metaal, 'submitted');

  // Invitations: open ones to resend and withdraw (own and foreign), one whose page is shown, one already accepted.
  const invitation = async (partnerId: string, groupId: string, email: string, accepted = false) => {
    const token = randomBytes(32).toString('base64url');
    const id = await row(
      `insert into group_invitation (id, partner_id, group_id, email, token_hash, expires_at, accepted_at) values ($1, $2, $3, $4, $5, now() + interval '30 days', $6)`,
      [partnerId, groupId, email, sha256(token), accepted ? new Date() : null],
    );
    return { id, token };
  };
  fx.invitation.ownResend = (await invitation(noord, fx.ownCohort, 'opnieuw@bedrijf.test')).id;
  fx.invitation.ownWithdraw = (await invitation(noord, fx.ownCohort, 'ingetrokken@bedrijf.test')).id;
  fx.invitation.foreign = (await invitation(groningen, fx.foreignCohort, 'hoekstra@metaal.test')).id;
  fx.invitation.previewToken = (await invitation(noord, fx.ownCohort, 'bekijken@bedrijf.test')).token;
  fx.invitation.acceptedToken = (await invitation(noord, fx.ownCohort, 'gebruikt@bedrijf.test', true)).token;

  // Calculations: a result of the bakery and of the Groningen metal works, and a recompute of each partner.
  const calcInput = (partnerId: string, organisationId: string) =>
    row(`insert into calculation_input (id, partner_id, organisation_id, plugin_id, year, input, input_hash) values ($1, $2, $3, 'footprint.ghg', 2023, '{}', $4)`, [partnerId, organisationId, '0'.repeat(64)]);
  const bulk = (partnerId: string) =>
    row(`insert into calculation_bulk (id, partner_id, plugin_id, plugin_version, reference_version, reason, total) values ($1, $2, 'footprint.ghg', '1.0.0', 'x', 'test', 0)`, [partnerId]);
  const result = (partnerId: string, organisationId: string, inputId: string) =>
    row(
      `insert into calculation_result (id, partner_id, organisation_id, input_id, plugin_id, plugin_version, input_hash, reference_version, status) values ($1, $2, $3, $4, 'footprint.ghg', '1.0.0', $5, 'x', 'pending')`,
      [partnerId, organisationId, inputId, '0'.repeat(64)],
    );
  fx.calc.ownResult = await result(noord, x.ids.organisations.bakkerij, await calcInput(noord, x.ids.organisations.bakkerij));
  fx.calc.foreignResult = await result(groningen, x.ids.organisations.metaal, await calcInput(groningen, x.ids.organisations.metaal));
  fx.calc.ownBulk = await bulk(noord);
  fx.calc.foreignBulk = await bulk(groningen);

  // A consent the bakery gave Groningen (to be withdrawn), and one of the Groningen metal works (to Groningen: Noord must not see it).
  fx.ownConsent = await row(`insert into consent (id, organisation_id, partner_id) values ($1, $2, $3)`, [x.ids.organisations.bakkerij, groningen]);
  fx.foreignConsent = await row(`insert into consent (id, organisation_id, partner_id) values ($1, $2, $3)`, [x.ids.organisations.metaal, groningen]);

  // Masterclasses: running, with a workshop and an enrolment each; the own one decided 'go' (so a proposal can be made).
  const masterclass = async (partnerId: string, organisationId: string) => {
    const id = randomUUID();
    await x.sql.getRepository(ProgrammeGroup).insert({ id, partnerId, step: 'masterclass', name: 'CE-masterclass', startsOn: '2026-03-01', endsOn: '2026-06-30', status: 'running' });
    await x.sql.getRepository(Masterclass).insert({ groupId: id, partnerId, audience: 'sme', goals: '', coOrganisers: [], region: null });
    const enrolment = randomUUID();
    await x.sql.getRepository(Enrolment).insert({ id: enrolment, partnerId, groupId: id, organisationId, role: 'participant', phase: 'intake' });
    const s = { ...session(partnerId, id), kind: 'workshop' };
    await x.sql.getRepository(ProgrammeSession).insert(s);
    return { id, enrolment, session: s.id };
  };
  const ownMc = await masterclass(noord, x.ids.organisations.bakkerij);
  const foreignMc = await masterclass(groningen, x.ids.organisations.metaal);
  fx.mc = { own: ownMc.id, foreign: foreignMc.id, ownEnrolment: ownMc.enrolment, foreignEnrolment: foreignMc.enrolment, ownSession: ownMc.session, foreignSession: foreignMc.session };
  await x.sql.getRepository(MasterclassDecision).insert({ groupId: ownMc.id, partnerId: noord, decision: 'go', reasons: 'Kansen', decidedBy: x.ids.users.coordinator });
}

/** Region scans (step 2): a saved scan of each partner. */
export const scanFx = { own: '', foreign: '' };
async function seedScanFixtures(x: Harness): Promise<void> {
  const scan = async (partnerId: string) => {
    const id = randomUUID();
    await x.sql.query(`insert into region_scan (id, partner_id, municipalities, audience, sector_table, sectors, candidates) values ($1, $2, '["Assen"]', 'sme', 'ce.sectors.v1', '[]', '[]')`, [id, partnerId]);
    return id;
  };
  scanFx.own = await scan(x.ids.partners.noord);
  scanFx.foreign = await scan(x.ids.partners.groningen);
}
