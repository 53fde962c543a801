/**
 * CE-masterclasses (step 2) as a coordinator and an entrepreneur use them: the
 * 5-10 rule at the start naming the count, speakers (an entrepreneur speaking for
 * its organisation), the modules of each workshop from the library, the intake
 * and outcome each participant writes for itself only, what recurs across the
 * group, and the go / no-go before chain-project proposals.
 */
import { ScanCompany } from '@koers/server-db';
import { randomUUID } from 'node:crypto';
import { DEMO_EMAILS, FOREIGN_EMAILS, startHarness, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let coordinator: string;
let adviser: string;
let participant: string;
let counter = 0;

beforeAll(async () => {
  h = await startHarness();
  coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  adviser = await h.signIn(DEMO_EMAILS.adviser);
  participant = await h.signIn(DEMO_EMAILS.participant);
});
afterAll(() => h?.close());

const body = { name: 'CE-masterclass MKB Drenthe 2026', audience: 'sme', goals: 'Verkennen wat CE voor het mkb in Drenthe betekent', startsOn: '2026-03-01', endsOn: '2026-06-30', coOrganisers: ['Rabobank Assen en Noord-Drenthe', 'MVO Platform Assen'], region: 'Drenthe' };

async function newOrganisation(): Promise<string> {
  const res = await h.call('POST', '/api/organisations', { cookie: coordinator, body: { name: `Drents Bedrijf ${++counter}`, kind: 'company', step: 'masterclass' } });
  expect(res.status).toBe(201);
  return res.body.id;
}

/** A planned masterclass with these organisations enrolled through the scan's candidate keys; the enrolment ids in the same order. */
async function masterclassWith(orgIds: string[]): Promise<{ id: string; enrolments: string[] }> {
  const created = await h.call('POST', '/api/masterclass/masterclasses', { cookie: coordinator, body });
  expect(created.status).toBe(201);
  const enrolments: string[] = [];
  for (const organisationId of orgIds) {
    const added = await h.call('POST', `/api/masterclass/masterclasses/${created.body.id}/candidates`, { cookie: coordinator, body: { key: `organisation:${organisationId}` } });
    expect(added.status).toBe(201);
    enrolments.push(added.body.participants.find((p: { organisationId: string }) => p.organisationId === organisationId).id);
  }
  return { id: created.body.id, enrolments };
}

const start = (id: string) => h.call('POST', `/api/programme/groups/${id}/start`, { cookie: coordinator });

describe('a masterclass', () => {
  it('is created with its audience, goals and co-organisers, listed, and read back as a group of step masterclass', async () => {
    const created = await h.call('POST', '/api/masterclass/masterclasses', { cookie: coordinator, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      step: 'masterclass', name: body.name, audience: 'sme', goals: body.goals, coOrganisers: body.coOrganisers, region: 'Drenthe', status: 'planned', sizeRule: { min: 5, max: 10 },
      sessionModules: {}, outcomes: [], decision: null, proposals: [],
    });
    const changed = await h.call('PATCH', `/api/masterclass/masterclasses/${created.body.id}`, { cookie: coordinator, body: { audience: 'large', coOrganisers: ['Rabobank Nederland'] } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ audience: 'large', coOrganisers: ['Rabobank Nederland'], goals: body.goals });
    const list = await h.call('GET', '/api/masterclass/masterclasses', { cookie: adviser });
    expect(list.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: created.body.id, audience: 'large', region: 'Drenthe', participants: 0, decision: null })]));
    // A masterclass is not found through step 1's routes.
    expect((await h.call('GET', `/api/koploper/cohorts/${created.body.id}`, { cookie: coordinator })).status).toBe(404);
    // An unknown audience is named.
    const wrong = await h.call('POST', '/api/masterclass/masterclasses', { cookie: coordinator, body: { ...body, audience: 'everyone' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0]).toMatchObject({ field: 'audience', code: 'masterclass.audience' });
  });
});

