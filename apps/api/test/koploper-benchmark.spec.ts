/**
 * Issue 15 item 5 through the API on real PostgreSQL: the profile's ratios (kg CO2e per
 * fte, m², € 1.000 turnover and production unit) and the sector benchmark against the other
 * companies of the same SBI division and size class with a reviewed baseline of the same
 * year, across both partners: withheld with four others, shown with five, and never another
 * company's name, id or own figures beyond the quartiles. Plausibility warnings on the
 * baseline: a staff entry with one waits, the review is refused until the adviser confirms
 * (with a note) or corrects it.
 */
import { positionOf, quantile, ratiosOf } from '@koers/domain';
import { DEMO_EMAILS, startHarness, waitFor, type Harness } from '../../../tools/testing/api-harness';
import { seedClosedCohort, seedDemoBenchmark, seedReviewedBaseline, type SeededBaseline } from '../../../tools/dev/seed-demo-benchmark';

let h: Harness;
let coordinator: string;
let adviser: string;
let participant: string;
let bakkerij: string;
let installateur: string;

const thisYear = new Date().getFullYear();
const YEAR = 2025;
const round1 = (x: number) => Math.round(x * 10) / 10;

type Peer = { name: string; partner: 'noord' | 'groningen'; fte: number; m2: number; gas: number; kWh: number; sbi?: string; size?: string; year?: number; status?: 'reviewed' | 'submitted' };
const seeded: { peer: Peer; baseline: SeededBaseline }[] = [];
const cohorts: Record<'noord' | 'groningen', string> = { noord: '', groningen: '' };
let kvk = 43_000_000;

async function addPeer(p: Peer) {
  const baseline = await h.sql.transaction((em) =>
    seedReviewedBaseline(em, {
      partnerId: h.ids.partners[p.partner], cohortId: cohorts[p.partner], adviserUserId: p.partner === 'noord' ? h.ids.users.adviser : h.ids.users.gAdviser,
      organisation: { name: p.name, kvkNumber: String(kvk++), sbiCode: p.sbi ?? '10.71', sizeClass: p.size ?? 'small' },
      input: {
        year: p.year ?? YEAR,
        organisation: { employees: p.fte, floorAreaM2: p.m2 },
        activities: [{ type: 'natural_gas', amount: p.gas, unit: 'm3' }, { type: 'electricity', amount: p.kWh, unit: 'kWh', contract: 'grey' }],
      },
      status: p.status,
    }),
  );
  seeded.push({ peer: p, baseline });
  return baseline;
}
const perFteOf = (s: { peer: Peer; baseline: SeededBaseline }) => ratiosOf({ totalKgCO2e: s.baseline.output.totalKgCO2e, employees: s.peer.fte }).perFte as number;

beforeAll(async () => {
  h = await startHarness();
  await h.startWorker();
  coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  adviser = await h.signIn(DEMO_EMAILS.adviser);
  participant = await h.signIn(DEMO_EMAILS.participant);
  const cohort = await h.call('POST', '/api/koploper/cohorts', { cookie: coordinator, body: { name: 'Koplopergroep Coevorden', municipality: 'Coevorden', startsOn: `${thisYear}-01-15`, endsOn: `${thisYear}-12-15` } });
  const pid: Record<string, string> = {};
  for (const key of ['bakkerij', 'installateur', 'zorg']) {
    pid[key] = (await h.call('POST', `/api/programme/groups/${cohort.body.id}/enrolments`, { cookie: coordinator, body: { organisationId: h.ids.organisations[key] } })).body.id;
  }
  await h.call('POST', `/api/programme/groups/${cohort.body.id}/start`, { cookie: coordinator });
  ({ bakkerij, installateur } = pid);
  await h.sql.transaction(async (em) => {
    cohorts.noord = await seedClosedCohort(em, h.ids.partners.noord, h.ids.users.coordinator, 'Koplopergroep Emmen 2025', 'Emmen', YEAR);
    cohorts.groningen = await seedClosedCohort(em, h.ids.partners.groningen, h.ids.users.gCoordinator, 'Koploperproject Delfzijl 2025', 'Eemsdelta', YEAR);
  });
  // Four others in SBI 10 / small with a reviewed 2025 baseline, in both partners.
  await addPeer({ name: 'Bakkerij Noord Een', partner: 'noord', fte: 8, m2: 300, gas: 6100, kWh: 30_000 });
  await addPeer({ name: 'Bakkerij Noord Twee', partner: 'noord', fte: 15, m2: 610, gas: 13_300, kWh: 71_000 });
  await addPeer({ name: 'Slagerij Noord Drie', partner: 'noord', fte: 6, m2: 240, gas: 2900, kWh: 41_000, sbi: '10.11' });
  await addPeer({ name: 'Kaasmakerij Groningen Een', partner: 'groningen', fte: 10, m2: 520, gas: 9700, kWh: 58_000, sbi: '10.51' });
  // Not in the group: another size class, another year, a baseline not reviewed, another division.
  await addPeer({ name: 'Broodfabriek Middelgroot', partner: 'groningen', fte: 60, m2: 3000, gas: 90_000, kWh: 400_000, size: 'medium' });
  await addPeer({ name: 'Bakkerij Vorig Jaar', partner: 'noord', fte: 9, m2: 330, gas: 7000, kWh: 35_000, year: 2024 });
  await addPeer({ name: 'Bakkerij Niet Beoordeeld', partner: 'groningen', fte: 12, m2: 400, gas: 8000, kWh: 44_000, status: 'submitted' });
  await addPeer({ name: 'Winkel Andere Sector', partner: 'noord', fte: 5, m2: 200, gas: 2500, kWh: 20_000, sbi: '47.11' });
});
afterAll(() => h?.close());

