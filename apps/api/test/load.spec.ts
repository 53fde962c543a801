/**
 * Signed-in requests under a burst larger than the database pool (10): each
 * request must work on its own tenancy transaction's connection, never wait for
 * a second one, or the burst waits on itself until the pool times out (issue 14).
 * Bounded: a few rounds of a fixed number of requests, nothing timed.
 */
import { DEMO_EMAILS, startHarness, type Harness } from '../../../tools/testing/api-harness';

const POOL = 10;
const BURST = POOL + 6;

let h: Harness;
let coordinator: string;
let participant: string;

beforeAll(async () => {
  h = await startHarness();
  coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  participant = await h.signIn(DEMO_EMAILS.participant);
});
afterAll(() => h?.close());

async function burst(path: string, cookie?: string): Promise<number[]> {
  const statuses: number[] = [];
  for (let round = 0; round < 3; round++) {
    const answers = await Promise.all(Array.from({ length: BURST }, () => h.call('GET', path, cookie ? { cookie } : {})));
    statuses.push(...answers.map((a) => a.status));
  }
  return statuses;
}

describe(`a burst of ${BURST} concurrent reads (the pool holds ${POOL} connections)`, () => {
  it('health answers 200 every time, signed in or not', async () => {
    expect(new Set(await burst('/api/health', coordinator))).toEqual(new Set([200]));
    expect(new Set(await burst('/api/health'))).toEqual(new Set([200]));
  });

  it("the signed-in reads every page starts with answer 200 every time", async () => {
    for (const path of ['/api/auth/session', '/api/koploper/cohorts', '/api/masterclass/masterclasses', '/api/organisations', '/api/programme/staff-picker']) {
      expect({ path, statuses: [...new Set(await burst(path, coordinator))] }).toEqual({ path, statuses: [200] });
    }
    for (const path of ['/api/auth/session', '/api/koploper/cohorts', '/api/masterclass/masterclasses']) {
      expect({ path, statuses: [...new Set(await burst(path, participant))] }).toEqual({ path, statuses: [200] });
    }
  });
});
