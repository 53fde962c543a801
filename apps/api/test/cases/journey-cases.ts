/**
 * The journey record (journey view, parts, consent, access log, funnel, leads,
 * financing): the isolation cases and bad-input rows of its operations, and
 * the rows they name (own partner: MVO Noord with Bakkerij De Vries; foreign:
 * Groningen with Metaalbewerking Hoekstra). isolation-cases.ts and
 * bad-input-cases.ts spread the lists into theirs and call seedJourneyFixtures
 * from their seeding.
 *
 * Only types come from those files: they import this one.
 */
import type { Role } from '@koers/domain';
import { randomUUID } from 'node:crypto';
import { DEMO_EMAILS, type Harness } from '../../../../tools/testing/api-harness';
import type { BadCase } from './bad-input-cases';
import type { IsolationCase } from './isolation-cases';

const ROLES: Role[] = ['administrator', 'coordinator', 'adviser', 'analyst', 'participant'];
const ALL = (s: number): Record<Role, number> => Object.fromEntries(ROLES.map((r) => [r, s])) as Record<Role, number>;
const ONLY = (roles: Role[], ok: number): Record<Role, number> => Object.fromEntries(ROLES.map((r) => [r, roles.includes(r) ? ok : 403])) as Record<Role, number>;
const STAFF: Role[] = ['administrator', 'coordinator', 'adviser', 'analyst'];
const RECORDERS: Role[] = ['administrator', 'coordinator', 'adviser'];

/** The rows and sessions the cases name, written by seedJourneyFixtures. */
export const journeyFx = {} as {
  admin: string;
  participant: string;
  /** Financing applications (applied on 1 March 2025): MVO Noord's for the bakery, Groningen's for the metal works. */
  ownFinancing: string;
  foreignFinancing: string;
};
const fx = journeyFx;
let harness: Harness | undefined;
const h = (): Harness => {
  if (!harness) throw new Error('seedJourneyFixtures has not run');
  return harness;
};
const bakery = () => h().ids.organisations.bakkerij;
const metal = () => h().ids.organisations.metaal;
const journey = (id: string) => `/api/journey/organisations/${id}`;

export const JOURNEY_ISOLATION_CASES: IsolationCase[] = [
  { name: 'journey partners', op: 'GET /api/journey/partners', own: () => '/api/journey/partners', expect: ALL(200) },
  // A company's journey: everyone who sees the company (the company itself its own); another partner's company 404.
  { name: 'journey view', op: 'GET /api/journey/organisations/{id}', own: () => journey(bakery()), foreign: () => journey(metal()), expect: ALL(200) },
  {
    name: 'journey part',
    op: 'GET /api/journey/organisations/{id}/parts/{part}',
    own: () => `${journey(bakery())}/parts/organisation`,
    foreign: () => `${journey(metal())}/parts/organisation`,
    expect: ALL(200),
  },
  { name: 'journey consents', op: 'GET /api/journey/organisations/{id}/consents', own: () => `${journey(bakery())}/consents`, foreign: () => `${journey(metal())}/consents`, expect: ALL(200) },
  // Only the company grants and withdraws; staff 403 from the route.
  {
    name: 'set journey consent',
    op: 'PUT /api/journey/organisations/{id}/consents/{partnerSlug}',
    own: () => `${journey(bakery())}/consents/groningen-duurzaam`,
    foreign: () => `${journey(metal())}/consents/groningen-duurzaam`,
    body: () => ({ parts: ['organisation'] }),
    expect: ONLY(['participant'], 200),
  },
  {
    name: 'withdraw journey consent',
    op: 'DELETE /api/journey/organisations/{id}/consents/{partnerSlug}',
    own: () => `${journey(bakery())}/consents/groningen-duurzaam`,
    foreign: () => `${journey(metal())}/consents/groningen-duurzaam`,
    expect: ONLY(['participant'], 204),
  },
  { name: 'journey access log', op: 'GET /api/journey/organisations/{id}/access-log', own: () => `${journey(bakery())}/access-log`, foreign: () => `${journey(metal())}/access-log`, expect: ONLY(['participant'], 200) },
  {
    name: 'set funnel stage',
    op: 'PUT /api/journey/organisations/{id}/stage',
    own: () => `${journey(bakery())}/stage`,
    foreign: () => `${journey(metal())}/stage`,
    body: () => ({ stage: 'taking_part' }),
    expect: ONLY(RECORDERS, 200),
  },
  { name: 'funnel', op: 'GET /api/journey/funnel', own: () => '/api/journey/funnel', expect: ONLY(STAFF, 200) },
  {
    name: 'record a lead',
    op: 'POST /api/journey/leads',
    own: () => '/api/journey/leads',
    body: (role) => ({ organisation: { name: `Fietsenmakerij Zuidlaren (${role})`, kind: 'company', municipality: 'Tynaarlo', region: 'Drenthe' }, source: 'event', contactedOn: '2026-10-01' }),
    expect: ONLY(RECORDERS, 201),
  },
  {
    name: "a partner's lead for a company",
    op: 'PUT /api/journey/organisations/{id}/lead',
    own: () => `${journey(bakery())}/lead`,
    foreign: () => `${journey(metal())}/lead`,
    body: () => ({ source: 'referral', contactedOn: '2025-02-01', note: 'Via de gemeente Assen' }),
    expect: ONLY(RECORDERS, 200),
  },
  {
    name: 'record a financing application',
    op: 'POST /api/journey/organisations/{id}/financing',
    own: () => `${journey(bakery())}/financing`,
    foreign: () => `${journey(metal())}/financing`,
    body: () => ({ kind: 'subsidy', provider: 'Provincie Drenthe', amountEur: 12500, appliedOn: '2026-09-01' }),
    expect: ONLY(RECORDERS, 201),
  },
  {
    name: 'decide a financing application',
    op: 'PATCH /api/journey/financing/{id}',
    own: () => `/api/journey/financing/${fx.ownFinancing}`,
    foreign: () => `/api/journey/financing/${fx.foreignFinancing}`,
    body: () => ({ status: 'granted', decidedOn: '2025-06-01', amountEur: 10000 }),
    expect: ONLY(RECORDERS, 200),
  },
];

