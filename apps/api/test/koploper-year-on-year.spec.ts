/**
 * The year-on-year effect (issue 15 item 7): a second year's baseline gives the
 * profile the change per scope and theme against the first year, with the factor
 * set each year used, and the CO2 effect the action plan expected from the
 * measures marked done against the change measured.
 */
import { randomUUID } from 'node:crypto';
import { DEMO_EMAILS, startHarness, waitFor, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let adviser: string;
let pid: string;

async function baseline(year: number, activities: unknown[]) {
  expect((await h.call('PUT', `/api/koploper/participants/${pid}/baseline`, { cookie: adviser, body: { year, activities } })).status).toBe(200);
  return waitFor(async () => {
    const b = (await h.call('GET', `/api/koploper/participants/${pid}/baseline?year=${year}`, { cookie: adviser })).body;
    return b.footprint.result?.status === 'succeeded' ? b.footprint.result.output : null;
  }, 30_000, `the ${year} footprint`);
}

async function item(status: string, expectedKgCO2e: number | null) {
  const [p] = await h.sql.query(`select partner_id, organisation_id from enrolment where id = $1`, [pid]);
  await h.sql.query(
    `insert into action_plan_item (id, partner_id, participant_id, organisation_id, title, owner, due_on, status, expected_kg_co2e) values ($1, $2, $3, $4, 'Maatregel', 'Petra', '2026-06-01', $5, $6)`,
    [randomUUID(), p.partner_id, pid, p.organisation_id, status, expectedKgCO2e],
  );
}

beforeAll(async () => {
  h = await startHarness({ worker: true });
  const coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  adviser = await h.signIn(DEMO_EMAILS.adviser);
  const cohort = await h.call('POST', '/api/koploper/cohorts', { cookie: coordinator, body: { name: 'Koplopergroep Assen', municipality: 'Assen', startsOn: '2026-01-15', endsOn: '2026-12-15' } });
  pid = (await h.call('POST', `/api/programme/groups/${cohort.body.id}/enrolments`, { cookie: coordinator, body: { organisationId: h.ids.organisations.bakkerij } })).body.id;
});
afterAll(() => h?.close());

describe('a second year against the first', () => {
  it('the first year has none; the second shows the change per scope and theme, the factor sets and expected against measured', async () => {
    const first = await baseline(2024, [
      { type: 'electricity', amount: 30000, unit: 'kWh', contract: 'grey' },
      { type: 'natural_gas', amount: 6000, unit: 'm3' },
    ]);
    const only = await h.call('POST', `/api/koploper/participants/${pid}/profiles`, { cookie: adviser });
    expect(only.status).toBe(201);
    expect(only.body.yearOnYear).toBeNull();

    const second = await baseline(2025, [
      { type: 'electricity', amount: 20000, unit: 'kWh', contract: 'grey' },
      { type: 'natural_gas', amount: 5000, unit: 'm3' },
    ]);
    // Done with an expected effect counts (1.500 + 800 kg); planned, dropped or without an effect does not.
    await item('done', 1500);
    await item('done', 800);
    await item('done', null);
    await item('planned', 4000);
    await item('dropped', 900);

    const res = await h.call('POST', `/api/koploper/participants/${pid}/profiles`, { cookie: adviser });
    expect(res.status).toBe(201);
    const y = res.body.yearOnYear;
    const change = (a: number, b: number) => ({ baselineKgCO2e: a, currentKgCO2e: b, changeKgCO2e: Math.round((b - a) * 1000) / 1000, changePercent: a > 0 ? Math.round(((b - a) / a) * 1000) / 10 : null });
    expect(y).toEqual({
      baselineYear: 2024,
      year: 2025,
      factorSets: { baseline: { id: first.factorSet.id, title: first.factorSet.title }, current: { id: second.factorSet.id, title: second.factorSet.title } },
      total: change(first.totalKgCO2e, second.totalKgCO2e),
      scopes: {
        scope1: change(first.scopes.scope1, second.scopes.scope1),
        scope2: change(first.scopes.scope2MarketBased, second.scopes.scope2MarketBased),
        scope3: change(first.scopes.scope3, second.scopes.scope3),
      },
      themes: Object.fromEntries(['energy', 'mobility', 'waste', 'water', 'materials'].map((t) => [t, change(first.themes[t], second.themes[t])])),
      measures: { count: 2, expectedKgCO2e: -2300, measuredKgCO2e: change(first.totalKgCO2e, second.totalKgCO2e).changeKgCO2e },
    });
    // Less electricity and gas: both scopes 1 and 2 went down, and so did the energy theme.
    expect(y.scopes.scope1.changeKgCO2e).toBeLessThan(0);
    expect(y.scopes.scope2.changeKgCO2e).toBeLessThan(0);
    expect(y.themes.energy.changePercent).toBeLessThan(0);
    // The profile's GET answers the same.
    expect((await h.call('GET', `/api/koploper/profiles/${res.body.id}`, { cookie: adviser })).body.yearOnYear).toEqual(y);
  });
});
