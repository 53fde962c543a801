/**
 * Bad input on every endpoint: missing fields, wrong types, oversized strings,
 * unknown fields and unknown ids get 400 or 404 with field-level messages,
 * and nothing is written.
 */
import { randomUUID } from 'node:crypto';
import { DEMO_EMAILS, startHarness, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let admin: string;
let participant: string;
const long = (n: number) => 'x'.repeat(n);

beforeAll(async () => {
  h = await startHarness();
  admin = await h.signIn(DEMO_EMAILS.administrator);
  participant = await h.signIn(DEMO_EMAILS.participant);
});
afterAll(() => h?.close());

interface BadCase {
  name: string;
  method: string;
  path: (h: Harness) => string;
  as: () => string | undefined;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  status: number;
  /** Fields the problem document must name. */
  fields?: string[];
}

const org = () => h.ids.organisations.bakkerij;

const CASES: BadCase[] = [
  { name: 'sign-in without fields', method: 'POST', path: () => '/api/auth/sign-in', as: () => undefined, body: {}, status: 400, fields: ['email', 'password'] },
  { name: 'sign-in with wrong types', method: 'POST', path: () => '/api/auth/sign-in', as: () => undefined, body: { email: 42, password: ['x'] }, status: 400, fields: ['email', 'password'] },
  { name: 'sign-in with an oversized password', method: 'POST', path: () => '/api/auth/sign-in', as: () => undefined, body: { email: 'a@b.nl', password: long(201) }, status: 400, fields: ['password'] },
  { name: 'sign-in with malformed JSON', method: 'POST', path: () => '/api/auth/sign-in', as: () => undefined, rawBody: '{"email":', headers: { 'content-type': 'application/json' }, status: 400 },
  { name: 'sign-in as text/plain', method: 'POST', path: () => '/api/auth/sign-in', as: () => undefined, rawBody: 'hello', headers: { 'content-type': 'text/plain' }, status: 400, fields: ['email', 'password'] },
  { name: 'sign-in as XML', method: 'POST', path: () => '/api/auth/sign-in', as: () => undefined, rawBody: '<a/>', headers: { 'content-type': 'application/xml' }, status: 415 },
  { name: 'a body over 1 MB', method: 'POST', path: () => '/api/organisations', as: () => admin, rawBody: JSON.stringify({ name: long(1_100_000) }), headers: { 'content-type': 'application/json' }, status: 413 },
  { name: 'switch to a non-uuid membership', method: 'POST', path: () => '/api/auth/switch', as: () => admin, body: { membershipId: 'abc' }, status: 400, fields: ['membershipId'] },
  { name: 'switch to an unknown membership', method: 'POST', path: () => '/api/auth/switch', as: () => admin, body: { membershipId: randomUUID() }, status: 404 },
  { name: 'profile with an unknown locale', method: 'PATCH', path: () => '/api/auth/profile', as: () => admin, body: { locale: 'fr' }, status: 400, fields: ['locale'] },
  { name: 'profile with an unknown field', method: 'PATCH', path: () => '/api/auth/profile', as: () => admin, body: { email: 'x@y.nl' }, status: 400, fields: ['email'] },
  { name: 'password reset without email', method: 'POST', path: () => '/api/auth/password-reset', as: () => undefined, body: { email: 'not-an-email' }, status: 400, fields: ['email'] },
  { name: 'password reset with an unknown token', method: 'POST', path: () => '/api/auth/password-reset/confirm', as: () => undefined, body: { token: 'a'.repeat(43), password: 'een-lang-wachtwoord' }, status: 400, fields: ['token'] },
  { name: 'password reset with a short password', method: 'POST', path: () => '/api/auth/password-reset/confirm', as: () => undefined, body: { token: 'a'.repeat(43), password: 'kort' }, status: 400, fields: ['password'] },
  { name: 'organisations page 0', method: 'GET', path: () => '/api/organisations?page=0', as: () => admin, status: 400, fields: ['page'] },
  { name: 'organisations page size 1000', method: 'GET', path: () => '/api/organisations?pageSize=1000', as: () => admin, status: 400, fields: ['pageSize'] },
  { name: 'organisations page as text', method: 'GET', path: () => '/api/organisations?page=abc', as: () => admin, status: 400, fields: ['page'] },
  { name: 'organisation by a non-uuid id', method: 'GET', path: () => '/api/organisations/not-a-uuid', as: () => admin, status: 404 },
  { name: 'organisation by an unknown id', method: 'GET', path: () => `/api/organisations/${randomUUID()}`, as: () => admin, status: 404 },
  { name: 'create organisation without fields', method: 'POST', path: () => '/api/organisations', as: () => admin, body: {}, status: 400, fields: ['name', 'kind', 'step'] },
  {
    name: 'create organisation with wrong types and patterns',
    method: 'POST',
    path: () => '/api/organisations',
    as: () => admin,
    body: { name: 12, kind: 'bank', step: 'stap1', kvkNumber: '123', sbiCode: 'abc', sizeClass: 'huge' },
    status: 400,
    fields: ['name', 'kind', 'step', 'kvkNumber', 'sbiCode', 'sizeClass'],
  },
  { name: 'create organisation with an oversized name', method: 'POST', path: () => '/api/organisations', as: () => admin, body: { name: long(201), kind: 'company', step: 'koploper' }, status: 400, fields: ['name'] },
  { name: 'create organisation with an unknown field', method: 'POST', path: () => '/api/organisations', as: () => admin, body: { name: 'X', kind: 'company', step: 'koploper', partnerId: randomUUID() }, status: 400, fields: ['partnerId'] },
  { name: 'create organisation with a taken KvK number', method: 'POST', path: () => '/api/organisations', as: () => admin, body: { name: 'X', kind: 'company', step: 'koploper', kvkNumber: '02056789' }, status: 409, fields: ['kvkNumber'] },
  { name: 'update organisation with an oversized municipality', method: 'PATCH', path: () => `/api/organisations/${org()}`, as: () => admin, body: { municipality: long(101) }, status: 400, fields: ['municipality'] },
  { name: 'update organisation with an empty name', method: 'PATCH', path: () => `/api/organisations/${org()}`, as: () => admin, body: { name: '' }, status: 400, fields: ['name'] },
  { name: 'update an unknown organisation', method: 'PATCH', path: () => `/api/organisations/${randomUUID()}`, as: () => admin, body: { region: 'X' }, status: 404 },
  { name: 'consents of an unknown organisation', method: 'GET', path: () => `/api/organisations/${randomUUID()}/consents`, as: () => admin, status: 404 },
  { name: 'consent without a partner', method: 'POST', path: () => `/api/organisations/${org()}/consents`, as: () => participant, body: {}, status: 400, fields: ['partnerSlug'] },
  { name: 'consent for an unknown partner', method: 'POST', path: () => `/api/organisations/${org()}/consents`, as: () => participant, body: { partnerSlug: 'bestaat-niet' }, status: 400, fields: ['partnerSlug'] },
  { name: 'revoke an unknown consent', method: 'DELETE', path: () => `/api/organisations/${org()}/consents/${randomUUID()}`, as: () => participant, status: 404 },
  { name: 'create user without fields', method: 'POST', path: () => '/api/users', as: () => admin, body: {}, status: 400, fields: ['email', 'name', 'role'] },
  { name: 'create user with an unknown role', method: 'POST', path: () => '/api/users', as: () => admin, body: { email: 'a@b.nl', name: 'A', role: 'king' }, status: 400, fields: ['role'] },
  { name: 'create participant without organisation', method: 'POST', path: () => '/api/users', as: () => admin, body: { email: 'a@b.nl', name: 'A', role: 'participant' }, status: 400, fields: ['organisationId'] },
  { name: 'create participant of an unknown organisation', method: 'POST', path: () => '/api/users', as: () => admin, body: { email: 'a@b.nl', name: 'A', role: 'participant', organisationId: randomUUID() }, status: 404 },
  { name: 'create participant of a foreign organisation', method: 'POST', path: () => '/api/users', as: () => admin, get body() {
      return { email: 'a@b.nl', name: 'A', role: 'participant', organisationId: h.ids.organisations.metaal };
    }, status: 404 },
  { name: 'create user with an oversized name', method: 'POST', path: () => '/api/users', as: () => admin, body: { email: 'a@b.nl', name: long(201), role: 'adviser' }, status: 400, fields: ['name'] },
  { name: 'users page size 0', method: 'GET', path: () => '/api/users?pageSize=0', as: () => admin, status: 400, fields: ['pageSize'] },
  { name: 'audit log page -1', method: 'GET', path: () => '/api/audit-log?page=-1', as: () => admin, status: 400, fields: ['page'] },
  { name: 'ping by an unknown id', method: 'GET', path: () => `/api/diagnostics/pings/${randomUUID()}`, as: () => admin, status: 404 },
  { name: 'an unknown route', method: 'GET', path: () => '/api/bestaat-niet', as: () => admin, status: 404 },
  // Koploper track: cohorts, advisers, invitations, meetings, alumni (validation runs before any lookup).
  { name: 'cohort with impossible dates', method: 'POST', path: () => '/api/cohorts', as: () => admin, body: { name: 'X', municipality: 'Assen', startsOn: '2026-02-30', endsOn: 'morgen' }, status: 400, fields: ['startsOn', 'endsOn'] },
  { name: 'cohort ending before it starts', method: 'POST', path: () => '/api/cohorts', as: () => admin, body: { name: 'X', municipality: 'Assen', startsOn: '2026-06-01', endsOn: '2026-01-01' }, status: 400, fields: ['endsOn'] },
  { name: 'cohort plan that is not an object', method: 'PATCH', path: () => `/api/cohorts/${randomUUID()}`, as: () => admin, body: { phasePlan: 'maart' }, status: 400, fields: ['phasePlan'] },
  { name: 'an unknown cohort', method: 'GET', path: () => `/api/cohorts/${randomUUID()}`, as: () => admin, status: 404 },
  { name: 'participant move to an unknown phase', method: 'PATCH', path: () => `/api/cohorts/${randomUUID()}/participants/${randomUUID()}`, as: () => admin, body: { phase: 'klaar' }, status: 400, fields: ['phase'] },
  { name: 'adviser without fields', method: 'POST', path: () => `/api/cohorts/${randomUUID()}/advisers`, as: () => admin, body: {}, status: 400, fields: ['userId', 'trainee'] },
  { name: 'invitation to a malformed address', method: 'POST', path: () => `/api/cohorts/${randomUUID()}/invitations`, as: () => admin, body: { email: 'geen-adres', organisationId: 'x' }, status: 400, fields: ['email', 'organisationId'] },
  { name: 'accepting without a user', method: 'POST', path: () => '/api/invitations/abcdefghijklmnopqrstuvwxyz/accept', as: () => undefined, body: { organisation: { name: '' } }, status: 400, fields: ['user', 'organisation.name'] },
  { name: 'accepting an unknown invitation', method: 'POST', path: () => '/api/invitations/abcdefghijklmnopqrstuvwxyz/accept', as: () => undefined, body: { user: { name: 'A', password: 'een-lang-wachtwoord' } }, status: 404 },
  { name: 'meeting of an unknown kind at no time', method: 'POST', path: () => `/api/cohorts/${randomUUID()}/meetings`, as: () => admin, body: { kind: 'borrel', title: '', startsAt: 'vanavond', location: 1, agenda: long(5001) }, status: 400, fields: ['kind', 'title', 'startsAt', 'location', 'agenda'] },
  { name: 'attendance that is not a list', method: 'PUT', path: () => `/api/meetings/${randomUUID()}/attendance`, as: () => admin, body: { attendance: { present: true } }, status: 400, fields: ['attendance'] },
  { name: 'attendance of a malformed participant', method: 'PUT', path: () => `/api/meetings/${randomUUID()}/attendance`, as: () => admin, body: { attendance: [{ participantId: 'x', present: 'ja' }] }, status: 400, fields: ['attendance.0.participantId', 'attendance.0.present'] },
  { name: 'alumni invitation to nobody', method: 'POST', path: () => '/api/alumni/invitations', as: () => admin, body: { organisationIds: [], activity: 'feest', subject: '', message: '' }, status: 400, fields: ['organisationIds', 'activity', 'subject', 'message'] },
  { name: 'an unknown file', method: 'GET', path: () => `/api/files/${randomUUID()}`, as: () => admin, status: 404 },
  // Baseline and profile: the shape is checked before anything is looked up.
  { name: 'baseline without fields', method: 'PUT', path: () => `/api/participants/${randomUUID()}/baseline`, as: () => admin, body: {}, status: 400, fields: ['year', 'activities'] },
  {
    name: 'baseline with wrong activities',
    method: 'PUT',
    path: () => `/api/participants/${randomUUID()}/baseline`,
    as: () => participant,
    body: { year: 1899, activities: [{ type: 'teleport', amount: 'veel', unit: 'parsec', contract: 'free' }], organisation: { employees: -1 } },
    status: 400,
    fields: ['year', 'activities.0.type', 'activities.0.amount', 'activities.0.unit', 'activities.0.contract', 'organisation.employees'],
  },
  { name: 'baseline with an unknown field', method: 'PUT', path: () => `/api/participants/${randomUUID()}/baseline`, as: () => admin, body: { year: 2024, activities: [], status: 'reviewed' }, status: 400, fields: ['status'] },
  { name: 'baseline of an unknown participant', method: 'PUT', path: () => `/api/participants/${randomUUID()}/baseline`, as: () => admin, body: { year: 2024, activities: [] }, status: 404 },
  { name: 'baseline for a year as text', method: 'GET', path: () => `/api/participants/${randomUUID()}/baseline?year=vorig`, as: () => admin, status: 400, fields: ['year'] },
  {
    name: 'ISO 26000 answers with an unknown issue and a bad maturity',
    method: 'PUT',
    path: () => `/api/participants/${randomUUID()}/iso26000`,
    as: () => participant,
    body: { year: 2024, answers: [{ issueId: 'environment.space-travel', maturity: 2 }, { issueId: 'environment.climate-change', maturity: 5 }] },
    status: 400,
    fields: ['answers.0.issueId', 'answers.1.maturity'],
  },
  { name: 'baseline review without a year', method: 'POST', path: () => `/api/participants/${randomUUID()}/baseline/review`, as: () => admin, body: {}, status: 400, fields: ['year'] },
  { name: 'baseline upload for an unknown participant', method: 'POST', path: () => `/api/participants/${randomUUID()}/baseline/upload`, as: () => admin, body: { year: 2024 }, status: 404 },
  { name: 'profile comment too long', method: 'PATCH', path: () => `/api/profiles/${randomUUID()}`, as: () => admin, body: { adviserComment: long(5001) }, status: 400, fields: ['adviserComment'] },
  { name: 'profile comment of an unknown profile', method: 'PATCH', path: () => `/api/profiles/${randomUUID()}`, as: () => admin, body: { adviserComment: 'Goed' }, status: 404 },
  { name: 'profile by a non-uuid id', method: 'GET', path: () => '/api/profiles/niet-een-id', as: () => admin, status: 404 },
  { name: 'publish an unknown profile', method: 'POST', path: () => `/api/profiles/${randomUUID()}/publish`, as: () => admin, status: 404 },
  // MVO-certificaat: the shape and which fields go with which decision are checked before anything is looked up.
  { name: 'CSR certificate for an unknown participant', method: 'POST', path: () => `/api/participants/${randomUUID()}/csr-certificate`, as: () => participant, status: 404 },
  { name: 'CSR certificate for a non-uuid participant', method: 'POST', path: () => '/api/participants/niet-een-id/csr-certificate', as: () => participant, status: 404 },
  { name: 'CSR certificates of an unknown status', method: 'GET', path: () => '/api/csr-certificates?status=klaar', as: () => admin, status: 400, fields: ['status'] },
  { name: 'an unknown CSR certificate', method: 'GET', path: () => `/api/csr-certificates/${randomUUID()}`, as: () => admin, status: 404 },
  { name: 'CSR certificate by a non-uuid id', method: 'GET', path: () => '/api/csr-certificates/niet-een-id', as: () => admin, status: 404 },
  { name: 'review without a decision', method: 'POST', path: () => `/api/csr-certificates/${randomUUID()}/review`, as: () => admin, body: {}, status: 400, fields: ['decision'] },
  {
    name: 'review with an unknown decision, a long reason and an unknown field',
    method: 'POST',
    path: () => `/api/csr-certificates/${randomUUID()}/review`,
    as: () => admin,
    body: { decision: 'misschien', reason: long(2001), status: 'awarded' },
    status: 400,
    fields: ['decision', 'reason', 'status'],
  },
  { name: 'approve with conditions but none given', method: 'POST', path: () => `/api/csr-certificates/${randomUUID()}/review`, as: () => admin, body: { decision: 'approve_with_conditions', conditions: [] }, status: 400, fields: ['conditions'] },
  { name: 'approve with conditions that are not text', method: 'POST', path: () => `/api/csr-certificates/${randomUUID()}/review`, as: () => admin, body: { decision: 'approve_with_conditions', conditions: [42, long(501)] }, status: 400, fields: ['conditions'] },
  { name: 'reject without a reason', method: 'POST', path: () => `/api/csr-certificates/${randomUUID()}/review`, as: () => admin, body: { decision: 'reject', reason: ' ' }, status: 400, fields: ['reason'] },
  { name: 'reject with conditions', method: 'POST', path: () => `/api/csr-certificates/${randomUUID()}/review`, as: () => admin, body: { decision: 'reject', reason: 'Onvolledig', conditions: ['x'] }, status: 400, fields: ['conditions'] },
  { name: 'review an unknown CSR certificate', method: 'POST', path: () => `/api/csr-certificates/${randomUUID()}/review`, as: () => admin, body: { decision: 'approve' }, status: 404 },
  { name: 'award for 6 years', method: 'POST', path: () => `/api/csr-certificates/${randomUUID()}/award`, as: () => admin, body: { validYears: 6 }, status: 400, fields: ['validYears'] },
  { name: 'award for "3" years as text', method: 'POST', path: () => `/api/csr-certificates/${randomUUID()}/award`, as: () => admin, body: { validYears: '3' }, status: 400, fields: ['validYears'] },
  { name: 'award an unknown CSR certificate', method: 'POST', path: () => `/api/csr-certificates/${randomUUID()}/award`, as: () => admin, body: {}, status: 404 },
  { name: 'revoke without a reason', method: 'POST', path: () => `/api/csr-certificates/${randomUUID()}/revoke`, as: () => admin, body: {}, status: 400, fields: ['reason'] },
  { name: 'revoke an unknown CSR certificate', method: 'POST', path: () => `/api/csr-certificates/${randomUUID()}/revoke`, as: () => admin, body: { reason: 'Voldoet niet meer' }, status: 404 },
  // Action plan and vision.
  { name: 'action item without fields', method: 'POST', path: () => `/api/participants/${randomUUID()}/action-plan/items`, as: () => participant, body: {}, status: 400, fields: ['title', 'owner', 'dueOn'] },
  {
    name: 'action item with an unknown measure, bad date and negative amounts',
    method: 'POST',
    path: () => `/api/participants/${randomUUID()}/action-plan/items`,
    as: () => participant,
    body: { measureId: 'energy.teleport', title: long(301), owner: ' ', dueOn: '2026-02-30', status: 'klaar', expectedKgCO2e: -5, expectedCostEur: '100' },
    status: 400,
    fields: ['measureId', 'title', 'owner', 'dueOn', 'status', 'expectedKgCO2e', 'expectedCostEur'],
  },
  { name: 'action item with an unknown field', method: 'POST', path: () => `/api/participants/${randomUUID()}/action-plan/items`, as: () => admin, body: { title: 'LED', owner: 'Jan', dueOn: '2026-09-30', organisationId: randomUUID() }, status: 400, fields: ['organisationId'] },
  { name: 'action item for an unknown participant', method: 'POST', path: () => `/api/participants/${randomUUID()}/action-plan/items`, as: () => admin, body: { title: 'LED', owner: 'Jan', dueOn: '2026-09-30' }, status: 404 },
  { name: 'action item change to no title and a Dutch date', method: 'PATCH', path: () => `/api/action-plan-items/${randomUUID()}`, as: () => participant, body: { title: null, dueOn: '31-12-2026' }, status: 400, fields: ['title', 'dueOn'] },
  { name: 'change an unknown action item', method: 'PATCH', path: () => `/api/action-plan-items/${randomUUID()}`, as: () => admin, body: { status: 'done' }, status: 404 },
  { name: 'delete an unknown action item', method: 'DELETE', path: () => `/api/action-plan-items/${randomUUID()}`, as: () => admin, status: 404 },
  { name: 'action plan of a non-uuid participant', method: 'GET', path: () => '/api/participants/niet-een-id/action-plan', as: () => admin, status: 404 },
  { name: 'vision over 5000 characters', method: 'PUT', path: () => `/api/participants/${randomUUID()}/vision`, as: () => participant, body: { text: long(5001) }, status: 400, fields: ['text'] },
  { name: 'vision of an unknown participant', method: 'PUT', path: () => `/api/participants/${randomUUID()}/vision`, as: () => admin, body: { text: 'Duurzaam' }, status: 404 },
  // Communication assignment, jury and prize.
  { name: 'communication text that is not text', method: 'PUT', path: () => `/api/participants/${randomUUID()}/communication`, as: () => participant, body: { text: 42 }, status: 400, fields: ['text'] },
  { name: 'communication text over 20000 characters', method: 'PUT', path: () => `/api/participants/${randomUUID()}/communication`, as: () => participant, body: { text: long(20_001) }, status: 400, fields: ['text'] },
  { name: 'communication of an unknown participant', method: 'PUT', path: () => `/api/participants/${randomUUID()}/communication`, as: () => participant, body: { text: 'Ons verhaal' }, status: 404 },
  { name: 'communication file for an unknown participant', method: 'POST', path: () => `/api/participants/${randomUUID()}/communication/files`, as: () => participant, body: {}, status: 404 },
  { name: 'submit for an unknown participant', method: 'POST', path: () => `/api/participants/${randomUUID()}/communication/submit`, as: () => participant, status: 404 },
  { name: 'jury of malformed and repeated ids', method: 'PUT', path: () => `/api/cohorts/${randomUUID()}/jury`, as: () => admin, body: { userIds: ['ada', 'ada'] }, status: 400, fields: ['userIds'] },
  { name: 'jury of an unknown cohort', method: 'PUT', path: () => `/api/cohorts/${randomUUID()}/jury`, as: () => admin, body: { userIds: [] }, status: 404 },
  { name: 'scores above the maximum, missing and for an unknown criterion', method: 'PUT', path: () => `/api/communication/${randomUUID()}/scores`, as: () => admin, body: { scores: { reach: 6, looks: 1 } }, status: 400, fields: ['scores.reach', 'scores.looks', 'scores.message'] },
  { name: 'scores that are not an object', method: 'PUT', path: () => `/api/communication/${randomUUID()}/scores`, as: () => admin, body: { scores: 'acht' }, status: 400, fields: ['scores'] },
  { name: 'scores of an unknown submission', method: 'PUT', path: () => `/api/communication/${randomUUID()}/scores`, as: () => admin, body: { scores: { message: 8, persuasiveness: 7, creativity: 6, reach: 4 } }, status: 404 },
  { name: 'prize for a non-uuid participant', method: 'POST', path: () => `/api/cohorts/${randomUUID()}/prize`, as: () => admin, body: { participantId: 'de bakker' }, status: 400, fields: ['participantId'] },
  { name: 'prize of an unknown cohort', method: 'POST', path: () => `/api/cohorts/${randomUUID()}/prize`, as: () => admin, body: { participantId: randomUUID() }, status: 404 },
  { name: 'standing of an unknown cohort', method: 'GET', path: () => `/api/cohorts/${randomUUID()}/prize`, as: () => admin, status: 404 },
  { name: 'participation certificate of an unknown participant', method: 'GET', path: () => `/api/participants/${randomUUID()}/participation-certificate.pdf`, as: () => participant, status: 404 },
];

describe.each(CASES)('$name', (c) => {
  it(`answers ${c.status} with a problem document and writes nothing`, async () => {
    const before = await writeFingerprint(h.sql);
    const res = await h.call(c.method, c.path(h), { cookie: c.as(), body: c.body, rawBody: c.rawBody, headers: c.headers });
    expect(res.status).toBe(c.status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.status).toBe(c.status);
    expect(typeof res.body.title).toBe('string');
    for (const field of c.fields ?? []) expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await writeFingerprint(h.sql)).toEqual(before);
  });
});
