/**
 * The journey record on a real database: the timeline of Bakkerij De Vries
 * (contents, order, Dutch figures with their source), its stage derived and
 * set, the funnel per region, first contacts that register a new company,
 * financing from application to decision, and the suggested next step.
 */
import { DEMO_EMAILS, FOREIGN_EMAILS, startHarness, type Harness } from '../../../tools/testing/api-harness';
import { seedBakeryJourney, type BakeryJourney } from './cases/journey-cases';

let h: Harness;
let seeded: BakeryJourney;
const cookies = {} as Record<'admin' | 'adviser' | 'analyst' | 'company' | 'groningen', string>;
const bakery = () => h.ids.organisations.bakkerij;
const journey = (id = bakery()) => `/api/journey/organisations/${id}`;
const NOORD = 'MVO Alliantie Noord-Nederland';

beforeAll(async () => {
  h = await startHarness();
  seeded = await seedBakeryJourney(h);
  cookies.admin = await h.signIn(DEMO_EMAILS.administrator);
  cookies.adviser = await h.signIn(DEMO_EMAILS.adviser);
  cookies.analyst = await h.signIn(DEMO_EMAILS.analyst);
  cookies.company = await h.signIn(DEMO_EMAILS.participant);
  cookies.groningen = await h.signIn(FOREIGN_EMAILS.administrator);
});
afterAll(() => h?.close());

const view = async (cookie: string, id = bakery()) => {
  const res = await h.call('GET', journey(id), { cookie });
  expect(res.status).toBe(200);
  return res.body;
};
const zero = { unknown: 0, interested: 0, taking_part: 0, implementing: 0, financing: 0 };

it('lists every partner of the platform by name', async () => {
  const res = await h.call('GET', '/api/journey/partners', { cookie: cookies.company });
  expect(res.body).toEqual([
    { id: h.ids.partners.groningen, slug: 'groningen-duurzaam', name: 'Koploperproject Groningen' },
    { id: h.ids.partners.noord, slug: 'mvo-noord', name: NOORD },
  ]);
});

describe('the funnel', () => {
  it('counts the companies this partner sees per region, with the derived stage, and names what it counted', async () => {
    const res = await h.call('GET', '/api/journey/funnel', { cookie: cookies.analyst });
    expect(res.status).toBe(200);
    // The bakery takes part in a running masterclass; the other three Drenthe organisations have no step yet.
    expect(res.body).toEqual({
      stages: ['unknown', 'interested', 'taking_part', 'implementing', 'financing'],
      regions: [{ region: 'Drenthe', counts: { ...zero, taking_part: 1, unknown: 3 }, total: 4 }],
      total: { ...zero, taking_part: 1, unknown: 3 },
      n: 4,
      source: { nl: expect.stringContaining(`Bedrijven en instellingen die ${NOORD} ziet, n = 4`), en: expect.stringContaining(`Companies and institutions ${NOORD} sees, n = 4`) },
    });
    const g = await h.call('GET', '/api/journey/funnel', { cookie: cookies.groningen });
    expect(g.body.regions).toEqual([{ region: 'Groningen', counts: { ...zero, unknown: 2 }, total: 2 }]);
  });

  it('is for staff only', async () => {
    expect((await h.call('GET', '/api/journey/funnel', { cookie: cookies.company })).status).toBe(403);
  });
});

