/**
 * The alliance (partners and contracts, CSR platforms, programme lines and
 * pilots, budgets): the isolation cases and bad-input rows of its operations,
 * and the rows they name (own partner: MVO Noord; foreign: Groningen).
 * isolation-cases.ts and bad-input-cases.ts spread the lists into theirs and
 * call seedAllianceFixtures from their seeding.
 *
 * The alliance is shared: every partner's staff read every partner's contract,
 * platforms and pilots, so those reads have no foreign case (another partner's
 * row answers 200 by design; writing it answers 403, in alliance.spec.ts).
 * Budgets are a partner's own: another partner's answers 404 like any foreign row.
 *
 * Only types come from those files: they import this one.
 */
import type { Role } from '@koers/domain';
import { createHash, randomUUID } from 'node:crypto';
import { DEMO_EMAILS, type Harness } from '../../../../tools/testing/api-harness';
import type { BadCase } from './bad-input-cases';
import type { IsolationCase } from './isolation-cases';

const ROLES: Role[] = ['administrator', 'coordinator', 'adviser', 'analyst', 'participant'];
const ONLY = (roles: Role[], ok: number): Record<Role, number> => Object.fromEntries(ROLES.map((r) => [r, roles.includes(r) ? ok : 403])) as Record<Role, number>;
const STAFF: Role[] = ['administrator', 'coordinator', 'adviser', 'analyst'];
const COORDINATION: Role[] = ['administrator', 'coordinator'];
/** Done by the administrator; for the coordinator it is gone already. */
const DELETED_ONCE = { ...ONLY([], 0), administrator: 204, coordinator: 404 };

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

/** The rows and sessions the cases name, written by seedAllianceFixtures. */
export const allianceFx = {} as {
  admin: string;
  participant: string;
  /** MVO Noord's contract (signed 15 January 2016), a goals commitment with an entry carrying a PDF, and one to delete. */
  commitment: string;
  doomedCommitment: string;
  fulfilment: string;
  /** MVO Noord's platform with a member and an event to delete. */
  platform: string;
  doomedMember: string;
  doomedEvent: string;
  pilot: string;
  ownBudget: string;
  foreignBudget: string;
  /** A planned Koplopergroep of MVO Noord (for the group's line). */
  group: string;
};
const fx = allianceFx;
const A = '/api/alliance';

