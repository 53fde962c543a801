/**
 * Issue 15 items 4 and 6 through the API: the profile made from a reviewed baseline
 * recommends only what fits the data (no green-power advice on Dutch green power, no
 * measures of a theme without emissions) and says whether the company falls under the
 * energy-saving duty; the action plan marks EML measures obligatory for a company under it.
 */
import { DEMO_EMAILS, startHarness, waitFor, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let coordinator: string;
let adviser: string;
let participant: string;
let bakkerij: string;
let installateur: string;

const thisYear = new Date().getFullYear();

beforeAll(async () => {
  h = await startHarness();
  await h.startWorker();
  coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  adviser = await h.signIn(DEMO_EMAILS.adviser);
  participant = await h.signIn(DEMO_EMAILS.participant);
  const cohort = await h.call('POST', '/api/koploper/cohorts', { cookie: coordinator, body: { name: 'Koplopergroep Drachten', municipality: 'Drachten', startsOn: `${thisYear}-01-15`, endsOn: `${thisYear}-12-15` } });
  const pid: Record<string, string> = {};
  for (const key of ['bakkerij', 'installateur']) {
    pid[key] = (await h.call('POST', `/api/programme/groups/${cohort.body.id}/enrolments`, { cookie: coordinator, body: { organisationId: h.ids.organisations[key] } })).body.id;
  }
  await h.call('POST', `/api/programme/groups/${cohort.body.id}/start`, { cookie: coordinator });
  ({ bakkerij, installateur } = pid);
});
afterAll(() => h?.close());

/** Enters, reviews and waits for a baseline's footprint; then generates the profile. */
async function profileFor(participantId: string, activities: object[]) {
  const put = await h.call('PUT', `/api/koploper/participants/${participantId}/baseline`, { cookie: adviser, body: { year: 2025, activities } });
  expect(put.status).toBe(200);
  await h.call('POST', `/api/koploper/participants/${participantId}/baseline/review`, { cookie: adviser, body: { year: 2025 } });
  await waitFor(async () => {
    const b = (await h.call('GET', `/api/koploper/participants/${participantId}/baseline?year=2025`, { cookie: adviser })).body;
    return b.footprint.result?.status === 'succeeded' ? b : null;
  }, 30_000, 'the footprint');
  const res = await h.call('POST', `/api/koploper/participants/${participantId}/profiles`, { cookie: adviser });
  expect(res.status).toBe(201);
  return res.body;
}

type Rec = { measureId: string; obligation: string; eml: { part: string } | null; co2Effect: { kind: string; kgCO2ePerYear: { min: number; max: number } | null } };

describe('a bakery on Dutch green power at 49.999 kWh and 24.000 m³', () => {
  let profile: { recommendations: Rec[]; goingWell: { kind: string; id: string; text: { nl: string } }[]; energySavingDuty: { applies: boolean; electricityKWh: number; gasM3Equivalent: number; summary: { nl: string } } };

  beforeAll(async () => {
    profile = await profileFor(bakkerij, [
      { type: 'electricity', amount: 49_999, unit: 'kWh', contract: 'green-nl' },
      { type: 'natural_gas', amount: 24_000, unit: 'm3' },
      { type: 'diesel', amount: 2000, unit: 'l' },
    ]);
  });

  it('gets no green-power advice and is credited for its green power', () => {
    const ids = profile.recommendations.map((r) => r.measureId);
    expect(ids).not.toContain('energy.green-electricity');
    expect(profile.goingWell[0]).toMatchObject({ kind: 'baseline', id: 'green-electricity', text: { nl: 'Al uw stroom (49.999 kWh) is groene stroom met Nederlandse garanties van oorsprong' } });
  });

  it('gets no measures for waste and water, which it emits nothing in, and no zero-zero CO2 range', () => {
    const ids = profile.recommendations.map((r) => r.measureId);
    expect(ids.filter((id) => id.startsWith('water.') || id.startsWith('waste.'))).toEqual([]);
    for (const r of profile.recommendations) if (r.co2Effect.kgCO2ePerYear) expect({ [r.measureId]: r.co2Effect.kgCO2ePerYear.max > 0 }).toEqual({ [r.measureId]: true });
  });

  it('is not under the energy-saving duty: every measure is a choice, in the profile and the action plan', async () => {
    expect(profile.energySavingDuty).toMatchObject({ applies: false, electricityKWh: 49_999, gasM3Equivalent: 24_000 });
    expect(profile.energySavingDuty.summary.nl).toMatch(/^Valt niet onder de energiebesparingsplicht/);
    expect(profile.recommendations.every((r) => r.obligation === 'choice')).toBe(true);
    const item = await h.call('POST', `/api/koploper/participants/${bakkerij}/action-plan/items`, { cookie: participant, body: { measureId: 'energy.led-lighting', title: 'LED in de bakkerij', owner: 'Petra', dueOn: `${thisYear}-10-01` } });
    expect(item.status).toBe(201);
    expect(item.body).toMatchObject({ obligation: 'choice', eml: { part: 'buildings' } });
  });
});

describe('a company at 50.000 kWh of grey power', () => {
  let profile: { recommendations: Rec[]; energySavingDuty: { applies: boolean; reachedBy: string[] } };

  beforeAll(async () => {
    profile = await profileFor(installateur, [
      { type: 'electricity', amount: 50_000, unit: 'kWh', contract: 'grey' },
      { type: 'natural_gas', amount: 3000, unit: 'm3' },
    ]);
  });

  it('is under the duty; its EML measures are obligatory, others a choice; green power is advised with its own electricity as effect', () => {
    expect(profile.energySavingDuty).toMatchObject({ applies: true, reachedBy: ['electricity'] });
    const led = profile.recommendations.find((r) => r.measureId === 'energy.led-lighting');
    expect(led).toMatchObject({ obligation: 'obligatory', eml: { part: 'buildings' } });
    expect(profile.recommendations.find((r) => r.measureId === 'energy.solar-pv')).toMatchObject({ obligation: 'choice', eml: null });
    const green = profile.recommendations.find((r) => r.measureId === 'energy.green-electricity');
    expect(green?.co2Effect.kind).toBe('estimate');
    expect(green?.co2Effect.kgCO2ePerYear?.min).toBe(green?.co2Effect.kgCO2ePerYear?.max);
  });

  it('the action plan shows the duty and marks the EML measure obligatory, an own measure a choice', async () => {
    const add = (body: object) => h.call('POST', `/api/koploper/participants/${installateur}/action-plan/items`, { cookie: adviser, body: { owner: 'Jan', dueOn: `${thisYear}-11-01`, ...body } });
    expect((await add({ measureId: 'energy.led-lighting', title: 'LED in de werkplaats' })).body).toMatchObject({ obligation: 'obligatory', eml: { part: 'buildings', verified: false } });
    expect((await add({ title: 'Eigen maatregel' })).body).toMatchObject({ obligation: 'choice', eml: null });
    const plan = await h.call('GET', `/api/koploper/participants/${installateur}/action-plan`, { cookie: adviser });
    expect(plan.status).toBe(200);
    expect(plan.body.energySavingDuty).toMatchObject({ applies: true, electricityKWh: 50_000, thresholds: { electricityKWhPerYear: 50_000, naturalGasM3EquivalentPerYear: 25_000 } });
    expect(plan.body.items.map((i: { obligation: string }) => i.obligation).sort()).toEqual(['choice', 'obligatory']);
  });
});