describe('leads', () => {
  let leadOrg: string;

  it('a first contact registers the company and makes it visible to this partner only', async () => {
    const res = await h.call('POST', '/api/journey/leads', {
      cookie: cookies.adviser,
      body: { organisation: { name: 'Fietsenmakerij Zuidlaren', kind: 'company', kvkNumber: '40099887', municipality: 'Tynaarlo', region: 'Groningen', sizeClass: 'micro' }, source: 'event', contactedOn: '2026-10-01', note: 'Kwam langs op de Duurzame Dinsdag' },
    });
    expect(res.status).toBe(201);
    leadOrg = res.body.organisation.id;
    expect(res.body).toMatchObject({
      organisation: { name: 'Fietsenmakerij Zuidlaren', kvkNumber: '40099887', region: 'Groningen' },
      lead: { partnerName: NOORD, source: 'event', sourceLabel: { nl: 'Bijeenkomst', en: 'Event' }, contactedOn: '2026-10-01', note: 'Kwam langs op de Duurzame Dinsdag' },
    });
    expect((await h.call('GET', `/api/organisations/${leadOrg}`, { cookie: cookies.admin })).status).toBe(200);
    expect((await h.call('GET', `/api/organisations/${leadOrg}`, { cookie: cookies.groningen })).status).toBe(404);
    const v = await view(cookies.admin, leadOrg);
    expect(v.stage).toEqual({ stage: 'interested', changedAt: null, changedBy: null, derived: true });
    expect(v.timeline).toEqual([{ at: '2026-10-01', kind: 'lead', partnerName: NOORD, title: { nl: `Eerste contact met ${NOORD} (bijeenkomst)`, en: `First contact with ${NOORD} (event)` } }]);
    expect(v.suggestion.step).toBe('koploper');
  });

  it('refuses a KvK number already registered (409) and writes nothing, suggesting to ask for consent', async () => {
    const [{ n: before }] = await h.sql.query(`select count(*)::int as n from organisation`);
    for (const kvkNumber of ['40099887', '02056789']) {
      const res = await h.call('POST', '/api/journey/leads', { cookie: cookies.admin, body: { organisation: { name: 'Dubbel', kind: 'company', kvkNumber }, source: 'website', contactedOn: '2026-10-02' } });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('organisation.kvk_number_taken');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['organisation.kvkNumber']);
      expect(res.body.text.nl).toContain('vraag het bedrijf om toestemming');
    }
    const [{ n: after }] = await h.sql.query(`select count(*)::int as n from organisation`);
    expect(after).toBe(before);
  });

  it('the funnel counts the new company as interested in its region, and one without a region apart', async () => {
    expect((await h.call('POST', '/api/journey/leads', { cookie: cookies.admin, body: { organisation: { name: 'Zonder regio', kind: 'other' }, source: 'other', contactedOn: '2026-11-30' } })).status).toBe(201);
    const res = await h.call('GET', '/api/journey/funnel', { cookie: cookies.admin });
    expect(res.body.regions).toEqual([
      { region: 'Drenthe', counts: { ...zero, taking_part: 1, unknown: 3 }, total: 4 },
      { region: 'Groningen', counts: { ...zero, interested: 1 }, total: 1 },
      { region: null, counts: { ...zero, interested: 1 }, total: 1 },
    ]);
    expect(res.body.n).toBe(6);
    expect(res.body.total).toEqual({ ...zero, taking_part: 1, unknown: 3, interested: 2 });
  });

  it("a partner's lead for a company it sees is upserted; its note is for its own staff only", async () => {
    const first = await h.call('PUT', `${journey()}/lead`, { cookie: cookies.admin, body: { source: 'referral', contactedOn: '2024-11-05', note: 'Via de gemeente Assen' } });
    expect(first.status).toBe(200);
    const again = await h.call('PUT', `${journey()}/lead`, { cookie: cookies.admin, body: { source: 'municipality', contactedOn: '2024-11-04', note: 'Via de gemeente Assen, wethouder' } });
    expect(again.body).toMatchObject({ id: first.body.id, source: 'municipality', contactedOn: '2024-11-04' });
    expect((await view(cookies.adviser)).leads).toEqual([expect.objectContaining({ partnerName: NOORD, source: 'municipality', note: 'Via de gemeente Assen, wethouder' })]);
    expect((await view(cookies.company)).leads).toEqual([expect.objectContaining({ partnerName: NOORD, source: 'municipality', note: null })]);
    expect((await h.call('PUT', `${journey()}/lead`, { cookie: cookies.analyst, body: { source: 'event', contactedOn: '2024-11-04' } })).status).toBe(403);
    const future = await h.call('PUT', `${journey()}/lead`, { cookie: cookies.admin, body: { source: 'event', contactedOn: '2099-01-01' } });
    expect(future.status).toBe(400);
    expect(future.body.errors[0]).toMatchObject({ field: 'contactedOn', code: 'journey.contacted_in_future' });
  });
});