async function footprintReady(participantId: string, year = YEAR) {
  return waitFor(async () => {
    const b = (await h.call('GET', `/api/koploper/participants/${participantId}/baseline?year=${year}`, { cookie: adviser })).body;
    return b.footprint?.result?.status === 'succeeded' ? b : null;
  }, 30_000, 'the footprint');
}

describe("the bakery's ratios and its sector benchmark", () => {
  let total: number;

  beforeAll(async () => {
    const put = await h.call('PUT', `/api/koploper/participants/${bakkerij}/baseline`, {
      cookie: adviser,
      body: {
        year: YEAR,
        organisation: { employees: 12, floorAreaM2: 450, turnoverEurMillion: 1.8 },
        production: { unit: '  ton brood ', amount: 120 },
        activities: [{ type: 'natural_gas', amount: 8500, unit: 'm3' }, { type: 'electricity', amount: 42_000, unit: 'kWh', contract: 'grey' }],
      },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ status: 'reviewed', production: { unit: 'ton brood', amount: 120 }, plausibility: [] });
    total = (await footprintReady(bakkerij)).footprint.result.output.totalKgCO2e;
  });

  it('with four other companies the comparison is withheld, and not even their number is said', async () => {
    const res = await h.call('POST', `/api/koploper/participants/${bakkerij}/profiles`, { cookie: adviser });
    expect(res.status).toBe(201);
    expect(res.body.ratios).toMatchObject({
      perFte: round1(total / 12), perM2: round1(total / 450), perThousandEur: round1(total / 1800),
      perProductionUnit: { unit: 'ton brood', amount: 120, kgCO2e: round1(total / 120) },
      basis: { employees: 12, floorAreaM2: 450, turnoverEur: 1_800_000 }, source: { year: YEAR, factorSet: { id: expect.stringMatching(/2025/) } },
    });
    expect(res.body.benchmark).toEqual({
      group: { sbiDivision: '10', sizeClass: 'small', year: YEAR }, minOthers: 5, shown: false, others: null,
      ratios: ['perFte', 'perM2', 'perThousandEur'].map((metric) => ({ metric, shown: false, reason: 'too_few_others' })),
    });
    const text = JSON.stringify(res.body);
    for (const s of seeded) {
      expect(text).not.toContain(s.peer.name);
      expect(text).not.toContain(s.baseline.organisationId);
      expect(text).not.toContain(String(perFteOf(s)));
    }
  });

  it('with a fifth other company (the other partner) it shows n, the quartiles and where the bakery stands; the self, other sizes, years, unreviewed baselines and sectors are not counted', async () => {
    await addPeer({ name: 'Bakkerij Groningen Twee', partner: 'groningen', fte: 20, m2: 700, gas: 16_500, kWh: 99_000 });
    const res = await h.call('POST', `/api/koploper/participants/${bakkerij}/profiles`, { cookie: adviser });
    expect(res.status).toBe(201);
    const group = seeded.filter((s) => (s.peer.sbi ?? '10').startsWith('10') && (s.peer.size ?? 'small') === 'small' && (s.peer.year ?? YEAR) === YEAR && (s.peer.status ?? 'reviewed') === 'reviewed');
    expect(group).toHaveLength(5);
    const values = group.map(perFteOf).sort((a, b) => a - b);
    const q = { p25: round1(quantile(values, 0.25)), median: round1(quantile(values, 0.5)), p75: round1(quantile(values, 0.75)) };
    const own = round1(total / 12);
    expect(res.body.benchmark).toMatchObject({ shown: true, others: 5, group: { sbiDivision: '10', sizeClass: 'small', year: YEAR } });
    expect(res.body.benchmark.ratios[0]).toEqual({ metric: 'perFte', shown: true, n: 5, companyValue: own, ...q, position: positionOf(own, q) });
    expect(res.body.benchmark.ratios[1]).toMatchObject({ metric: 'perM2', shown: true, n: 5 });
    // No peer gave a turnover: per € 1.000 is withheld on its own.
    expect(res.body.benchmark.ratios[2]).toEqual({ metric: 'perThousandEur', shown: false, reason: 'too_few_others' });
    // Only aggregates: no name, no id, and neither the lowest nor the highest company's own figure.
    const text = JSON.stringify(res.body);
    for (const s of seeded) {
      expect(text).not.toContain(s.peer.name);
      expect(text).not.toContain(s.baseline.organisationId);
    }
    expect(text).not.toContain(`${values[0]}`);
    expect(text).not.toContain(`${values[4]}`);
  });

  it("the participant sees the benchmark in its published profile, as staff do", async () => {
    const draft = (await h.call('GET', `/api/koploper/participants/${bakkerij}`, { cookie: adviser })).body.profiles[0];
    expect((await h.call('POST', `/api/koploper/profiles/${draft.id}/publish`, { cookie: adviser })).status).toBe(200);
    const seen = await h.call('GET', `/api/koploper/profiles/${draft.id}`, { cookie: participant });
    expect(seen.status).toBe(200);
    expect(seen.body.benchmark).toMatchObject({ shown: true, others: 5 });
  });
});

