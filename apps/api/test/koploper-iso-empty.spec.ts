/**
 * An ISO 26000 scan with nothing to score (no answers, or every issue "not
 * relevant") is refused with 422 naming `answers`, nothing stored; one
 * maturity is enough.
 */
import { DEMO_EMAILS, startHarness, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let adviser: string;
let bakkerij: string;
const thisYear = new Date().getFullYear();

beforeAll(async () => {
  h = await startHarness();
  const coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  adviser = await h.signIn(DEMO_EMAILS.adviser);
  const cohort = await h.call('POST', '/api/koploper/cohorts', { cookie: coordinator, body: { name: 'Koplopergroep Aa en Hunze', municipality: 'Aa en Hunze', startsOn: `${thisYear}-01-15`, endsOn: `${thisYear}-12-15` } });
  const ids: string[] = [];
  for (const key of ['bakkerij', 'installateur', 'zorg']) {
    ids.push((await h.call('POST', `/api/programme/groups/${cohort.body.id}/enrolments`, { cookie: coordinator, body: { organisationId: h.ids.organisations[key] } })).body.id);
  }
  expect((await h.call('POST', `/api/programme/groups/${cohort.body.id}/start`, { cookie: coordinator })).status).toBe(200);
  bakkerij = ids[0];
});
afterAll(() => h?.close());

describe('an empty ISO 26000 scan', () => {
  it('is refused with 422 naming answers, in Dutch and English, and nothing is stored', async () => {
    const before = await writeFingerprint(h.sql);
    const empty = await h.call('PUT', `/api/koploper/participants/${bakkerij}/iso26000`, { cookie: adviser, body: { year: 2025, answers: [] } });
    expect(empty.status).toBe(422);
    expect(empty.body).toMatchObject({ code: 'iso26000.empty', params: { sent: 0, notRelevant: 0 }, errors: [{ field: 'answers', code: 'iso26000.empty' }] });
    expect(empty.body.text.nl).toBe('De ISO 26000-scan is leeg: geef bij minstens één onderwerp aan hoe ver het bedrijf is (0-4)');
    expect(empty.body.text.en).toContain('give at least one issue a maturity');

    const allNotRelevant = await h.call('PUT', `/api/koploper/participants/${bakkerij}/iso26000`, {
      cookie: adviser,
      body: { year: 2025, answers: [{ issueId: 'governance.decision-making', notRelevant: true, reason: 'Eenmanszaak' }, { issueId: 'environment.pollution-prevention', notRelevant: true, reason: 'Kantoor' }] },
    });
    expect(allNotRelevant.status).toBe(422);
    expect(allNotRelevant.body.text.nl).toBe('Alle 2 onderwerpen staan op "niet van toepassing": geef bij minstens één onderwerp aan hoe ver het bedrijf is (0-4)');
    expect(await writeFingerprint(h.sql)).toEqual(before);
  });

  it('takes a scan with one maturity', async () => {
    const one = await h.call('PUT', `/api/koploper/participants/${bakkerij}/iso26000`, { cookie: adviser, body: { year: 2025, answers: [{ issueId: 'governance.decision-making', maturity: 2 }] } });
    expect(one.status).toBe(200);
    expect(one.body.iso26000.input.answers).toEqual([{ issueId: 'governance.decision-making', maturity: 2 }]);
  });
});