describe('financing', () => {
  let id: string;

  it('an application, then its decision', async () => {
    const res = await h.call('POST', `${journey()}/financing`, { cookie: cookies.adviser, body: { kind: 'subsidy', provider: 'Provincie Drenthe', amountEur: 12500, appliedOn: '2026-02-01', note: 'Voor de ovens' } });
    expect(res.status).toBe(201);
    id = res.body.id;
    expect(res.body).toMatchObject({ partnerName: NOORD, kind: 'subsidy', status: 'applied', statusLabel: { nl: 'Aangevraagd', en: 'Applied for' }, amountEur: 12500, appliedOn: '2026-02-01', decidedOn: null });

    const early = await h.call('PATCH', `/api/journey/financing/${id}`, { cookie: cookies.admin, body: { status: 'granted', decidedOn: '2026-01-31' } });
    expect(early.status).toBe(400);
    expect(early.body.errors.map((e: { field: string }) => e.field)).toEqual(['decidedOn']);

    const granted = await h.call('PATCH', `/api/journey/financing/${id}`, { cookie: cookies.admin, body: { status: 'granted', decidedOn: '2026-04-15', amountEur: 11999.99 } });
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({ status: 'granted', decidedOn: '2026-04-15', amountEur: 11999.99 });
    const [row] = await h.sql.query(`select status, decided_on::text as decided_on, amount_eur::text as amount from financing_step where id = $1`, [id]);
    expect(row).toEqual({ status: 'granted', decided_on: '2026-04-15', amount: '11999.99' });

    const company = await view(cookies.company);
    expect(company.financing).toEqual([expect.objectContaining({ id, status: 'granted', amountEur: 11999.99 })]);
    expect(company.timeline.filter((e: { kind: string }) => e.kind === 'financing').map((e: { at: string; title: { nl: string } }) => [e.at, e.title.nl])).toEqual([
      ['2026-04-15', 'Subsidie toegekend door Provincie Drenthe: € 11.999,99'],
      ['2026-02-01', 'Subsidie aangevraagd bij Provincie Drenthe: € 11.999,99'],
    ]);
  });

  it('Groningen cannot see or change it', async () => {
    expect((await h.call('PATCH', `/api/journey/financing/${id}`, { cookie: cookies.groningen, body: { note: 'x' } })).status).toBe(404);
  });
});

