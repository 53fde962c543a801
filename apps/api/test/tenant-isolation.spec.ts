/**
 * The tenant-isolation matrix: every endpoint x every role x own and foreign
 * tenant, asserting the exact status. Foreign objects answer 404, never data.
 */
import type { Role } from '@koers/domain';
import { Cohort, CohortAdviser, CohortParticipant, DiagnosticPing, Meeting, StoredFile, SustainabilityProfile } from '@koers/server-db';
import { randomUUID } from 'node:crypto';
import { DEMO_EMAILS, startHarness, type Harness } from '../../../tools/testing/api-harness';

const ROLES: Role[] = ['administrator', 'coordinator', 'adviser', 'analyst', 'participant'];

interface Case {
  name: string;
  method: string;
  /** Path for the own tenant's object (or the only path, for collection endpoints). */
  own: (h: Harness) => string;
  /** Path naming the foreign tenant's object; absent for endpoints without an id. */
  foreign?: (h: Harness) => string;
  body?: (role: Role) => unknown;
  /** Status per role for the own object; the foreign object answers 404 wherever the role passes the role check. */
  expect: Record<Role, number>;
  /** Status without a session: 401 unless the route is public. */
  signedOut?: number;
}

const ALL = (s: number): Record<Role, number> => ({ administrator: s, coordinator: s, adviser: s, analyst: s, participant: s });
const ONLY = (roles: Role[], ok: number): Record<Role, number> => Object.fromEntries(ROLES.map((r) => [r, roles.includes(r) ? ok : 403])) as Record<Role, number>;

let h: Harness;
const cookies = {} as Record<Role, string>;
let ownPing: string;
let foreignPing: string;
let ownCohort: string;
let smallCohort: string;
let smallCohortParticipant: string;
let foreignCohort: string;
let ownCohortParticipant: string;
let foreignCohortParticipant: string;
let ownMeeting: string;
let foreignMeeting: string;
let adviserCohort: string;
let ownFile: string;
let foreignFile: string;
let ownProfile: string;
let ownDraftProfile: string;
let foreignProfile: string;
/** MVO-certificaat: a participant without attachments, and applications in the states each row needs. */
const cert = {} as Record<'participant' | 'own' | 'foreign' | 'submitted' | 'approved' | 'awarded', string>;
const STAFF: Role[] = ['administrator', 'coordinator', 'adviser', 'analyst'];
/** Action plan items (one to change, one to delete) and communication submissions. */
const track = {} as Record<'ownItem' | 'ownDoomed' | 'foreignItem' | 'ownSubmission' | 'foreignSubmission', string>;
const WRITE_PLAN: Role[] = ['administrator', 'coordinator', 'adviser', 'participant'];