describe('the 5-10 rule', () => {
  it('refuses to start with 4 naming 4, starts with 5, and refuses the 11th', async () => {
    const orgIds = [];
    for (let i = 0; i < 4; i++) orgIds.push(await newOrganisation());
    const { id } = await masterclassWith(orgIds);
    const before = await writeFingerprint(h.sql);
    const refused = await start(id);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'group.too_few', params: { min: 5, max: 10, count: 4 },
      text: { nl: 'Een masterclass telt 5 tot 10 deelnemers; nu 4', en: 'A masterclass has 5 to 10 participants; now 4' },
    });
    expect(await writeFingerprint(h.sql)).toEqual(before);

    const fifth = await newOrganisation();
    expect((await h.call('POST', `/api/masterclass/masterclasses/${id}/candidates`, { cookie: coordinator, body: { key: `organisation:${fifth}` } })).status).toBe(201);
    const started = await start(id);
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ status: 'running', phase: 'intake' });
    expect(started.body.participants).toHaveLength(5);

    for (let i = 0; i < 5; i++) {
      const org = await newOrganisation();
      expect((await h.call('POST', `/api/masterclass/masterclasses/${id}/candidates`, { cookie: coordinator, body: { key: `organisation:${org}` } })).status).toBe(201);
    }
    const eleventh = await newOrganisation();
    const full = await h.call('POST', `/api/masterclass/masterclasses/${id}/candidates`, { cookie: coordinator, body: { key: `organisation:${eleventh}` } });
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ code: 'group.full', params: { max: 10 } });
    expect(full.body.text.nl).toBe('Deze masterclass is vol (10 deelnemers)');
  });

  it("makes an imported company of the scan an organisation, and enrols it; a second masterclass finds the same organisation", async () => {
    const companyId = randomUUID();
    await h.sql.getRepository(ScanCompany).insert({ id: companyId, partnerId: h.ids.partners.noord, kvkNumber: '40099881', name: 'Kaasmakerij De Drentse Aa', sbiCode: '10.51', sizeClass: 'small', employees: 14, municipality: 'Tynaarlo' });
    const { id } = await masterclassWith([]);
    const added = await h.call('POST', `/api/masterclass/masterclasses/${id}/candidates`, { cookie: coordinator, body: { key: `imported:${companyId}` } });
    expect(added.status).toBe(201);
    expect(added.body.participants).toEqual([expect.objectContaining({ organisationName: 'Kaasmakerij De Drentse Aa', phase: 'intake' })]);
    const organisationId = added.body.participants[0].organisationId;
    expect(await h.sql.query(`select name, kvk_number, sbi_code, size_class, municipality from organisation where id = $1`, [organisationId])).toEqual([
      { name: 'Kaasmakerij De Drentse Aa', kvk_number: '40099881', sbi_code: '10.51', size_class: 'small', municipality: 'Tynaarlo' },
    ]);
    const { id: second } = await masterclassWith([]);
    const again = await h.call('POST', `/api/masterclass/masterclasses/${second}/candidates`, { cookie: coordinator, body: { key: `imported:${companyId}` } });
    expect(again.status).toBe(201);
    expect(again.body.participants[0].organisationId).toBe(organisationId);
  });

  it('names a candidate key it does not know', async () => {
    const { id } = await masterclassWith([]);
    const unknown = await h.call('POST', `/api/masterclass/masterclasses/${id}/candidates`, { cookie: coordinator, body: { key: `organisation:${randomUUID()}` } });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 'candidate.unknown', errors: [{ field: 'key' }] });
    const imported = await h.call('POST', `/api/masterclass/masterclasses/${id}/candidates`, { cookie: coordinator, body: { key: `imported:${randomUUID()}` } });
    expect(imported.status).toBe(400);
    expect(imported.body).toMatchObject({ code: 'candidate.unknown', errors: [{ field: 'key' }] });
    const malformed = await h.call('POST', `/api/masterclass/masterclasses/${id}/candidates`, { cookie: coordinator, body: { key: 'kvk:40012345' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0]).toMatchObject({ field: 'key', code: 'candidate.key' });
  });
});

