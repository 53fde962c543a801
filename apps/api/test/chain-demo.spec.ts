/**
 * The chain demo `npm start` seeds on its first run lands in a fresh database,
 * reads back through the API as the coordinator sees it (a project in its
 * redesign phase with its partners, specialists, sessions and a balanced flow
 * map; a care sector programme with three chain groups), and its stored
 * calculation inputs are ones the calculators accept: the worker computes them.
 */
import { DEMO_EMAILS, startHarness, type Harness } from '../../../tools/testing/api-harness';
import { seedDemoChain } from '../../../tools/dev/seed-demo-chain';

let h: Harness;
let ids: { projectId: string; programmeId: string };

beforeAll(async () => {
  h = await startHarness({ worker: true });
  ids = await seedDemoChain(h.sql, h.ids);
});
afterAll(() => h?.close());

it('seeds a Hennep-to-House chain in its redesign phase and a care sector programme with three chain groups', async () => {
  const coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  const p = (await h.call('GET', `/api/chain/projects/${ids.projectId}`, { cookie: coordinator })).body;
  expect(p).toMatchObject({ step: 'chain', status: 'running', phase: 'redesign', sessionsHeld: 2, sessionsRequired: 4 });
  expect(p.members[0]).toMatchObject({ role: 'lead', chainRole: 'producer', organisationName: 'Hempvast Isolatie' });
  expect(p.members.map((m: { chainRole: string }) => m.chainRole).sort()).toEqual(['producer', 'recycler', 'supplier', 'user']);
  expect(p.specialists.map((s: { kind: string }) => s.kind)).toEqual(expect.arrayContaining(['university_of_applied_sciences', 'research_institute', 'designer']));
  const map = (await h.call('GET', `/api/chain/flow-maps/${p.flowMaps[0].id}`, { cookie: coordinator })).body;
  expect(map.asIs.imbalances).toEqual([]);
  expect(map.redesign.imbalances).toEqual([]);
  const programme = (await h.call('GET', `/api/chain/sector-programmes/${ids.programmeId}`, { cookie: coordinator })).body;
  expect(programme.groups).toHaveLength(3);
  expect(programme.themes).toHaveLength(6);
  expect(programme.conferences.opening).not.toBeNull();

  // The seeded inputs are valid: computed (here by asking the worker for a recompute, as a new release does at the first start).
  const admin = await h.signIn(DEMO_EMAILS.administrator);
  for (const pluginId of ['circularity.cti', 'chain.impact']) {
    const started = await h.call('POST', '/api/calculations/recompute', { cookie: admin, body: { pluginId } });
    expect([200, 201, 202]).toContain(started.status);
  }
  let detail = p;
  for (let i = 0; i < 100 && detail.impact?.status !== 'succeeded'; i++) {
    await new Promise((r) => setTimeout(r, 100));
    detail = (await h.call('GET', `/api/chain/projects/${ids.projectId}`, { cookie: coordinator })).body;
  }
  expect(detail.impact.status).toBe('succeeded');
  expect(detail.impact.output.totals.kgCO2eReductionPerYear).toBeGreaterThan(0);
  let after = (await h.call('GET', `/api/chain/flow-maps/${p.flowMaps[0].id}`, { cookie: coordinator })).body;
  for (let i = 0; i < 100 && !(after.asIs.circularity.status === 'succeeded' && after.redesign.circularity.status === 'succeeded'); i++) {
    await new Promise((r) => setTimeout(r, 100));
    after = (await h.call('GET', `/api/chain/flow-maps/${p.flowMaps[0].id}`, { cookie: coordinator })).body;
  }
  expect(after.redesign.circularity.output.materialCircularityPct).toBeGreaterThan(after.asIs.circularity.output.materialCircularityPct);
});