const CASES: Case[] = [
  { name: 'session', method: 'GET', own: () => '/api/auth/session', expect: ALL(200) },
  { name: 'profile', method: 'PATCH', own: () => '/api/auth/profile', body: () => ({ locale: 'nl' }), expect: ALL(200) },
  { name: 'current partner', method: 'GET', own: () => '/api/partners/current', expect: ALL(200) },
  { name: 'list organisations', method: 'GET', own: () => '/api/organisations', expect: ALL(200) },
  {
    name: 'get organisation',
    method: 'GET',
    own: (x) => `/api/organisations/${x.ids.organisations.bakkerij}`,
    foreign: (x) => `/api/organisations/${x.ids.organisations.metaal}`,
    expect: ALL(200),
  },
  {
    name: 'update organisation',
    method: 'PATCH',
    own: (x) => `/api/organisations/${x.ids.organisations.bakkerij}`,
    foreign: (x) => `/api/organisations/${x.ids.organisations.metaal}`,
    body: () => ({ region: 'Drenthe' }),
    expect: ONLY(['administrator', 'coordinator', 'adviser', 'participant'], 200),
  },
  {
    name: 'create organisation',
    method: 'POST',
    own: () => '/api/organisations',
    body: (role) => ({ name: `Nieuw bedrijf ${role}`, kind: 'company', step: 'koploper' }),
    expect: ONLY(['administrator', 'coordinator'], 201),
  },
  {
    name: 'list consents',
    method: 'GET',
    own: (x) => `/api/organisations/${x.ids.organisations.bakkerij}/consents`,
    foreign: (x) => `/api/organisations/${x.ids.organisations.metaal}/consents`,
    expect: ALL(200),
  },
  {
    name: 'grant consent',
    method: 'POST',
    own: (x) => `/api/organisations/${x.ids.organisations.bakkerij}/consents`,
    foreign: (x) => `/api/organisations/${x.ids.organisations.metaal}/consents`,
    body: () => ({ partnerSlug: 'groningen-duurzaam' }),
    expect: ONLY(['participant'], 201),
  },
  { name: 'list users', method: 'GET', own: () => '/api/users', expect: ONLY(['administrator'], 200) },
  {
    name: 'create user',
    method: 'POST',
    own: () => '/api/users',
    body: (role) => ({ email: `nieuw-${role}@mvo-noord.test`, name: 'Nieuwe collega', role: 'adviser' }),
    expect: ONLY(['administrator'], 201),
  },
  { name: 'audit log', method: 'GET', own: () => '/api/audit-log', expect: ONLY(['administrator'], 200) },
  { name: 'request ping', method: 'POST', own: () => '/api/diagnostics/pings', expect: ONLY(['administrator'], 201) },
  {
    name: 'get ping',
    method: 'GET',
    own: () => `/api/diagnostics/pings/${ownPing}`,
    foreign: () => `/api/diagnostics/pings/${foreignPing}`,
    expect: ONLY(['administrator'], 200),
  },
  { name: 'queue dashboard', method: 'GET', own: () => '/api/admin/queues', expect: ONLY(['administrator'], 200) },
  { name: 'list cohorts', method: 'GET', own: () => '/api/cohorts', expect: ALL(200) },
  { name: 'get cohort', method: 'GET', own: () => `/api/cohorts/${ownCohort}`, foreign: () => `/api/cohorts/${foreignCohort}`, expect: ALL(200) },
  {
    name: 'create cohort',
    method: 'POST',
    own: () => '/api/cohorts',
    body: () => ({ name: 'Koplopergroep Assen', municipality: 'Assen', startsOn: '2026-01-15', endsOn: '2026-12-15' }),
    expect: ONLY(['administrator', 'coordinator'], 201),
  },
  {
    name: 'add cohort participant',
    method: 'POST',
    own: () => `/api/cohorts/${ownCohort}/participants`,
    foreign: () => `/api/cohorts/${foreignCohort}/participants`,
    body: (role) => ({ organisationId: role === 'administrator' ? h.ids.organisations.installateur : h.ids.organisations.zorg }),
    expect: ONLY(['administrator', 'coordinator'], 201),
  },
  // A cohort of one is below the size rule: the allowed roles get the rule's 409, never 500 or another tenant's data.
  { name: 'start cohort', method: 'POST', own: () => `/api/cohorts/${smallCohort}/start`, foreign: () => `/api/cohorts/${foreignCohort}/start`, expect: ONLY(['administrator', 'coordinator'], 409) },
  {
    name: 'change phase',
    method: 'PATCH',
    own: () => `/api/cohorts/${smallCohort}/participants/${smallCohortParticipant}`,
    foreign: () => `/api/cohorts/${foreignCohort}/participants/${foreignCohortParticipant}`,
    body: () => ({ phase: 'baseline' }),
    // The cohort has not started: 409 for the roles that may move participants.
    expect: ONLY(['administrator', 'coordinator', 'adviser'], 409),
  },
  {
    name: 'update cohort',
    method: 'PATCH',
    own: () => `/api/cohorts/${ownCohort}`,
    foreign: () => `/api/cohorts/${foreignCohort}`,
    body: () => ({ phasePlan: { kickoff: '2026-02-01' } }),
    expect: ONLY(['administrator', 'coordinator'], 200),
  },
  {
    name: 'add adviser',
    method: 'POST',
    own: () => `/api/cohorts/${ownCohort}/advisers`,
    foreign: () => `/api/cohorts/${foreignCohort}/advisers`,
    // The administrator adds the experienced adviser, the coordinator then the trainee under that mentor.
    body: (role) => (role === 'administrator' ? { userId: h.ids.users.adviser, trainee: false } : { userId: h.ids.users.trainee, trainee: true, mentorUserId: h.ids.users.adviser }),
    expect: ONLY(['administrator', 'coordinator'], 201),
  },
  {
    name: 'remove adviser',
    method: 'DELETE',
    own: () => `/api/cohorts/${adviserCohort}/advisers/${h.ids.users.adviser}`,
    foreign: () => `/api/cohorts/${foreignCohort}/advisers/${h.ids.users.gAdviser}`,
    // Removed by the administrator; for the coordinator it is already gone.
    expect: { ...ONLY([], 0), administrator: 204, coordinator: 400 },
  },
  { name: 'close cohort', method: 'POST', own: () => `/api/cohorts/${smallCohort}/close`, foreign: () => `/api/cohorts/${foreignCohort}/close`, expect: ONLY(['administrator', 'coordinator'], 409) },
  { name: 'staff list', method: 'GET', own: () => '/api/staff?role=adviser', expect: ONLY(STAFF, 200) },
  {
    name: 'invite by e-mail',
    method: 'POST',
    own: () => `/api/cohorts/${ownCohort}/invitations`,
    foreign: () => `/api/cohorts/${foreignCohort}/invitations`,
    body: (role) => ({ email: `uitgenodigd-${role}@bedrijf.test` }),
    expect: ONLY(['administrator', 'coordinator'], 201),
  },
  {
    name: 'plan meeting',
    method: 'POST',
    own: () => `/api/cohorts/${ownCohort}/meetings`,
    foreign: () => `/api/cohorts/${foreignCohort}/meetings`,
    body: () => ({ kind: 'exchange', title: 'Uitwisseling', startsAt: '2026-03-01T10:00:00Z', location: 'Assen', agenda: '' }),
    expect: ONLY(['administrator', 'coordinator'], 201),
  },
  {
    name: 'update meeting',
    method: 'PATCH',
    own: () => `/api/meetings/${ownMeeting}`,
    foreign: () => `/api/meetings/${foreignMeeting}`,
    body: () => ({ location: 'Drents Museum' }),
    expect: ONLY(['administrator', 'coordinator'], 200),
  },
  {
    name: 'record attendance',
    method: 'PUT',
    own: () => `/api/meetings/${ownMeeting}/attendance`,
    foreign: () => `/api/meetings/${foreignMeeting}/attendance`,
    body: () => ({ attendance: [] }),
    expect: ONLY(['administrator', 'coordinator', 'adviser'], 200),
  },
  { name: 'alumni list', method: 'GET', own: () => '/api/alumni', expect: ONLY(STAFF, 200) },
  // Bakkerij De Vries is no alumnus (yet): the roles that may invite get the 400 naming it.
  {
    name: 'invite alumni',
    method: 'POST',
    own: () => '/api/alumni/invitations',
    body: () => ({ organisationIds: [h.ids.organisations.bakkerij], activity: 'event', subject: 'Netwerkavond', message: 'Welkom' }),
    expect: ONLY(['administrator', 'coordinator'], 400),
  },
  { name: "participant's track", method: 'GET', own: () => `/api/participants/${ownCohortParticipant}`, foreign: () => `/api/participants/${foreignCohortParticipant}`, expect: ALL(200) },
  { name: 'download file', method: 'GET', own: () => `/api/files/${ownFile}`, foreign: () => `/api/files/${foreignFile}`, expect: ALL(200) },
  // Baseline and profile (Bakkerij De Vries in a planned cohort; no worker, so results stay pending).
  { name: 'baseline template csv', method: 'GET', own: () => '/api/koploper/baseline-template.csv', expect: ALL(200) },
  { name: 'baseline template xlsx', method: 'GET', own: () => '/api/koploper/baseline-template.xlsx', expect: ALL(200) },
  { name: 'ISO 26000 structure', method: 'GET', own: () => '/api/koploper/iso26000', expect: ALL(200) },
  {
    name: 'enter baseline',
    method: 'PUT',
    own: () => `/api/participants/${ownCohortParticipant}/baseline`,
    foreign: () => `/api/participants/${foreignCohortParticipant}/baseline`,
    body: () => ({ year: 2024, activities: [{ type: 'water', amount: 10, unit: 'm3' }] }),
    expect: ONLY(['administrator', 'coordinator', 'adviser', 'participant'], 200),
  },
  // A JSON body is not an upload: the roles that may upload get the 400 naming the file.
  {
    name: 'upload baseline',
    method: 'POST',
    own: () => `/api/participants/${ownCohortParticipant}/baseline/upload`,
    foreign: () => `/api/participants/${foreignCohortParticipant}/baseline/upload`,
    body: () => ({ year: 2024 }),
    expect: ONLY(['administrator', 'coordinator', 'adviser', 'participant'], 400),
  },
  {
    name: 'enter ISO 26000 scan',
    method: 'PUT',
    own: () => `/api/participants/${ownCohortParticipant}/iso26000`,
    foreign: () => `/api/participants/${foreignCohortParticipant}/iso26000`,
    body: () => ({ year: 2024, answers: [{ issueId: 'environment.climate-change', maturity: 2 }] }),
    expect: ONLY(['administrator', 'coordinator', 'adviser', 'participant'], 200),
  },
  {
    name: 'review baseline',
    method: 'POST',
    own: () => `/api/participants/${ownCohortParticipant}/baseline/review`,
    foreign: () => `/api/participants/${foreignCohortParticipant}/baseline/review`,
    body: () => ({ year: 2024 }),
    expect: ONLY(['administrator', 'coordinator', 'adviser'], 200),
  },
  { name: 'get baseline', method: 'GET', own: () => `/api/participants/${ownCohortParticipant}/baseline`, foreign: () => `/api/participants/${foreignCohortParticipant}/baseline`, expect: ALL(200) },
  // The baseline's results are still pending: the roles that may generate get the 409 saying so.
  { name: 'generate profile', method: 'POST', own: () => `/api/participants/${ownCohortParticipant}/profiles`, foreign: () => `/api/participants/${foreignCohortParticipant}/profiles`, expect: ONLY(['administrator', 'coordinator', 'adviser'], 409) },
  { name: 'get profile', method: 'GET', own: () => `/api/profiles/${ownProfile}`, foreign: () => `/api/profiles/${foreignProfile}`, expect: ALL(200) },
  {
    name: 'comment on profile',
    method: 'PATCH',
    own: () => `/api/profiles/${ownDraftProfile}`,
    foreign: () => `/api/profiles/${foreignProfile}`,
    body: () => ({ adviserComment: 'Goed bezig' }),
    expect: ONLY(['administrator', 'coordinator', 'adviser'], 200),
  },
  {
    name: 'publish profile',
    method: 'POST',
    own: () => `/api/profiles/${ownDraftProfile}/publish`,
    foreign: () => `/api/profiles/${foreignProfile}/publish`,
    // Published by the administrator; after that it is no draft any more.
    expect: { ...ONLY([], 0), administrator: 200, coordinator: 409, adviser: 409 },
  },
  // Not rendered (no worker): 409 for everyone who may see it.
  { name: 'profile PDF', method: 'GET', own: () => `/api/profiles/${ownProfile}/pdf`, foreign: () => `/api/profiles/${foreignProfile}/pdf`, expect: ALL(409) },
  // MVO-certificaat. The participant has no profile, action plan or vision: the roles that may apply get the 409 naming them.
  { name: 'apply for CSR certificate', method: 'POST', own: () => `/api/participants/${cert.participant}/csr-certificate`, foreign: () => `/api/participants/${foreignCohortParticipant}/csr-certificate`, expect: ONLY(['participant', 'adviser'], 409) },
  { name: 'list CSR certificates', method: 'GET', own: () => '/api/csr-certificates?status=submitted', expect: ONLY(['administrator', 'coordinator'], 200) },
  { name: 'get CSR certificate', method: 'GET', own: () => `/api/csr-certificates/${cert.own}`, foreign: () => `/api/csr-certificates/${cert.foreign}`, expect: ALL(200) },
  // Each moves the application on for the administrator; for the coordinator it has moved already.
  {
    name: 'review CSR certificate',
    method: 'POST',
    own: () => `/api/csr-certificates/${cert.submitted}/review`,
    foreign: () => `/api/csr-certificates/${cert.foreign}/review`,
    body: () => ({ decision: 'approve' }),
    expect: { ...ONLY([], 0), administrator: 200, coordinator: 409 },
  },
  { name: 'award CSR certificate', method: 'POST', own: () => `/api/csr-certificates/${cert.approved}/award`, foreign: () => `/api/csr-certificates/${cert.foreign}/award`, body: () => ({}), expect: { ...ONLY([], 0), administrator: 200, coordinator: 409 } },
  {
    name: 'revoke CSR certificate',
    method: 'POST',
    own: () => `/api/csr-certificates/${cert.awarded}/revoke`,
    foreign: () => `/api/csr-certificates/${cert.foreign}/revoke`,
    body: () => ({ reason: 'Voldoet niet meer' }),
    expect: { ...ONLY([], 0), administrator: 200, coordinator: 409 },
  },
  { name: 'public CSR register', method: 'GET', own: () => '/api/public/csr-register', expect: ALL(200), signedOut: 200 },
  // Action plan and vision (Bakkerij De Vries in a planned cohort: open for work).
  { name: 'get action plan', method: 'GET', own: () => `/api/participants/${ownCohortParticipant}/action-plan`, foreign: () => `/api/participants/${foreignCohortParticipant}/action-plan`, expect: ALL(200) },
  {
    name: 'add action item',
    method: 'POST',
    own: () => `/api/participants/${ownCohortParticipant}/action-plan/items`,
    foreign: () => `/api/participants/${foreignCohortParticipant}/action-plan/items`,
    body: () => ({ title: 'LED-verlichting', owner: 'Petra de Vries', dueOn: '2026-09-30' }),
    expect: ONLY(WRITE_PLAN, 201),
  },
  { name: 'change action item', method: 'PATCH', own: () => `/api/action-plan-items/${track.ownItem}`, foreign: () => `/api/action-plan-items/${track.foreignItem}`, body: () => ({ status: 'in_progress' }), expect: ONLY(WRITE_PLAN, 200) },
  // Deleted by the administrator; gone (404) for the roles after it.
  { name: 'delete action item', method: 'DELETE', own: () => `/api/action-plan-items/${track.ownDoomed}`, foreign: () => `/api/action-plan-items/${track.foreignItem}`, expect: { administrator: 204, coordinator: 404, adviser: 404, analyst: 403, participant: 404 } },
  { name: 'write vision', method: 'PUT', own: () => `/api/participants/${ownCohortParticipant}/vision`, foreign: () => `/api/participants/${foreignCohortParticipant}/vision`, body: () => ({ text: 'Duurzaam bakken' }), expect: ONLY(WRITE_PLAN, 200) },
  // Communication assignment and prize: written, then submitted, then scored by a jury of all staff, then awarded.
  { name: 'write communication', method: 'PUT', own: () => `/api/participants/${ownCohortParticipant}/communication`, foreign: () => `/api/participants/${foreignCohortParticipant}/communication`, body: () => ({ text: 'Ons verhaal' }), expect: ONLY(['adviser', 'participant'], 200) },
  // A JSON body is not an upload: the roles that may upload get the 400 naming the file.
  { name: 'upload communication file', method: 'POST', own: () => `/api/participants/${ownCohortParticipant}/communication/files`, foreign: () => `/api/participants/${foreignCohortParticipant}/communication/files`, body: () => ({ file: 'poster.pdf' }), expect: ONLY(['adviser', 'participant'], 400) },
  { name: 'submit communication', method: 'POST', own: () => `/api/participants/${ownCohortParticipant}/communication/submit`, foreign: () => `/api/participants/${foreignCohortParticipant}/communication/submit`, expect: ONLY(['adviser', 'participant'], 200) },
  {
    name: 'set jury',
    method: 'PUT',
    own: () => `/api/cohorts/${ownCohort}/jury`,
    foreign: () => `/api/cohorts/${foreignCohort}/jury`,
    body: () => ({ userIds: [h.ids.users.admin, h.ids.users.coordinator, h.ids.users.adviser, h.ids.users.analyst] }),
    expect: ONLY(['administrator', 'coordinator'], 200),
  },
  { name: 'get prize', method: 'GET', own: () => `/api/cohorts/${ownCohort}/prize`, foreign: () => `/api/cohorts/${foreignCohort}/prize`, expect: ONLY(STAFF, 200) },
  {
    name: 'score communication',
    method: 'PUT',
    own: () => `/api/communication/${track.ownSubmission}/scores`,
    foreign: () => `/api/communication/${track.foreignSubmission}/scores`,
    body: () => ({ scores: { message: 8, persuasiveness: 7, creativity: 6, reach: 4 } }),
    expect: ONLY(STAFF, 200),
  },
  { name: 'award prize', method: 'POST', own: () => `/api/cohorts/${ownCohort}/prize`, foreign: () => `/api/cohorts/${foreignCohort}/prize`, body: () => ({ participantId: ownCohortParticipant }), expect: ONLY(['administrator', 'coordinator'], 200) },
  // Kickoff is before the symposium: 409 for everyone who may see the participant.
  { name: 'participation certificate', method: 'GET', own: () => `/api/participants/${ownCohortParticipant}/participation-certificate.pdf`, foreign: () => `/api/participants/${foreignCohortParticipant}/participation-certificate.pdf`, expect: ALL(409) },
];

