/**
 * Consent per part, end to end on a real database: for every part of the
 * journey, Koploperproject Groningen asks for the parts of Bakkerij De Vries
 * (an MVO Noord company) never granted, granted only that part, and withdrawn
 * again; the journey view follows the same rule, and the company's access log
 * lists exactly the reads made while it was granted. Only the company changes
 * consent: staff get 403 from the route and row-level security refuses their
 * direct insert.
 */
import { JOURNEY_PARTS, STEP_PARTS, type JourneyPart } from '@koers/domain';
import { DEMO_EMAILS, FOREIGN_EMAILS, startHarness, type Harness } from '../../../tools/testing/api-harness';
import { seedBakeryJourney, type BakeryJourney } from './cases/journey-cases';

let h: Harness;
let seeded: BakeryJourney;
let groningen: string;
let company: string;
const bakery = () => h.ids.organisations.bakkerij;
const journey = () => `/api/journey/organisations/${bakery()}`;
const NOORD = 'MVO Alliantie Noord-Nederland';
const GRONINGEN = 'Koploperproject Groningen';

beforeAll(async () => {
  h = await startHarness();
  seeded = await seedBakeryJourney(h);
  groningen = await h.signIn(FOREIGN_EMAILS.administrator);
  company = await h.signIn(DEMO_EMAILS.participant);
});
afterAll(() => h?.close());

/** The reads Groningen made while granted, as the access log should list them (reader partner, part). */
const expectedReads: string[] = [];
const logged = async () => {
  const res = await h.call('GET', `${journey()}/access-log`, { cookie: company });
  expect(res.status).toBe(200);
  return res.body.entries.map((e: { readerPartnerName: string; part: string; ownerPartnerName: string }) => `${e.readerPartnerName} / ${e.part} / ${e.ownerPartnerName}`).sort();
};

/** Any other part granted also shows the record itself (the organisation part): what consent for a part implies. */
const visibleWith = (granted: JourneyPart, part: JourneyPart) => part === granted || part === 'organisation';
/** The steps whose enrolments a part shows: Koploper for its three parts, the masterclass for its outcome (no chain enrolment is seeded). */
const stepsWith = (granted: JourneyPart) => [seeded.koploperEnrolment, seeded.masterclassEnrolment].filter((_, i) => (STEP_PARTS[i === 0 ? 'koploper' : 'masterclass'] as readonly string[]).includes(granted));

