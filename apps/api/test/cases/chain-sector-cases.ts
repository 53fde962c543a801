/**
 * Step 3's sector programmes (with their conferences, questions and
 * agreements) and joint applications: the isolation cases and bad-input rows
 * of their operations, and the rows they name (own partner: MVO Noord;
 * foreign: Groningen). isolation-cases.ts and bad-input-cases.ts spread the
 * lists into theirs and call seedSectorFixtures from their seeding.
 *
 * Only types come from those files: they import this one, so a value taken
 * from them would not be there yet while this module loads.
 */
import type { Role } from '@koers/domain';
import { ChainAgreement, ChainApplication, ChainProject, ProgrammeGroup, SectorConference, SectorProgramme, SectorQuestion } from '@koers/server-db';
import { randomUUID } from 'node:crypto';
import { DEMO_EMAILS, type Harness } from '../../../../tools/testing/api-harness';
import type { BadCase } from './bad-input-cases';
import type { IsolationCase } from './isolation-cases';

const ROLES: Role[] = ['administrator', 'coordinator', 'adviser', 'analyst', 'participant'];
const ONLY = (roles: Role[], ok: number): Record<Role, number> => Object.fromEntries(ROLES.map((r) => [r, roles.includes(r) ? ok : 403])) as Record<Role, number>;
const STAFF: Role[] = ['administrator', 'coordinator', 'adviser', 'analyst'];
const COORDINATION: Role[] = ['administrator', 'coordinator'];

/** The rows the cases name, written by seedSectorFixtures. */
export interface SectorFixtures {
  /** An administrator's session of the run, for the bad-input rows. */
  admin: string;
  /** Sector programmes with a closing conference (1 November 2026); `other` has the chain group `otherGroup`. */
  own: string;
  foreign: string;
  other: string;
  otherGroup: string;
  ownQuestion: string;
  foreignQuestion: string;
  ownAgreement: string;
  foreignAgreement: string;
  /** Submitted joint applications of Bakkerij De Vries (own) and the Groningen metal works (foreign). */
  ownApplication: string;
  foreignApplication: string;
}

export const sectorFx = {} as SectorFixtures;

const programme = (id: string) => `/api/chain/sector-programmes/${id}`;

export const SECTOR_ISOLATION_CASES: IsolationCase[] = [
  // Sector programmes: staff read, coordination writes; participants never (403).
  { name: 'list sector programmes', op: 'GET /api/chain/sector-programmes', own: () => '/api/chain/sector-programmes', expect: ONLY(STAFF, 200) },
  {
    name: 'create sector programme',
    op: 'POST /api/chain/sector-programmes',
    own: () => '/api/chain/sector-programmes',
    body: (role) => ({ name: `Zorggebouwen en faciliteiten (${role})`, sector: 'Zorg', region: 'Drenthe', startsOn: '2026-02-01', endsOn: '2027-01-31' }),
    expect: ONLY(COORDINATION, 201),
  },
  { name: 'get sector programme', op: 'GET /api/chain/sector-programmes/{id}', own: () => programme(sectorFx.own), foreign: () => programme(sectorFx.foreign), expect: ONLY(STAFF, 200) },
  {
    name: 'update sector programme',
    op: 'PATCH /api/chain/sector-programmes/{id}',
    own: () => programme(sectorFx.own),
    foreign: () => programme(sectorFx.foreign),
    body: () => ({ region: 'Drenthe' }),
    expect: ONLY(COORDINATION, 200),
  },
  {
    name: 'record a work conference',
    op: 'PUT /api/chain/sector-programmes/{id}/conferences/{kind}',
    own: () => `${programme(sectorFx.own)}/conferences/opening`,
    foreign: () => `${programme(sectorFx.foreign)}/conferences/opening`,
    body: () => ({ heldOn: '2026-02-12', location: 'Assen', notes: 'Ketens in kaart' }),
    expect: ONLY(COORDINATION, 200),
  },
  {
    name: 'map a question',
    op: 'POST /api/chain/sector-programmes/{id}/questions',
    own: () => `${programme(sectorFx.own)}/questions`,
    foreign: () => `${programme(sectorFx.foreign)}/questions`,
    body: () => ({ theme: 'Minder afval', question: 'Hoe gaat er minder incontinentiemateriaal naar het restafval?', raisedBy: 'Zorggroep Drentse Aa' }),
    expect: ONLY(COORDINATION, 201),
  },
  // Removed by the administrator; gone (404) for the coordinator after it.
  {
    name: 'remove a question',
    op: 'DELETE /api/chain/sector-questions/{id}',
    own: () => `/api/chain/sector-questions/${sectorFx.ownQuestion}`,
    foreign: () => `/api/chain/sector-questions/${sectorFx.foreignQuestion}`,
    expect: { ...ONLY([], 403), administrator: 204, coordinator: 404 },
  },
  {
    name: 'record an agreement',
    op: 'POST /api/chain/sector-programmes/{id}/agreements',
    own: () => `${programme(sectorFx.own)}/agreements`,
    foreign: () => `${programme(sectorFx.foreign)}/agreements`,
    body: () => ({ parties: ['Zorggroep Drentse Aa', 'Textielservice Noord'], text: 'Samen spoelwater hergebruiken', agreedOn: '2026-11-01' }),
    expect: ONLY(COORDINATION, 201),
  },
  {
    name: 'remove an agreement',
    op: 'DELETE /api/chain/agreements/{id}',
    own: () => `/api/chain/agreements/${sectorFx.ownAgreement}`,
    foreign: () => `/api/chain/agreements/${sectorFx.foreignAgreement}`,
    expect: { ...ONLY([], 403), administrator: 204, coordinator: 404 },
  },
  // Joint applications: everyone reads (a company its own), a company or coordination applies, coordination declines.
  { name: 'list joint applications', op: 'GET /api/chain/applications', own: () => '/api/chain/applications', expect: ONLY([...STAFF, 'participant'], 200) },
  {
    name: 'apply as a chain',
    op: 'POST /api/chain/applications',
    own: () => '/api/chain/applications',
    body: (role) => ({
      title: `Hennep to House (${role})`,
      description: 'Van teelt tot isolatieplaat',
      members: [{ name: 'Hennepcoöperatie Noord', chainRole: 'supplier' }, { name: 'Bouwbedrijf Assen', email: 'info@bouw-assen.test', chainRole: 'user' }],
      ...(role === 'participant' ? {} : { applicantOrganisationId: h().ids.organisations.bakkerij }),
    }),
    expect: ONLY([...COORDINATION, 'participant'], 201),
  },
  // Declined by the administrator; decided already (409) for the coordinator.
  {
    name: 'decline a joint application',
    op: 'POST /api/chain/applications/{id}/decline',
    own: () => `/api/chain/applications/${sectorFx.ownApplication}/decline`,
    foreign: () => `/api/chain/applications/${sectorFx.foreignApplication}/decline`,
    body: () => ({ reason: 'Past beter in de volgende ronde' }),
    expect: { ...ONLY(COORDINATION, 0), administrator: 200, coordinator: 409 },
  },
];