beforeAll(async () => {
  h = await startHarness();
  for (const role of ROLES) cookies[role] = await h.signIn(DEMO_EMAILS[role]);
  ownPing = randomUUID();
  foreignPing = randomUUID();
  await h.sql.getRepository(DiagnosticPing).insert([
    { id: ownPing, partnerId: h.ids.partners.noord, requestedBy: h.ids.users.admin },
    { id: foreignPing, partnerId: h.ids.partners.groningen, requestedBy: h.ids.users.gAdmin },
  ]);
  const cohort = (partnerId: string) => ({ partnerId, name: 'Koplopergroep', municipality: 'Assen', startsOn: '2026-01-15', endsOn: '2026-12-15', status: 'planned' as const });
  ownCohort = randomUUID();
  foreignCohort = randomUUID();
  await h.sql.getRepository(Cohort).insert([
    { id: ownCohort, ...cohort(h.ids.partners.noord) },
    { id: foreignCohort, ...cohort(h.ids.partners.groningen) },
    { id: (smallCohort = randomUUID()), ...cohort(h.ids.partners.noord) },
  ]);
  ownCohortParticipant = randomUUID();
  foreignCohortParticipant = randomUUID();
  await h.sql.getRepository(CohortParticipant).insert([
    { id: ownCohortParticipant, partnerId: h.ids.partners.noord, cohortId: ownCohort, organisationId: h.ids.organisations.bakkerij, phase: 'kickoff' },
    { id: foreignCohortParticipant, partnerId: h.ids.partners.groningen, cohortId: foreignCohort, organisationId: h.ids.organisations.metaal, phase: 'kickoff' },
    { id: (smallCohortParticipant = randomUUID()), partnerId: h.ids.partners.noord, cohortId: smallCohort, organisationId: h.ids.organisations.bakkerij, phase: 'kickoff' },
  ]);
  await h.sql.getRepository(Cohort).insert({ id: (adviserCohort = randomUUID()), ...cohort(h.ids.partners.noord) });
  await h.sql.getRepository(CohortAdviser).insert([
    { id: randomUUID(), partnerId: h.ids.partners.noord, cohortId: adviserCohort, userId: h.ids.users.adviser, trainee: false, mentorUserId: null },
    { id: randomUUID(), partnerId: h.ids.partners.groningen, cohortId: foreignCohort, userId: h.ids.users.gAdviser, trainee: false, mentorUserId: null },
  ]);
  const meeting = (partnerId: string, cohortId: string) => ({ id: randomUUID(), partnerId, cohortId, kind: 'kickoff' as const, title: 'Start', startsAt: new Date('2026-02-01T10:00:00Z'), location: '', agenda: '' });
  const [m1, m2] = [meeting(h.ids.partners.noord, ownCohort), meeting(h.ids.partners.groningen, foreignCohort)];
  [ownMeeting, foreignMeeting] = [m1.id, m2.id];
  await h.sql.getRepository(Meeting).insert([m1, m2]);
  const file = (partnerId: string, organisationId: string) => ({ id: randomUUID(), partnerId, organisationId, purpose: 'communication' as const, ownerId: randomUUID(), filename: 'verhaal.pdf', contentType: 'application/pdf', sizeBytes: 4, sha256: '0'.repeat(64), content: Buffer.from('%PDF') });
  const [f1, f2] = [file(h.ids.partners.noord, h.ids.organisations.bakkerij), file(h.ids.partners.groningen, h.ids.organisations.metaal)];
  [ownFile, foreignFile] = [f1.id, f2.id];
  await h.sql.getRepository(StoredFile).insert([f1, f2]);
  const profile = (partnerId: string, participantId: string, organisationId: string, organisationName: string, version: number | null) => ({
    id: randomUUID(), partnerId, participantId, organisationId, status: version ? ('published' as const) : ('draft' as const), version, year: 2024,
    content: { organisationName, adviserName: null, footprint: {}, iso26000: null, goingWell: [], canImprove: [], recommendations: [], comparison: null },
    publishedAt: version ? new Date() : null,
  });
  const [p1, p2, p3] = [
    profile(h.ids.partners.noord, ownCohortParticipant, h.ids.organisations.bakkerij, 'Bakkerij De Vries', 1),
    profile(h.ids.partners.noord, ownCohortParticipant, h.ids.organisations.bakkerij, 'Bakkerij De Vries', null),
    profile(h.ids.partners.groningen, foreignCohortParticipant, h.ids.organisations.metaal, 'Metaalbewerking Hoekstra', null),
  ];
  [ownProfile, ownDraftProfile, foreignProfile] = [p1.id, p2.id, p3.id];
  await h.sql.getRepository(SustainabilityProfile).save([p1, p2, p3]);
  // MVO-certificaat: a cohort of its own, so the rows above cannot give its participants an application or attachments.
  const certCohort = randomUUID();
  await h.sql.getRepository(Cohort).insert({ id: certCohort, ...cohort(h.ids.partners.noord) });
  const certParticipant = async (partnerId: string, cohortId: string, organisationId: string) => {
    const id = randomUUID();
    await h.sql.query(`insert into cohort_participant (id, partner_id, cohort_id, organisation_id, phase) values ($1, $2, $3, $4, 'kickoff')`, [id, partnerId, cohortId, organisationId]);
    return id;
  };
  cert.participant = await certParticipant(h.ids.partners.noord, certCohort, h.ids.organisations.bakkerij);
  const installateur = await certParticipant(h.ids.partners.noord, certCohort, h.ids.organisations.installateur);
  const zorg = await certParticipant(h.ids.partners.noord, certCohort, h.ids.organisations.zorg);
  const application = async (partnerId: string, participantId: string, organisationId: string, status: string, awarded = false) => {
    const id = randomUUID();
    await h.sql.query(
      `insert into csr_certificate (id, partner_id, participant_id, organisation_id, status, attachments, number, awarded_on, valid_until, submitted_at)
       values ($1, $2, $3, $4, $5, '{"vision":"Visie","actionItems":1,"profileVersion":1}', $6, $7, $8, now())`,
      [id, partnerId, participantId, organisationId, status, awarded ? 'MVO-2020-0001' : null, awarded ? '2020-01-01' : null, awarded ? '2099-12-31' : null],
    );
    return id;
  };
  cert.own = await application(h.ids.partners.noord, cert.participant, h.ids.organisations.bakkerij, 'rejected');
  cert.submitted = await application(h.ids.partners.noord, installateur, h.ids.organisations.installateur, 'submitted');
  cert.approved = await application(h.ids.partners.noord, zorg, h.ids.organisations.zorg, 'approved');
  cert.awarded = await application(h.ids.partners.noord, installateur, h.ids.organisations.installateur, 'awarded', true);
  cert.foreign = await application(h.ids.partners.groningen, foreignCohortParticipant, h.ids.organisations.metaal, 'submitted');
  // Action plan items and communication submissions of the own and the foreign participant.
  const row = async (sql: string, params: unknown[]) => {
    const id = randomUUID();
    await h.sql.query(sql, [id, ...params]);
    return id;
  };
  const actionItem = (partnerId: string, participantId: string, organisationId: string) =>
    row(`insert into action_plan_item (id, partner_id, participant_id, organisation_id, title, owner, due_on) values ($1, $2, $3, $4, 'Zonnepanelen', 'Directie', '2026-10-01')`, [partnerId, participantId, organisationId]);
  track.ownItem = await actionItem(h.ids.partners.noord, ownCohortParticipant, h.ids.organisations.bakkerij);
  track.ownDoomed = await actionItem(h.ids.partners.noord, ownCohortParticipant, h.ids.organisations.bakkerij);
  track.foreignItem = await actionItem(h.ids.partners.groningen, foreignCohortParticipant, h.ids.organisations.metaal);
  const submission = (partnerId: string, participantId: string, organisationId: string, status: string) =>
    row(`insert into communication_submission (id, partner_id, participant_id, organisation_id, text, status) values ($1, $2, $3, $4, 'Verhaal', $5)`, [partnerId, participantId, organisationId, status]);
  track.ownSubmission = await submission(h.ids.partners.noord, ownCohortParticipant, h.ids.organisations.bakkerij, 'draft');
  track.foreignSubmission = await submission(h.ids.partners.groningen, foreignCohortParticipant, h.ids.organisations.metaal, 'submitted');
});

