/**
 * The alliance demo `npm start` seeds (after the other demo data) reads back
 * through the API: MVO Alliantie Noord-Nederland, the secretariat, with a
 * contract of five commitments of which three are met; Koploperproject
 * Groningen signed with nothing recorded; the Assen platform's agenda holds the
 * demo group's symposium; a pilot per line; the Koploper
 * step's budget with actuals against plan.
 */
import { DEMO_EMAILS, FOREIGN_EMAILS, startHarness, type Harness } from '../../../tools/testing/api-harness';
import { seedDemoTrack } from '../../../tools/dev/seed-demo';
import { seedDemoAllianceContracts } from '../../../tools/dev/seed-demo-alliance';
import { seedDemoChain } from '../../../tools/dev/seed-demo-chain';
import { seedDemoJourney } from '../../../tools/dev/seed-demo-journey';
import { seedDemoMasterclass } from '../../../tools/dev/seed-demo-masterclass';
import { seedDemoScan } from '../../../tools/dev/seed-demo-scan';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  // In the order npm start seeds (tools/dev/system.ts).
  await seedDemoTrack(h.sql, h.ids);
  await seedDemoScan(h.sql, h.ids);
  await seedDemoMasterclass(h.sql, h.ids);
  await seedDemoChain(h.sql, h.ids);
  await seedDemoJourney(h.sql, h.ids);
  await seedDemoAllianceContracts(h.sql, h.ids);
});
afterAll(() => h?.close());

it("seeds MVO Noord's contract with three of five commitments met, as every partner's staff see it", async () => {
  const g = await h.signIn(FOREIGN_EMAILS.administrator);
  const overview = (await h.call('GET', '/api/alliance/partners', { cookie: g })).body;
  const noord = overview.items.find((p: { slug: string }) => p.slug === 'mvo-noord');
  expect(noord).toMatchObject({ kind: 'csr_platform', secretariat: true, summary: { total: 5, met: 3, partly: 1, notYet: 1, allMet: false } });
  expect(noord.commitments.map((c: { point: string; status: string }) => [c.point, c.status])).toEqual([
    ['goals', 'met'], ['own_contribution', 'met'], ['visibility', 'met'], ['platform', 'partly'], ['contribution', 'not_yet'],
  ]);
  const groningen = overview.items.find((p: { slug: string }) => p.slug === 'groningen-duurzaam');
  expect(groningen).toMatchObject({ kind: 'consultancy', secretariat: false, summary: { total: 2, met: 0, notYet: 2 } });
  const contract = (await h.call('GET', '/api/alliance/partners/mvo-noord/contract', { cookie: g })).body;
  expect(contract.commitments.find((c: { point: string }) => c.point === 'platform').platform.name).toBe('MVO-platform Assen');
  expect(contract.commitments.find((c: { point: string }) => c.point === 'contribution')).toMatchObject({ contributionForm: 'in_kind', amountEur: 12000 });
});

it('seeds the platforms, a pilot in every line and the Koploper budget', async () => {
  const coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  const platforms = (await h.call('GET', '/api/alliance/platforms', { cookie: coordinator })).body.items;
  expect(platforms.map((p: { name: string; members: number }) => [p.name, p.members])).toEqual([['Groningen 3P0', 2], ['MVO-platform Assen', 6]]);
  const assen = (await h.call('GET', `/api/alliance/platforms/${platforms[1].id}`, { cookie: coordinator })).body;
  const symposia = assen.agenda.filter((e: { symposium: unknown }) => e.symposium);
  expect(symposia).toEqual([expect.objectContaining({ title: 'Koplopersymposium Assen', location: 'Gemeentehuis Assen', symposium: { sessionId: expect.any(String), groupId: expect.any(String) } })]);
  // The demo group's page shows the session the agenda links.
  const group = (await h.call('GET', `/api/programme/groups/${symposia[0].symposium.groupId}`, { cookie: coordinator })).body;
  expect(group.sessions.map((s: { id: string; kind: string }) => [s.id, s.kind])).toContainEqual([symposia[0].symposium.sessionId, 'symposium']);
  expect(group.programmeLine).toBe('sustainable_entrepreneurship');
  const lines = (await h.call('GET', '/api/alliance/programme-lines', { cookie: coordinator })).body.items;
  expect(lines.map((l: { pilots: number }) => l.pilots)).toEqual([1, 1, 1, 1, 2]);
  const budgets = (await h.call('GET', '/api/alliance/budgets?step=koploper', { cookie: coordinator })).body;
  expect(budgets.items).toHaveLength(1);
  expect(budgets.totals.income).toEqual({ planned: 169500, actual: 146500 });
  expect(budgets.totals.cost).toEqual({ planned: 169500, actual: 113751.25 });
});