const admin = () => sectorFx.admin;
const long = (n: number) => 'x'.repeat(n);
const member = (name: string) => ({ name, chainRole: 'supplier' });
const agreement = { parties: ['Zorggroep Drentse Aa', 'Textielservice Noord'], text: 'Samen spoelwater hergebruiken', agreedOn: '2026-11-20' };

export const SECTOR_BAD_INPUT_CASES: BadCase[] = [
  { name: 'sector programmes of an oversized sector', op: 'GET /api/chain/sector-programmes', path: () => `/api/chain/sector-programmes?sector=${long(101)}`, as: admin, status: 400, fields: ['sector'] },
  { name: 'sector programme without fields', op: 'POST /api/chain/sector-programmes', path: () => '/api/chain/sector-programmes', as: admin, body: {}, status: 400, fields: ['name', 'sector', 'startsOn', 'endsOn'] },
  {
    name: 'sector programme ending before it starts',
    op: 'POST /api/chain/sector-programmes',
    path: () => '/api/chain/sector-programmes',
    as: admin,
    body: { name: 'Zorg Drenthe', sector: 'Zorg', startsOn: '2026-06-01', endsOn: '2026-05-31' },
    status: 400,
    fields: ['endsOn'],
  },
  {
    name: 'sector programme on 30 February, blank name and an unknown field',
    op: 'POST /api/chain/sector-programmes',
    path: () => '/api/chain/sector-programmes',
    as: admin,
    body: { name: '  ', sector: 'Zorg', startsOn: '2026-02-30', endsOn: '2026-12-31', budget: 10 },
    status: 400,
    fields: ['name', 'startsOn', 'budget'],
  },
  { name: 'sector programme by a non-uuid id', op: 'GET /api/chain/sector-programmes/{id}', path: () => '/api/chain/sector-programmes/not-a-uuid', as: admin, status: 400, fields: ['id'] },
  { name: 'sector programme by an unknown id', op: 'GET /api/chain/sector-programmes/{id}', path: () => programme(randomUUID()), as: admin, status: 404 },
  { name: 'sector programme changed to end before its start', op: 'PATCH /api/chain/sector-programmes/{id}', path: () => programme(sectorFx.own), as: admin, body: { endsOn: '2025-01-01' }, status: 400, fields: ['endsOn'] },
  { name: 'sector programme changed with wrong types', op: 'PATCH /api/chain/sector-programmes/{id}', path: () => programme(sectorFx.own), as: admin, body: { name: 42, region: ['Drenthe'] }, status: 400, fields: ['name', 'region'] },
  { name: 'unknown sector programme changed', op: 'PATCH /api/chain/sector-programmes/{id}', path: () => programme(randomUUID()), as: admin, body: { region: 'Drenthe' }, status: 404 },
  { name: 'a conference of an unknown kind', op: 'PUT /api/chain/sector-programmes/{id}/conferences/{kind}', path: () => `${programme(sectorFx.own)}/conferences/middle`, as: admin, body: { heldOn: '2026-06-01' }, status: 400, fields: ['kind'] },
  { name: 'a conference without a date', op: 'PUT /api/chain/sector-programmes/{id}/conferences/{kind}', path: () => `${programme(sectorFx.own)}/conferences/opening`, as: admin, body: { location: long(201) }, status: 400, fields: ['heldOn', 'location'] },
  { name: 'a conference of an unknown programme', op: 'PUT /api/chain/sector-programmes/{id}/conferences/{kind}', path: () => `${programme(randomUUID())}/conferences/closing`, as: admin, body: { heldOn: '2026-06-01' }, status: 404 },
  { name: 'a question without fields', op: 'POST /api/chain/sector-programmes/{id}/questions', path: () => `${programme(sectorFx.own)}/questions`, as: admin, body: {}, status: 400, fields: ['theme', 'question'] },
  { name: 'a question with an oversized theme', op: 'POST /api/chain/sector-programmes/{id}/questions', path: () => `${programme(sectorFx.own)}/questions`, as: admin, body: { theme: long(101), question: 'Vraag' }, status: 400, fields: ['theme'] },
  { name: 'a question of an unknown programme', op: 'POST /api/chain/sector-programmes/{id}/questions', path: () => `${programme(randomUUID())}/questions`, as: admin, body: { theme: 'Minder afval', question: 'Vraag' }, status: 404 },
  { name: 'removing an unknown question', op: 'DELETE /api/chain/sector-questions/{id}', path: () => `/api/chain/sector-questions/${randomUUID()}`, as: admin, status: 404 },
  { name: 'an agreement of one party', op: 'POST /api/chain/sector-programmes/{id}/agreements', path: () => `${programme(sectorFx.own)}/agreements`, as: admin, body: { ...agreement, parties: ['Zorggroep Drentse Aa'] }, status: 400, fields: ['parties'] },
  {
    name: 'an agreement naming a party twice',
    op: 'POST /api/chain/sector-programmes/{id}/agreements',
    path: () => `${programme(sectorFx.own)}/agreements`,
    as: admin,
    body: { ...agreement, parties: ['Zorggroep Drentse Aa', 'zorggroep drentse aa '] },
    status: 400,
    fields: ['parties.1'],
  },
  {
    name: "an agreement from another programme's chain group",
    op: 'POST /api/chain/sector-programmes/{id}/agreements',
    path: () => `${programme(sectorFx.own)}/agreements`,
    as: admin,
    get body() {
      return { ...agreement, groupId: sectorFx.otherGroup };
    },
    status: 400,
    fields: ['groupId'],
  },
  { name: 'an agreement without fields', op: 'POST /api/chain/sector-programmes/{id}/agreements', path: () => `${programme(sectorFx.own)}/agreements`, as: admin, body: {}, status: 400, fields: ['parties', 'text', 'agreedOn'] },
  { name: 'removing an unknown agreement', op: 'DELETE /api/chain/agreements/{id}', path: () => '/api/chain/agreements/not-a-uuid', as: admin, status: 400, fields: ['id'] },
  { name: 'joint applications of an unknown status', op: 'GET /api/chain/applications', path: () => '/api/chain/applications?status=open', as: admin, status: 400, fields: ['status'] },
  { name: 'a joint application without members', op: 'POST /api/chain/applications', path: () => '/api/chain/applications', as: admin, body: { title: 'Keten', description: '', members: [], applicantOrganisationId: randomUUID() }, status: 400, fields: ['members'] },
  {
    name: 'a joint application of 31 members with an unknown chain role',
    op: 'POST /api/chain/applications',
    path: () => '/api/chain/applications',
    as: admin,
    body: { title: 'Keten', description: '', members: [{ name: 'A', chainRole: 'baker' }, ...Array.from({ length: 30 }, (_, i) => member(`Bedrijf ${i}`))] },
    status: 400,
    fields: ['members', 'members.0.chainRole'],
  },
  {
    name: 'a joint application naming a member twice',
    op: 'POST /api/chain/applications',
    path: () => '/api/chain/applications',
    as: admin,
    get body() {
      return { title: 'Keten', description: '', members: [member('Hennep Noord'), member('Bouw Assen'), member(' hennep  noord')], applicantOrganisationId: h().ids.organisations.bakkerij };
    },
    status: 400,
    fields: ['members.2.name'],
  },
  { name: 'a joint application by a coordinator without the applicant', op: 'POST /api/chain/applications', path: () => '/api/chain/applications', as: admin, body: { title: 'Keten', description: '', members: [member('Hennep Noord')] }, status: 400, fields: ['applicantOrganisationId'] },
  {
    name: 'a joint application for an unknown organisation',
    op: 'POST /api/chain/applications',
    path: () => '/api/chain/applications',
    as: admin,
    body: { title: 'Keten', description: '', members: [member('Hennep Noord')], applicantOrganisationId: randomUUID() },
    status: 400,
    fields: ['applicantOrganisationId'],
  },
  { name: 'declining without a reason', op: 'POST /api/chain/applications/{id}/decline', path: () => `/api/chain/applications/${sectorFx.ownApplication}/decline`, as: admin, body: { reason: ' ' }, status: 400, fields: ['reason'] },
  { name: 'declining an unknown application', op: 'POST /api/chain/applications/{id}/decline', path: () => `/api/chain/applications/${randomUUID()}/decline`, as: admin, body: { reason: 'Vol' }, status: 404 },
];

