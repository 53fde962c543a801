/**
 * Bad input on every operation: missing fields, wrong types, oversized strings,
 * unknown fields and unknown ids get 400 or 404 with field-level problems, and
 * nothing is written. bad-input.spec.ts runs the table; coverage.spec.ts checks
 * that every operation of the OpenAPI document has a row (or is exempt there).
 */
import { Enrolment, KoploperCohort, ProgrammeGroup } from '@koers/server-db';
import { randomUUID } from 'node:crypto';
import type { Harness } from '../../../../tools/testing/api-harness';
import type { Operation } from './operation';
import { FOLLOW_UP_BAD_INPUT_CASES, seedFollowUpFixtures } from './follow-up-cases';
import { SECTOR_BAD_INPUT_CASES, seedSectorFixtures } from './chain-sector-cases';
import { CHAIN_BAD_INPUT_CASES, seedChainFixtures } from './chain-project-cases';
import { JOURNEY_BAD_INPUT_CASES, seedJourneyFixtures } from './journey-cases';
import { ALLIANCE_BAD_INPUT_CASES, seedAllianceFixtures } from './alliance-cases';
import { KNOWLEDGE_BAD_INPUT_CASES, seedKnowledgeFixtures } from './alliance-knowledge-cases';
import { EVALUATION_BAD_INPUT_CASES, seedEvaluationFixtures } from './evaluation-cases';
import { EDUCATION_BAD_INPUT_CASES, seedEducationFixtures } from './education-cases';
import { ADMIN_BAD_INPUT_CASES, seedAdminFixtures } from './admin-cases';

export interface BadCase {
  name: string;
  /** The operation this row covers; null for a path the API does not have (then `method` says how it is called). */
  op: Operation | null;
  method?: string;
  path: (h: Harness) => string;
  as: () => string | undefined;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  status: number;
  /** Fields the problem document must name. */
  fields?: string[];
}

/** The sessions and rows the cases use, set by seedBadInputFixtures before any case runs. */
export const fx = {} as { admin: string; participant: string; group: string; enrolment: string; otherStepGroup: string; otherStepEnrolment: string };
let h: Harness;
const admin = () => fx.admin;
const participant = () => fx.participant;
const long = (n: number) => 'x'.repeat(n);
const org = () => h.ids.organisations.bakkerij;

/**
 * A planned Koplopergroep with Bakkerij De Vries enrolled (for the checks that
 * need a real group: the step's session kinds, staff roles and phases), and a
 * masterclass with an enrolment (not found through step 1's routes).
 */
export async function seedBadInputFixtures(x: Harness, sessions: { admin: string; participant: string }): Promise<void> {
  h = x;
  Object.assign(fx, sessions);
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
  fx.group = randomUUID();
  fx.enrolment = randomUUID();
  fx.otherStepGroup = randomUUID();
  fx.otherStepEnrolment = randomUUID();
  await x.sql.getRepository(ProgrammeGroup).insert([
    { id: fx.group, partnerId: noord, step: 'koploper', name: 'Koplopergroep Assen', startsOn: '2026-01-15', endsOn: '2026-12-15', status: 'planned' },
    { id: fx.otherStepGroup, partnerId: noord, step: 'masterclass', name: 'CE-masterclass voorjaar', startsOn: '2026-03-01', endsOn: '2026-06-30', status: 'planned' },
  ]);
  await x.sql.getRepository(KoploperCohort).insert({ groupId: fx.group, partnerId: noord, municipality: 'Assen', prizeWinnerEnrolmentId: null });
  await x.sql.getRepository(Enrolment).insert([
    { id: fx.enrolment, partnerId: noord, groupId: fx.group, organisationId: x.ids.organisations.bakkerij, role: 'participant', phase: 'kickoff' },
    { id: fx.otherStepEnrolment, partnerId: noord, groupId: fx.otherStepGroup, organisationId: x.ids.organisations.installateur, role: 'participant', phase: 'intake' },
  ]);
}