describe('speakers and workshops', () => {
  it('adds a staff speaker and an entrepreneur speaking for its organisation; the group names the organisation', async () => {
    const { id } = await masterclassWith([h.ids.organisations.bakkerij]);
    const staff = await h.call('POST', `/api/programme/groups/${id}/staff`, { cookie: coordinator, body: { role: 'speaker', userId: h.ids.users.adviser, contribution: 'De R-ladder' } });
    expect(staff.status).toBe(201);
    const entrepreneur = await h.call('POST', `/api/programme/groups/${id}/staff`, {
      cookie: coordinator,
      body: { role: 'speaker', externalName: 'Bram Bos', organisationId: h.ids.organisations.installateur, contribution: 'Warmtepompen terugnemen en opknappen' },
    });
    expect(entrepreneur.status).toBe(201);
    expect(entrepreneur.body.staff).toEqual(expect.arrayContaining([
      expect.objectContaining({ role: 'speaker', userId: h.ids.users.adviser, organisationId: null }),
      expect.objectContaining({ role: 'speaker', userId: null, name: 'Bram Bos', organisationId: h.ids.organisations.installateur, organisation: 'Installatiebedrijf Bos', contribution: 'Warmtepompen terugnemen en opknappen' }),
    ]));
    // Only the organisation (no person named) is an entrepreneur speaker too.
    const orgOnly = await h.call('POST', `/api/programme/groups/${id}/staff`, { cookie: coordinator, body: { role: 'speaker', organisationId: h.ids.organisations.zorg } });
    expect(orgOnly.status).toBe(201);
    expect(orgOnly.body.staff).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Zorggroep Drentse Aa', organisationId: h.ids.organisations.zorg })]));
    // A user speaks for no organisation; an unknown organisation is named.
    const both = await h.call('POST', `/api/programme/groups/${id}/staff`, { cookie: coordinator, body: { role: 'speaker', userId: h.ids.users.trainee, organisationId: h.ids.organisations.zorg } });
    expect(both.status).toBe(400);
    expect(both.body.errors[0]).toMatchObject({ field: 'organisationId', code: 'staff.person' });
    const unknown = await h.call('POST', `/api/programme/groups/${id}/staff`, { cookie: coordinator, body: { role: 'speaker', organisationId: randomUUID() } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]).toMatchObject({ field: 'organisationId', code: 'organisation.unknown' });
    // A masterclass has no advisers.
    const adviserRole = await h.call('POST', `/api/programme/groups/${id}/staff`, { cookie: coordinator, body: { role: 'adviser', userId: h.ids.users.adviser } });
    expect(adviserRole.status).toBe(400);
    expect(adviserRole.body).toMatchObject({ code: 'staff.role', params: { allowed: ['coach', 'speaker'] } });
  });

  it('keeps the modules of each workshop from the library; an unknown module is a 400 naming it, and nothing changes', async () => {
    const library = await h.call('GET', '/api/masterclass/modules', { cookie: participant });
    expect(library.status).toBe(200);
    expect(library.body.items.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining(['ce-basics', 'r-ladder', 'business-models', 'design-for-recovery', 'return-logistics', 'chain-cooperation', 'financing']));
    expect(library.body.items[0]).toMatchObject({ name: { nl: expect.any(String), en: expect.any(String) }, description: { nl: expect.any(String), en: expect.any(String) }, audiences: expect.any(Array) });

    const { id } = await masterclassWith([h.ids.organisations.bakkerij]);
    const workshop = await h.call('POST', `/api/programme/groups/${id}/sessions`, {
      cookie: coordinator, body: { kind: 'workshop', title: 'Workshop 1: de R-ladder', startsAt: '2026-03-10T14:00:00+01:00', endsAt: '2026-03-10T17:00:00+01:00', location: 'Rabobank Assen', agenda: '' },
    });
    expect(workshop.status).toBe(201);
    const set = await h.call('PUT', `/api/masterclass/sessions/${workshop.body.id}/modules`, { cookie: coordinator, body: { moduleIds: ['ce-basics', 'r-ladder'] } });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ sessionId: workshop.body.id, moduleIds: ['ce-basics', 'r-ladder'] });

    const before = await writeFingerprint(h.sql);
    const unknown = await h.call('PUT', `/api/masterclass/sessions/${workshop.body.id}/modules`, { cookie: coordinator, body: { moduleIds: ['r-ladder', 'blockchain'] } });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 'module.unknown', params: { moduleId: 'blockchain' }, text: { nl: 'Onbekende module: blockchain', en: 'Unknown module: blockchain' }, errors: [{ field: 'moduleIds.1' }] });
    // A module for large companies does not suit an SME masterclass.
    const large = await h.call('PUT', `/api/masterclass/sessions/${workshop.body.id}/modules`, { cookie: coordinator, body: { moduleIds: ['material-passport'] } });
    expect(large.status).toBe(400);
    expect(large.body).toMatchObject({ code: 'module.audience', errors: [{ field: 'moduleIds.0' }] });
    expect(await writeFingerprint(h.sql)).toEqual(before);

    const detail = await h.call('GET', `/api/masterclass/masterclasses/${id}`, { cookie: participant });
    expect(detail.status).toBe(200);
    expect(detail.body.sessionModules).toEqual({ [workshop.body.id]: ['ce-basics', 'r-ladder'] });
    // A Koplopergroep's session is not a masterclass workshop.
    const cohort = await h.call('POST', '/api/koploper/cohorts', { cookie: coordinator, body: { name: 'Koplopergroep Assen', municipality: 'Assen', startsOn: '2026-01-15', endsOn: '2026-12-15' } });
    const kickoff = await h.call('POST', `/api/programme/groups/${cohort.body.id}/sessions`, { cookie: coordinator, body: { kind: 'kickoff', title: 'Start', startsAt: '2026-02-03T15:00:00+01:00', location: 'Assen', agenda: '' } });
    expect((await h.call('PUT', `/api/masterclass/sessions/${kickoff.body.id}/modules`, { cookie: coordinator, body: { moduleIds: ['ce-basics'] } })).status).toBe(404);
  });
});