const admin = () => fx.admin;
const participant = () => fx.participant;
const long = (n: number) => 'x'.repeat(n);
const lead = { organisation: { name: 'Fietsenmakerij Zuidlaren', kind: 'company' }, source: 'event', contactedOn: '2026-10-01' };

export const JOURNEY_BAD_INPUT_CASES: BadCase[] = [
  { name: 'journey of a non-uuid id', op: 'GET /api/journey/organisations/{id}', path: () => journey('not-a-uuid'), as: admin, status: 400, fields: ['id'] },
  { name: 'journey of an unknown organisation', op: 'GET /api/journey/organisations/{id}', path: () => journey(randomUUID()), as: admin, status: 404 },
  { name: 'a journey part that does not exist', op: 'GET /api/journey/organisations/{id}/parts/{part}', path: () => `${journey(bakery())}/parts/bank_details`, as: admin, status: 400, fields: ['part'] },
  { name: 'a journey part of an unknown organisation', op: 'GET /api/journey/organisations/{id}/parts/{part}', path: () => `${journey(randomUUID())}/parts/organisation`, as: admin, status: 404 },
  { name: 'consents of an unknown organisation', op: 'GET /api/journey/organisations/{id}/consents', path: () => `${journey(randomUUID())}/consents`, as: admin, status: 404 },
  { name: 'consent for an unknown partner', op: 'PUT /api/journey/organisations/{id}/consents/{partnerSlug}', path: () => `${journey(bakery())}/consents/nergens`, as: participant, body: { parts: ['organisation'] }, status: 400, fields: ['partnerSlug'] },
  {
    name: 'consent for an unknown part',
    op: 'PUT /api/journey/organisations/{id}/consents/{partnerSlug}',
    path: () => `${journey(bakery())}/consents/groningen-duurzaam`,
    as: participant,
    body: { parts: ['organisation', 'salary', 'action_plan'] },
    status: 400,
    fields: ['parts.1'],
  },
  { name: 'consent without a list of parts', op: 'PUT /api/journey/organisations/{id}/consents/{partnerSlug}', path: () => `${journey(bakery())}/consents/groningen-duurzaam`, as: participant, body: { parts: 'organisation', until: '2027-01-01' }, status: 400, fields: ['parts', 'until'] },
  { name: 'consent of an unknown organisation', op: 'PUT /api/journey/organisations/{id}/consents/{partnerSlug}', path: () => `${journey(randomUUID())}/consents/groningen-duurzaam`, as: participant, body: { parts: [] }, status: 404 },
  { name: 'withdrawing consent of an unknown partner', op: 'DELETE /api/journey/organisations/{id}/consents/{partnerSlug}', path: () => `${journey(bakery())}/consents/nergens`, as: participant, status: 400, fields: ['partnerSlug'] },
  { name: 'withdrawing consent on an unknown organisation', op: 'DELETE /api/journey/organisations/{id}/consents/{partnerSlug}', path: () => `${journey('not-a-uuid')}/consents/groningen-duurzaam`, as: participant, status: 400, fields: ['id'] },
  { name: 'access log of an unknown organisation', op: 'GET /api/journey/organisations/{id}/access-log', path: () => `${journey(randomUUID())}/access-log`, as: participant, status: 404 },
  { name: 'a funnel stage that does not exist', op: 'PUT /api/journey/organisations/{id}/stage', path: () => `${journey(bakery())}/stage`, as: admin, body: { stage: 'done' }, status: 400, fields: ['stage'] },
  { name: 'a funnel stage without a stage', op: 'PUT /api/journey/organisations/{id}/stage', path: () => `${journey(bakery())}/stage`, as: admin, body: {}, status: 400, fields: ['stage'] },
  { name: 'a funnel stage of an unknown organisation', op: 'PUT /api/journey/organisations/{id}/stage', path: () => `${journey(randomUUID())}/stage`, as: admin, body: { stage: 'interested' }, status: 404 },
  { name: 'a lead without fields', op: 'POST /api/journey/leads', path: () => '/api/journey/leads', as: admin, body: {}, status: 400, fields: ['organisation', 'source', 'contactedOn'] },
  {
    name: 'a lead with a blank name, an unknown kind, a short KvK number and an oversized region',
    op: 'POST /api/journey/leads',
    path: () => '/api/journey/leads',
    as: admin,
    body: { ...lead, organisation: { name: '  ', kind: 'shop', kvkNumber: '1234', region: long(101) } },
    status: 400,
    fields: ['organisation.name', 'organisation.kind', 'organisation.kvkNumber', 'organisation.region'],
  },
  { name: 'a lead contacted tomorrow', op: 'POST /api/journey/leads', path: () => '/api/journey/leads', as: admin, body: { ...lead, contactedOn: '2099-01-01' }, status: 400, fields: ['contactedOn'] },
  { name: 'a lead contacted on 30 February and from an unknown source', op: 'POST /api/journey/leads', path: () => '/api/journey/leads', as: admin, body: { ...lead, source: 'radio', contactedOn: '2026-02-30' }, status: 400, fields: ['source', 'contactedOn'] },
  {
    name: 'a lead with a KvK number already registered',
    op: 'POST /api/journey/leads',
    path: () => '/api/journey/leads',
    as: admin,
    body: { ...lead, organisation: { ...lead.organisation, kvkNumber: '02056789' } },
    status: 409,
    fields: ['organisation.kvkNumber'],
  },
  { name: 'a lead of an unknown source', op: 'PUT /api/journey/organisations/{id}/lead', path: () => `${journey(bakery())}/lead`, as: admin, body: { source: 'tv', contactedOn: '2025-01-01', note: long(2001) }, status: 400, fields: ['source', 'note'] },
  { name: 'a lead contacted in the future', op: 'PUT /api/journey/organisations/{id}/lead', path: () => `${journey(bakery())}/lead`, as: admin, body: { source: 'event', contactedOn: '2099-12-31' }, status: 400, fields: ['contactedOn'] },
  { name: 'a lead for an unknown organisation', op: 'PUT /api/journey/organisations/{id}/lead', path: () => `${journey(randomUUID())}/lead`, as: admin, body: { source: 'event', contactedOn: '2025-01-01' }, status: 404 },
  { name: 'financing without fields', op: 'POST /api/journey/organisations/{id}/financing', path: () => `${journey(bakery())}/financing`, as: admin, body: {}, status: 400, fields: ['kind', 'provider', 'appliedOn'] },
  {
    name: 'financing of a negative amount with three decimals',
    op: 'POST /api/journey/organisations/{id}/financing',
    path: () => `${journey(bakery())}/financing`,
    as: admin,
    body: { kind: 'loan', provider: 'Rabobank', amountEur: -10.125, appliedOn: '2026-03-01' },
    status: 400,
    fields: ['amountEur'],
  },
  {
    name: 'financing of a trillion euros as text',
    op: 'POST /api/journey/organisations/{id}/financing',
    path: () => `${journey(bakery())}/financing`,
    as: admin,
    body: { kind: 'investor', provider: 'Investeerder', amountEur: 1e12, appliedOn: '2026-03-01T10:00:00Z', note: 5 },
    status: 400,
    fields: ['amountEur', 'appliedOn', 'note'],
  },
  { name: 'financing for an unknown organisation', op: 'POST /api/journey/organisations/{id}/financing', path: () => `${journey(randomUUID())}/financing`, as: admin, body: { kind: 'loan', provider: 'Rabobank', appliedOn: '2026-03-01' }, status: 404 },
  { name: 'financing granted without a decision date', op: 'PATCH /api/journey/financing/{id}', path: () => `/api/journey/financing/${fx.ownFinancing}`, as: admin, body: { status: 'granted' }, status: 400, fields: ['decidedOn'] },
  { name: 'financing decided before it was applied for', op: 'PATCH /api/journey/financing/{id}', path: () => `/api/journey/financing/${fx.ownFinancing}`, as: admin, body: { status: 'refused', decidedOn: '2025-02-28' }, status: 400, fields: ['decidedOn'] },
  { name: 'financing with a decision date but no decision', op: 'PATCH /api/journey/financing/{id}', path: () => `/api/journey/financing/${fx.ownFinancing}`, as: admin, body: { decidedOn: '2025-04-01' }, status: 400, fields: ['decidedOn'] },
  { name: 'financing of an unknown status and a blank provider', op: 'PATCH /api/journey/financing/{id}', path: () => `/api/journey/financing/${fx.ownFinancing}`, as: admin, body: { status: 'paid', provider: ' ' }, status: 400, fields: ['status', 'provider'] },
  { name: 'an unknown financing step', op: 'PATCH /api/journey/financing/{id}', path: () => `/api/journey/financing/${randomUUID()}`, as: admin, body: { note: 'x' }, status: 404 },
];

