/**
 * The sector-chain approach (step 3) as a coordinator runs it: the closing work
 * conference not before the opening one, agreements only at or after the
 * closing conference and only from the programme's own chain groups, the
 * groups' chain.impact results added up over the groups that have one (and
 * saying how many); and joint applications of a chain of companies: names
 * once, declined once, a company seeing only its own.
 */
import { randomUUID } from 'node:crypto';
import { DEMO_EMAILS, startHarness, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

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

async function newProgramme(): Promise<string> {
  const res = await h.call('POST', '/api/chain/sector-programmes', {
    cookie: coordinator,
    body: { name: `Zorggebouwen en faciliteiten ${++counter}`, sector: 'Zorg', region: 'Drenthe', startsOn: '2026-02-01', endsOn: '2027-01-31' },
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

const conference = (id: string, kind: string, heldOn: string) => h.call('PUT', `/api/chain/sector-programmes/${id}/conferences/${kind}`, { cookie: coordinator, body: { heldOn, location: 'Assen' } });
const agreement = (id: string, body: Record<string, unknown>) =>
  h.call('POST', `/api/chain/sector-programmes/${id}/agreements`, { cookie: coordinator, body: { parties: ['Zorggroep Drentse Aa', 'Textielservice Noord'], text: 'Spoelwater hergebruiken', agreedOn: '2026-12-01', ...body } });

/** A chain group of the programme (as the projects endpoint makes one), with enrolments; the last of `withdrawn` extra ones have withdrawn. */
async function chainGroup(programmeId: string | null, theme: string | null, opts: { partners?: string[]; withdrawn?: string[] } = {}): Promise<string> {
  const id = randomUUID();
  const partnerId = h.ids.partners.noord;
  await h.sql.query(`insert into programme_group (id, partner_id, step, name, starts_on, ends_on, status) values ($1, $2, 'chain', $3, '2026-03-01', '2026-12-01', 'running')`, [id, partnerId, `Ketengroep ${theme ?? ''}`]);
  await h.sql.query(`insert into chain_project (group_id, partner_id, subject, origin, sector_programme_id, theme) values ($1, $2, 'Keten', 'direct', $3, $4)`, [id, partnerId, programmeId, theme]);
  const enrol = (organisationId: string, phase: string, role: string) =>
    h.sql.query(`insert into enrolment (id, partner_id, group_id, organisation_id, role, phase) values ($1, $2, $3, $4, $5, $6)`, [randomUUID(), partnerId, id, organisationId, role, phase]);
  const [lead, ...others] = opts.partners ?? [h.ids.organisations.bakkerij];
  await enrol(lead, 'kickoff', 'lead');
  for (const o of others) await enrol(o, 'kickoff', 'chain_partner');
  for (const o of opts.withdrawn ?? []) await enrol(o, 'withdrawn', 'chain_partner');
  return id;
}

/** A chain.impact result of the group's project subject, as the worker files it. */
async function impact(groupId: string, results: { status: 'succeeded' | 'failed' | 'pending'; output?: unknown; computedAt: string }[]): Promise<void> {
  const inputId = randomUUID();
  const partnerId = h.ids.partners.noord;
  const organisationId = h.ids.organisations.bakkerij;
  await h.sql.query(
    `insert into calculation_input (id, partner_id, organisation_id, plugin_id, year, subject, input, input_hash) values ($1, $2, $3, 'chain.impact', 2026, $4, '{}', $5)`,
    [inputId, partnerId, organisationId, `chain-project:${groupId}`, '0'.repeat(64)],
  );
  let version = 0;
  for (const r of results) {
    await h.sql.query(
      `insert into calculation_result (id, partner_id, organisation_id, input_id, plugin_id, plugin_version, input_hash, reference_version, status, output, created_at, computed_at)
       values ($1, $2, $3, $4, 'chain.impact', $5, $6, 'ref', $7, $8, $9, $10)`,
      [randomUUID(), partnerId, organisationId, inputId, `0.${++version}.0`, '0'.repeat(64), r.status, r.output === undefined ? null : JSON.stringify(r.output), r.computedAt, r.status === 'pending' ? null : r.computedAt],
    );
  }
}

describe('a sector programme', () => {
  it('is for staff: a participant is refused (403), an adviser reads but does not write', async () => {
    const id = await newProgramme();
    expect((await h.call('GET', '/api/chain/sector-programmes', { cookie: participant })).status).toBe(403);
    expect((await h.call('GET', `/api/chain/sector-programmes/${id}`, { cookie: participant })).status).toBe(403);
    const read = await h.call('GET', `/api/chain/sector-programmes/${id}`, { cookie: adviser });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id, sector: 'Zorg', region: 'Drenthe', conferences: { opening: null, closing: null }, groups: [], results: { groupsTotal: 0, groupsWithResults: 0 } });
    expect((await h.call('PATCH', `/api/chain/sector-programmes/${id}`, { cookie: adviser, body: { region: 'Groningen' } })).status).toBe(403);
    const list = await h.call('GET', '/api/chain/sector-programmes?sector=zorg', { cookie: adviser });
    expect(list.body.items.map((p: { id: string }) => p.id)).toContain(id);
    expect((await h.call('GET', '/api/chain/sector-programmes?sector=Bouw', { cookie: adviser })).body.items).toEqual([]);
  });

  it('refuses a closing conference before the opening one, naming both dates, and writes nothing', async () => {
    const id = await newProgramme();
    expect((await conference(id, 'opening', '2026-03-10')).status).toBe(200);
    const before = await writeFingerprint(h.sql);
    const early = await conference(id, 'closing', '2026-03-01');
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'sector.closing_before_opening', params: { openingOn: '2026-03-10', closingOn: '2026-03-01' } });
    expect(early.body.text.nl).toContain('2026-03-10');
    expect(early.body.text.nl).toContain('2026-03-01');
    expect(early.body.text.en).toContain('2026-03-10');
    expect(await writeFingerprint(h.sql)).toEqual(before);
    // The same day is allowed; moving the opening conference after the closing one is refused the same way.
    expect((await conference(id, 'closing', '2026-12-01')).status).toBe(200);
    const late = await conference(id, 'opening', '2026-12-05');
    expect(late.status).toBe(409);
    expect(late.body.params).toEqual({ openingOn: '2026-12-05', closingOn: '2026-12-01' });
    expect((await conference(id, 'opening', '2026-02-15')).status).toBe(200);
    const detail = await h.call('GET', `/api/chain/sector-programmes/${id}`, { cookie: coordinator });
    expect(detail.body.conferences).toMatchObject({ opening: { kind: 'opening', heldOn: '2026-02-15', location: 'Assen' }, closing: { kind: 'closing', heldOn: '2026-12-01' } });
    expect((await h.call('GET', '/api/chain/sector-programmes', { cookie: coordinator })).body.items.find((p: { id: string }) => p.id === id)).toMatchObject({ openingOn: '2026-02-15', closingOn: '2026-12-01' });
  });

  it('records an agreement only once the closing conference is recorded, and not dated before it', async () => {
    const id = await newProgramme();
    const before = await writeFingerprint(h.sql);
    const none = await agreement(id, {});
    expect(none.status).toBe(409);
    expect(none.body.code).toBe('sector.no_closing_conference');
    expect(none.body.text).toEqual({ nl: expect.stringContaining('slotconferentie'), en: expect.stringContaining('closing conference') });
    expect(await writeFingerprint(h.sql)).toEqual(before);
    expect((await conference(id, 'closing', '2026-12-01')).status).toBe(200);
    const early = await agreement(id, { agreedOn: '2026-11-30' });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'sector.agreement_before_closing', params: { agreedOn: '2026-11-30', closingOn: '2026-12-01' } });
    const ok = await agreement(id, { parties: [' Zorggroep Drentse Aa ', 'Textielservice Noord', 'Gemeente Assen'] });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ programmeId: id, groupId: null, parties: ['Zorggroep Drentse Aa', 'Textielservice Noord', 'Gemeente Assen'], agreedOn: '2026-12-01' });
    // The closing conference cannot move past an agreement made at it.
    const moved = await conference(id, 'closing', '2026-12-05');
    expect(moved.status).toBe(409);
    expect(moved.body).toMatchObject({ code: 'sector.closing_after_agreement', params: { closingOn: '2026-12-05', agreedOn: '2026-12-01' } });
    expect((await h.call('DELETE', `/api/chain/agreements/${ok.body.id}`, { cookie: coordinator })).status).toBe(204);
    expect((await conference(id, 'closing', '2026-12-05')).status).toBe(200);
  });

  it("refuses an agreement from another programme's chain group (400 naming groupId) and writes nothing", async () => {
    const id = await newProgramme();
    const other = await newProgramme();
    expect((await conference(id, 'closing', '2026-12-01')).status).toBe(200);
    const own = await chainGroup(id, 'Minder afval');
    const foreign = await chainGroup(other, 'Minder afval');
    const loose = await chainGroup(null, null);
    const before = await writeFingerprint(h.sql);
    for (const groupId of [foreign, loose, randomUUID()]) {
      const res = await agreement(id, { groupId });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'groupId', code: 'sector.group_not_in_programme', params: { groupId, programmeId: id } })]);
      expect(res.body.text.nl).toContain(groupId);
    }
    expect(await writeFingerprint(h.sql)).toEqual(before);
    const ok = await agreement(id, { groupId: own });
    expect(ok.status).toBe(201);
    expect(ok.body.groupId).toBe(own);
  });

  it('adds up the groups\' latest succeeded chain.impact results only over the groups that have one, and says how many', async () => {
    const id = await newProgramme();
    const o = h.ids.organisations;
    const textile = await chainGroup(id, 'Textielreiniging met minder water', { partners: [o.zorg, o.installateur, o.bakkerij], withdrawn: [o.gemeente] });
    const waste = await chainGroup(id, 'Minder afval', { partners: [o.zorg, o.bakkerij] });
    const mobility = await chainGroup(id, 'Slimme mobiliteit');
    await chainGroup(await newProgramme(), 'Minder afval');
    // Textile: an older and a newer succeeded result, then a failed one; the newer succeeded one counts.
    await impact(textile, [
      { status: 'succeeded', output: { totals: { yearlyBenefitEur: 1, kgCO2eReductionPerYear: 1, waterSavedM3: 1, fteChange: 1 } }, computedAt: '2026-05-01T10:00:00Z' },
      { status: 'succeeded', output: { totals: { yearlyBenefitEur: 12000, kgCO2eReductionPerYear: 500.5, waterSavedM3: 2400, fteChange: 1.5 } }, computedAt: '2026-06-01T10:00:00Z' },
      { status: 'failed', computedAt: '2026-07-01T10:00:00Z' },
    ]);
    // Waste: cost and CO2 only (water unknown: null, fte missing).
    await impact(waste, [{ status: 'succeeded', output: { totals: { yearlyBenefitEur: 3000, kgCO2eReductionPerYear: 899.5, waterSavedM3: null } }, computedAt: '2026-06-02T10:00:00Z' }]);
    // Mobility: still being computed.
    await impact(mobility, [{ status: 'pending', computedAt: '2026-06-03T10:00:00Z' }]);

    const detail = await h.call('GET', `/api/chain/sector-programmes/${id}`, { cookie: adviser });
    expect(detail.status).toBe(200);
    const { results, groups } = detail.body;
    expect(results).toMatchObject({
      pluginId: 'chain.impact',
      groupsTotal: 3,
      groupsWithResults: 2,
      totals: { costSavingEurPerYear: 15000, co2KgPerYear: 1400, waterM3PerYear: 2400, fte: 1.5 },
      counted: { costSavingEurPerYear: 2, co2KgPerYear: 2, waterM3PerYear: 1, fte: 1 },
    });
    const of = (groupId: string) => results.groups.find((g: { groupId: string }) => g.groupId === groupId);
    expect(of(textile)).toMatchObject({ hasResult: true, pluginVersion: '0.2.0', figures: { costSavingEurPerYear: 12000, waterM3PerYear: 2400 } });
    expect(of(waste)).toMatchObject({ hasResult: true, figures: { costSavingEurPerYear: 3000, waterM3PerYear: null, fte: null } });
    expect(of(mobility)).toMatchObject({ hasResult: false, computedAt: null, figures: { costSavingEurPerYear: null, co2KgPerYear: null, waterM3PerYear: null, fte: null } });
    // The chain groups, by theme, with the partners that have not withdrawn.
    expect(groups.map((g: { theme: string }) => g.theme)).toEqual(['Minder afval', 'Slimme mobiliteit', 'Textielreiniging met minder water']);
    expect(groups.find((g: { id: string }) => g.id === textile)).toMatchObject({ status: 'running', startsOn: '2026-03-01', endsOn: '2026-12-01', activePartners: 3 });
    expect(groups.find((g: { id: string }) => g.id === mobility).activePartners).toBe(1);
    expect((await h.call('GET', '/api/chain/sector-programmes', { cookie: adviser })).body.items.find((p: { id: string }) => p.id === id).groups).toBe(3);
  });

  it('groups the mapped questions by theme; a question is removed once', async () => {
    const id = await newProgramme();
    const ask = (theme: string, question: string) => h.call('POST', `/api/chain/sector-programmes/${id}/questions`, { cookie: coordinator, body: { theme, question, raisedBy: 'Zorggroep Drentse Aa' } });
    const first = await ask('Minder afval', 'Incontinentiemateriaal uit het restafval');
    expect(first.status).toBe(201);
    await ask('Gezonde voeding', 'Minder voedselverspilling in de keuken');
    await ask('minder afval', 'Herbruikbare isolatiejassen');
    const detail = await h.call('GET', `/api/chain/sector-programmes/${id}`, { cookie: coordinator });
    expect(detail.body.themes.map((t: { theme: string; questions: unknown[] }) => [t.theme, t.questions.length])).toEqual([['Minder afval', 2], ['Gezonde voeding', 1]]);
    expect((await h.call('DELETE', `/api/chain/sector-questions/${first.body.id}`, { cookie: coordinator })).status).toBe(204);
    expect((await h.call('DELETE', `/api/chain/sector-questions/${first.body.id}`, { cookie: coordinator })).status).toBe(404);
  });
});