describe('intake and outcome', () => {
  let id: string;
  let own: string;
  let other: string;
  let third: string;
  let enrolments: string[];

  beforeAll(async () => {
    const extra = [await newOrganisation(), await newOrganisation()];
    const m = await masterclassWith([h.ids.organisations.bakkerij, h.ids.organisations.installateur, h.ids.organisations.zorg, h.ids.organisations.gemeente, ...extra]);
    ({ id, enrolments } = m);
    [own, other, third] = enrolments;
    expect((await start(id)).status).toBe(200);
  });

  it('a participant writes its own intake and outcome', async () => {
    const intake = await h.call('PUT', `/api/masterclass/enrolments/${own}/intake`, { cookie: participant, body: { ambition: 'Geen brood meer weggooien', rLadder: 'R2', hopes: 'Partners voor reststromen' } });
    expect(intake.status).toBe(200);
    expect(intake.body).toMatchObject({ enrolmentId: own, intake: { ambition: 'Geen brood meer weggooien', rLadder: 'R2', hopes: 'Partners voor reststromen' }, fields: [] });
    const outcome = await h.call('PUT', `/api/masterclass/enrolments/${own}/outcome`, {
      cookie: participant,
      body: {
        fields: [{ fieldId: 'residual-flows', note: 'Oud brood naar de bierbrouwer' }, { fieldId: 'packaging' }],
        chainPartners: [{ organisationId: h.ids.organisations.installateur }, { name: 'Brouwerij Maallust' }],
        opportunities: [{ title: 'Samen reststromen inzamelen', withEnrolmentIds: [other] }],
      },
    });
    expect(outcome.status).toBe(200);
    expect(outcome.body).toMatchObject({
      enrolmentId: own,
      intake: { rLadder: 'R2' },
      fields: [{ fieldId: 'residual-flows', note: 'Oud brood naar de bierbrouwer' }, { fieldId: 'packaging', note: '' }],
      chainPartners: [{ organisationId: h.ids.organisations.installateur, name: 'Installatiebedrijf Bos' }, { organisationId: null, name: 'Brouwerij Maallust' }],
      opportunities: [{ title: 'Samen reststromen inzamelen', withEnrolmentIds: [other] }],
    });
    const seen = await h.call('GET', `/api/masterclass/masterclasses/${id}`, { cookie: participant });
    expect(seen.body.outcomes.map((o: { enrolmentId: string }) => o.enrolmentId)).toEqual([own]);
    expect(seen.body.proposals).toEqual([]);
  });

  it('a participant sees the other companies by name only (to share an opportunity), not their rows; another partner sees nothing', async () => {
    const seen = await h.call('GET', `/api/masterclass/masterclasses/${id}`, { cookie: participant });
    expect(seen.status).toBe(200);
    expect(seen.body.participants.map((p: { id: string }) => p.id)).toEqual([own]);
    expect(seen.body.fellowParticipants.map((f: { enrolmentId: string }) => f.enrolmentId)).toEqual(enrolments);
    expect(seen.body.fellowParticipants[1]).toEqual({ enrolmentId: other, organisationName: 'Installatiebedrijf Bos' });
    const staff = await h.call('GET', `/api/masterclass/masterclasses/${id}`, { cookie: coordinator });
    expect(staff.body.fellowParticipants).toEqual(seen.body.fellowParticipants);
    const foreign = await h.signIn(FOREIGN_EMAILS.administrator);
    expect((await h.call('GET', `/api/masterclass/masterclasses/${id}`, { cookie: foreign })).status).toBe(404);
    // The function behind it answers nothing without the tenant of the group, even when called directly.
    const rows: { n: number }[] = await h.sql.query(`select count(*)::int as n from koers_group_fellows($1)`, [id]);
    expect(rows[0].n).toBe(0);
  });

  it("cannot write another company's intake or outcome (404), and nothing is written", async () => {
    const before = await writeFingerprint(h.sql);
    const intake = await h.call('PUT', `/api/masterclass/enrolments/${other}/intake`, { cookie: participant, body: { ambition: 'x', rLadder: 'R1', hopes: 'x' } });
    expect(intake.status).toBe(404);
    const outcome = await h.call('PUT', `/api/masterclass/enrolments/${other}/outcome`, { cookie: participant, body: { fields: [], chainPartners: [], opportunities: [] } });
    expect(outcome.status).toBe(404);
    expect(await writeFingerprint(h.sql)).toEqual(before);
    // An adviser reads but does not write them.
    expect((await h.call('PUT', `/api/masterclass/enrolments/${other}/intake`, { cookie: adviser, body: { ambition: 'x', rLadder: 'R1', hopes: 'x' } })).status).toBe(403);
  });

  it("row-level security's with check refuses an outcome row for another company", async () => {
    const qr = h.sql.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    try {
      await qr.query(`select set_config('app.partner_id', $1, true), set_config('app.user_id', $2, true), set_config('app.organisation_id', $3, true)`, [h.ids.partners.noord, h.ids.users.participant, h.ids.organisations.bakkerij]);
      await qr.query('set local role koers_tenant');
      await expect(
        qr.query(`insert into masterclass_outcome (enrolment_id, partner_id, group_id, organisation_id) values ($1, $2, $3, $4)`, [other, h.ids.partners.noord, id, h.ids.organisations.installateur]),
      ).rejects.toThrow(/row-level security/);
    } finally {
      await qr.rollbackTransaction();
      await qr.release();
    }
  });

  it('names what does not fit: an unknown R-ladder rung, innovation field, partner or participant', async () => {
    const rung = await h.call('PUT', `/api/masterclass/enrolments/${own}/intake`, { cookie: participant, body: { ambition: 'x', rLadder: 'R10', hopes: 'x' } });
    expect(rung.status).toBe(400);
    expect(rung.body.errors[0]).toMatchObject({ field: 'rLadder', code: 'outcome.r_ladder' });
    const wrong = await h.call('PUT', `/api/masterclass/enrolments/${own}/outcome`, {
      cookie: coordinator,
      body: { fields: [{ fieldId: 'astrology' }], chainPartners: [{}], opportunities: [{ title: 'Alleen', withEnrolmentIds: [own, randomUUID()] }] },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors.map((e: { field: string }) => e.field)).toEqual(['fields.0.fieldId', 'chainPartners.0.name', 'opportunities.0.withEnrolmentIds.0', 'opportunities.0.withEnrolmentIds.1']);
    expect(wrong.body.errors[0]).toMatchObject({ code: 'outcome.field_unknown', params: { fieldId: 'astrology' } });
  });

  it('the overview counts the fields and participant pairs that recur', async () => {
    const write = (enrolment: string, fields: string[], opportunities: { title: string; withEnrolmentIds: string[] }[]) =>
      h.call('PUT', `/api/masterclass/enrolments/${enrolment}/outcome`, { cookie: coordinator, body: { fields: fields.map((fieldId) => ({ fieldId })), chainPartners: [], opportunities } });
    expect((await write(own, ['residual-flows', 'packaging'], [{ title: 'Samen reststromen inzamelen', withEnrolmentIds: [other] }, { title: 'Retourkratten', withEnrolmentIds: [other, third] }])).status).toBe(200);
    expect((await write(other, ['residual-flows', 'energy'], [{ title: 'Restwarmte delen', withEnrolmentIds: [own] }])).status).toBe(200);
    expect((await write(third, ['residual-flows', 'packaging'], [])).status).toBe(200);

    const overview = await h.call('GET', `/api/masterclass/masterclasses/${id}/opportunities`, { cookie: adviser });
    expect(overview.status).toBe(200);
    expect(overview.body.fields).toEqual([
      { fieldId: 'residual-flows', count: 3, enrolmentIds: [own, other, third] },
      { fieldId: 'packaging', count: 2, enrolmentIds: [own, third] },
      { fieldId: 'energy', count: 1, enrolmentIds: [other] },
    ]);
    const pair = (a: string, b: string) => (a < b ? { a, b } : { a: b, b: a });
    expect(overview.body.pairs[0]).toEqual({ ...pair(own, other), count: 3 });
    expect(overview.body.pairs.slice(1)).toEqual(expect.arrayContaining([{ ...pair(own, third), count: 1 }, { ...pair(other, third), count: 1 }]));
    expect(overview.body.pairs).toHaveLength(3);
    expect(overview.body.opportunities).toHaveLength(3);
    expect((await h.call('GET', `/api/masterclass/masterclasses/${id}/opportunities`, { cookie: participant })).status).toBe(403);
  });

  it('decides go, then turns an opportunity into a chain-project proposal with candidate partners that step 3 finds', async () => {
    const early = await h.call('POST', `/api/masterclass/masterclasses/${id}/proposals`, { cookie: coordinator, body: { title: 'Retourkratten', description: '', candidatePartners: [{ enrolmentId: own }] } });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'proposal.no_decision', text: { nl: 'Eerst besluit de groep tot go; er is nog geen besluit', en: 'The group decides on go first; there is no decision yet' } });

    const noGo = await h.call('PUT', `/api/masterclass/masterclasses/${id}/decision`, { cookie: coordinator, body: { decision: 'no_go', reasons: 'Te weinig tijd' } });
    expect(noGo.status).toBe(200);
    const refused = await h.call('POST', `/api/masterclass/masterclasses/${id}/proposals`, { cookie: coordinator, body: { title: 'Retourkratten', description: '', candidatePartners: [{ enrolmentId: own }] } });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'proposal.no_go', params: { decision: 'no_go' } });

    const go = await h.call('PUT', `/api/masterclass/masterclasses/${id}/decision`, { cookie: coordinator, body: { decision: 'go', reasons: 'Drie deelnemers zien samen kansen in retourlogistiek' } });
    expect(go.status).toBe(200);
    expect(go.body).toMatchObject({ decision: 'go', reasons: 'Drie deelnemers zien samen kansen in retourlogistiek', decidedBy: h.ids.users.coordinator });

    const proposal = await h.call('POST', `/api/masterclass/masterclasses/${id}/proposals`, {
      cookie: coordinator,
      body: {
        title: 'Retourkratten in Drenthe', description: 'Een retoursysteem voor kratten van bakkers en installateurs',
        candidatePartners: [{ enrolmentId: own }, { enrolmentId: other }, { organisationId: h.ids.organisations.gemeente }, { name: 'Attero Wijster' }],
      },
    });
    expect(proposal.status).toBe(201);
    expect(proposal.body).toMatchObject({
      masterclassId: id, title: 'Retourkratten in Drenthe', status: 'open',
      candidatePartners: [
        { enrolmentId: own, organisationId: h.ids.organisations.bakkerij, name: 'Bakkerij De Vries' },
        { enrolmentId: other, organisationId: h.ids.organisations.installateur, name: 'Installatiebedrijf Bos' },
        { enrolmentId: null, organisationId: h.ids.organisations.gemeente, name: 'Gemeente Assen' },
        { enrolmentId: null, organisationId: null, name: 'Attero Wijster' },
      ],
    });
    const records = await h.call('GET', '/api/masterclass/proposals', { cookie: adviser });
    expect(records.body.items[0]).toMatchObject({ id: proposal.body.id, masterclassId: id });
    const detail = await h.call('GET', `/api/masterclass/masterclasses/${id}`, { cookie: coordinator });
    expect(detail.body).toMatchObject({ decision: { decision: 'go' }, proposals: [{ id: proposal.body.id }] });
    expect(detail.body.outcomes).toHaveLength(3);
  });

  it('refuses the decision before the masterclass has started', async () => {
    const { id: planned } = await masterclassWith([]);
    const res = await h.call('PUT', `/api/masterclass/masterclasses/${planned}/decision`, { cookie: coordinator, body: { decision: 'go', reasons: 'Snel' } });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('masterclass.not_started');
  });
});