export const ALLIANCE_ISOLATION_CASES: IsolationCase[] = [
  { name: 'alliance overview', op: 'GET /api/alliance/partners', own: () => `${A}/partners`, expect: ONLY(STAFF, 200) },
  { name: "set a partner's kind", op: 'PATCH /api/alliance/partners/{slug}', own: () => `${A}/partners/mvo-noord`, body: () => ({ kind: 'csr_platform' }), expect: ONLY(['administrator'], 200) },
  { name: "a partner's contract", op: 'GET /api/alliance/partners/{slug}/contract', own: () => `${A}/partners/mvo-noord/contract`, expect: ONLY(STAFF, 200) },
  {
    name: 'record the partner contract',
    op: 'PUT /api/alliance/partners/{slug}/contract',
    own: () => `${A}/partners/mvo-noord/contract`,
    body: () => ({ signedOn: '2016-01-15', signedBy: 'Toine Straatman, bestuurder' }),
    expect: ONLY(['administrator'], 200),
  },
  {
    name: 'add a commitment',
    op: 'POST /api/alliance/partners/{slug}/contract/commitments',
    own: () => `${A}/partners/mvo-noord/contract/commitments`,
    body: () => ({ point: 'visibility', description: 'Nieuwsbrief en website' }),
    expect: ONLY(['administrator'], 201),
  },
  { name: 'change a commitment', op: 'PATCH /api/alliance/commitments/{id}', own: () => `${A}/commitments/${fx.commitment}`, body: () => ({ description: 'Wij onderschrijven de doelen voor 2020' }), expect: ONLY(['administrator'], 200) },
  { name: 'remove a commitment', op: 'DELETE /api/alliance/commitments/{id}', own: () => `${A}/commitments/${fx.doomedCommitment}`, expect: { ...ONLY([], 0), administrator: 204 } },
  {
    name: 'record a fulfilment',
    op: 'POST /api/alliance/commitments/{id}/fulfilments',
    own: () => `${A}/commitments/${fx.commitment}/fulfilments`,
    body: () => ({ recordedOn: '2016-06-30', status: 'met' }),
    expect: ONLY(['administrator'], 201),
  },
  // A JSON body is not an upload: the administrator gets the 400 naming the file.
  { name: 'attach evidence', op: 'POST /api/alliance/fulfilments/{id}/evidence', own: () => `${A}/fulfilments/${fx.fulfilment}/evidence`, body: () => ({}), expect: ONLY(['administrator'], 400) },
  { name: 'download evidence', op: 'GET /api/alliance/fulfilments/{id}/evidence', own: () => `${A}/fulfilments/${fx.fulfilment}/evidence`, expect: ONLY(STAFF, 200) },

  { name: 'CSR platforms', op: 'GET /api/alliance/platforms', own: () => `${A}/platforms`, expect: ONLY(STAFF, 200) },
  { name: 'add a CSR platform', op: 'POST /api/alliance/platforms', own: () => `${A}/platforms`, body: (role) => ({ name: `MVO-platform Emmen (${role})`, region: 'Drenthe' }), expect: ONLY(COORDINATION, 201) },
  { name: 'a CSR platform', op: 'GET /api/alliance/platforms/{id}', own: () => `${A}/platforms/${fx.platform}`, expect: ONLY(STAFF, 200) },
  { name: 'change a CSR platform', op: 'PATCH /api/alliance/platforms/{id}', own: () => `${A}/platforms/${fx.platform}`, body: () => ({ description: 'Ondernemers in Assen delen kennis' }), expect: ONLY(COORDINATION, 200) },
  {
    name: 'add a platform member',
    op: 'POST /api/alliance/platforms/{id}/members',
    own: () => `${A}/platforms/${fx.platform}/members`,
    body: (role) => ({ kind: 'company', name: `Installatiebedrijf Bos (${role})` }),
    expect: ONLY(COORDINATION, 201),
  },
  { name: 'remove a platform member', op: 'DELETE /api/alliance/platforms/{id}/members/{memberId}', own: () => `${A}/platforms/${fx.platform}/members/${fx.doomedMember}`, expect: DELETED_ONCE },
  {
    name: 'put an event on the agenda',
    op: 'POST /api/alliance/platforms/{id}/events',
    own: () => `${A}/platforms/${fx.platform}/events`,
    body: () => ({ eventOn: '2026-11-12', title: 'Netwerkbijeenkomst', location: 'Assen' }),
    expect: ONLY(COORDINATION, 201),
  },
  { name: 'take an event off the agenda', op: 'DELETE /api/alliance/platforms/{id}/events/{eventId}', own: () => `${A}/platforms/${fx.platform}/events/${fx.doomedEvent}`, expect: DELETED_ONCE },

  { name: 'programme lines', op: 'GET /api/alliance/programme-lines', own: () => `${A}/programme-lines`, expect: ONLY(STAFF, 200) },
  { name: 'pilot projects', op: 'GET /api/alliance/pilots', own: () => `${A}/pilots?line=education_development`, expect: ONLY(STAFF, 200) },
  {
    name: 'start a pilot',
    op: 'POST /api/alliance/pilots',
    own: () => `${A}/pilots`,
    body: (role) => ({ programmeLine: 'clean_energy', title: `Zonnedaken Assen (${role})`, leadOrganisation: 'Gemeente Assen' }),
    expect: ONLY(COORDINATION, 201),
  },
  { name: 'a pilot project', op: 'GET /api/alliance/pilots/{id}', own: () => `${A}/pilots/${fx.pilot}`, expect: ONLY(STAFF, 200) },
  { name: 'change a pilot', op: 'PATCH /api/alliance/pilots/{id}', own: () => `${A}/pilots/${fx.pilot}`, body: () => ({ status: 'running' }), expect: ONLY(COORDINATION, 200) },

  { name: 'budgets', op: 'GET /api/alliance/budgets', own: () => `${A}/budgets`, expect: ONLY(STAFF, 200) },
  {
    name: 'make a budget',
    op: 'POST /api/alliance/budgets',
    own: () => `${A}/budgets`,
    // One step budget per period: each role its own year.
    body: (role) => ({ scope: 'step', step: 'masterclass', periodStart: `${2030 + ROLES.indexOf(role)}-01-01`, periodEnd: `${2030 + ROLES.indexOf(role)}-12-31` }),
    expect: ONLY(COORDINATION, 201),
  },
  { name: 'a budget', op: 'GET /api/alliance/budgets/{id}', own: () => `${A}/budgets/${fx.ownBudget}`, foreign: () => `${A}/budgets/${fx.foreignBudget}`, expect: ONLY(STAFF, 200) },
  { name: 'change a budget', op: 'PATCH /api/alliance/budgets/{id}', own: () => `${A}/budgets/${fx.ownBudget}`, foreign: () => `${A}/budgets/${fx.foreignBudget}`, body: () => ({ note: 'Bijgesteld' }), expect: ONLY(COORDINATION, 200) },
  {
    name: "set a budget's lines",
    op: 'PUT /api/alliance/budgets/{id}/lines',
    own: () => `${A}/budgets/${fx.ownBudget}/lines`,
    foreign: () => `${A}/budgets/${fx.foreignBudget}/lines`,
    body: () => ({ lines: [{ category: 'subsidy', plannedEur: 50000 }, { category: 'advice', plannedEur: 45000, actualEur: 12000.5 }] }),
    expect: ONLY(COORDINATION, 200),
  },
];