describe('a joint application', () => {
  const members = [
    { name: 'Hennepcoöperatie Noord', email: 'Info@Hennep-Noord.test', chainRole: 'supplier' },
    { name: 'Bouwbedrijf Assen', chainRole: 'user' },
  ];

  it('names each company once: a name twice is refused naming the second, nothing written', async () => {
    const before = await writeFingerprint(h.sql);
    const res = await h.call('POST', '/api/chain/applications', {
      cookie: participant,
      body: { title: 'Hennep to House', description: '', members: [...members, { name: ' hennepcoöperatie  noord ', chainRole: 'processor' }] },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'members.2.name', code: 'chain.application_member_twice' })]);
    expect(res.body.text.nl).toContain('twee keer');
    expect(await writeFingerprint(h.sql)).toEqual(before);
  });

  it('a company applies for itself and sees only its own applications; a coordinator applies on behalf of an organisation of the partner', async () => {
    const own = await h.call('POST', '/api/chain/applications', { cookie: participant, body: { title: 'Hennep to House', description: 'Van teelt tot plaat', members } });
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({
      applicantOrganisationId: h.ids.organisations.bakkerij, applicantName: 'Bakkerij De Vries', status: 'submitted', projectId: null,
      members: [{ name: 'Hennepcoöperatie Noord', email: 'info@hennep-noord.test', chainRole: 'supplier' }, { name: 'Bouwbedrijf Assen', email: null, chainRole: 'user' }],
    });
    const forOther = await h.call('POST', '/api/chain/applications', { cookie: participant, body: { title: 'Zorgketen', description: '', members, applicantOrganisationId: h.ids.organisations.zorg } });
    expect(forOther.status).toBe(400);
    expect(forOther.body.errors[0]).toMatchObject({ field: 'applicantOrganisationId', code: 'chain.application_own_organisation' });
    const care = await h.call('POST', '/api/chain/applications', { cookie: coordinator, body: { title: 'Zorgketen textiel', description: '', members, applicantOrganisationId: h.ids.organisations.zorg } });
    expect(care.status).toBe(201);
    // Another partner's organisation is unknown here: 400 naming it, nothing written.
    const before = await writeFingerprint(h.sql);
    const foreign = await h.call('POST', '/api/chain/applications', { cookie: coordinator, body: { title: 'Metaalketen', description: '', members, applicantOrganisationId: h.ids.organisations.metaal } });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors[0]).toMatchObject({ field: 'applicantOrganisationId', code: 'chain.application_applicant_unknown' });
    expect(await writeFingerprint(h.sql)).toEqual(before);

    const mine = await h.call('GET', '/api/chain/applications', { cookie: participant });
    expect(mine.status).toBe(200);
    const ids = mine.body.items.map((a: { id: string }) => a.id);
    expect(ids).toContain(own.body.id);
    expect(ids).not.toContain(care.body.id);
    expect(mine.body.items.every((a: { applicantOrganisationId: string }) => a.applicantOrganisationId === h.ids.organisations.bakkerij)).toBe(true);
    const all = await h.call('GET', '/api/chain/applications?status=submitted', { cookie: adviser });
    expect(all.body.items.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining([own.body.id, care.body.id]));
    expect(all.body.items.find((a: { id: string }) => a.id === care.body.id)).toMatchObject({ applicantName: 'Zorggroep Drentse Aa', status: 'submitted' });
  });

  it('is declined once, with its reason: a second decline is refused (409)', async () => {
    const created = await h.call('POST', '/api/chain/applications', { cookie: participant, body: { title: 'Broodketen', description: '', members } });
    const id = created.body.id;
    expect((await h.call('POST', `/api/chain/applications/${id}/decline`, { cookie: participant, body: { reason: 'Zelf' } })).status).toBe(403);
    const declined = await h.call('POST', `/api/chain/applications/${id}/decline`, { cookie: coordinator, body: { reason: ' De keten past beter in de volgende ronde ' } });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: 'De keten past beter in de volgende ronde', declinedAt: expect.any(String) });
    const before = await writeFingerprint(h.sql);
    const again = await h.call('POST', `/api/chain/applications/${id}/decline`, { cookie: coordinator, body: { reason: 'Nog eens' } });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'chain.application_decided', params: { status: 'declined' } });
    expect(await writeFingerprint(h.sql)).toEqual(before);
    // The company sees the decision and why.
    const mine = await h.call('GET', '/api/chain/applications?status=declined', { cookie: participant });
    expect(mine.body.items.find((a: { id: string }) => a.id === id)).toMatchObject({ status: 'declined', declineReason: 'De keten past beter in de volgende ronde' });
    expect((await h.call('GET', '/api/chain/applications?status=submitted', { cookie: participant })).body.items.map((a: { id: string }) => a.id)).not.toContain(id);
  });
});