describe('plausibility warnings on the baseline', () => {
  const put = (gas: number) =>
    h.call('PUT', `/api/koploper/participants/${installateur}/baseline`, {
      cookie: adviser,
      body: { year: YEAR, organisation: { employees: 4, floorAreaM2: 200 }, activities: [{ type: 'natural_gas', amount: gas, unit: 'm3' }, { type: 'electricity', amount: 9000, unit: 'kWh', contract: 'grey' }] },
    });
  const confirm = (body: object, cookie = adviser) => h.call('POST', `/api/koploper/participants/${installateur}/baseline/plausibility`, { cookie, body: { year: YEAR, ...body } });
  const review = () => h.call('POST', `/api/koploper/participants/${installateur}/baseline/review`, { cookie: adviser, body: { year: YEAR } });

  it("30.000 m³ gas on 200 m² warns with the figure, the range and why; the adviser's entry waits for the review", async () => {
    const res = await put(30_000);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('submitted');
    expect(res.body.plausibility).toHaveLength(1);
    expect(res.body.plausibility[0]).toMatchObject({
      ruleId: 'gas-per-m2', value: 150, unit: 'm³/m²', range: { min: 1, max: 60 }, ruleSet: 'baseline-plausibility.nl.v1', confirmed: null,
      text: { nl: 'Aardgas per m² vloeroppervlak ligt ver buiten het gebruikelijke' },
    });
    expect(res.body.plausibility[0].justification.nl).toMatch(/5-20 m³ gas per m²/);
    expect(res.body.plausibility[0].sources.length).toBeGreaterThan(0);
  });

  it('the review is refused until the warning is confirmed, naming it', async () => {
    const res = await review();
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('baseline.plausibility_unconfirmed');
    expect(res.body.text.nl).toBe('Bevestig of corrigeer eerst: Aardgas per m² vloeroppervlak ligt ver buiten het gebruikelijke (150 m³/m²)');
  });

  it('a confirmation needs a note and a warning that is there; the participant may not confirm', async () => {
    const blank = await confirm({ ruleId: 'gas-per-m2', note: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body.errors.map((e: { field: string }) => e.field)).toEqual(['note']);
    const unknown = await confirm({ ruleId: 'electricity-per-fte', note: 'klopt' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['ruleId']);
    const bakery = await h.call('POST', `/api/koploper/participants/${bakkerij}/baseline/plausibility`, { cookie: participant, body: { year: YEAR, ruleId: 'gas-per-m2', note: 'klopt' } });
    expect(bakery.status).toBe(403);
  });

  it('confirmed with a note ("klopt, toelichting"), the review goes through', async () => {
    const ok = await confirm({ ruleId: 'gas-per-m2', note: 'Klopt: de werkplaats wordt met een oude gaskachel verwarmd' });
    expect(ok.status).toBe(200);
    expect(ok.body.plausibility[0].confirmed).toMatchObject({ note: 'Klopt: de werkplaats wordt met een oude gaskachel verwarmd', byName: 'Ada Veenstra' });
    const reviewed = await review();
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.status).toBe('reviewed');
  });

  it('a corrected figure needs no confirmation; another figure still outside the range warns again', async () => {
    const corrected = await put(3000);
    expect(corrected.body).toMatchObject({ status: 'reviewed', plausibility: [] });
    const again = await put(40_000);
    expect(again.body.status).toBe('submitted');
    expect(again.body.plausibility).toMatchObject([{ ruleId: 'gas-per-m2', value: 200, confirmed: null }]);
  });
});

describe('the demo data', () => {
  it("shows Slagerij Mulder's benchmark against six others of both partners after npm start", async () => {
    await seedDemoBenchmark(h.sql, h.ids);
    const [row] = await h.sql.query(`select p.id from sustainability_profile p join organisation o on o.id = p.organisation_id where o.name = 'Slagerij Mulder'`);
    const res = await h.call('GET', `/api/koploper/profiles/${row.id}`, { cookie: adviser });
    expect(res.status).toBe(200);
    expect(res.body.benchmark).toMatchObject({ shown: true, others: 6, group: { sbiDivision: '10', sizeClass: 'small', year: thisYear - 1 } });
    expect(res.body.ratios.perProductionUnit).toMatchObject({ unit: 'ton vlees', amount: 85 });
  });
});