describe.each(JOURNEY_PARTS.map((p) => [p]))('part %s for Groningen', (granted) => {
  it('is not found while never granted, nor anything else', async () => {
    for (const part of JOURNEY_PARTS) expect([part, (await h.call('GET', `${journey()}/parts/${part}`, { cookie: groningen })).status]).toEqual([part, 404]);
    const view = await h.call('GET', journey(), { cookie: groningen });
    expect(view.status).toBe(404);
    expect(view.body.code).toBe('not_found');
    expect(await logged()).toEqual([...expectedReads].sort());
  });

  it('once the company granted only this part: 200 for it (and the record it implies), 404 for every other part', async () => {
    const put = await h.call('PUT', `${journey()}/consents/groningen-duurzaam`, { cookie: company, body: { parts: [granted, granted] } });
    expect(put.status).toBe(200);
    expect(put.body.holders.find((x: { partner: { slug: string } }) => x.partner.slug === 'groningen-duurzaam').parts.map((p: { part: string }) => p.part)).toEqual([granted]);

    for (const part of JOURNEY_PARTS) {
      const res = await h.call('GET', `${journey()}/parts/${part}`, { cookie: groningen });
      expect([part, res.status]).toEqual([part, visibleWith(granted, part) ? 200 : 404]);
      if (res.status === 200) {
        expect(res.body.sources.map((s: { partnerName: string }) => s.partnerName)).toEqual([NOORD]);
        expectedReads.push(`${GRONINGEN} / ${part} / ${NOORD}`);
      } else {
        expect(res.headers.get('content-type')).toContain('application/problem+json');
        expect(res.body.code).toBe('not_found');
      }
    }

    const view = await h.call('GET', journey(), { cookie: groningen });
    expect(view.status).toBe(200);
    const available = view.body.parts.filter((p: { available: boolean }) => p.available).map((p: { part: string }) => p.part);
    expect(available.sort()).toEqual(JOURNEY_PARTS.filter((p) => visibleWith(granted, p)).sort());
    for (const part of available) expectedReads.push(`${GRONINGEN} / ${part} / ${NOORD}`);
    expect(view.body.steps.map((s: { enrolmentId: string }) => s.enrolmentId).sort()).toEqual(stepsWith(granted).sort());
    expect(view.body.steps.every((s: { own: boolean; partnerName: string }) => !s.own && s.partnerName === NOORD)).toBe(true);
    // Timeline entries of a part come only from the granted part.
    const parts = new Set(view.body.timeline.map((e: { part?: string }) => e.part).filter(Boolean));
    expect([...parts].every((p) => p === granted)).toBe(true);
    expect(view.body.reader).toEqual({ partnerId: h.ids.partners.groningen, partnerName: GRONINGEN, own: false });

    // Staff see the consents their own partner holds, nothing else.
    const consents = await h.call('GET', `${journey()}/consents`, { cookie: groningen });
    expect(consents.status).toBe(200);
    expect(consents.body.holders.map((x: { partner: { slug: string } }) => x.partner.slug)).toEqual(['groningen-duurzaam']);
    expect(consents.body.holders[0].parts[0]).toMatchObject({ part: granted, grantedBy: 'Petra de Vries' });
    expect(consents.body.history.every((x: { partnerName: string }) => x.partnerName === GRONINGEN)).toBe(true);

    expect(await logged()).toEqual([...expectedReads].sort());
  });

  it('after withdrawal: not found again, and nothing more is logged', async () => {
    expect((await h.call('DELETE', `${journey()}/consents/groningen-duurzaam`, { cookie: company })).status).toBe(204);
    for (const part of JOURNEY_PARTS) expect([part, (await h.call('GET', `${journey()}/parts/${part}`, { cookie: groningen })).status]).toEqual([part, 404]);
    expect((await h.call('GET', journey(), { cookie: groningen })).status).toBe(404);
    const [row] = await h.sql.query(`select revoked_by_user_id from consent where organisation_id = $1 and part = $2 order by granted_at desc limit 1`, [bakery(), granted]);
    expect(row.revoked_by_user_id).toBe(h.ids.users.participant);
    expect(await logged()).toEqual([...expectedReads].sort());
  });
});

