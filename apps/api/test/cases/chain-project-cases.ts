/**
 * Step 3's chain projects (with their members, specialists and phases), flow
 * maps, business cases and results reports, the sector programme's results
 * report, and the core's session decisions and actions: the isolation cases and
 * bad-input rows of their operations, and the rows they name (own partner: MVO
 * Noord; foreign: Groningen). isolation-cases.ts and bad-input-cases.ts spread
 * the lists into theirs and call seedChainFixtures from their seeding.
 *
 * Bakkerij De Vries (the demo participant) is a chain partner of the own
 * project `own`: a participant reads it, its flow maps and business cases
 * (200), and never writes (403). The own project `other` is without the bakery:
 * there the participant gets 404, through row-level security.
 *
 * Only types come from the shared files: they import this one, so a value taken
 * from them would not be there yet while this module loads.
 */
import type { Role } from '@koers/domain';
import {
  BusinessCaseLineRow, BusinessCaseOption, ChainMember, ChainProject, Enrolment, FlowMap, FlowNodeRow, FlowVariant, KoploperCohort, MaterialFlowRow, ProgrammeGroup, ProgrammeSession, SessionItem,
} from '@koers/server-db';
import { randomUUID } from 'node:crypto';
import { DEMO_EMAILS, type Harness } from '../../../../tools/testing/api-harness';
import type { BadCase } from './bad-input-cases';
import { sectorFx } from './chain-sector-cases';
import type { IsolationCase } from './isolation-cases';

const ROLES: Role[] = ['administrator', 'coordinator', 'adviser', 'analyst', 'participant'];
const ALL = (s: number): Record<Role, number> => ({ administrator: s, coordinator: s, adviser: s, analyst: s, participant: s });
const ONLY = (roles: Role[], ok: number): Record<Role, number> => Object.fromEntries(ROLES.map((r) => [r, roles.includes(r) ? ok : 403])) as Record<Role, number>;
const COORDINATION: Role[] = ['administrator', 'coordinator'];
const WRITE: Role[] = ['administrator', 'coordinator', 'adviser'];

/** The rows the cases name, written by seedChainFixtures. */
export interface ChainFixtures {
  /** An administrator's session of the run, for the bad-input rows. */
  admin: string;
  /**
   * Running chain projects: `own` (lead Installatiebedrijf Bos, chain partner Bakkerij De Vries) and `foreign`
   * (lead Metaalbewerking Hoekstra, chain partner Drukkerij Zuidhorn), each with a flow map with both variants,
   * a business-case option with a line for the lead, and a design session with an action and a decision.
   */
  own: string;
  foreign: string;
  /** A running own project without the bakery (lead Zorggroep Drentse Aa, chain partner Installatiebedrijf Bos). */
  other: string;
  /** A running own project of its own for the phase move (lead Installatiebedrijf Bos, chain partner Zorggroep Drentse Aa). */
  phase: string;
  /** A Koplopergroep of the own partner (not found by the chain-project routes). */
  cohort: string;
  /** Enrolments: the lead and the bakery of `own`, the chain partner of `foreign`, the chain partner of `other`. */
  ownLead: string;
  ownPartner: string;
  foreignPartner: string;
  otherPartner: string;
  ownMap: string;
  foreignMap: string;
  /** A flow map of `own` that the administrator removes. */
  doomedMap: string;
  ownCase: string;
  foreignCase: string;
  /** A business-case option of `own` that the administrator removes. */
  doomedCase: string;
  ownSession: string;
  foreignSession: string;
  /** An action and a decision of the own session, the foreign session's action, and an action the administrator removes. */
  ownAction: string;
  ownDecision: string;
  foreignAction: string;
  doomedAction: string;
}

export const chainFx = {} as ChainFixtures;

const project = (id: string) => `/api/chain/projects/${id}`;
const flowMap = (id: string) => `/api/chain/flow-maps/${id}`;
const businessCase = (id: string) => `/api/chain/business-cases/${id}`;
const sessionItem = (id: string) => `/api/programme/session-items/${id}`;

/** A variant of two nodes and one flow of hemp fibre (balanced apart from its ends). */
const VARIANT = {
  nodes: [{ name: 'Hennepteler', kind: 'supplier' }, { name: 'Fabriek', kind: 'production' }],
  flows: [{ from: 'Hennepteler', to: 'Fabriek', material: 'Hennepvezel', kgPerYear: 1000, recycledPct: 0, renewablePct: 100 }],
  energy: { totalKwh: 8000, renewableKwh: 4000, electricityKwh: 6000, naturalGasM3: 200 },
  water: { intakeM3: 80, circularM3: 20 },
};
const option = (participantId: string) => ({
  name: 'Hennepplaat met gerecyclede snijresten', discountRatePct: 4, horizonYears: 10,
  lines: [{ participantId, investmentEur: 10000, yearlySavingsEur: 1500, extraRevenueEur: 1000, fteChange: 1 }],
});