export const BAD_INPUT_CASES: BadCase[] = [
  { name: 'sign-in without fields', op: 'POST /api/auth/sign-in', path: () => '/api/auth/sign-in', as: () => undefined, body: {}, status: 400, fields: ['email', 'password'] },
  { name: 'sign-in with wrong types', op: 'POST /api/auth/sign-in', path: () => '/api/auth/sign-in', as: () => undefined, body: { email: 42, password: ['x'] }, status: 400, fields: ['email', 'password'] },
  { name: 'sign-in with an oversized password', op: 'POST /api/auth/sign-in', path: () => '/api/auth/sign-in', as: () => undefined, body: { email: 'a@b.nl', password: long(201) }, status: 400, fields: ['password'] },
  { name: 'sign-in with malformed JSON', op: 'POST /api/auth/sign-in', path: () => '/api/auth/sign-in', as: () => undefined, rawBody: '{"email":', headers: { 'content-type': 'application/json' }, status: 400 },
  // Writes take JSON only (multipart on upload routes): a text body is how a cross-site form writes (issue 14 item 2).
  { name: 'sign-in as text/plain', op: 'POST /api/auth/sign-in', path: () => '/api/auth/sign-in', as: () => undefined, rawBody: 'hello', headers: { 'content-type': 'text/plain' }, status: 415, fields: ['content-type'] },
  { name: 'sign-in as a form', op: 'POST /api/auth/sign-in', path: () => '/api/auth/sign-in', as: () => undefined, rawBody: 'email=a%40b.nl&password=x', headers: { 'content-type': 'application/x-www-form-urlencoded' }, status: 415, fields: ['content-type'] },
  { name: 'sign-in as XML', op: 'POST /api/auth/sign-in', path: () => '/api/auth/sign-in', as: () => undefined, rawBody: '<a/>', headers: { 'content-type': 'application/xml' }, status: 415 },
  { name: 'a body over 1 MB', op: 'POST /api/organisations', path: () => '/api/organisations', as: admin, rawBody: JSON.stringify({ name: long(1_100_000) }), headers: { 'content-type': 'application/json' }, status: 413 },
  { name: 'switch to a non-uuid membership', op: 'POST /api/auth/switch', path: () => '/api/auth/switch', as: admin, body: { membershipId: 'abc' }, status: 400, fields: ['membershipId'] },
  { name: 'switch to an unknown membership', op: 'POST /api/auth/switch', path: () => '/api/auth/switch', as: admin, body: { membershipId: randomUUID() }, status: 404 },
  { name: 'profile with an unknown locale', op: 'PATCH /api/auth/profile', path: () => '/api/auth/profile', as: admin, body: { locale: 'fr' }, status: 400, fields: ['locale'] },
  { name: 'profile with an unknown field', op: 'PATCH /api/auth/profile', path: () => '/api/auth/profile', as: admin, body: { email: 'x@y.nl' }, status: 400, fields: ['email'] },
  { name: 'password reset without email', op: 'POST /api/auth/password-reset', path: () => '/api/auth/password-reset', as: () => undefined, body: { email: 'not-an-email' }, status: 400, fields: ['email'] },
  { name: 'password reset with an unknown token', op: 'POST /api/auth/password-reset/confirm', path: () => '/api/auth/password-reset/confirm', as: () => undefined, body: { token: 'a'.repeat(43), password: 'een-lang-wachtwoord' }, status: 400, fields: ['token'] },
  { name: 'password reset with a short password', op: 'POST /api/auth/password-reset/confirm', path: () => '/api/auth/password-reset/confirm', as: () => undefined, body: { token: 'a'.repeat(43), password: 'kort' }, status: 400, fields: ['password'] },
  { name: 'organisations page 0', op: 'GET /api/organisations', path: () => '/api/organisations?page=0', as: admin, status: 400, fields: ['page'] },
  { name: 'organisations page size 1000', op: 'GET /api/organisations', path: () => '/api/organisations?pageSize=1000', as: admin, status: 400, fields: ['pageSize'] },
  { name: 'organisations page as text', op: 'GET /api/organisations', path: () => '/api/organisations?page=abc', as: admin, status: 400, fields: ['page'] },
  { name: 'organisation by a non-uuid id', op: 'GET /api/organisations/{id}', path: () => '/api/organisations/not-a-uuid', as: admin, status: 400, fields: ['id'] },
  { name: 'organisation by an unknown id', op: 'GET /api/organisations/{id}', path: () => `/api/organisations/${randomUUID()}`, as: admin, status: 404 },
  { name: 'create organisation without fields', op: 'POST /api/organisations', path: () => '/api/organisations', as: admin, body: {}, status: 400, fields: ['name', 'kind', 'step'] },
  {
    name: 'create organisation with wrong types and patterns',
    op: 'POST /api/organisations', path: () => '/api/organisations',
    as: admin,
    body: { name: 12, kind: 'bank', step: 'stap1', kvkNumber: '123', sbiCode: 'abc', sizeClass: 'huge' },
    status: 400,
    fields: ['name', 'kind', 'step', 'kvkNumber', 'sbiCode', 'sizeClass'],
  },
  { name: 'create organisation with an oversized name', op: 'POST /api/organisations', path: () => '/api/organisations', as: admin, body: { name: long(201), kind: 'company', step: 'koploper' }, status: 400, fields: ['name'] },
  { name: 'create organisation with an unknown field', op: 'POST /api/organisations', path: () => '/api/organisations', as: admin, body: { name: 'X', kind: 'company', step: 'koploper', partnerId: randomUUID() }, status: 400, fields: ['partnerId'] },
  { name: 'create organisation with a taken KvK number', op: 'POST /api/organisations', path: () => '/api/organisations', as: admin, body: { name: 'X', kind: 'company', step: 'koploper', kvkNumber: '02056789' }, status: 409, fields: ['kvkNumber'] },
  { name: 'update organisation with an oversized municipality', op: 'PATCH /api/organisations/{id}', path: () => `/api/organisations/${org()}`, as: admin, body: { municipality: long(101) }, status: 400, fields: ['municipality'] },
  { name: 'update organisation with an empty name', op: 'PATCH /api/organisations/{id}', path: () => `/api/organisations/${org()}`, as: admin, body: { name: '' }, status: 400, fields: ['name'] },
  { name: 'update an unknown organisation', op: 'PATCH /api/organisations/{id}', path: () => `/api/organisations/${randomUUID()}`, as: admin, body: { region: 'X' }, status: 404 },
  { name: 'consents of an unknown organisation', op: 'GET /api/organisations/{id}/consents', path: () => `/api/organisations/${randomUUID()}/consents`, as: admin, status: 404 },
  { name: 'consent without a partner', op: 'POST /api/organisations/{id}/consents', path: () => `/api/organisations/${org()}/consents`, as: participant, body: {}, status: 400, fields: ['partnerSlug'] },
  { name: 'consent for an unknown partner', op: 'POST /api/organisations/{id}/consents', path: () => `/api/organisations/${org()}/consents`, as: participant, body: { partnerSlug: 'bestaat-niet' }, status: 400, fields: ['partnerSlug'] },
  { name: 'revoke an unknown consent', op: 'DELETE /api/organisations/{id}/consents/{consentId}', path: () => `/api/organisations/${org()}/consents/${randomUUID()}`, as: participant, status: 404 },
  { name: 'create user without fields', op: 'POST /api/users', path: () => '/api/users', as: admin, body: {}, status: 400, fields: ['email', 'name', 'role'] },
  { name: 'create user with an unknown role', op: 'POST /api/users', path: () => '/api/users', as: admin, body: { email: 'a@b.nl', name: 'A', role: 'king' }, status: 400, fields: ['role'] },
  { name: 'create participant without organisation', op: 'POST /api/users', path: () => '/api/users', as: admin, body: { email: 'a@b.nl', name: 'A', role: 'participant' }, status: 400, fields: ['organisationId'] },
  { name: 'create participant of an unknown organisation', op: 'POST /api/users', path: () => '/api/users', as: admin, body: { email: 'a@b.nl', name: 'A', role: 'participant', organisationId: randomUUID() }, status: 404 },
  { name: 'create participant of a foreign organisation', op: 'POST /api/users', path: () => '/api/users', as: admin, get body() {
      return { email: 'a@b.nl', name: 'A', role: 'participant', organisationId: h.ids.organisations.metaal };
    }, status: 404 },
  { name: 'create user with an oversized name', op: 'POST /api/users', path: () => '/api/users', as: admin, body: { email: 'a@b.nl', name: long(201), role: 'adviser' }, status: 400, fields: ['name'] },
  { name: 'users page size 0', op: 'GET /api/users', path: () => '/api/users?pageSize=0', as: admin, status: 400, fields: ['pageSize'] },
  { name: 'accept a membership invitation without a token', op: 'POST /api/membership-invitations/accept', path: () => '/api/membership-invitations/accept', as: admin, body: {}, status: 400, fields: ['token'] },
  { name: 'accept a membership invitation with an unknown token', op: 'POST /api/membership-invitations/accept', path: () => '/api/membership-invitations/accept', as: admin, body: { token: 'b'.repeat(43) }, status: 400, fields: ['token'] },
  { name: 'audit log page -1', op: 'GET /api/audit-log', path: () => '/api/audit-log?page=-1', as: admin, status: 400, fields: ['page'] },
  { name: 'ping by an unknown id', op: 'GET /api/diagnostics/pings/{id}', path: () => `/api/diagnostics/pings/${randomUUID()}`, as: admin, status: 404 },
  // Calculations.
  { name: 'calculation without fields', op: 'POST /api/organisations/{id}/calculations', path: () => `/api/organisations/${org()}/calculations`, as: admin, body: {}, status: 400, fields: ['pluginId', 'year', 'input'] },
  { name: 'calculation of a malformed calculator in 1899 on a list', op: 'POST /api/organisations/{id}/calculations', path: () => `/api/organisations/${org()}/calculations`, as: admin, body: { pluginId: 'Footprint GHG', year: 1899, input: [] }, status: 400, fields: ['pluginId', 'year', 'input'] },
  { name: 'calculation of an unknown calculator', op: 'POST /api/organisations/{id}/calculations', path: () => `/api/organisations/${org()}/calculations`, as: admin, body: { pluginId: 'footprint.teleport', year: 2024, input: {} }, status: 400, fields: ['pluginId'] },
  { name: 'calculation for an unknown organisation', op: 'POST /api/organisations/{id}/calculations', path: () => `/api/organisations/${randomUUID()}/calculations`, as: admin, body: { pluginId: 'footprint.ghg', year: 2024, input: {} }, status: 404 },
  { name: 'calculations of a year as text', op: 'GET /api/organisations/{id}/calculations', path: () => `/api/organisations/${org()}/calculations?year=vorig`, as: admin, status: 400, fields: ['year'] },
  { name: 'an unknown calculation', op: 'GET /api/calculations/{id}', path: () => `/api/calculations/${randomUUID()}`, as: admin, status: 404 },
  { name: 'recompute without a calculator', op: 'POST /api/calculations/recompute', path: () => '/api/calculations/recompute', as: admin, body: {}, status: 400, fields: ['pluginId'] },
  { name: 'recompute of an unknown calculator', op: 'POST /api/calculations/recompute', path: () => '/api/calculations/recompute', as: admin, body: { pluginId: 'footprint.teleport' }, status: 400, fields: ['pluginId'] },
  { name: 'progress of an unknown recompute', op: 'GET /api/calculations/recompute/{bulkId}', path: () => `/api/calculations/recompute/${randomUUID()}`, as: admin, status: 404 },
  { name: 'an unknown route', op: null, method: 'GET', path: () => '/api/bestaat-niet', as: admin, status: 404 },
  // Koploper track and the programme core: cohorts, groups, enrolments, staff, invitations, sessions, alumni (the shape is checked before any lookup).
  { name: 'cohort with impossible dates', op: 'POST /api/koploper/cohorts', path: () => '/api/koploper/cohorts', as: admin, body: { name: 'X', municipality: 'Assen', startsOn: '2026-02-30', endsOn: 'morgen' }, status: 400, fields: ['startsOn', 'endsOn'] },
  { name: 'cohort ending before it starts', op: 'POST /api/koploper/cohorts', path: () => '/api/koploper/cohorts', as: admin, body: { name: 'X', municipality: 'Assen', startsOn: '2026-06-01', endsOn: '2026-01-01' }, status: 400, fields: ['endsOn'] },
  { name: 'cohort plan that is not an object', op: 'PATCH /api/koploper/cohorts/{id}', path: () => `/api/koploper/cohorts/${randomUUID()}`, as: admin, body: { phasePlan: 'maart' }, status: 400, fields: ['phasePlan'] },
  { name: 'a masterclass by the cohort route', op: 'GET /api/koploper/cohorts/{id}', path: () => `/api/koploper/cohorts/${fx.otherStepGroup}`, as: admin, status: 404 },
  { name: 'an unknown cohort', op: 'GET /api/koploper/cohorts/{id}', path: () => `/api/koploper/cohorts/${randomUUID()}`, as: admin, status: 404 },
  // A phase is the step's: the enrolment is looked up first, then the phase named.
  { name: 'participant move to an unknown phase', op: 'PATCH /api/programme/enrolments/{id}', path: () => `/api/programme/enrolments/${fx.enrolment}`, as: admin, body: { phase: 'klaar' }, status: 400, fields: ['phase'] },
  // A user or an outside specialist: only the role is always required.
  { name: 'staff without fields', op: 'POST /api/programme/groups/{id}/staff', path: () => `/api/programme/groups/${randomUUID()}/staff`, as: admin, body: {}, status: 400, fields: ['role'] },
  { name: 'invitation to a malformed address', op: 'POST /api/programme/groups/{id}/invitations', path: () => `/api/programme/groups/${randomUUID()}/invitations`, as: admin, body: { email: 'geen-adres', organisationId: 'x' }, status: 400, fields: ['email', 'organisationId'] },
  { name: 'accepting without a user', op: 'POST /api/public/invitations/{token}/accept', path: () => '/api/public/invitations/abcdefghijklmnopqrstuvwxyz/accept', as: () => undefined, body: { organisation: { name: '' } }, status: 400, fields: ['user', 'organisation.name'] },
  { name: 'accepting an unknown invitation', op: 'POST /api/public/invitations/{token}/accept', path: () => '/api/public/invitations/abcdefghijklmnopqrstuvwxyz/accept', as: () => undefined, body: { user: { name: 'A', password: 'een-lang-wachtwoord' } }, status: 404 },
  // The kind is the step's (checked on the group, below); the shape first.
  { name: 'session at no time', op: 'POST /api/programme/groups/{id}/sessions', path: () => `/api/programme/groups/${randomUUID()}/sessions`, as: admin, body: { kind: 'borrel', title: '', startsAt: 'vanavond', endsAt: 'straks', location: 1, agenda: long(5001) }, status: 400, fields: ['title', 'startsAt', 'endsAt', 'location', 'agenda'] },
  { name: 'attendance that is not a list', op: 'PUT /api/programme/sessions/{id}/attendance', path: () => `/api/programme/sessions/${randomUUID()}/attendance`, as: admin, body: { attendance: { present: true } }, status: 400, fields: ['attendance'] },
  { name: 'attendance of a malformed participant', op: 'PUT /api/programme/sessions/{id}/attendance', path: () => `/api/programme/sessions/${randomUUID()}/attendance`, as: admin, body: { attendance: [{ participantId: 'x', present: 'ja' }] }, status: 400, fields: ['attendance.0.participantId', 'attendance.0.present'] },
  { name: 'an unknown group', op: 'GET /api/programme/groups/{id}', path: () => `/api/programme/groups/${randomUUID()}`, as: admin, status: 404 },
  { name: 'group plan that is not an object', op: 'PATCH /api/programme/groups/{id}', path: () => `/api/programme/groups/${randomUUID()}`, as: admin, body: { phasePlan: 'maart' }, status: 400, fields: ['phasePlan'] },
  // The municipality is step 1's own (PATCH /api/koploper/cohorts/:id), not a field of the core's group.
  { name: "group change with a step's own field", op: 'PATCH /api/programme/groups/{id}', path: () => `/api/programme/groups/${fx.group}`, as: admin, body: { municipality: 'Assen' }, status: 400, fields: ['municipality'] },
  { name: 'group plan past its end', op: 'PATCH /api/programme/groups/{id}', path: () => `/api/programme/groups/${fx.group}`, as: admin, body: { phasePlan: { kickoff: '2027-06-01' } }, status: 400, fields: ['phasePlan.kickoff'] },
  { name: 'start an unknown group', op: 'POST /api/programme/groups/{id}/start', path: () => `/api/programme/groups/${randomUUID()}/start`, as: admin, status: 404 },
  { name: 'close an unknown group', op: 'POST /api/programme/groups/{id}/close', path: () => `/api/programme/groups/${randomUUID()}/close`, as: admin, status: 404 },
  { name: 'enrolment of a malformed organisation in an unknown role', op: 'POST /api/programme/groups/{id}/enrolments', path: () => `/api/programme/groups/${randomUUID()}/enrolments`, as: admin, body: { organisationId: 'bakkerij', role: 'boss' }, status: 400, fields: ['organisationId', 'role'] },
  { name: 'enrolment of an unknown organisation', op: 'POST /api/programme/groups/{id}/enrolments', path: () => `/api/programme/groups/${fx.group}/enrolments`, as: admin, body: { organisationId: randomUUID() }, status: 400, fields: ['organisationId'] },
  { name: 'enrolment in an unknown group', op: 'POST /api/programme/groups/{id}/enrolments', path: () => `/api/programme/groups/${randomUUID()}/enrolments`, as: admin, get body() {
      return { organisationId: h.ids.organisations.zorg };
    }, status: 404 },
  { name: 'move an unknown enrolment', op: 'PATCH /api/programme/enrolments/{id}', path: () => `/api/programme/enrolments/${randomUUID()}`, as: admin, body: { phase: 'baseline' }, status: 404 },
  { name: 'enrolment change without a phase or an adviser', op: 'PATCH /api/programme/enrolments/{id}', path: () => `/api/programme/enrolments/${fx.enrolment}`, as: admin, body: {}, status: 400, fields: ['body'] },
  { name: 'enrolment change with a malformed adviser and a long reason', op: 'PATCH /api/programme/enrolments/{id}', path: () => `/api/programme/enrolments/${fx.enrolment}`, as: admin, body: { adviserUserId: 'ada', reason: long(1001) }, status: 400, fields: ['adviserUserId', 'reason'] },
  { name: "an adviser who is not one of the group's", op: 'PATCH /api/programme/enrolments/{id}', path: () => `/api/programme/enrolments/${fx.enrolment}`, as: admin, get body() {
      return { adviserUserId: h.ids.users.adviser };
    }, status: 400, fields: ['adviserUserId'] },
  { name: 'outside specialist without a name', op: 'POST /api/programme/groups/{id}/staff', path: () => `/api/programme/groups/${fx.group}/staff`, as: admin, body: { role: 'specialist' }, status: 400, fields: ['externalName'] },
  {
    name: 'outside specialist with a malformed e-mail and an oversized contribution',
    op: 'POST /api/programme/groups/{id}/staff',
    path: () => `/api/programme/groups/${randomUUID()}/staff`,
    as: admin,
    body: { role: 'specialist', externalName: 'Ineke Smit', externalEmail: 'geen-adres', externalOrganisation: long(201), contribution: long(2001) },
    status: 400,
    fields: ['externalEmail', 'externalOrganisation', 'contribution'],
  },
  { name: 'a staff role the step does not have', op: 'POST /api/programme/groups/{id}/staff', path: () => `/api/programme/groups/${fx.group}/staff`, as: admin, body: { role: 'coach', externalName: 'Coach Carter' }, status: 400, fields: ['role'] },
  { name: 'a trainee without a mentor', op: 'POST /api/programme/groups/{id}/staff', path: () => `/api/programme/groups/${fx.group}/staff`, as: admin, get body() {
      return { role: 'adviser', userId: h.ids.users.trainee, trainee: true };
    }, status: 400, fields: ['mentorUserId'] },
  { name: 'remove staff of an unknown group', op: 'DELETE /api/programme/groups/{id}/staff/{staffId}', path: () => `/api/programme/groups/${randomUUID()}/staff/${randomUUID()}`, as: admin, status: 404 },
  { name: 'remove someone who is not on the staff', op: 'DELETE /api/programme/groups/{id}/staff/{staffId}', path: () => `/api/programme/groups/${fx.group}/staff/${randomUUID()}`, as: admin, status: 400, fields: ['staffId'] },
  { name: 'staff picker for an unknown role', op: 'GET /api/programme/staff-picker', path: () => '/api/programme/staff-picker?role=king', as: admin, status: 400, fields: ['role'] },
  { name: 'session of a kind the step does not have', op: 'POST /api/programme/groups/{id}/sessions', path: () => `/api/programme/groups/${fx.group}/sessions`, as: admin, body: { kind: 'borrel', title: 'Borrel', startsAt: '2026-03-01T16:00:00+01:00', location: 'Assen', agenda: '' }, status: 400, fields: ['kind'] },
  {
    name: 'session ending before it starts',
    op: 'POST /api/programme/groups/{id}/sessions',
    path: () => `/api/programme/groups/${fx.group}/sessions`,
    as: admin,
    body: { kind: 'exchange', title: 'Uitwisseling', startsAt: '2026-03-01T16:00:00+01:00', endsAt: '2026-03-01T15:00:00+01:00', location: 'Assen', agenda: '' },
    status: 400,
    fields: ['endsAt'],
  },
  { name: 'a company visit without its participant', op: 'POST /api/programme/groups/{id}/sessions', path: () => `/api/programme/groups/${fx.group}/sessions`, as: admin, body: { kind: 'company_visit', title: 'Gesprek op locatie', startsAt: '2026-03-01T10:00:00+01:00', location: '', agenda: 'Bespreken uitkomst nulmeting' }, status: 400, fields: ['participantId'] },
  { name: 'a group session tied to one participant', op: 'POST /api/programme/groups/{id}/sessions', path: () => `/api/programme/groups/${fx.group}/sessions`, as: admin, get body() {
      return { kind: 'exchange', title: 'Uitwisseling', startsAt: '2026-03-01T16:00:00+01:00', location: 'Assen', agenda: '', participantId: fx.enrolment };
    }, status: 400, fields: ['participantId'] },
  { name: 'a session for a malformed participant', op: 'POST /api/programme/groups/{id}/sessions', path: () => `/api/programme/groups/${randomUUID()}/sessions`, as: admin, body: { kind: 'company_visit', title: 'Gesprek', startsAt: '2026-03-01T10:00:00+01:00', location: '', agenda: '', participantId: 'bakkerij' }, status: 400, fields: ['participantId'] },
  { name: 'session change to no title and a malformed end', op: 'PATCH /api/programme/sessions/{id}', path: () => `/api/programme/sessions/${randomUUID()}`, as: admin, body: { title: '', endsAt: 'straks' }, status: 400, fields: ['title', 'endsAt'] },
  { name: 'change an unknown session', op: 'PATCH /api/programme/sessions/{id}', path: () => `/api/programme/sessions/${randomUUID()}`, as: admin, body: { location: 'Drents Museum' }, status: 404 },
  { name: 'materials of an unknown group', op: 'GET /api/programme/groups/{id}/materials', path: () => `/api/programme/groups/${randomUUID()}/materials`, as: admin, status: 404 },
  { name: 'a material that is no upload', op: 'POST /api/programme/groups/{id}/materials', path: () => `/api/programme/groups/${fx.group}/materials`, as: admin, body: { file: 'x' }, status: 400, fields: ['file'] },
  { name: 'remove a material by a non-uuid id', op: 'DELETE /api/programme/groups/{id}/materials/{fileId}', path: () => `/api/programme/groups/${fx.group}/materials/niet-een-id`, as: admin, status: 400, fields: ['fileId'] },
  { name: 'resend an unknown invitation', op: 'POST /api/programme/invitations/{id}/resend', path: () => `/api/programme/invitations/${randomUUID()}/resend`, as: admin, status: 404 },
  { name: 'resend an invitation by a non-uuid id', op: 'POST /api/programme/invitations/{id}/resend', path: () => '/api/programme/invitations/niet-een-id/resend', as: admin, status: 400, fields: ['id'] },
  { name: 'withdraw an unknown invitation', op: 'DELETE /api/programme/invitations/{id}', path: () => `/api/programme/invitations/${randomUUID()}`, as: admin, status: 404 },
  { name: 'an unknown invitation link', op: 'GET /api/public/invitations/{token}', path: () => '/api/public/invitations/abcdefghijklmnopqrstuvwxyz', as: () => undefined, status: 404 },
  { name: 'a malformed invitation link', op: 'GET /api/public/invitations/{token}', path: () => '/api/public/invitations/x', as: () => undefined, status: 404 },
  { name: 'alumni invitation to nobody', op: 'POST /api/koploper/alumni/invitations', path: () => '/api/koploper/alumni/invitations', as: admin, body: { organisationIds: [], activity: 'feest', subject: '', message: '' }, status: 400, fields: ['organisationIds', 'activity', 'subject', 'message'] },
  { name: 'an unknown file', op: 'GET /api/files/{id}', path: () => `/api/files/${randomUUID()}`, as: admin, status: 404 },
  // Baseline and profile: the shape is checked before anything is looked up.
  { name: 'the track of an unknown participant', op: 'GET /api/koploper/participants/{pid}', path: () => `/api/koploper/participants/${randomUUID()}`, as: admin, status: 404 },
  { name: 'the track of a participant of another step', op: 'GET /api/koploper/participants/{pid}', path: () => `/api/koploper/participants/${fx.otherStepEnrolment}`, as: admin, status: 404 },
  { name: 'baseline without fields', op: 'PUT /api/koploper/participants/{pid}/baseline', path: () => `/api/koploper/participants/${randomUUID()}/baseline`, as: admin, body: {}, status: 400, fields: ['year', 'activities'] },
  {
    name: 'baseline with wrong activities',
    op: 'PUT /api/koploper/participants/{pid}/baseline', path: () => `/api/koploper/participants/${randomUUID()}/baseline`,
    as: participant,
    body: { year: 1899, activities: [{ type: 'teleport', amount: 'veel', unit: 'parsec', contract: 'free' }], organisation: { employees: -1 } },
    status: 400,
    fields: ['year', 'activities.0.type', 'activities.0.amount', 'activities.0.unit', 'activities.0.contract', 'organisation.employees'],
  },
  { name: 'baseline with an unknown field', op: 'PUT /api/koploper/participants/{pid}/baseline', path: () => `/api/koploper/participants/${randomUUID()}/baseline`, as: admin, body: { year: 2024, activities: [], status: 'reviewed' }, status: 400, fields: ['status'] },
  { name: 'baseline of an unknown participant', op: 'PUT /api/koploper/participants/{pid}/baseline', path: () => `/api/koploper/participants/${randomUUID()}/baseline`, as: admin, body: { year: 2024, activities: [] }, status: 404 },
  { name: 'baseline for a year as text', op: 'GET /api/koploper/participants/{pid}/baseline', path: () => `/api/koploper/participants/${randomUUID()}/baseline?year=vorig`, as: admin, status: 400, fields: ['year'] },
  {
    name: 'ISO 26000 answers with an unknown issue and a bad maturity',
    op: 'PUT /api/koploper/participants/{pid}/iso26000', path: () => `/api/koploper/participants/${randomUUID()}/iso26000`,
    as: participant,
    body: { year: 2024, answers: [{ issueId: 'environment.space-travel', maturity: 2 }, { issueId: 'environment.climate-change', maturity: 5 }] },
    status: 400,
    fields: ['answers.0.issueId', 'answers.1.maturity'],
  },
  { name: 'baseline review without a year', op: 'POST /api/koploper/participants/{pid}/baseline/review', path: () => `/api/koploper/participants/${randomUUID()}/baseline/review`, as: admin, body: {}, status: 400, fields: ['year'] },
  { name: 'plausibility confirmation without a note or rule', op: 'POST /api/koploper/participants/{pid}/baseline/plausibility', path: () => `/api/koploper/participants/${randomUUID()}/baseline/plausibility`, as: admin, body: { year: 2024 }, status: 400, fields: ['ruleId', 'note'] },
  { name: 'baseline sign-off without a year', op: 'POST /api/koploper/participants/{pid}/baseline/sign-off', path: () => `/api/koploper/participants/${randomUUID()}/baseline/sign-off`, as: admin, body: {}, status: 400, fields: ['year'] },
  { name: 'baseline sign-off for an unknown participant', op: 'POST /api/koploper/participants/{pid}/baseline/sign-off', path: () => `/api/koploper/participants/${randomUUID()}/baseline/sign-off`, as: admin, body: { year: 2024 }, status: 404 },
  { name: 'baseline upload for an unknown participant', op: 'POST /api/koploper/participants/{pid}/baseline/upload', path: () => `/api/koploper/participants/${randomUUID()}/baseline/upload`, as: admin, body: { year: 2024 }, status: 404 },
  { name: 'profile comment too long', op: 'PATCH /api/koploper/profiles/{id}', path: () => `/api/koploper/profiles/${randomUUID()}`, as: admin, body: { adviserComment: long(5001) }, status: 400, fields: ['adviserComment'] },
  { name: 'profile comment of an unknown profile', op: 'PATCH /api/koploper/profiles/{id}', path: () => `/api/koploper/profiles/${randomUUID()}`, as: admin, body: { adviserComment: 'Goed' }, status: 404 },
  { name: 'profile by a non-uuid id', op: 'GET /api/koploper/profiles/{id}', path: () => '/api/koploper/profiles/niet-een-id', as: admin, status: 400, fields: ['id'] },
  { name: 'profile for an unknown participant', op: 'POST /api/koploper/participants/{pid}/profiles', path: () => `/api/koploper/participants/${randomUUID()}/profiles`, as: admin, status: 404 },
  { name: 'PDF of an unknown profile', op: 'GET /api/koploper/profiles/{id}/pdf', path: () => `/api/koploper/profiles/${randomUUID()}/pdf`, as: admin, status: 404 },
  { name: 'publish an unknown profile', op: 'POST /api/koploper/profiles/{id}/publish', path: () => `/api/koploper/profiles/${randomUUID()}/publish`, as: admin, status: 404 },
  { name: 'sign off an unknown profile', op: 'POST /api/koploper/profiles/{id}/sign-off', path: () => `/api/koploper/profiles/${randomUUID()}/sign-off`, as: admin, status: 404 },
  // MVO-certificaat: the shape and which fields go with which decision are checked before anything is looked up.
  { name: 'CSR certificate for an unknown participant', op: 'POST /api/koploper/participants/{pid}/csr-certificate', path: () => `/api/koploper/participants/${randomUUID()}/csr-certificate`, as: participant, status: 404 },
  { name: 'CSR certificate for a non-uuid participant', op: 'POST /api/koploper/participants/{pid}/csr-certificate', path: () => '/api/koploper/participants/niet-een-id/csr-certificate', as: participant, status: 400, fields: ['pid'] },
  { name: 'CSR certificates of an unknown status', op: 'GET /api/koploper/csr-certificates', path: () => '/api/koploper/csr-certificates?status=klaar', as: admin, status: 400, fields: ['status'] },
  { name: 'an unknown CSR certificate', op: 'GET /api/koploper/csr-certificates/{id}', path: () => `/api/koploper/csr-certificates/${randomUUID()}`, as: admin, status: 404 },
  { name: 'CSR certificate by a non-uuid id', op: 'GET /api/koploper/csr-certificates/{id}', path: () => '/api/koploper/csr-certificates/niet-een-id', as: admin, status: 400, fields: ['id'] },
  { name: 'review without a decision', op: 'POST /api/koploper/csr-certificates/{id}/review', path: () => `/api/koploper/csr-certificates/${randomUUID()}/review`, as: admin, body: {}, status: 400, fields: ['decision'] },
  {
    name: 'review with an unknown decision, a long reason and an unknown field',
    op: 'POST /api/koploper/csr-certificates/{id}/review', path: () => `/api/koploper/csr-certificates/${randomUUID()}/review`,
    as: admin,
    body: { decision: 'misschien', reason: long(2001), status: 'awarded' },
    status: 400,
    fields: ['decision', 'reason', 'status'],
  },
  { name: 'approve with conditions but none given', op: 'POST /api/koploper/csr-certificates/{id}/review', path: () => `/api/koploper/csr-certificates/${randomUUID()}/review`, as: admin, body: { decision: 'approve_with_conditions', conditions: [] }, status: 400, fields: ['conditions'] },
  { name: 'approve with conditions that are not text', op: 'POST /api/koploper/csr-certificates/{id}/review', path: () => `/api/koploper/csr-certificates/${randomUUID()}/review`, as: admin, body: { decision: 'approve_with_conditions', conditions: [42, long(501)] }, status: 400, fields: ['conditions'] },
  { name: 'reject without a reason', op: 'POST /api/koploper/csr-certificates/{id}/review', path: () => `/api/koploper/csr-certificates/${randomUUID()}/review`, as: admin, body: { decision: 'reject', reason: ' ' }, status: 400, fields: ['reason'] },
  { name: 'reject with conditions', op: 'POST /api/koploper/csr-certificates/{id}/review', path: () => `/api/koploper/csr-certificates/${randomUUID()}/review`, as: admin, body: { decision: 'reject', reason: 'Onvolledig', conditions: ['x'] }, status: 400, fields: ['conditions'] },
  { name: 'review an unknown CSR certificate', op: 'POST /api/koploper/csr-certificates/{id}/review', path: () => `/api/koploper/csr-certificates/${randomUUID()}/review`, as: admin, body: { decision: 'approve' }, status: 404 },
  { name: 'award for 6 years', op: 'POST /api/koploper/csr-certificates/{id}/award', path: () => `/api/koploper/csr-certificates/${randomUUID()}/award`, as: admin, body: { validYears: 6 }, status: 400, fields: ['validYears'] },
  { name: 'award for "3" years as text', op: 'POST /api/koploper/csr-certificates/{id}/award', path: () => `/api/koploper/csr-certificates/${randomUUID()}/award`, as: admin, body: { validYears: '3' }, status: 400, fields: ['validYears'] },
  { name: 'award an unknown CSR certificate', op: 'POST /api/koploper/csr-certificates/{id}/award', path: () => `/api/koploper/csr-certificates/${randomUUID()}/award`, as: admin, body: {}, status: 404 },
  { name: 'revoke without a reason', op: 'POST /api/koploper/csr-certificates/{id}/revoke', path: () => `/api/koploper/csr-certificates/${randomUUID()}/revoke`, as: admin, body: {}, status: 400, fields: ['reason'] },
  { name: 'revoke an unknown CSR certificate', op: 'POST /api/koploper/csr-certificates/{id}/revoke', path: () => `/api/koploper/csr-certificates/${randomUUID()}/revoke`, as: admin, body: { reason: 'Voldoet niet meer' }, status: 404 },
  { name: 'register search for a malformed certificate number', op: 'GET /api/public/csr-register', path: () => '/api/public/csr-register?number=MVO-26-1', as: () => undefined, status: 400, fields: ['number'] },
  { name: 'register search over 100 characters', op: 'GET /api/public/csr-register', path: () => `/api/public/csr-register?q=${long(101)}`, as: () => undefined, status: 400, fields: ['q'] },
  { name: 'register search by a municipality over 100 characters', op: 'GET /api/public/csr-register', path: () => `/api/public/csr-register?municipality=${long(101)}`, as: () => undefined, status: 400, fields: ['municipality'] },
  { name: "a malformed number's page in the register", op: 'GET /api/public/csr-register/{number}', path: () => '/api/public/csr-register/MVO-26-1', as: () => undefined, status: 400, fields: ['number'] },
  { name: "an unknown number's page in the register", op: 'GET /api/public/csr-register/{number}', path: () => '/api/public/csr-register/MVO-1999-0001', as: () => undefined, status: 404 },
  { name: 'the PDF of an unknown CSR certificate', op: 'GET /api/koploper/csr-certificates/{id}/pdf', path: () => `/api/koploper/csr-certificates/${randomUUID()}/pdf`, as: admin, status: 404 },
  // Action plan and vision.
  { name: 'action item without fields', op: 'POST /api/koploper/participants/{pid}/action-plan/items', path: () => `/api/koploper/participants/${randomUUID()}/action-plan/items`, as: participant, body: {}, status: 400, fields: ['title', 'owner', 'dueOn'] },
  {
    name: 'action item with an unknown measure, bad date and negative amounts',
    op: 'POST /api/koploper/participants/{pid}/action-plan/items', path: () => `/api/koploper/participants/${randomUUID()}/action-plan/items`,
    as: participant,
    body: { measureId: 'energy.teleport', title: long(301), owner: ' ', dueOn: '2026-02-30', status: 'klaar', expectedKgCO2e: -5, expectedCostEur: '100' },
    status: 400,
    fields: ['measureId', 'title', 'owner', 'dueOn', 'status', 'expectedKgCO2e', 'expectedCostEur'],
  },
  { name: 'action item with an unknown field', op: 'POST /api/koploper/participants/{pid}/action-plan/items', path: () => `/api/koploper/participants/${randomUUID()}/action-plan/items`, as: admin, body: { title: 'LED', owner: 'Jan', dueOn: '2026-09-30', organisationId: randomUUID() }, status: 400, fields: ['organisationId'] },
  { name: 'action item for an unknown participant', op: 'POST /api/koploper/participants/{pid}/action-plan/items', path: () => `/api/koploper/participants/${randomUUID()}/action-plan/items`, as: admin, body: { title: 'LED', owner: 'Jan', dueOn: '2026-09-30' }, status: 404 },
  { name: 'action item change to no title and a Dutch date', op: 'PATCH /api/koploper/action-plan-items/{id}', path: () => `/api/koploper/action-plan-items/${randomUUID()}`, as: participant, body: { title: null, dueOn: '31-12-2026' }, status: 400, fields: ['title', 'dueOn'] },
  { name: 'change an unknown action item', op: 'PATCH /api/koploper/action-plan-items/{id}', path: () => `/api/koploper/action-plan-items/${randomUUID()}`, as: admin, body: { status: 'done' }, status: 404 },
  { name: 'delete an unknown action item', op: 'DELETE /api/koploper/action-plan-items/{id}', path: () => `/api/koploper/action-plan-items/${randomUUID()}`, as: admin, status: 404 },
  { name: 'action plan of a non-uuid participant', op: 'GET /api/koploper/participants/{pid}/action-plan', path: () => '/api/koploper/participants/niet-een-id/action-plan', as: admin, status: 400, fields: ['pid'] },
  { name: 'vision over 5000 characters', op: 'PUT /api/koploper/participants/{pid}/vision', path: () => `/api/koploper/participants/${randomUUID()}/vision`, as: participant, body: { text: long(5001) }, status: 400, fields: ['text'] },
  { name: 'vision of an unknown participant', op: 'PUT /api/koploper/participants/{pid}/vision', path: () => `/api/koploper/participants/${randomUUID()}/vision`, as: admin, body: { text: 'Duurzaam' }, status: 404 },
  // Communication assignment, jury and prize.
  { name: 'communication text that is not text', op: 'PUT /api/koploper/participants/{pid}/communication', path: () => `/api/koploper/participants/${randomUUID()}/communication`, as: participant, body: { text: 42 }, status: 400, fields: ['text'] },
  { name: 'communication text over 20000 characters', op: 'PUT /api/koploper/participants/{pid}/communication', path: () => `/api/koploper/participants/${randomUUID()}/communication`, as: participant, body: { text: long(20_001) }, status: 400, fields: ['text'] },
  { name: 'communication of an unknown participant', op: 'PUT /api/koploper/participants/{pid}/communication', path: () => `/api/koploper/participants/${randomUUID()}/communication`, as: participant, body: { text: 'Ons verhaal' }, status: 404 },
  { name: 'communication file for an unknown participant', op: 'POST /api/koploper/participants/{pid}/communication/files', path: () => `/api/koploper/participants/${randomUUID()}/communication/files`, as: participant, body: {}, status: 404 },
  { name: 'submit for an unknown participant', op: 'POST /api/koploper/participants/{pid}/communication/submit', path: () => `/api/koploper/participants/${randomUUID()}/communication/submit`, as: participant, status: 404 },
  { name: 'jury of malformed and repeated ids', op: 'PUT /api/koploper/cohorts/{id}/jury', path: () => `/api/koploper/cohorts/${randomUUID()}/jury`, as: admin, body: { userIds: ['ada', 'ada'] }, status: 400, fields: ['userIds'] },
  { name: 'jury of an unknown cohort', op: 'PUT /api/koploper/cohorts/{id}/jury', path: () => `/api/koploper/cohorts/${randomUUID()}/jury`, as: admin, body: { userIds: [] }, status: 404 },
  { name: 'scores above the maximum, missing and for an unknown criterion', op: 'PUT /api/koploper/communication/{submissionId}/scores', path: () => `/api/koploper/communication/${randomUUID()}/scores`, as: admin, body: { scores: { reach: 6, looks: 1 } }, status: 400, fields: ['scores.reach', 'scores.looks', 'scores.message'] },
  { name: 'scores that are not an object', op: 'PUT /api/koploper/communication/{submissionId}/scores', path: () => `/api/koploper/communication/${randomUUID()}/scores`, as: admin, body: { scores: 'acht' }, status: 400, fields: ['scores'] },
  { name: 'scores of an unknown submission', op: 'PUT /api/koploper/communication/{submissionId}/scores', path: () => `/api/koploper/communication/${randomUUID()}/scores`, as: admin, body: { scores: { message: 8, persuasiveness: 7, creativity: 6, reach: 4 } }, status: 404 },
  { name: 'prize for a non-uuid participant', op: 'POST /api/koploper/cohorts/{id}/prize', path: () => `/api/koploper/cohorts/${randomUUID()}/prize`, as: admin, body: { participantId: 'de bakker' }, status: 400, fields: ['participantId'] },
  { name: 'prize of an unknown cohort', op: 'POST /api/koploper/cohorts/{id}/prize', path: () => `/api/koploper/cohorts/${randomUUID()}/prize`, as: admin, body: { participantId: randomUUID() }, status: 404 },
  { name: 'standing of an unknown cohort', op: 'GET /api/koploper/cohorts/{id}/prize', path: () => `/api/koploper/cohorts/${randomUUID()}/prize`, as: admin, status: 404 },
  { name: 'participation certificate of an unknown participant', op: 'GET /api/koploper/participants/{pid}/participation-certificate.pdf', path: () => `/api/koploper/participants/${randomUUID()}/participation-certificate.pdf`, as: participant, status: 404 },
  // CE-masterclasses (step 2): the shape first, then the masterclass, session or enrolment; values from the reference data are named.
  { name: 'masterclass without fields', op: 'POST /api/masterclass/masterclasses', path: () => '/api/masterclass/masterclasses', as: admin, body: {}, status: 400, fields: ['name', 'audience', 'goals', 'startsOn', 'endsOn'] },
  { name: 'masterclass for everyone with a co-organiser that is not text', op: 'POST /api/masterclass/masterclasses', path: () => '/api/masterclass/masterclasses', as: admin, body: { name: 'X', audience: 'everyone', goals: '', startsOn: '2026-03-01', endsOn: '2026-06-30', coOrganisers: [42] }, status: 400, fields: ['audience', 'coOrganisers'] },
  { name: 'masterclass ending before it starts', op: 'POST /api/masterclass/masterclasses', path: () => '/api/masterclass/masterclasses', as: admin, body: { name: 'X', audience: 'sme', goals: '', startsOn: '2026-06-01', endsOn: '2026-01-01' }, status: 400, fields: ['endsOn'] },
  { name: 'an unknown masterclass', op: 'GET /api/masterclass/masterclasses/{id}', path: () => `/api/masterclass/masterclasses/${randomUUID()}`, as: admin, status: 404 },
  { name: 'a Koplopergroep by the masterclass route', op: 'GET /api/masterclass/masterclasses/{id}', path: () => `/api/masterclass/masterclasses/${fx.group}`, as: admin, status: 404 },
  { name: 'masterclass update with a municipality', op: 'PATCH /api/masterclass/masterclasses/{id}', path: () => `/api/masterclass/masterclasses/${fx.otherStepGroup}`, as: admin, body: { municipality: 'Assen', goals: 42 }, status: 400, fields: ['municipality', 'goals'] },
  { name: 'update of an unknown masterclass', op: 'PATCH /api/masterclass/masterclasses/{id}', path: () => `/api/masterclass/masterclasses/${randomUUID()}`, as: admin, body: { goals: 'x' }, status: 404 },
  { name: 'candidate by a KvK number', op: 'POST /api/masterclass/masterclasses/{id}/candidates', path: () => `/api/masterclass/masterclasses/${fx.otherStepGroup}/candidates`, as: admin, body: { key: 'kvk:40012345' }, status: 400, fields: ['key'] },
  { name: 'an unknown candidate', op: 'POST /api/masterclass/masterclasses/{id}/candidates', path: () => `/api/masterclass/masterclasses/${fx.otherStepGroup}/candidates`, as: admin, body: { key: `imported:${randomUUID()}` }, status: 400, fields: ['key'] },
  { name: 'modules that are not a list', op: 'PUT /api/masterclass/sessions/{sessionId}/modules', path: () => `/api/masterclass/sessions/${randomUUID()}/modules`, as: admin, body: { moduleIds: 'ce-basics' }, status: 400, fields: ['moduleIds'] },
  { name: 'modules of an unknown session', op: 'PUT /api/masterclass/sessions/{sessionId}/modules', path: () => `/api/masterclass/sessions/${randomUUID()}/modules`, as: admin, body: { moduleIds: ['ce-basics'] }, status: 404 },
  { name: 'intake off the R-ladder', op: 'PUT /api/masterclass/enrolments/{id}/intake', path: () => `/api/masterclass/enrolments/${fx.otherStepEnrolment}/intake`, as: admin, body: { ambition: '', rLadder: 'R10', hopes: 42 }, status: 400, fields: ['ambition', 'rLadder', 'hopes'] },
  { name: 'intake of an unknown enrolment', op: 'PUT /api/masterclass/enrolments/{id}/intake', path: () => `/api/masterclass/enrolments/${randomUUID()}/intake`, as: admin, body: { ambition: 'x', rLadder: 'R2', hopes: 'x' }, status: 404 },
  { name: 'intake of a Koploper participant', op: 'PUT /api/masterclass/enrolments/{id}/intake', path: () => `/api/masterclass/enrolments/${fx.enrolment}/intake`, as: admin, body: { ambition: 'x', rLadder: 'R2', hopes: 'x' }, status: 404 },
  { name: 'outcome without fields', op: 'PUT /api/masterclass/enrolments/{id}/outcome', path: () => `/api/masterclass/enrolments/${fx.otherStepEnrolment}/outcome`, as: admin, body: {}, status: 400, fields: ['fields', 'chainPartners', 'opportunities'] },
  { name: 'outcome with an unknown innovation field', op: 'PUT /api/masterclass/enrolments/{id}/outcome', path: () => `/api/masterclass/enrolments/${fx.otherStepEnrolment}/outcome`, as: admin, body: { fields: [{ fieldId: 'astrology' }], chainPartners: [], opportunities: [] }, status: 400, fields: ['fields.0.fieldId'] },
  { name: 'opportunities of an unknown masterclass', op: 'GET /api/masterclass/masterclasses/{id}/opportunities', path: () => `/api/masterclass/masterclasses/${randomUUID()}/opportunities`, as: admin, status: 404 },
  { name: 'decision maybe', op: 'PUT /api/masterclass/masterclasses/{id}/decision', path: () => `/api/masterclass/masterclasses/${fx.otherStepGroup}/decision`, as: admin, body: { decision: 'maybe' }, status: 400, fields: ['decision', 'reasons'] },
  { name: 'decision of an unknown masterclass', op: 'PUT /api/masterclass/masterclasses/{id}/decision', path: () => `/api/masterclass/masterclasses/${randomUUID()}/decision`, as: admin, body: { decision: 'go', reasons: 'x' }, status: 404 },
  { name: 'proposal without fields', op: 'POST /api/masterclass/masterclasses/{id}/proposals', path: () => `/api/masterclass/masterclasses/${fx.otherStepGroup}/proposals`, as: admin, body: { candidatePartners: [{ enrolmentId: 'de bakker' }] }, status: 400, fields: ['title', 'description', 'candidatePartners.0.enrolmentId'] },
  { name: 'proposal for an unknown masterclass', op: 'POST /api/masterclass/masterclasses/{id}/proposals', path: () => `/api/masterclass/masterclasses/${randomUUID()}/proposals`, as: admin, body: { title: 'x', description: '', candidatePartners: [{ name: 'x' }] }, status: 404 },
  // Region scan (step 2): the shape is checked first; an upload's rows are each named (masterclass-scan.spec.ts has more).
  { name: 'region scan without a region and for nobody', op: 'POST /api/masterclass/scans', path: () => '/api/masterclass/scans', as: admin, body: { municipalities: [], audience: 'iedereen' }, status: 400, fields: ['municipalities', 'audience'] },
  { name: 'region scan of too many and blank municipalities', op: 'POST /api/masterclass/scans', path: () => '/api/masterclass/scans', as: admin, body: { municipalities: [...Array.from({ length: 21 }, (_, i) => `Gemeente ${i}`)], audience: 'sme' }, status: 400, fields: ['municipalities'] },
  { name: 'region scan with a blank municipality and an unknown field', op: 'POST /api/masterclass/scans', path: () => '/api/masterclass/scans', as: admin, body: { municipalities: ['  '], audience: 'large', partnerId: randomUUID() }, status: 400, fields: ['municipalities', 'partnerId'] },
  { name: 'an unknown region scan', op: 'GET /api/masterclass/scans/{id}', path: () => `/api/masterclass/scans/${randomUUID()}`, as: admin, status: 404 },
  { name: 'a non-uuid region scan', op: 'GET /api/masterclass/scans/{id}', path: () => '/api/masterclass/scans/assen', as: admin, status: 400, fields: ['id'] },
  { name: 'scan companies as JSON instead of a file', op: 'POST /api/masterclass/scan-companies/import', path: () => '/api/masterclass/scan-companies/import', as: admin, body: { file: 'bedrijven.csv' }, status: 400, fields: ['file'] },
  {
    name: 'scan companies with bad rows',
    op: 'POST /api/masterclass/scan-companies/import',
    path: () => '/api/masterclass/scan-companies/import',
    as: admin,
    headers: { 'content-type': 'multipart/form-data; boundary=scanlist' },
    rawBody: ['--scanlist', 'Content-Disposition: form-data; name="file"; filename="bedrijven.csv"', 'Content-Type: text/csv', '', 'kvk;naam;sbi;grootte;medewerkers;gemeente', '123;;41.20;reus;-3;Assen', '51000001;Goed;41.20;klein;;Assen', '--scanlist--', ''].join('\r\n'),
    status: 400,
    fields: ['line 2'],
  },
  ...SECTOR_BAD_INPUT_CASES,
  ...FOLLOW_UP_BAD_INPUT_CASES,
  ...CHAIN_BAD_INPUT_CASES,
  ...JOURNEY_BAD_INPUT_CASES,
  ...ALLIANCE_BAD_INPUT_CASES,
  ...KNOWLEDGE_BAD_INPUT_CASES,
  ...EVALUATION_BAD_INPUT_CASES,
  ...EDUCATION_BAD_INPUT_CASES,
  ...ADMIN_BAD_INPUT_CASES,
];