/** Signs in the sessions the bad-input rows use and writes the financing applications the cases name. */
export async function seedJourneyFixtures(x: Harness): Promise<void> {
  harness = x;
  fx.admin = await x.signIn(DEMO_EMAILS.administrator);
  fx.participant = await x.signIn(DEMO_EMAILS.participant);
  fx.ownFinancing = randomUUID();
  fx.foreignFinancing = randomUUID();
  await x.sql.query(
    `insert into financing_step (id, partner_id, organisation_id, kind, status, provider, amount_eur, applied_on) values
       ($1, $2, $3, 'subsidy', 'applied', 'Provincie Drenthe', 12500, '2025-03-01'), ($4, $5, $6, 'loan', 'applied', 'Rabobank Stad en Midden-Groningen', 40000, '2025-03-01')`,
    [fx.ownFinancing, x.ids.partners.noord, x.ids.organisations.bakkerij, fx.foreignFinancing, x.ids.partners.groningen, x.ids.organisations.metaal],
  );
}

/** What seedBakeryJourney wrote. */
export interface BakeryJourney {
  koploperGroup: string;
  koploperEnrolment: string;
  masterclassGroup: string;
  masterclassEnrolment: string;
  footprintResult: string;
  chainResult: string;
}

/**
 * A journey of Bakkerij De Vries, all at MVO Noord (for the journey specs; not
 * in the shared tables, whose other cases count the bakery's rows): a finished
 * Koploper track (closed group, alumni) with a footprint for 2025 (48.210,4 kg
 * CO2e, 37% materials and waste), a published profile, an action-plan item and
 * an awarded certificate; a running CE-masterclass with an outcome naming a
 * chain partner; a chain.impact result.
 */
