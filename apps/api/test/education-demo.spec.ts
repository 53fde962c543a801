/**
 * The education line's demo data (`npm start` seeds it after the alliance's):
 * Drenthe College with a class of four, read back through the API as the
 * school's coordinator, the students' links and the company's consent link.
 */
import { FOREIGN_EMAILS, startHarness, type Harness } from '../../../tools/testing/api-harness';
import { DEMO_EDUCATION_LINKS, DEMO_SCHOOL_EMAIL, seedDemoEducation } from '../../../tools/dev/seed-demo-education';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  await seedDemoEducation(h.sql);
});
afterAll(() => h?.close());

it("seeds Drenthe College's class: two scans, one discussed, one junior MVO ambassador", async () => {
  const school = await h.signIn(DEMO_SCHOOL_EMAIL);
  const list = (await h.call('GET', '/api/education/students', { cookie: school })).body;
  expect(list.figures).toEqual({ students: 4, companies: 2, scans: 2, ambassadors: 1 });
  expect(list.items.map((s: { name: string; internships: { stage: string }[] }) => [s.name, s.internships.map((i) => i.stage)])).toEqual([
    ['Ahmed Yilmaz', []], ['Lisa Veenstra', ['consent']], ['Sanne de Boer', ['done']], ['Tom Mulder', ['follow_up']],
  ]);
  const lines = (await h.call('GET', '/api/alliance/programme-lines', { cookie: await h.signIn(FOREIGN_EMAILS.administrator) })).body;
  expect(lines.items.find((l: { code: string }) => l.code === 'education_development').education).toEqual({ schools: 1, students: 4, scans: 2, ambassadors: 1 });
  const overview = (await h.call('GET', '/api/alliance/partners', { cookie: school })).body;
  expect(overview.items.find((p: { slug: string }) => p.slug === 'drenthe-college')).toMatchObject({ kind: 'school', own: true });
});

it("opens Sanne's page by her link with the computed scan, and the company's journey entered through the education line", async () => {
  const sanne = (await h.call('GET', `/api/public/education/student/${DEMO_EDUCATION_LINKS.sanne}`)).body;
  expect(sanne.ambassador.note).toMatch(/MVO-dag/);
  const [internship] = sanne.internships;
  expect(internship).toMatchObject({ companyName: 'Fietsenmaker Bos', stage: 'done', scan: { complete: true, answered: 37, result: { status: 'succeeded', pluginId: 'iso26000.scan' } } });
  expect(internship.scan.result.overallPercent).toBeGreaterThan(0);
  const journey = (await h.call('GET', `/api/journey/organisations/${internship.organisationId}`, { cookie: await h.signIn(DEMO_SCHOOL_EMAIL) })).body;
  expect(journey.leads.map((l: { source: string }) => l.source)).toEqual(['education']);
  const lisaCompany = (await h.call('GET', `/api/public/education/consent/${DEMO_EDUCATION_LINKS.lisaCompany}`)).body;
  expect(lisaCompany).toMatchObject({ studentName: 'Lisa Veenstra', internship: { companyName: 'Bloemenhuis De Tulp', consentStatus: 'requested' } });
});
