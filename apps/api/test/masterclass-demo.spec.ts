/**
 * The demo data `npm start` seeds on its first run (the track, the region scan,
 * the masterclass) lands in a fresh database and reads back through the API as
 * the demo sign-ins see it.
 */
import { DEMO_EMAILS, startHarness, type Harness } from '../../../tools/testing/api-harness';
import { seedDemoTrack } from '../../../tools/dev/seed-demo';
import { seedDemoScan } from '../../../tools/dev/seed-demo-scan';
import { seedDemoMasterclass } from '../../../tools/dev/seed-demo-masterclass';

let h: Harness;
let groupId: string;

beforeAll(async () => {
  h = await startHarness();
  await seedDemoTrack(h.sql, h.ids);
  await seedDemoScan(h.sql, h.ids);
  ({ groupId } = await seedDemoMasterclass(h.sql, h.ids));
});
afterAll(() => h?.close());

it('seeds an SME masterclass of MVO Noord under way, with six companies, two workshops with modules, two speakers, attendance and an intake', async () => {
  const coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  const year = new Date().getFullYear();
  const list = await h.call('GET', '/api/masterclass/masterclasses', { cookie: coordinator });
  expect(list.body.items).toEqual([expect.objectContaining({ id: groupId, name: `CE-masterclass MKB Drenthe ${year}`, audience: 'sme', status: 'running', participants: 6 })]);
  const m = (await h.call('GET', `/api/masterclass/masterclasses/${groupId}`, { cookie: coordinator })).body;
  expect(m).toMatchObject({ coOrganisers: ['Rabobank Assen en Noord-Drenthe', 'MVO Platform Assen'], region: 'Drenthe', sizeRule: { min: 5, max: 10 } });
  expect(m.participants.map((p: { organisationName: string }) => p.organisationName)).toEqual(expect.arrayContaining(['Bakkerij De Vries', 'Installatiebedrijf Bos', 'Houtbouw Westerveld']));
  expect(m.sessions).toHaveLength(2);
  expect(Object.values(m.sessionModules)).toEqual([['ce-basics', 'r-ladder', 'first-steps-sme'], ['business-models', 'return-logistics']]);
  expect(m.sessions[0].attendance.filter((a: { present: boolean }) => a.present)).toHaveLength(5);
  expect(m.staff).toEqual(expect.arrayContaining([
    expect.objectContaining({ role: 'speaker', name: 'Ada Veenstra' }),
    expect.objectContaining({ role: 'speaker', name: 'Mieke Hofstra', organisation: 'Kringloopbedrijf De Wissel' }),
  ]));
  expect(m.outcomes).toEqual([expect.objectContaining({ intake: expect.objectContaining({ rLadder: 'R2' }) })]);

  // Petra sees her masterclass and her own intake.
  const petra = await h.signIn(DEMO_EMAILS.participant);
  const own = (await h.call('GET', `/api/masterclass/masterclasses/${groupId}`, { cookie: petra })).body;
  expect(own.outcomes).toHaveLength(1);
  expect((await h.call('GET', '/api/masterclass/scans', { cookie: coordinator })).body.items).toHaveLength(1);
});