describe('the access log', () => {
  it('names the reader, the part and whose rows were read, newest first; the company reading itself is not logged', async () => {
    const before = (await h.call('GET', `${journey()}/access-log`, { cookie: company })).body.entries;
    expect(before.length).toBe(expectedReads.length);
    expect(before[0]).toMatchObject({ readerPartnerName: GRONINGEN, readerName: 'Gerrit Beheer', ownerPartnerName: NOORD, partLabel: { nl: expect.any(String), en: expect.any(String) } });
    const times = before.map((e: { readAt: string }) => e.readAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect((await h.call('GET', journey(), { cookie: company })).status).toBe(200);
    expect((await h.call('GET', `${journey()}/parts/action_plan`, { cookie: company })).status).toBe(200);
    expect((await h.call('GET', `${journey()}/access-log`, { cookie: company })).body.entries.length).toBe(before.length);
  });

  it("MVO Noord reading its own company's rows is not logged either", async () => {
    const admin = await h.signIn(DEMO_EMAILS.administrator);
    const [{ n: before }] = await h.sql.query(`select count(*)::int as n from journey_access`);
    expect((await h.call('GET', journey(), { cookie: admin })).status).toBe(200);
    expect((await h.call('GET', `${journey()}/parts/certificate`, { cookie: admin })).status).toBe(200);
    const [{ n: after }] = await h.sql.query(`select count(*)::int as n from journey_access`);
    expect(after).toBe(before);
  });

  it('is for the company only (staff 403)', async () => {
    expect((await h.call('GET', `${journey()}/access-log`, { cookie: groningen })).status).toBe(403);
    expect((await h.call('GET', `${journey()}/access-log`, { cookie: await h.signIn(DEMO_EMAILS.coordinator) })).status).toBe(403);
  });
});

describe('only the company grants or withdraws consent', () => {
  it('staff get 403 from the routes, of either partner', async () => {
    const noord = await h.signIn(DEMO_EMAILS.administrator);
    for (const cookie of [groningen, noord]) {
      expect((await h.call('PUT', `${journey()}/consents/groningen-duurzaam`, { cookie, body: { parts: ['organisation'] } })).status).toBe(403);
      expect((await h.call('DELETE', `${journey()}/consents/groningen-duurzaam`, { cookie })).status).toBe(403);
    }
  });

  it('row-level security refuses a consent written directly by staff', async () => {
    const insertAs = (partnerId: string, userId: string, organisationId: string | null) =>
      h.sql.transaction(async (em) => {
        await em.query(`select set_config('app.partner_id', $1, true), set_config('app.user_id', $2, true), set_config('app.organisation_id', $3, true)`, [partnerId, userId, organisationId ?? '']);
        await em.query('set local role koers_tenant');
        await em.query(`insert into consent (id, organisation_id, partner_id, part, granted_by_user_id) values (gen_random_uuid(), $1, $2, 'action_plan', $3)`, [bakery(), h.ids.partners.groningen, userId]);
      });
    await expect(insertAs(h.ids.partners.groningen, h.ids.users.gAdmin, null)).rejects.toThrow(/row-level security/);
    await expect(insertAs(h.ids.partners.noord, h.ids.users.admin, null)).rejects.toThrow(/row-level security/);
    // The same insert by the company's own user passes: the check is about who, not about the row.
    await expect(insertAs(h.ids.partners.noord, h.ids.users.participant, bakery())).resolves.toBeUndefined();
    expect((await h.call('GET', `${journey()}/parts/action_plan`, { cookie: groningen })).status).toBe(200);
    expect((await h.call('DELETE', `${journey()}/consents/groningen-duurzaam`, { cookie: company })).status).toBe(204);
    expect((await h.call('GET', `${journey()}/parts/action_plan`, { cookie: groningen })).status).toBe(404);
  });

  it('the older whole-record consent grants the organisation part', async () => {
    const granted = await h.call('POST', `/api/organisations/${bakery()}/consents`, { cookie: company, body: { partnerSlug: 'groningen-duurzaam' } });
    expect(granted.status).toBe(201);
    expect(granted.body.part).toBe('organisation');
    expect((await h.call('GET', `${journey()}/parts/organisation`, { cookie: groningen })).status).toBe(200);
    expect((await h.call('GET', `${journey()}/parts/profile_footprint`, { cookie: groningen })).status).toBe(404);
    expect((await h.call('DELETE', `/api/organisations/${bakery()}/consents/${granted.body.id}`, { cookie: company })).status).toBe(204);
    expect((await h.call('GET', journey(), { cookie: groningen })).status).toBe(404);
  });
});

describe('another company', () => {
  it("a participant of another company gets 404 for the bakery's journey and its consent endpoints", async () => {
    const other = await h.signIn(FOREIGN_EMAILS.participant);
    expect((await h.call('GET', journey(), { cookie: other })).status).toBe(404);
    expect((await h.call('GET', `${journey()}/parts/organisation`, { cookie: other })).status).toBe(404);
    expect((await h.call('GET', `${journey()}/consents`, { cookie: other })).status).toBe(404);
    expect((await h.call('PUT', `${journey()}/consents/groningen-duurzaam`, { cookie: other, body: { parts: ['organisation'] } })).status).toBe(404);
    expect((await h.call('DELETE', `${journey()}/consents/groningen-duurzaam`, { cookie: other })).status).toBe(404);
    expect((await h.call('GET', `${journey()}/access-log`, { cookie: other })).status).toBe(404);
  });

  it("the bakery's user gets 404 on the consent endpoints of a foreign organisation", async () => {
    const foreign = `/api/journey/organisations/${h.ids.organisations.metaal}`;
    expect((await h.call('GET', `${foreign}/consents`, { cookie: company })).status).toBe(404);
    expect((await h.call('PUT', `${foreign}/consents/mvo-noord`, { cookie: company, body: { parts: ['organisation'] } })).status).toBe(404);
    expect((await h.call('DELETE', `${foreign}/consents/mvo-noord`, { cookie: company })).status).toBe(404);
    expect((await h.call('GET', `${foreign}/access-log`, { cookie: company })).status).toBe(404);
    const [{ n }] = await h.sql.query(`select count(*)::int as n from consent where organisation_id = $1`, [h.ids.organisations.metaal]);
    expect(n).toBe(0);
  });
});