export async function seedBakeryJourney(x: Harness): Promise<BakeryJourney> {
  const noord = x.ids.partners.noord;
  const org = x.ids.organisations.bakkerij;
  const ids: BakeryJourney = {
    koploperGroup: randomUUID(), koploperEnrolment: randomUUID(), masterclassGroup: randomUUID(), masterclassEnrolment: randomUUID(), footprintResult: randomUUID(), chainResult: randomUUID(),
  };
  const sql = (text: string, params: unknown[]) => x.sql.query(text, params);
  await sql(
    `insert into programme_group (id, partner_id, step, name, starts_on, ends_on, status, phase_plan, closed_at) values ($1, $2, 'koploper', 'Koplopergroep Assen 2025', '2025-01-15', '2025-12-15', 'closed', '{}', '2025-12-16T10:00:00Z')`,
    [ids.koploperGroup, noord],
  );
  await sql(`insert into koploper_cohort (group_id, partner_id, municipality) values ($1, $2, 'Assen')`, [ids.koploperGroup, noord]);
  await sql(
    `insert into enrolment (id, partner_id, group_id, organisation_id, role, phase, phase_reached_at, joined_at) values ($1, $2, $3, $4, 'participant', 'alumni', '2025-12-15T10:00:00Z', '2025-01-15T09:00:00Z')`,
    [ids.koploperEnrolment, noord, ids.koploperGroup, org],
  );
  const footprint = {
    year: 2025, totalKgCO2e: 48210.4, themes: { energy: 20000, mobility: 10000, waste: 8000, water: 210.4, materials: 10000 },
    factorSet: { id: 'co2emissiefactoren-nl-2025', title: 'CO2emissiefactoren.nl, januari 2025', published: '2025-01-15', selectedBy: 'newest-for-year' },
  };
  const result = async (id: string, pluginId: string, output: object, computedAt: string) => {
    const input = randomUUID();
    const hash = randomUUID().replace(/-/g, '').padEnd(64, '0');
    await sql(`insert into calculation_input (id, partner_id, organisation_id, plugin_id, year, input, input_hash, submitted_at) values ($1, $2, $3, $4, 2025, '{}', $5, $6)`, [input, noord, org, pluginId, hash, computedAt]);
    await sql(
      `insert into calculation_result (id, partner_id, organisation_id, input_id, plugin_id, plugin_version, input_hash, reference_version, reference_set, status, output, attempts, created_at, computed_at)
       values ($1, $2, $3, $4, $5, '1.0.0', $6, 'ref-2025', 'co2emissiefactoren-nl-2025', 'succeeded', $7, 1, $8, $8)`,
      [id, noord, org, input, pluginId, hash, JSON.stringify(output), computedAt],
    );
  };
  await result(ids.footprintResult, 'footprint.ghg', footprint, '2025-04-01T10:00:00Z');
  await sql(
    `insert into sustainability_profile (id, partner_id, participant_id, organisation_id, status, version, year, content, published_at) values ($1, $2, $3, $4, 'published', 1, 2025, '{"summary": "Profiel"}', '2025-05-01T10:00:00Z')`,
    [randomUUID(), noord, ids.koploperEnrolment, org],
  );
  await sql(
    `insert into action_plan_item (id, partner_id, participant_id, organisation_id, title, owner, due_on, status, expected_kg_co2e, expected_cost_eur) values ($1, $2, $3, $4, 'Ovens op groene stroom', 'Petra de Vries', '2026-06-01', 'in_progress', 5400, 1200.5)`,
    [randomUUID(), noord, ids.koploperEnrolment, org],
  );
  await sql(
    `insert into csr_certificate (id, partner_id, participant_id, organisation_id, status, number, awarded_on, valid_until) values ($1, $2, $3, $4, 'awarded', 'MVO-2025-0917', '2025-12-15', '2028-12-15')`,
    [randomUUID(), noord, ids.koploperEnrolment, org],
  );
  await sql(
    `insert into programme_group (id, partner_id, step, name, starts_on, ends_on, status, phase_plan) values ($1, $2, 'masterclass', 'CE-masterclass Drenthe 2026', '2026-03-01', '2027-02-28', 'running', '{}')`,
    [ids.masterclassGroup, noord],
  );
  await sql(`insert into masterclass (group_id, partner_id, audience, region, goals, co_organisers) values ($1, $2, 'sme', 'Drenthe', 'Circulair bakken', '[]')`, [ids.masterclassGroup, noord]);
  await sql(
    `insert into enrolment (id, partner_id, group_id, organisation_id, role, phase, phase_reached_at, joined_at) values ($1, $2, $3, $4, 'participant', 'workshops', '2026-04-01T10:00:00Z', '2026-03-01T09:00:00Z')`,
    [ids.masterclassEnrolment, noord, ids.masterclassGroup, org],
  );
  await sql(
    `insert into masterclass_outcome (enrolment_id, partner_id, group_id, organisation_id, ambition, r_ladder, chain_partners, opportunities, updated_at) values ($1, $2, $3, $4, 'Geen brood meer weg', 'R2', $5, '[]', '2026-05-01T10:00:00Z')`,
    [ids.masterclassEnrolment, noord, ids.masterclassGroup, org, JSON.stringify([{ organisationId: null, name: 'Voedselbank Assen' }])],
  );
  await result(ids.chainResult, 'chain.impact', { year: 2026, totals: { kgCO2eReductionPerYear: 3400.5 }, factorSet: { id: 'co2emissiefactoren-nl-2026', title: 'CO2emissiefactoren.nl, lijst 2026' } }, '2026-06-01T10:00:00Z');
  return ids;
}