const admin = () => fx.admin;
const long = (n: number) => 'x'.repeat(n);

export const ALLIANCE_BAD_INPUT_CASES: BadCase[] = [
  { name: 'a partner kind that does not exist', op: 'PATCH /api/alliance/partners/{slug}', path: () => `${A}/partners/mvo-noord`, as: admin, body: { kind: 'club', description: long(2001) }, status: 400, fields: ['kind', 'description'] },
  { name: 'the kind of an unknown partner', op: 'PATCH /api/alliance/partners/{slug}', path: () => `${A}/partners/nergens`, as: admin, body: { kind: 'bank' }, status: 404 },
  { name: 'the contract of an unknown partner', op: 'GET /api/alliance/partners/{slug}/contract', path: () => `${A}/partners/nergens/contract`, as: admin, status: 404 },
  { name: 'a contract without fields', op: 'PUT /api/alliance/partners/{slug}/contract', path: () => `${A}/partners/mvo-noord/contract`, as: admin, body: {}, status: 400, fields: ['signedOn', 'signedBy'] },
  { name: 'a contract signed in the future by nobody', op: 'PUT /api/alliance/partners/{slug}/contract', path: () => `${A}/partners/mvo-noord/contract`, as: admin, body: { signedOn: '2099-01-01', signedBy: 'Iemand' }, status: 400, fields: ['signedOn'] },
  { name: 'a contract signed on 30 February by a blank name', op: 'PUT /api/alliance/partners/{slug}/contract', path: () => `${A}/partners/mvo-noord/contract`, as: admin, body: { signedOn: '2016-02-30', signedBy: '  ' }, status: 400, fields: ['signedOn', 'signedBy'] },
  {
    name: 'a commitment on an unknown point with a blank description',
    op: 'POST /api/alliance/partners/{slug}/contract/commitments',
    path: () => `${A}/partners/mvo-noord/contract/commitments`,
    as: admin,
    body: { point: 'lobby', description: ' ' },
    status: 400,
    fields: ['point', 'description'],
  },
  {
    name: 'a contribution of a negative amount with three decimals',
    op: 'POST /api/alliance/partners/{slug}/contract/commitments',
    path: () => `${A}/partners/mvo-noord/contract/commitments`,
    as: admin,
    body: { point: 'contribution', description: 'Geld', contributionForm: 'money', amountEur: -10.125 },
    status: 400,
    fields: ['amountEur'],
  },
  {
    name: 'a contribution without form and amount, with an ambition',
    op: 'POST /api/alliance/partners/{slug}/contract/commitments',
    path: () => `${A}/partners/mvo-noord/contract/commitments`,
    as: admin,
    body: { point: 'contribution', description: 'Geld', ambition: 'circular' },
    status: 400,
    fields: ['ambition', 'contributionForm', 'amountEur'],
  },
  { name: 'a commitment of an unknown partner', op: 'POST /api/alliance/partners/{slug}/contract/commitments', path: () => `${A}/partners/nergens/contract/commitments`, as: admin, body: { point: 'goals', description: 'Doelen' }, status: 404 },
  { name: 'an unknown ambition', op: 'PATCH /api/alliance/commitments/{id}', path: () => `${A}/commitments/${fx.commitment}`, as: admin, body: { ambition: 'profit' }, status: 400, fields: ['ambition'] },
  { name: 'an ambition on the goals', op: 'PATCH /api/alliance/commitments/{id}', path: () => `${A}/commitments/${fx.commitment}`, as: admin, body: { ambition: 'circular' }, status: 400, fields: ['ambition'] },
  { name: 'an unknown commitment', op: 'PATCH /api/alliance/commitments/{id}', path: () => `${A}/commitments/${randomUUID()}`, as: admin, body: { description: 'x' }, status: 404 },
  { name: 'removing an unknown commitment', op: 'DELETE /api/alliance/commitments/{id}', path: () => `${A}/commitments/niet-een-id`, as: admin, status: 400, fields: ['id'] },
  {
    name: 'a fulfilment of an unknown status with a link that is no link',
    op: 'POST /api/alliance/commitments/{id}/fulfilments',
    path: () => `${A}/commitments/${fx.commitment}/fulfilments`,
    as: admin,
    body: { recordedOn: '2016-06-30', status: 'done', evidenceUrl: 'javascript:alert(1)' },
    status: 400,
    fields: ['status', 'evidenceUrl'],
  },
  { name: 'a fulfilment before the contract was signed', op: 'POST /api/alliance/commitments/{id}/fulfilments', path: () => `${A}/commitments/${fx.commitment}/fulfilments`, as: admin, body: { recordedOn: '2015-12-31', status: 'met' }, status: 400, fields: ['recordedOn'] },
  { name: 'a fulfilment of an unknown commitment', op: 'POST /api/alliance/commitments/{id}/fulfilments', path: () => `${A}/commitments/${randomUUID()}/fulfilments`, as: admin, body: { recordedOn: '2016-06-30', status: 'met' }, status: 404 },
  { name: 'evidence for an unknown entry', op: 'POST /api/alliance/fulfilments/{id}/evidence', path: () => `${A}/fulfilments/${randomUUID()}/evidence`, as: admin, body: {}, status: 404 },
  { name: 'evidence that is no upload', op: 'POST /api/alliance/fulfilments/{id}/evidence', path: () => `${A}/fulfilments/${fx.fulfilment}/evidence`, as: admin, body: {}, status: 400, fields: ['file'] },
  { name: 'the evidence of an unknown entry', op: 'GET /api/alliance/fulfilments/{id}/evidence', path: () => `${A}/fulfilments/${randomUUID()}/evidence`, as: admin, status: 404 },

  { name: 'a platform without fields', op: 'POST /api/alliance/platforms', path: () => `${A}/platforms`, as: admin, body: {}, status: 400, fields: ['name', 'region'] },
  { name: 'a platform with an oversized name and a blank municipality', op: 'POST /api/alliance/platforms', path: () => `${A}/platforms`, as: admin, body: { name: long(201), region: 'Drenthe', municipality: ' ' }, status: 400, fields: ['name', 'municipality'] },
  { name: 'a platform named like another', op: 'POST /api/alliance/platforms', path: () => `${A}/platforms`, as: admin, body: { name: 'MVO-platform Assen', region: 'Drenthe' }, status: 409, fields: ['name'] },
  { name: 'an unknown platform', op: 'GET /api/alliance/platforms/{id}', path: () => `${A}/platforms/${randomUUID()}`, as: admin, status: 404 },
  { name: 'a platform renamed to nothing', op: 'PATCH /api/alliance/platforms/{id}', path: () => `${A}/platforms/${fx.platform}`, as: admin, body: { name: '', region: 5 }, status: 400, fields: ['name', 'region'] },
  { name: 'a member of an unknown kind', op: 'POST /api/alliance/platforms/{id}/members', path: () => `${A}/platforms/${fx.platform}/members`, as: admin, body: { kind: 'vereniging', name: 'x', joinedOn: '2026-13-01' }, status: 400, fields: ['kind', 'joinedOn'] },
  { name: 'a partner member without its partner', op: 'POST /api/alliance/platforms/{id}/members', path: () => `${A}/platforms/${fx.platform}/members`, as: admin, body: { kind: 'partner' }, status: 400, fields: ['partnerSlug'] },
  { name: 'a member of an unknown platform', op: 'POST /api/alliance/platforms/{id}/members', path: () => `${A}/platforms/${randomUUID()}/members`, as: admin, body: { kind: 'company', name: 'x' }, status: 404 },
  { name: 'removing an unknown member', op: 'DELETE /api/alliance/platforms/{id}/members/{memberId}', path: () => `${A}/platforms/${fx.platform}/members/${randomUUID()}`, as: admin, status: 404 },
  { name: 'an event without date and title', op: 'POST /api/alliance/platforms/{id}/events', path: () => `${A}/platforms/${fx.platform}/events`, as: admin, body: { location: 'Assen' }, status: 400, fields: ['eventOn', 'title'] },
  { name: 'an event on a date with a time', op: 'POST /api/alliance/platforms/{id}/events', path: () => `${A}/platforms/${fx.platform}/events`, as: admin, body: { eventOn: '2026-11-12T10:00:00Z', title: 'x' }, status: 400, fields: ['eventOn'] },
  { name: 'a symposium that is not one', op: 'POST /api/alliance/platforms/{id}/events', path: () => `${A}/platforms/${fx.platform}/events`, as: admin, body: { symposiumSessionId: randomUUID() }, status: 400, fields: ['symposiumSessionId'] },
  { name: 'removing an unknown event', op: 'DELETE /api/alliance/platforms/{id}/events/{eventId}', path: () => `${A}/platforms/${fx.platform}/events/${randomUUID()}`, as: admin, status: 404 },

  { name: 'pilots of a line that does not exist', op: 'GET /api/alliance/pilots', path: () => `${A}/pilots?line=tourism`, as: admin, status: 400, fields: ['line'] },
  { name: 'a pilot without fields', op: 'POST /api/alliance/pilots', path: () => `${A}/pilots`, as: admin, body: {}, status: 400, fields: ['programmeLine', 'title', 'leadOrganisation'] },
  {
    name: 'a pilot led by an unknown partner',
    op: 'POST /api/alliance/pilots',
    path: () => `${A}/pilots`,
    as: admin,
    body: { programmeLine: 'smart_mobility', title: 'Slim bereikbaar', leadOrganisation: 'Gemeente Assen', leadPartnerSlug: 'nergens' },
    status: 400,
    fields: ['leadPartnerSlug'],
  },
  { name: 'an unknown pilot', op: 'GET /api/alliance/pilots/{id}', path: () => `${A}/pilots/${randomUUID()}`, as: admin, status: 404 },
  { name: 'a pilot ending before it starts', op: 'PATCH /api/alliance/pilots/{id}', path: () => `${A}/pilots/${fx.pilot}`, as: admin, body: { startsOn: '2016-06-01', endsOn: '2016-05-31' }, status: 400, fields: ['endsOn'] },
  {
    name: 'impact figures without a source and with too many decimals',
    op: 'PATCH /api/alliance/pilots/{id}',
    path: () => `${A}/pilots/${fx.pilot}`,
    as: admin,
    body: { impactFigures: [{ label: 'Scans', value: 1.23456, source: 'Evaluatie' }, { label: 'Ambassadeurs', value: 9 }] },
    status: 400,
    fields: ['impactFigures.0.value', 'impactFigures.1.source'],
  },

  { name: 'budgets of an unknown scope', op: 'GET /api/alliance/budgets', path: () => `${A}/budgets?scope=year&step=koploper`, as: admin, status: 400, fields: ['scope'] },
  { name: 'a budget without a scope', op: 'POST /api/alliance/budgets', path: () => `${A}/budgets`, as: admin, body: {}, status: 400, fields: ['scope'] },
  { name: "a step's budget without step and period", op: 'POST /api/alliance/budgets', path: () => `${A}/budgets`, as: admin, body: { scope: 'step', groupId: randomUUID() }, status: 400, fields: ['step', 'groupId', 'periodStart', 'periodEnd'] },
  { name: "a group's budget of an unknown group", op: 'POST /api/alliance/budgets', path: () => `${A}/budgets`, as: admin, body: { scope: 'group', groupId: randomUUID() }, status: 400, fields: ['groupId'] },
  { name: 'a budget ending before it starts', op: 'POST /api/alliance/budgets', path: () => `${A}/budgets`, as: admin, body: { scope: 'step', step: 'chain', periodStart: '2027-01-01', periodEnd: '2026-12-31' }, status: 400, fields: ['periodEnd'] },
  { name: 'an unknown budget', op: 'GET /api/alliance/budgets/{id}', path: () => `${A}/budgets/${randomUUID()}`, as: admin, status: 404 },
  { name: 'a budget period reversed', op: 'PATCH /api/alliance/budgets/{id}', path: () => `${A}/budgets/${fx.ownBudget}`, as: admin, body: { periodEnd: '2015-01-01' }, status: 400, fields: ['periodEnd'] },
  {
    name: 'budget lines of an unknown category and a negative plan',
    op: 'PUT /api/alliance/budgets/{id}/lines',
    path: () => `${A}/budgets/${fx.ownBudget}/lines`,
    as: admin,
    body: { lines: [{ category: 'bonus', plannedEur: 10 }, { category: 'advice', plannedEur: -1, actualEur: 'veel' }] },
    status: 400,
    fields: ['lines.0.category', 'lines.1.plannedEur', 'lines.1.actualEur'],
  },
  { name: 'budget lines that are no list', op: 'PUT /api/alliance/budgets/{id}/lines', path: () => `${A}/budgets/${fx.ownBudget}/lines`, as: admin, body: { lines: { category: 'advice' } }, status: 400, fields: ['lines'] },
  { name: 'lines of an unknown budget', op: 'PUT /api/alliance/budgets/{id}/lines', path: () => `${A}/budgets/${randomUUID()}/lines`, as: admin, body: { lines: [] }, status: 404 },
  // The core's group: its programme line is one of the five.
  { name: 'a group moved to a line that does not exist', op: 'PATCH /api/programme/groups/{id}', path: () => `/api/programme/groups/${fx.group}`, as: admin, body: { programmeLine: 'tourism' }, status: 400, fields: ['programmeLine'] },
];