describe('the journey view', () => {
  it('shows the timeline newest first, figures the Dutch way with their source', async () => {
    const v = await view(cookies.admin);
    expect(v.organisation).toEqual({ id: bakery(), name: 'Bakkerij De Vries', kvkNumber: '40012345', municipality: 'Assen', region: 'Drenthe', sizeClass: 'small' });
    const ats = v.timeline.map((e: { at: string }) => Date.parse(e.at));
    expect([...ats].sort((a, b) => b - a)).toEqual(ats);
    expect(v.timeline.map((e: { kind: string; at: string }) => `${e.at.slice(0, 10)} ${e.kind}`)).toEqual([
      '2026-06-01 chain_result',
      '2026-05-01 masterclass_outcome',
      '2026-04-15 financing',
      '2026-03-01 step_joined',
      '2026-02-01 financing',
      '2025-12-16 step_closed',
      '2025-12-15 certificate_awarded',
      '2025-05-01 profile_published',
      '2025-04-01 footprint',
      '2025-01-15 step_joined',
      '2024-11-04 lead',
    ]);
    const byKind = (kind: string) => v.timeline.find((e: { kind: string }) => e.kind === kind);
    expect(byKind('footprint')).toEqual({
      at: '2025-04-01T10:00:00.000Z', kind: 'footprint', partnerName: NOORD, part: 'profile_footprint',
      title: { nl: 'CO2-footprint 2025: 48.210 kg CO2e (emissiefactoren CO2emissiefactoren.nl, januari 2025)', en: 'CO2 footprint 2025: 48,210 kg CO2e (emission factors CO2emissiefactoren.nl, januari 2025)' },
    });
    expect(byKind('chain_result').title.nl).toBe('Ketenresultaat: 3.401 kg CO2e per jaar minder (chain.impact 1.0.0, CO2emissiefactoren.nl, lijst 2026)');
    expect(byKind('certificate_awarded').title).toEqual({ nl: 'MVO-certificaat MVO-2025-0917 toegekend, geldig tot 15 december 2028', en: 'CSR certificate MVO-2025-0917 awarded, valid until 15 December 2028' });
    expect(byKind('masterclass_outcome')).toMatchObject({ title: { nl: 'Uitkomst masterclass CE-masterclass Drenthe 2026: 1 ketenpartner, 0 kansen' }, detail: { nl: 'Ambitie: Geen brood meer weg' } });
    expect(byKind('step_closed').title.nl).toBe('Koplopertraject afgerond: Koplopergroep Assen 2025');

    expect(v.steps.map((s: { step: string; phase: string; own: boolean; closedAt: string | null; withdrawn: boolean }) => [s.step, s.phase, s.own, s.closedAt, s.withdrawn])).toEqual([
      ['koploper', 'alumni', true, '2025-12-16T10:00:00.000Z', false],
      ['masterclass', 'workshops', true, null, false],
    ]);
    expect(v.steps[1]).toMatchObject({ enrolmentId: seeded.masterclassEnrolment, stepName: { nl: 'CE-masterclass' }, groupName: 'CE-masterclass Drenthe 2026', partnerName: NOORD });
    expect(v.parts.every((p: { available: boolean; holders: { partnerName: string }[] }) => p.available && p.holders.map((x) => x.partnerName).join() === NOORD)).toBe(true);
    expect(v.reader).toEqual({ partnerId: h.ids.partners.noord, partnerName: NOORD, own: false });
  });

  it("the company sees the same journey as its own, with its follow-up calls and a student's task", async () => {
    const noord = h.ids.partners.noord;
    await h.sql.query(
      `insert into follow_up_task (id, partner_id, organisation_id, group_id, enrolment_id, due_on, status, outcome, help_needed, recorded_by, recorded_at)
       values (gen_random_uuid(), $1, $2, $3, $4, '2026-01-27', 'done', 'picked_up', '["financing", "student"]', $5, '2026-01-28T10:00:00Z')`,
      [noord, bakery(), seeded.koploperGroup, seeded.koploperEnrolment, h.ids.users.coordinator],
    );
    const [{ id: student }] = await h.sql.query(
      `insert into student (id, partner_id, name, institution, study_programme, period_start, period_end) values (gen_random_uuid(), $1, 'Sanne Bakker', 'Hanzehogeschool Groningen', 'Bedrijfskunde', '2026-02-01', '2026-06-30') returning id`,
      [noord],
    );
    await h.sql.query(`insert into student_assignment (id, partner_id, student_id, organisation_id, task, status, created_at) values (gen_random_uuid(), $1, $2, $3, 'Restbrood naar de voedselbank', 'active', '2026-02-10T10:00:00Z')`, [noord, student, bakery()]);
    for (const cookie of [cookies.company, cookies.admin]) {
      const v = await view(cookie);
      expect(v.timeline.find((e: { kind: string }) => e.kind === 'follow_up')).toEqual({
        at: '2026-01-28T10:00:00.000Z', kind: 'follow_up', partnerName: NOORD,
        title: { nl: 'Opvolggesprek: plannen opgepakt', en: 'Follow-up call: plans picked up' },
        detail: { nl: 'Hulp gevraagd: financiering, een student', en: 'Help asked for: financing, a student' },
      });
      expect(v.timeline.find((e: { kind: string }) => e.kind === 'student_task')).toMatchObject({
        at: '2026-02-10T10:00:00.000Z', title: { nl: 'Student Sanne Bakker, Hanzehogeschool Groningen: Restbrood naar de voedselbank' }, detail: { nl: 'Bezig', en: 'In progress' },
      });
    }
    const v = await view(cookies.company);
    expect(v.reader.own).toBe(true);
    expect(v.steps).toHaveLength(2);
  });

  it('one part from its holder: the footprint with the reference set it was computed on', async () => {
    const res = await h.call('GET', `${journey()}/parts/profile_footprint`, { cookie: cookies.analyst });
    expect(res.status).toBe(200);
    expect(res.body.label).toEqual({ nl: 'Duurzaamheidsprofiel en CO2-footprint', en: 'Sustainability profile and CO2 footprint' });
    expect(res.body.sources).toEqual([
      expect.objectContaining({
        partnerName: NOORD,
        profiles: [expect.objectContaining({ version: 1, year: 2025, publishedAt: '2025-05-01T10:00:00.000Z' })],
        results: [expect.objectContaining({ year: 2025, pluginId: 'footprint.ghg', referenceSet: 'co2emissiefactoren-nl-2025', referenceVersion: 'ref-2025', output: expect.objectContaining({ totalKgCO2e: 48210.4 }) })],
      }),
    ]);
    const plan = await h.call('GET', `${journey()}/parts/action_plan`, { cookie: cookies.analyst });
    expect(plan.body.sources[0].items).toEqual([{ title: 'Ovens op groene stroom', owner: 'Petra de Vries', dueOn: '2026-06-01', status: 'in_progress', expectedKgCo2e: 5400, expectedCostEur: 1200.5 }]);
    const chain = await h.call('GET', `${journey()}/parts/chain_results`, { cookie: cookies.analyst });
    expect(chain.body.sources[0].results.map((r: { pluginId: string }) => r.pluginId)).toEqual(['chain.impact']);
  });
});