export const CHAIN_ISOLATION_CASES: IsolationCase[] = [
  // Chain projects: everyone reads (a participant its own project), coordination makes and changes them.
  { name: 'list chain projects', op: 'GET /api/chain/projects', own: () => '/api/chain/projects', expect: ALL(200) },
  {
    name: 'start a chain project',
    op: 'POST /api/chain/projects',
    own: () => '/api/chain/projects',
    body: (role) => ({
      name: `Hennep to House (${role})`, subject: 'Isolatie van hennepvezel', startsOn: '2026-03-01', endsOn: '2027-02-28',
      lead: { organisationId: h().ids.organisations.installateur, chainRole: 'producer' }, partners: [{ organisationId: h().ids.organisations.zorg, chainRole: 'user' }],
    }),
    expect: ONLY(COORDINATION, 201),
  },
  { name: 'get chain project', op: 'GET /api/chain/projects/{id}', own: () => project(chainFx.own), foreign: () => project(chainFx.foreign), expect: ALL(200) },
  // The bakery takes no part in this one: not found for its participant, through row-level security.
  { name: 'get a chain project the participant is not in', op: 'GET /api/chain/projects/{id}', own: () => project(chainFx.other), expect: { ...ALL(200), participant: 404 } },
  {
    name: 'update chain project',
    op: 'PATCH /api/chain/projects/{id}',
    own: () => project(chainFx.own),
    foreign: () => project(chainFx.foreign),
    body: () => ({ goal: 'Een gesloten keten voor biobased isolatie uit regionale hennep' }),
    expect: ONLY(COORDINATION, 200),
  },
  // The administrator adds the care group, the coordinator then the municipality (each organisation takes part once).
  {
    name: 'add a chain partner',
    op: 'POST /api/chain/projects/{id}/members',
    own: () => `${project(chainFx.own)}/members`,
    foreign: () => `${project(chainFx.foreign)}/members`,
    body: (role) => ({ organisationId: role === 'administrator' ? h().ids.organisations.zorg : h().ids.organisations.gemeente, chainRole: 'user', role: 'chain_partner' }),
    expect: ONLY(COORDINATION, 201),
  },
  {
    name: "change a chain partner's role",
    op: 'PATCH /api/chain/members/{participantId}',
    own: () => `/api/chain/members/${chainFx.ownPartner}`,
    foreign: () => `/api/chain/members/${chainFx.foreignPartner}`,
    body: () => ({ chainRole: 'recycler' }),
    expect: ONLY(COORDINATION, 200),
  },
  {
    name: 'add a specialist',
    op: 'POST /api/chain/projects/{id}/specialists',
    own: () => `${project(chainFx.own)}/specialists`,
    foreign: () => `${project(chainFx.foreign)}/specialists`,
    body: (role) => ({ kind: 'university_of_applied_sciences', externalName: `dr. Ineke Smit (${role})`, externalOrganisation: 'Hanzehogeschool Groningen', contribution: 'Brandveiligheid van hennepisolatie' }),
    expect: ONLY(COORDINATION, 201),
  },
  // The administrator moves every partner on; for the coordinator and the adviser they are there already (200, nothing moves).
  {
    name: 'move the project to its next phase',
    op: 'POST /api/chain/projects/{id}/phase',
    own: () => `${project(chainFx.phase)}/phase`,
    foreign: () => `${project(chainFx.foreign)}/phase`,
    body: () => ({ phase: 'material_map' }),
    expect: ONLY(WRITE, 200),
  },
  // No worker here: the job is queued (202) and the report is not there yet.
  { name: 'render the results report', op: 'POST /api/chain/projects/{id}/report', own: () => `${project(chainFx.own)}/report`, foreign: () => `${project(chainFx.foreign)}/report`, expect: ONLY(WRITE, 202) },
  { name: "render the sector programme's results report", op: 'POST /api/chain/sector-programmes/{id}/report', own: () => `/api/chain/sector-programmes/${sectorFx.own}/report`, foreign: () => `/api/chain/sector-programmes/${sectorFx.foreign}/report`, expect: ONLY(COORDINATION, 202) },
  // Flow maps: the participant of the project reads them; the advisers and coordination write.
  { name: 'start a flow map', op: 'POST /api/chain/projects/{id}/flow-maps', own: () => `${project(chainFx.own)}/flow-maps`, foreign: () => `${project(chainFx.foreign)}/flow-maps`, body: () => ({ subject: 'Isolatieplaat' }), expect: ONLY(WRITE, 201) },
  { name: 'flow-map import template', op: 'GET /api/chain/flow-map-template', own: () => '/api/chain/flow-map-template', expect: ALL(200) },
  { name: 'get flow map', op: 'GET /api/chain/flow-maps/{id}', own: () => flowMap(chainFx.ownMap), foreign: () => flowMap(chainFx.foreignMap), expect: ALL(200) },
  { name: 'rename flow map', op: 'PATCH /api/chain/flow-maps/{id}', own: () => flowMap(chainFx.ownMap), foreign: () => flowMap(chainFx.foreignMap), body: () => ({ subject: 'Hennepisolatieplaat' }), expect: ONLY(WRITE, 200) },
  // Removed by the administrator; gone (404) for the coordinator and the adviser after it.
  {
    name: 'remove flow map',
    op: 'DELETE /api/chain/flow-maps/{id}',
    own: () => flowMap(chainFx.doomedMap),
    foreign: () => flowMap(chainFx.foreignMap),
    expect: { ...ONLY([], 403), administrator: 204, coordinator: 404, adviser: 404 },
  },
  {
    name: 'replace a flow-map variant',
    op: 'PUT /api/chain/flow-maps/{id}/variants/{variant}',
    own: () => `${flowMap(chainFx.ownMap)}/variants/redesign`,
    foreign: () => `${flowMap(chainFx.foreignMap)}/variants/redesign`,
    body: () => VARIANT,
    expect: ONLY(WRITE, 200),
  },
  // A JSON body is not an upload: the roles that may import get the 400 naming the file.
  {
    name: 'import a flow-map variant',
    op: 'POST /api/chain/flow-maps/{id}/variants/{variant}/import',
    own: () => `${flowMap(chainFx.ownMap)}/variants/as_is/import`,
    foreign: () => `${flowMap(chainFx.foreignMap)}/variants/as_is/import`,
    body: () => ({ file: 'stromen.csv' }),
    expect: ONLY(WRITE, 400),
  },
  // Business cases: the participant of the project reads them; the advisers and coordination write.
  { name: 'list business cases', op: 'GET /api/chain/projects/{id}/business-cases', own: () => `${project(chainFx.own)}/business-cases`, foreign: () => `${project(chainFx.foreign)}/business-cases`, expect: ALL(200) },
  {
    name: 'add a business-case option',
    op: 'POST /api/chain/projects/{id}/business-cases',
    own: () => `${project(chainFx.own)}/business-cases`,
    foreign: () => `${project(chainFx.foreign)}/business-cases`,
    body: () => option(chainFx.ownLead),
    expect: ONLY(WRITE, 201),
  },
  { name: 'replace a business-case option', op: 'PUT /api/chain/business-cases/{id}', own: () => businessCase(chainFx.ownCase), foreign: () => businessCase(chainFx.foreignCase), body: () => option(chainFx.ownLead), expect: ONLY(WRITE, 200) },
  // Choosing the chosen option again changes nothing: 200 for each role that may choose.
  { name: 'choose a business-case option', op: 'POST /api/chain/business-cases/{id}/choose', own: () => `${businessCase(chainFx.ownCase)}/choose`, foreign: () => `${businessCase(chainFx.foreignCase)}/choose`, expect: ONLY(WRITE, 200) },
  // Removed by the administrator; gone (404) for the coordinator and the adviser after it.
  {
    name: 'remove a business-case option',
    op: 'DELETE /api/chain/business-cases/{id}',
    own: () => businessCase(chainFx.doomedCase),
    foreign: () => businessCase(chainFx.foreignCase),
    expect: { ...ONLY([], 403), administrator: 204, coordinator: 404, adviser: 404 },
  },
  // Decisions and actions of a session (the core's, here of a chain project's session).
  {
    name: 'record a session action',
    op: 'POST /api/programme/sessions/{id}/items',
    own: () => `/api/programme/sessions/${chainFx.ownSession}/items`,
    foreign: () => `/api/programme/sessions/${chainFx.foreignSession}/items`,
    body: () => ({ kind: 'action', text: 'Brandproef aanvragen', owner: 'Hanzehogeschool', dueOn: '2026-05-01' }),
    expect: ONLY(WRITE, 201),
  },
  { name: 'mark a session action done', op: 'PATCH /api/programme/session-items/{id}', own: () => sessionItem(chainFx.ownAction), foreign: () => sessionItem(chainFx.foreignAction), body: () => ({ done: true }), expect: ONLY(WRITE, 200) },
  // Removed by the administrator; gone (404) for the coordinator and the adviser after it.
  {
    name: 'remove a session action',
    op: 'DELETE /api/programme/session-items/{id}',
    own: () => sessionItem(chainFx.doomedAction),
    foreign: () => sessionItem(chainFx.foreignAction),
    expect: { ...ONLY([], 403), administrator: 204, coordinator: 404, adviser: 404 },
  },
];