/** Signs in the sessions the bad-input rows use and writes the alliance rows the cases name. */
export async function seedAllianceFixtures(x: Harness): Promise<void> {
  fx.admin = await x.signIn(DEMO_EMAILS.administrator);
  fx.participant = await x.signIn(DEMO_EMAILS.participant);
  const noord = x.ids.partners.noord;
  const groningen = x.ids.partners.groningen;
  const sql = (text: string, params: unknown[]) => x.sql.query(text, params);
  const contract = randomUUID();
  Object.assign(fx, {
    commitment: randomUUID(), doomedCommitment: randomUUID(), fulfilment: randomUUID(), platform: randomUUID(), doomedMember: randomUUID(), doomedEvent: randomUUID(),
    pilot: randomUUID(), ownBudget: randomUUID(), foreignBudget: randomUUID(), group: randomUUID(),
  });
  await sql(`insert into partner_contract (id, partner_id, signed_on, signed_by) values ($1, $2, '2016-01-15', 'Toine Straatman')`, [contract, noord]);
  await sql(
    `insert into contract_commitment (id, partner_id, contract_id, point, description) values ($1, $2, $3, 'goals', 'Wij onderschrijven de doelen'), ($4, $2, $3, 'visibility', 'Logo op de website')`,
    [fx.commitment, noord, contract, fx.doomedCommitment],
  );
  const file = randomUUID();
  await sql(
    `insert into stored_file (id, partner_id, purpose, owner_id, filename, content_type, size_bytes, sha256, content) values ($1, $2, 'alliance_evidence', $3, 'verslag.pdf', 'application/pdf', $4, $5, $6)`,
    [file, noord, fx.fulfilment, PDF.length, createHash('sha256').update(PDF).digest('hex'), PDF],
  );
  await sql(`insert into commitment_fulfilment (id, partner_id, commitment_id, recorded_on, status, evidence_file_id) values ($1, $2, $3, '2016-03-01', 'partly', $4)`, [fx.fulfilment, noord, fx.commitment, file]);
  await sql(`insert into csr_platform (id, partner_id, name, region, municipality) values ($1, $2, 'MVO-platform Assen', 'Drenthe', 'Assen')`, [fx.platform, noord]);
  await sql(`insert into csr_platform_member (id, partner_id, platform_id, name, kind) values ($1, $2, $3, 'De Uitdaging Drenthe', 'civil_society')`, [fx.doomedMember, noord, fx.platform]);
  await sql(`insert into csr_platform_event (id, partner_id, platform_id, event_on, title) values ($1, $2, $3, '2026-10-01', 'Green Drinks Assen')`, [fx.doomedEvent, noord, fx.platform]);
  await sql(`insert into pilot_project (id, partner_id, programme_line, title, lead_organisation) values ($1, $2, 'education_development', 'De Groene Golf', 'Drenthe College')`, [fx.pilot, noord]);
  await sql(
    `insert into budget (id, partner_id, scope, step, title, period_start, period_end) values ($1, $2, 'step', 'koploper', 'Koplopertraject 2016-2017', '2016-01-01', '2017-12-31'), ($3, $4, 'step', 'koploper', 'Koploperproject Groningen 2016', '2016-01-01', '2016-12-31')`,
    [fx.ownBudget, noord, fx.foreignBudget, groningen],
  );
  await sql(`insert into budget_line (id, partner_id, budget_id, position, category, planned_eur) values ($1, $2, $3, 1, 'subsidy', 104750), ($4, $5, $6, 1, 'subsidy', 80000)`, [randomUUID(), noord, fx.ownBudget, randomUUID(), groningen, fx.foreignBudget]);
  await sql(`insert into programme_group (id, partner_id, step, name, starts_on, ends_on, status, phase_plan) values ($1, $2, 'koploper', 'Koplopergroep Hoogeveen', '2026-02-01', '2026-12-01', 'planned', '{}')`, [fx.group, noord]);
  await sql(`insert into koploper_cohort (group_id, partner_id, municipality) values ($1, $2, 'Hoogeveen')`, [fx.group, noord]);
}