describe('stage and suggestion', () => {
  it('derived: taking part while a step runs, no suggestion then', async () => {
    const v = await view(cookies.admin);
    expect(v.stage).toEqual({ stage: 'taking_part', changedAt: null, changedBy: null, derived: true });
    expect(v.suggestion).toBeNull();
  });

  it('after the Koploper track only: implementing, and a chain project for a footprint 37,3% materials and waste', async () => {
    await h.sql.query(`update enrolment set phase = 'withdrawn', phase_reached_at = '2026-06-10T10:00:00Z' where id = $1`, [seeded.masterclassEnrolment]);
    const v = await view(cookies.admin);
    expect(v.stage).toMatchObject({ stage: 'implementing', derived: true });
    expect(v.suggestion).toEqual({ step: 'chain', reason: { nl: '37,3% van de CO2-footprint komt uit materialen en afval: een ketenkans', en: '37.3% of the CO2 footprint comes from materials and waste: a chain opportunity' } });
    expect(v.timeline[0]).toMatchObject({ kind: 'step_closed', title: { nl: 'CE-masterclass: teruggetrokken uit CE-masterclass Drenthe 2026' } });
  });

  it('after a finished masterclass that found a chain partner: a chain project', async () => {
    await h.sql.query(`update enrolment set phase = 'completed' where id = $1`, [seeded.masterclassEnrolment]);
    expect((await view(cookies.admin)).suggestion.step).toBe('chain');
  });

  it('set by staff (analyst and company 403): the set stage wins, for every reader', async () => {
    expect((await h.call('PUT', `${journey()}/stage`, { cookie: cookies.analyst, body: { stage: 'financing' } })).status).toBe(403);
    expect((await h.call('PUT', `${journey()}/stage`, { cookie: cookies.company, body: { stage: 'financing' } })).status).toBe(403);
    const res = await h.call('PUT', `${journey()}/stage`, { cookie: cookies.adviser, body: { stage: 'financing' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ stage: 'financing', changedAt: expect.any(String), changedBy: { partnerName: NOORD }, derived: false });
    expect((await view(cookies.company)).stage).toEqual(res.body);
    const moved = await h.call('PUT', `${journey()}/stage`, { cookie: cookies.admin, body: { stage: 'implementing' } });
    expect(moved.body.stage).toBe('implementing');
    const [{ n }] = await h.sql.query(`select count(*)::int as n from funnel_stage where organisation_id = $1`, [bakery()]);
    expect(n).toBe(1);
    const funnel = await h.call('GET', '/api/journey/funnel', { cookie: cookies.admin });
    expect(funnel.body.regions[0]).toEqual({ region: 'Drenthe', counts: { ...zero, implementing: 1, unknown: 3 }, total: 4 });
  });
});