const admin = () => chainFx.admin;
const long = (n: number) => 'x'.repeat(n);
const base = { name: 'Hennep to House', subject: 'Isolatie van hennepvezel', startsOn: '2026-03-01', endsOn: '2027-02-28' };
const FLOW_FILE_HEADER = 'van;soort_van;naar;soort_naar;materiaal;kg_per_jaar;gerecycled_pct;hernieuwbaar_pct;route;herwinbaar_pct';
const multipart = (filename: string, lines: string[]) =>
  ['--flows', `Content-Disposition: form-data; name="file"; filename="${filename}"`, 'Content-Type: text/csv', '', ...lines, '--flows--', ''].join('\r\n');

export const CHAIN_BAD_INPUT_CASES: BadCase[] = [
  // Chain projects. The list (like the flow-map template below) takes no parameter and no body: the only input to get wrong is the session.
  { name: 'chain project without fields', op: 'POST /api/chain/projects', path: () => '/api/chain/projects', as: admin, body: {}, status: 400, fields: ['name', 'subject', 'startsOn', 'endsOn'] },
  {
    name: 'chain project of 5 months (group.duration)',
    op: 'POST /api/chain/projects',
    path: () => '/api/chain/projects',
    as: admin,
    get body() {
      return { ...base, endsOn: '2026-08-01', lead: { organisationId: h().ids.organisations.installateur, chainRole: 'producer' } };
    },
    status: 400,
    fields: ['endsOn'],
  },
  { name: 'chain project led by an unknown organisation (organisation.unknown)', op: 'POST /api/chain/projects', path: () => '/api/chain/projects', as: admin, body: { ...base, lead: { organisationId: randomUUID(), chainRole: 'producer' } }, status: 400, fields: ['lead.organisationId'] },
  { name: 'chain project without a lead (chain.lead_missing)', op: 'POST /api/chain/projects', path: () => '/api/chain/projects', as: admin, body: base, status: 400, fields: ['lead'] },
  {
    name: 'chain project with a malformed lead, a baker in the chain (chain.role) and an unknown field',
    op: 'POST /api/chain/projects',
    path: () => '/api/chain/projects',
    as: admin,
    body: { ...base, lead: { organisationId: 'bos', chainRole: 'producer' }, partners: [{ organisationId: randomUUID(), chainRole: 'baker' }], budget: 10 },
    status: 400,
    fields: ['lead.organisationId', 'partners.0.chainRole', 'budget'],
  },
  {
    name: 'chain project naming its lead again as a partner (chain.member_twice)',
    op: 'POST /api/chain/projects',
    path: () => '/api/chain/projects',
    as: admin,
    get body() {
      const bos = h().ids.organisations.installateur;
      return { ...base, lead: { organisationId: bos, chainRole: 'producer' }, partners: [{ organisationId: bos, chainRole: 'user' }] };
    },
    status: 400,
    fields: ['partners.0.organisationId'],
  },
  {
    name: 'chain project with a theme but no sector programme (chain.theme_without_programme)',
    op: 'POST /api/chain/projects',
    path: () => '/api/chain/projects',
    as: admin,
    get body() {
      return { ...base, theme: 'Minder afval', lead: { organisationId: h().ids.organisations.installateur, chainRole: 'producer' } };
    },
    status: 400,
    fields: ['theme'],
  },
  {
    name: 'chain project from an unknown proposal (chain.proposal_unknown)',
    op: 'POST /api/chain/projects',
    path: () => '/api/chain/projects',
    as: admin,
    get body() {
      return { ...base, proposalId: randomUUID(), lead: { organisationId: h().ids.organisations.installateur, chainRole: 'producer' } };
    },
    status: 400,
    fields: ['proposalId'],
  },
  { name: 'chain project by a non-uuid id', op: 'GET /api/chain/projects/{id}', path: () => project('hennep'), as: admin, status: 400, fields: ['id'] },
  { name: 'chain project by an unknown id', op: 'GET /api/chain/projects/{id}', path: () => project(randomUUID()), as: admin, status: 404 },
  { name: 'a Koplopergroep by the chain-project route', op: 'GET /api/chain/projects/{id}', path: () => project(chainFx.cohort), as: admin, status: 404 },
  { name: 'chain project stretched to 30 months (group.duration)', op: 'PATCH /api/chain/projects/{id}', path: () => project(chainFx.own), as: admin, body: { endsOn: '2028-09-01' }, status: 400, fields: ['endsOn'] },
  { name: 'chain project changed to a theme without a sector programme (chain.theme_without_programme)', op: 'PATCH /api/chain/projects/{id}', path: () => project(chainFx.own), as: admin, body: { theme: 'Minder afval' }, status: 400, fields: ['theme'] },
  { name: 'chain project changed with wrong types', op: 'PATCH /api/chain/projects/{id}', path: () => project(chainFx.own), as: admin, body: { name: '', subject: 42, phasePlan: 'maart', origin: 'direct' }, status: 400, fields: ['name', 'subject', 'phasePlan', 'origin'] },
  { name: 'unknown chain project changed', op: 'PATCH /api/chain/projects/{id}', path: () => project(randomUUID()), as: admin, body: { goal: 'x' }, status: 404 },
  { name: 'a member of an unknown organisation (organisation.unknown)', op: 'POST /api/chain/projects/{id}/members', path: () => `${project(chainFx.own)}/members`, as: admin, body: { organisationId: randomUUID(), chainRole: 'user' }, status: 400, fields: ['organisationId'] },
  { name: 'a member as a boss (chain.member_role) with no chain role (chain.role)', op: 'POST /api/chain/projects/{id}/members', path: () => `${project(chainFx.own)}/members`, as: admin, body: { organisationId: 'bos', role: 'boss' }, status: 400, fields: ['organisationId', 'role', 'chainRole'] },
  {
    name: 'a member that takes part already (enrolment.exists)',
    op: 'POST /api/chain/projects/{id}/members',
    path: () => `${project(chainFx.own)}/members`,
    as: admin,
    get body() {
      return { organisationId: h().ids.organisations.installateur, chainRole: 'user' };
    },
    status: 409,
    fields: ['organisationId'],
  },
  { name: 'a member of an unknown project', op: 'POST /api/chain/projects/{id}/members', path: () => `${project(randomUUID())}/members`, as: admin, body: { organisationId: randomUUID(), chainRole: 'user' }, status: 404 },
  { name: 'a chain role not in the list (chain.role)', op: 'PATCH /api/chain/members/{participantId}', path: () => `/api/chain/members/${chainFx.ownPartner}`, as: admin, body: { chainRole: 'baker' }, status: 400, fields: ['chainRole'] },
  { name: 'a chain role of an unknown member', op: 'PATCH /api/chain/members/{participantId}', path: () => `/api/chain/members/${randomUUID()}`, as: admin, body: { chainRole: 'recycler' }, status: 404 },
  { name: 'a specialist of an unknown kind (chain.specialist_kind)', op: 'POST /api/chain/projects/{id}/specialists', path: () => `${project(chainFx.own)}/specialists`, as: admin, body: { kind: 'wizard', externalName: 'Merlijn', contribution: 'Toverkunst' }, status: 400, fields: ['kind'] },
  {
    name: 'a specialist without a name, with a malformed e-mail and no contribution',
    op: 'POST /api/chain/projects/{id}/specialists',
    path: () => `${project(chainFx.own)}/specialists`,
    as: admin,
    body: { kind: 'designer', externalEmail: 'geen-adres', externalOrganisation: long(201) },
    status: 400,
    fields: ['externalEmail', 'externalOrganisation', 'contribution'],
  },
  { name: 'moving to an unknown phase (phase.unknown)', op: 'POST /api/chain/projects/{id}/phase', path: () => `${project(chainFx.own)}/phase`, as: admin, body: { phase: 'klaar' }, status: 400, fields: ['phase'] },
  { name: 'moving without a phase', op: 'POST /api/chain/projects/{id}/phase', path: () => `${project(chainFx.own)}/phase`, as: admin, body: { reason: long(1001) }, status: 400, fields: ['phase', 'reason'] },
  { name: 'moving the whole project to withdrawn (chain.phase_withdrawn)', op: 'POST /api/chain/projects/{id}/phase', path: () => `${project(chainFx.own)}/phase`, as: admin, body: { phase: 'withdrawn' }, status: 400, fields: ['phase'] },
  { name: 'the report of an unknown project', op: 'POST /api/chain/projects/{id}/report', path: () => `${project(randomUUID())}/report`, as: admin, status: 404 },
  { name: "the report of an unknown sector programme", op: 'POST /api/chain/sector-programmes/{id}/report', path: () => `/api/chain/sector-programmes/${randomUUID()}/report`, as: admin, status: 404 },
  // Flow maps.
  { name: 'a flow map without a subject', op: 'POST /api/chain/projects/{id}/flow-maps', path: () => `${project(chainFx.own)}/flow-maps`, as: admin, body: { subject: '' }, status: 400, fields: ['subject'] },
  { name: 'a flow map of an unknown project', op: 'POST /api/chain/projects/{id}/flow-maps', path: () => `${project(randomUUID())}/flow-maps`, as: admin, body: { subject: 'Isolatieplaat' }, status: 404 },
  { name: 'an unknown flow map', op: 'GET /api/chain/flow-maps/{id}', path: () => flowMap(randomUUID()), as: admin, status: 404 },
  { name: 'a flow map by a non-uuid id', op: 'GET /api/chain/flow-maps/{id}', path: () => flowMap('isolatieplaat'), as: admin, status: 400, fields: ['id'] },
  { name: 'a flow map renamed to an oversized subject', op: 'PATCH /api/chain/flow-maps/{id}', path: () => flowMap(chainFx.ownMap), as: admin, body: { subject: long(201) }, status: 400, fields: ['subject'] },
  { name: 'an unknown flow map renamed', op: 'PATCH /api/chain/flow-maps/{id}', path: () => flowMap(randomUUID()), as: admin, body: { subject: 'Isolatieplaat' }, status: 404 },
  { name: 'removing an unknown flow map', op: 'DELETE /api/chain/flow-maps/{id}', path: () => flowMap(randomUUID()), as: admin, status: 404 },
  { name: 'a flow to an unknown node (flow_map.invalid)', op: 'PUT /api/chain/flow-maps/{id}/variants/{variant}', path: () => `${flowMap(chainFx.ownMap)}/variants/as_is`, as: admin, body: { ...VARIANT, flows: [{ ...VARIANT.flows[0], to: 'Nergens' }] }, status: 400, fields: ['flows.0.to'] },
  {
    name: 'a flow recycled and renewable above 100% (flow_map.invalid)',
    op: 'PUT /api/chain/flow-maps/{id}/variants/{variant}',
    path: () => `${flowMap(chainFx.ownMap)}/variants/as_is`,
    as: admin,
    body: { ...VARIANT, flows: [{ ...VARIANT.flows[0], recycledPct: 70, renewablePct: 40 }] },
    status: 400,
    fields: ['flows.0.renewablePct'],
  },
  { name: 'an unknown variant (flow_map.variant)', op: 'PUT /api/chain/flow-maps/{id}/variants/{variant}', path: () => `${flowMap(chainFx.ownMap)}/variants/tomorrow`, as: admin, body: VARIANT, status: 400, fields: ['variant'] },
  {
    name: 'a variant with a node of an unknown kind (flow_map.node_kind), a negative flow (flow_map.negative) and an unknown route (flow_map.route)',
    op: 'PUT /api/chain/flow-maps/{id}/variants/{variant}',
    path: () => `${flowMap(chainFx.ownMap)}/variants/as_is`,
    as: admin,
    body: { ...VARIANT, nodes: [{ name: 'Hennepteler', kind: 'farm' }, VARIANT.nodes[1]], flows: [{ ...VARIANT.flows[0], kgPerYear: -1, recoveryRoute: 'teleport' }] },
    status: 400,
    fields: ['nodes.0.kind', 'flows.0.kgPerYear', 'flows.0.recoveryRoute'],
  },
  // numeric(14,3) holds less than 100 billion: the exact limit was a 500 (numeric field overflow) before the DTO said so.
  {
    name: 'a flow of 100 billion kg a year into a node that keeps as much',
    op: 'PUT /api/chain/flow-maps/{id}/variants/{variant}',
    path: () => `${flowMap(chainFx.ownMap)}/variants/as_is`,
    as: admin,
    body: { ...VARIANT, nodes: [VARIANT.nodes[0], { ...VARIANT.nodes[1], stockChangeKg: 1e11 }], flows: [{ ...VARIANT.flows[0], kgPerYear: 1e11 }] },
    status: 400,
    fields: ['nodes.1.stockChangeKg', 'flows.0.kgPerYear'],
  },
  { name: 'a variant with more renewable energy than in total (flow_map.invalid)', op: 'PUT /api/chain/flow-maps/{id}/variants/{variant}', path: () => `${flowMap(chainFx.ownMap)}/variants/as_is`, as: admin, body: { ...VARIANT, energy: { totalKwh: 10, renewableKwh: 20 } }, status: 400, fields: ['energy.renewableKwh'] },
  { name: 'a variant without nodes or flows', op: 'PUT /api/chain/flow-maps/{id}/variants/{variant}', path: () => `${flowMap(chainFx.ownMap)}/variants/as_is`, as: admin, body: {}, status: 400, fields: ['nodes', 'flows'] },
  { name: 'a variant of an unknown flow map', op: 'PUT /api/chain/flow-maps/{id}/variants/{variant}', path: () => `${flowMap(randomUUID())}/variants/as_is`, as: admin, body: VARIANT, status: 404 },
  { name: 'flows as JSON instead of a file (upload.not_multipart)', op: 'POST /api/chain/flow-maps/{id}/variants/{variant}/import', path: () => `${flowMap(chainFx.ownMap)}/variants/as_is/import`, as: admin, body: { file: 'stromen.csv' }, status: 400, fields: ['file'] },
  {
    name: 'flows with a bad row (flow_import.rows)',
    op: 'POST /api/chain/flow-maps/{id}/variants/{variant}/import',
    path: () => `${flowMap(chainFx.ownMap)}/variants/as_is/import`,
    as: admin,
    headers: { 'content-type': 'multipart/form-data; boundary=flows' },
    rawBody: multipart('stromen.csv', [FLOW_FILE_HEADER, 'Fabriek;fabriek;Bouw;gebruik;Hennepplaat;veel;0;0;;', 'Bouw;gebruik;Recycler;recycling;Snijresten;100;0;100;recycling;90']),
    status: 400,
    fields: ['line 2'],
  },
  {
    name: 'flows imported into an unknown variant (flow_map.variant)',
    op: 'POST /api/chain/flow-maps/{id}/variants/{variant}/import',
    path: () => `${flowMap(chainFx.ownMap)}/variants/later/import`,
    as: admin,
    headers: { 'content-type': 'multipart/form-data; boundary=flows' },
    rawBody: multipart('stromen.csv', [FLOW_FILE_HEADER, 'Bouw;gebruik;Recycler;recycling;Snijresten;100;0;100;recycling;90']),
    status: 400,
    fields: ['variant'],
  },
  // Business cases.
  { name: 'business cases of an unknown project', op: 'GET /api/chain/projects/{id}/business-cases', path: () => `${project(randomUUID())}/business-cases`, as: admin, status: 404 },
  {
    name: 'a business case with a partner of another project (business_case.not_a_partner)',
    op: 'POST /api/chain/projects/{id}/business-cases',
    path: () => `${project(chainFx.own)}/business-cases`,
    as: admin,
    get body() {
      return option(chainFx.otherPartner);
    },
    status: 400,
    fields: ['lines.0.participantId'],
  },
  {
    name: 'a business case at a discount rate of 60% (business_case.rate)',
    op: 'POST /api/chain/projects/{id}/business-cases',
    path: () => `${project(chainFx.own)}/business-cases`,
    as: admin,
    get body() {
      return { ...option(chainFx.ownLead), discountRatePct: 60 };
    },
    status: 400,
    fields: ['discountRatePct'],
  },
  {
    name: 'a business case without a name, over half a year (business_case.horizon), with a negative investment (business_case.negative)',
    op: 'POST /api/chain/projects/{id}/business-cases',
    path: () => `${project(chainFx.own)}/business-cases`,
    as: admin,
    body: { name: '', discountRatePct: 4, horizonYears: 0.5, lines: [{ participantId: 'bos', investmentEur: -1, yearlySavingsEur: '1500', extraRevenueEur: 0 }] },
    status: 400,
    fields: ['name', 'horizonYears', 'lines.0.participantId', 'lines.0.investmentEur', 'lines.0.yearlySavingsEur'],
  },
  {
    name: 'a business case of an unknown project',
    op: 'POST /api/chain/projects/{id}/business-cases',
    path: () => `${project(randomUUID())}/business-cases`,
    as: admin,
    body: { name: 'Hennepplaat', discountRatePct: 4, horizonYears: 10, lines: [] },
    status: 404,
  },
  {
    name: 'a business case naming a partner twice (business_case.duplicate)',
    op: 'PUT /api/chain/business-cases/{id}',
    path: () => businessCase(chainFx.ownCase),
    as: admin,
    get body() {
      const line = option(chainFx.ownLead).lines[0];
      return { ...option(chainFx.ownLead), lines: [line, line] };
    },
    status: 400,
    fields: ['lines.1.participantId'],
  },
  { name: 'a business case over 51 years (business_case.horizon)', op: 'PUT /api/chain/business-cases/{id}', path: () => businessCase(chainFx.ownCase), as: admin, body: { name: 'Hennepplaat', discountRatePct: 4, horizonYears: 51, lines: [] }, status: 400, fields: ['horizonYears'] },
  { name: 'an unknown business case replaced', op: 'PUT /api/chain/business-cases/{id}', path: () => businessCase(randomUUID()), as: admin, body: { name: 'Hennepplaat', discountRatePct: 4, horizonYears: 10, lines: [] }, status: 404 },
  { name: 'choosing an unknown business case', op: 'POST /api/chain/business-cases/{id}/choose', path: () => `${businessCase(randomUUID())}/choose`, as: admin, status: 404 },
  { name: 'choosing a business case by a non-uuid id', op: 'POST /api/chain/business-cases/{id}/choose', path: () => `${businessCase('hennepplaat')}/choose`, as: admin, status: 400, fields: ['id'] },
  { name: 'removing an unknown business case', op: 'DELETE /api/chain/business-cases/{id}', path: () => businessCase(randomUUID()), as: admin, status: 404 },
  // Decisions and actions of a session.
  { name: 'a decision with a due date (session_item.due_decision)', op: 'POST /api/programme/sessions/{id}/items', path: () => `/api/programme/sessions/${chainFx.ownSession}/items`, as: admin, body: { kind: 'decision', text: 'We testen hennepvezel in de plaat', dueOn: '2026-05-01' }, status: 400, fields: ['dueOn'] },
  { name: 'a session item of no kind (session_item.kind), without text and on 30 February', op: 'POST /api/programme/sessions/{id}/items', path: () => `/api/programme/sessions/${chainFx.ownSession}/items`, as: admin, body: { kind: 'memo', text: '', owner: long(201), dueOn: '2026-02-30' }, status: 400, fields: ['kind', 'text', 'owner', 'dueOn'] },
  { name: 'a session item of an unknown session', op: 'POST /api/programme/sessions/{id}/items', path: () => `/api/programme/sessions/${randomUUID()}/items`, as: admin, body: { kind: 'decision', text: 'x' }, status: 404 },
  { name: 'an empty session-item update (body.empty_update)', op: 'PATCH /api/programme/session-items/{id}', path: () => sessionItem(chainFx.ownAction), as: admin, body: {}, status: 400, fields: ['body'] },
  { name: 'a decision marked done (session_item.done_decision)', op: 'PATCH /api/programme/session-items/{id}', path: () => sessionItem(chainFx.ownDecision), as: admin, body: { done: true }, status: 400, fields: ['done'] },
  { name: 'a decision given a due date (session_item.due_decision)', op: 'PATCH /api/programme/session-items/{id}', path: () => sessionItem(chainFx.ownDecision), as: admin, body: { dueOn: '2026-05-01' }, status: 400, fields: ['dueOn'] },
  { name: 'a session item changed with wrong types', op: 'PATCH /api/programme/session-items/{id}', path: () => sessionItem(chainFx.ownAction), as: admin, body: { text: '', done: 'ja', kind: 'decision' }, status: 400, fields: ['text', 'done', 'kind'] },
  { name: 'an unknown session item changed', op: 'PATCH /api/programme/session-items/{id}', path: () => sessionItem(randomUUID()), as: admin, body: { done: true }, status: 404 },
  { name: 'removing an unknown session item', op: 'DELETE /api/programme/session-items/{id}', path: () => sessionItem(randomUUID()), as: admin, status: 404 },
];