afterAll(() => h?.close());

describe.each(CASES)('$method $name', (c) => {
  it(`answers ${c.signedOut ?? 401} without a session`, async () => {
    const res = await h.call(c.method, c.own(h), { body: c.body?.('administrator') });
    expect(res.status).toBe(c.signedOut ?? 401);
    if (!c.signedOut) expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it.each(ROLES)('own tenant as %s', async (role) => {
    const res = await h.call(c.method, c.own(h), { cookie: cookies[role], body: c.body?.(role) });
    expect(res.status).toBe(c.expect[role]);
  });

  if (c.foreign) {
    it.each(ROLES)('foreign tenant as %s: 404 (or 403 when the role may not act at all), never data', async (role) => {
      const res = await h.call(c.method, c.foreign!(h), { cookie: cookies[role], body: c.body?.(role) });
      expect(res.status).toBe(c.expect[role] === 403 ? 403 : 404);
      expect(JSON.stringify(res.body)).not.toContain('Hoekstra');
    });
  }
});

describe('lists never contain foreign objects', () => {
  it.each(ROLES)('organisations as %s', async (role) => {
    const res = await h.call('GET', '/api/organisations?pageSize=100', { cookie: cookies[role] });
    const ids: string[] = res.body.items.map((o: { id: string }) => o.id);
    expect(ids).not.toContain(h.ids.organisations.metaal);
    expect(ids).not.toContain(h.ids.organisations.drukkerij);
    if (role === 'participant') expect(ids).toEqual([h.ids.organisations.bakkerij]);
    else expect(ids).toEqual(expect.arrayContaining([h.ids.organisations.bakkerij, h.ids.organisations.zorg]));
  });

  it('users and audit log of the other partner stay out of sight', async () => {
    const users = await h.call('GET', '/api/users?pageSize=100', { cookie: cookies.administrator });
    expect(users.body.items.map((u: { email: string }) => u.email)).not.toContain('beheer@groningen-duurzaam.test');
    const audit = await h.call('GET', '/api/audit-log?pageSize=100', { cookie: cookies.administrator });
    expect(audit.body.items.every((a: { partnerId: string }) => a.partnerId === h.ids.partners.noord)).toBe(true);
  });

  it('works the other way round: the Groningen administrator cannot see Noord objects', async () => {
    const g = await h.signIn('beheer@groningen-duurzaam.test');
    // (Bakkerij De Vries may have consented to Groningen in the matrix above; the care group has not.)
    expect((await h.call('GET', `/api/organisations/${h.ids.organisations.zorg}`, { cookie: g })).status).toBe(404);
    expect((await h.call('GET', `/api/diagnostics/pings/${ownPing}`, { cookie: g })).status).toBe(404);
    expect((await h.call('GET', `/api/organisations/${h.ids.organisations.metaal}`, { cookie: g })).status).toBe(200);
  });
});

describe('consent and participation decide visibility', () => {
  it('an organisation is visible to another partner only while its consent stands', async () => {
    const participant = await h.signIn(DEMO_EMAILS.participant);
    const g = await h.signIn('coordinator@groningen-duurzaam.test');
    const path = `/api/organisations/${h.ids.organisations.bakkerij}`;
    const before = await h.call('GET', `${path}/consents`, { cookie: participant });
    for (const c of before.body.filter((x: { revokedAt: string | null }) => !x.revokedAt)) {
      expect((await h.call('DELETE', `${path}/consents/${c.id}`, { cookie: participant })).status).toBe(204);
    }
    expect((await h.call('GET', path, { cookie: g })).status).toBe(404);
    const granted = await h.call('POST', `${path}/consents`, { cookie: participant, body: { partnerSlug: 'groningen-duurzaam' } });
    expect(granted.status).toBe(201);
    expect((await h.call('GET', path, { cookie: g })).body.name).toBe('Bakkerij De Vries');
    expect((await h.call('DELETE', `${path}/consents/${granted.body.id}`, { cookie: participant })).status).toBe(204);
    expect((await h.call('GET', path, { cookie: g })).status).toBe(404);
  });

  it('an organisation whose participation ended is no longer visible', async () => {
    const coordinator = cookies.coordinator;
    const path = `/api/organisations/${h.ids.organisations.gemeente}`;
    expect((await h.call('GET', path, { cookie: coordinator })).status).toBe(200);
    await h.sql.query(`update participation set ended_at = now() where organisation_id = $1`, [h.ids.organisations.gemeente]);
    expect((await h.call('GET', path, { cookie: coordinator })).status).toBe(404);
  });
});

describe('row-level security is a second wall', () => {
  it('a tenant-scoped query without a matching partner sees nothing, even with raw SQL', async () => {
    const rows = await h.sql.transaction(async (em) => {
      await em.query(`select set_config('app.partner_id', $1, true)`, [h.ids.partners.noord]);
      await em.query('set local role koers_tenant');
      return em.query('select id from organisation');
    });
    const ids = rows.map((r: { id: string }) => r.id);
    expect(ids).toContain(h.ids.organisations.bakkerij);
    expect(ids).not.toContain(h.ids.organisations.metaal);
    const none = await h.sql.transaction(async (em) => {
      await em.query('set local role koers_tenant');
      return em.query('select id::text from organisation union all select id::text from membership');
    });
    expect(none).toEqual([]);
  });
});
