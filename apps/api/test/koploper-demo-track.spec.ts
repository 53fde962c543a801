/**
 * The demo track `npm start` seeds (seedDemoTrack, then seedDemoTrackProgress):
 * with phases that follow the work every role finds work waiting, and the data
 * reads back through the API as the demo sign-ins see it.
 */
import { DEMO_EMAILS, startHarness, type Harness } from '../../../tools/testing/api-harness';
import { seedDemoTrack } from '../../../tools/dev/seed-demo';
import { seedDemoAllianceContracts } from '../../../tools/dev/seed-demo-alliance';
import { seedDemoBenchmark } from '../../../tools/dev/seed-demo-benchmark';
import { seedDemoChain } from '../../../tools/dev/seed-demo-chain';
import { seedDemoEducation } from '../../../tools/dev/seed-demo-education';
import { seedDemoJourney } from '../../../tools/dev/seed-demo-journey';
import { seedDemoMasterclass } from '../../../tools/dev/seed-demo-masterclass';
import { seedDemoScan } from '../../../tools/dev/seed-demo-scan';
import { seedDemoTrackProgress } from '../../../tools/dev/seed-demo-track';

let h: Harness;
let coordinator: string;
const year = new Date().getFullYear();
type Row = { id: string; organisationName: string; phase: string };

beforeAll(async () => {
  h = await startHarness();
  // Everything npm start seeds on its first run, in its order (tools/dev/system.ts), so the track's demo fits beside the rest.
  await seedDemoTrack(h.sql, h.ids);
  await seedDemoTrackProgress(h.sql, h.ids);
  await seedDemoScan(h.sql, h.ids);
  await seedDemoMasterclass(h.sql, h.ids);
  await seedDemoChain(h.sql, h.ids);
  await seedDemoJourney(h.sql, h.ids);
  await seedDemoAllianceContracts(h.sql, h.ids);
  await seedDemoEducation(h.sql);
  await seedDemoBenchmark(h.sql, h.ids);
  coordinator = await h.signIn(DEMO_EMAILS.coordinator);
}, 120_000);
afterAll(() => h?.close());

async function cohortNamed(name: string) {
  const list = (await h.call('GET', '/api/koploper/cohorts', { cookie: coordinator })).body;
  const found = (list.items ?? list).find((c: { name: string }) => c.name === name);
  return (await h.call('GET', `/api/koploper/cohorts/${found.id}`, { cookie: coordinator })).body;
}

it("this year's cohort: the bakery at its baseline, the installer with a published profile waiting for its plan, the care group's assignment with the jury and its certificate application with the coordinator", async () => {
  const cohort = await cohortNamed(`Koplopergroep Midden-Drenthe ${year}`);
  const byName = Object.fromEntries(cohort.participants.map((p: Row) => [p.organisationName, p]));
  expect(byName['Bakkerij De Vries'].phase).toBe('baseline');
  expect(byName['Installatiebedrijf Bos'].phase).toBe('action_plan');
  expect(byName['Zorggroep Drentse Aa'].phase).toBe('communication');

  const bos = (await h.call('GET', `/api/koploper/participants/${byName['Installatiebedrijf Bos'].id}`, { cookie: coordinator })).body;
  expect(bos.profiles).toEqual([expect.objectContaining({ status: 'published', version: 1 })]);
  expect(bos.baseline).toMatchObject({ year: year - 1, status: 'reviewed' });
  expect(bos.nextPhase).toMatchObject({ phase: 'communication', items: [{ code: 'koploper.action_plan_in', done: false }, { code: 'koploper.vision_written', done: false }] });

  const zorg = (await h.call('GET', `/api/koploper/participants/${byName['Zorggroep Drentse Aa'].id}`, { cookie: coordinator })).body;
  expect(zorg.communication).toMatchObject({ status: 'submitted' });
  expect(zorg.nextPhase).toMatchObject({ phase: 'symposium', items: [{ code: 'koploper.communication_submitted', done: true }] });
  expect(zorg.actionPlan.progress.total).toBe(3);
  expect(zorg.csrCertificate).toMatchObject({ status: 'submitted', profileVersion: 1 });

  const prize = (await h.call('GET', `/api/koploper/cohorts/${cohort.id}/prize`, { cookie: coordinator })).body;
  expect(prize.jury.map((j: { name: string }) => j.name).sort()).toEqual(['Ada Veenstra', 'Cor Dijkstra']);
  expect(prize.entries).toHaveLength(1);
  expect(prize.winnerParticipantId).toBeNull();
  const waiting = (await h.call('GET', '/api/koploper/csr-certificates?status=submitted', { cookie: coordinator })).body.items;
  expect(waiting.map((c: { organisationName: string }) => c.organisationName)).toContain('Zorggroep Drentse Aa');
});

it("last year's closed cohort: alumni with profiles, a prize winner and two certificates in the public register", async () => {
  const cohort = await cohortNamed(`Koplopergroep Assen ${year - 1}`);
  expect(cohort.status).toBe('closed');
  expect(cohort.participants.map((p: Row) => p.phase)).toEqual(['alumni', 'alumni', 'alumni']);
  const prize = (await h.call('GET', `/api/koploper/cohorts/${cohort.id}/prize`, { cookie: coordinator })).body;
  const winner = cohort.participants.find((p: Row) => p.id === prize.winnerParticipantId);
  expect(winner.organisationName).toBe('Garage Hoving');
  expect(prize.leaders).toEqual([winner.id]);
  const register = (await h.call('GET', '/api/public/csr-register')).body.items.map((i: { company: string }) => i.company);
  // Beside the journey's painting company (seed-demo-journey.ts).
  expect(register).toEqual(expect.arrayContaining(['Garage Hoving', 'Hotel De Drentse Hoeve', 'Schildersbedrijf Van der Veen']));
  expect(register).not.toContain('Kapsalon Knip');
});