let harness: Harness | undefined;
const h = (): Harness => {
  if (!harness) throw new Error('seedChainFixtures has not run');
  return harness;
};

/** Writes the rows the cases name, through the privileged connection, and signs an administrator in for the bad-input rows. */
export async function seedChainFixtures(x: Harness, fx: ChainFixtures = chainFx): Promise<void> {
  harness = x;
  const { noord, groningen } = x.ids.partners;
  const orgs = x.ids.organisations;
  const enrol = async (partnerId: string, groupId: string, organisationId: string, role: 'lead' | 'chain_partner', chainRole: string) => {
    const id = randomUUID();
    await x.sql.getRepository(Enrolment).insert({ id, partnerId, groupId, organisationId, role, phase: 'exploration' });
    await x.sql.getRepository(ChainMember).insert({ enrolmentId: id, partnerId, groupId, chainRole: chainRole as ChainMember['chainRole'] });
    return id;
  };
  /** A running chain project with its lead and one chain partner. */
  const chainProject = async (partnerId: string, lead: string, partner: string) => {
    const id = randomUUID();
    await x.sql.getRepository(ProgrammeGroup).insert({ id, partnerId, step: 'chain', name: 'Hennep to House', startsOn: '2026-03-01', endsOn: '2027-02-28', status: 'running' });
    await x.sql.getRepository(ChainProject).insert({ groupId: id, partnerId, subject: 'Isolatie van hennepvezel', origin: 'direct', phasesReached: { exploration: '2026-03-01' } });
    return { id, lead: await enrol(partnerId, id, lead, 'lead', 'producer'), partner: await enrol(partnerId, id, partner, 'chain_partner', 'supplier') };
  };
  /** A flow map with both variants of two nodes and one flow. */
  const map = async (partnerId: string, groupId: string) => {
    const mapId = randomUUID();
    await x.sql.getRepository(FlowMap).insert({ id: mapId, partnerId, groupId, subject: 'Isolatieplaat' });
    for (const variant of ['as_is', 'redesign'] as const) {
      await x.sql.getRepository(FlowVariant).insert({ mapId, variant, partnerId, groupId, energyTotalKwh: '8000', energyRenewableKwh: '4000' });
      const [from, to] = [randomUUID(), randomUUID()];
      await x.sql.getRepository(FlowNodeRow).insert([
        { id: from, partnerId, groupId, mapId, variant, position: 0, name: 'Hennepteler', kind: 'supplier', stockChangeKg: '0' },
        { id: to, partnerId, groupId, mapId, variant, position: 1, name: 'Fabriek', kind: 'production', stockChangeKg: '0' },
      ]);
      await x.sql.getRepository(MaterialFlowRow).insert({
        id: randomUUID(), partnerId, groupId, mapId, variant, position: 0, fromNodeId: from, toNodeId: to, material: 'Hennepvezel', kgPerYear: '1000', recycledPct: '0', renewablePct: '100', recoveryRoute: null, recoveryPotentialPct: null,
      });
    }
    return mapId;
  };
  /** A business-case option with a line for the lead, chosen or not. */
  const businessCaseOption = async (partnerId: string, groupId: string, enrolmentId: string, chosen: boolean) => {
    const id = randomUUID();
    await x.sql.getRepository(BusinessCaseOption).insert({ id, partnerId, groupId, name: 'Hennepplaat', description: '', discountRatePct: '4', horizonYears: 10, chosen });
    await x.sql.getRepository(BusinessCaseLineRow).insert({ optionId: id, enrolmentId, partnerId, groupId, investmentEur: '10000', yearlySavingsEur: '1500', extraRevenueEur: '1000', fteChange: '1' });
    return id;
  };
  const session = async (partnerId: string, groupId: string) => {
    const id = randomUUID();
    await x.sql.getRepository(ProgrammeSession).insert({ id, partnerId, groupId, kind: 'design_session', title: 'Ontwerpsessie 1', startsAt: new Date('2026-04-10T09:00:00Z'), endsAt: null, location: 'Assen', agenda: 'Materiaalkaart' });
    return id;
  };
  const item = async (partnerId: string, groupId: string, sessionId: string, kind: 'action' | 'decision') => {
    const id = randomUUID();
    await x.sql.getRepository(SessionItem).insert({
      id, partnerId, groupId, sessionId, kind, text: kind === 'action' ? 'Brandproef aanvragen' : 'We testen hennepvezel in de plaat', owner: kind === 'action' ? 'Hanzehogeschool' : '', dueOn: kind === 'action' ? '2026-05-01' : null, doneAt: null,
    });
    return id;
  };

  const own = await chainProject(noord, orgs.installateur, orgs.bakkerij);
  const foreign = await chainProject(groningen, orgs.metaal, orgs.drukkerij);
  const other = await chainProject(noord, orgs.zorg, orgs.installateur);
  const phase = await chainProject(noord, orgs.installateur, orgs.zorg);
  Object.assign(fx, { own: own.id, foreign: foreign.id, other: other.id, phase: phase.id, ownLead: own.lead, ownPartner: own.partner, foreignPartner: foreign.partner, otherPartner: other.partner });
  fx.cohort = randomUUID();
  await x.sql.getRepository(ProgrammeGroup).insert({ id: fx.cohort, partnerId: noord, step: 'koploper', name: 'Koplopergroep Assen', startsOn: '2026-01-15', endsOn: '2026-12-15', status: 'planned' });
  await x.sql.getRepository(KoploperCohort).insert({ groupId: fx.cohort, partnerId: noord, municipality: 'Assen', prizeWinnerEnrolmentId: null });
  fx.ownMap = await map(noord, own.id);
  fx.foreignMap = await map(groningen, foreign.id);
  fx.doomedMap = await map(noord, own.id);
  fx.ownCase = await businessCaseOption(noord, own.id, own.lead, true);
  fx.foreignCase = await businessCaseOption(groningen, foreign.id, foreign.lead, true);
  fx.doomedCase = await businessCaseOption(noord, own.id, own.lead, false);
  fx.ownSession = await session(noord, own.id);
  fx.foreignSession = await session(groningen, foreign.id);
  fx.ownAction = await item(noord, own.id, fx.ownSession, 'action');
  fx.ownDecision = await item(noord, own.id, fx.ownSession, 'decision');
  fx.doomedAction = await item(noord, own.id, fx.ownSession, 'action');
  fx.foreignAction = await item(groningen, foreign.id, fx.foreignSession, 'action');
  fx.admin = await x.signIn(DEMO_EMAILS.administrator);
}