let harness: Harness | undefined;
const h = (): Harness => {
  if (!harness) throw new Error('seedSectorFixtures has not run');
  return harness;
};

/** Writes the rows the cases name, through the privileged connection, and signs an administrator in for the bad-input rows. */
export async function seedSectorFixtures(x: Harness, fx: SectorFixtures = sectorFx): Promise<void> {
  harness = x;
  const { noord, groningen } = x.ids.partners;
  const sector = async (partnerId: string) => {
    const id = randomUUID();
    await x.sql.getRepository(SectorProgramme).insert({ id, partnerId, name: 'Zorggebouwen en faciliteiten', sector: 'Zorg', region: null, startsOn: '2026-02-01', endsOn: '2027-01-31' });
    await x.sql.getRepository(SectorConference).insert({ id: randomUUID(), partnerId, programmeId: id, kind: 'closing', heldOn: '2026-11-01', location: 'Assen', notes: '' });
    return id;
  };
  fx.own = await sector(noord);
  fx.foreign = await sector(groningen);
  fx.other = await sector(noord);
  fx.otherGroup = randomUUID();
  await x.sql.getRepository(ProgrammeGroup).insert({ id: fx.otherGroup, partnerId: noord, step: 'chain', name: 'Textiel met minder water', startsOn: '2026-03-01', endsOn: '2026-12-01', status: 'planned' });
  await x.sql.getRepository(ChainProject).insert({ groupId: fx.otherGroup, partnerId: noord, subject: 'Spoelwater', origin: 'direct', sectorProgrammeId: fx.other, theme: 'Textielreiniging met minder water' });
  const question = async (partnerId: string, programmeId: string) => {
    const id = randomUUID();
    await x.sql.getRepository(SectorQuestion).insert({ id, partnerId, programmeId, theme: 'Minder afval', question: 'Hoe minder restafval?', raisedBy: '' });
    return id;
  };
  fx.ownQuestion = await question(noord, fx.own);
  fx.foreignQuestion = await question(groningen, fx.foreign);
  const agreementRow = async (partnerId: string, programmeId: string) => {
    const id = randomUUID();
    await x.sql.getRepository(ChainAgreement).insert({ id, partnerId, programmeId, groupId: null, parties: ['Zorggroep', 'Wasserij'], text: 'Spoelwater hergebruiken', agreedOn: '2026-11-02' });
    return id;
  };
  fx.ownAgreement = await agreementRow(noord, fx.own);
  fx.foreignAgreement = await agreementRow(groningen, fx.foreign);
  const application = async (partnerId: string, applicantOrganisationId: string) => {
    const id = randomUUID();
    await x.sql.getRepository(ChainApplication).insert({
      id, partnerId, applicantOrganisationId, title: 'Keten van graan tot brood', description: '', members: [{ name: 'Molen De Hoop', email: null, chainRole: 'supplier' }], status: 'submitted', groupId: null, submittedBy: null,
    });
    return id;
  };
  fx.ownApplication = await application(noord, x.ids.organisations.bakkerij);
  fx.foreignApplication = await application(groningen, x.ids.organisations.metaal);
  fx.admin = await x.signIn(DEMO_EMAILS.administrator);
}
