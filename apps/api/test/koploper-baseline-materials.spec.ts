/**
 * Materials bought and goods by rail or inland ship (issue 15 item 2): the list has no
 * factor for them, so the baseline carries the factor the user declares with its source
 * and year; the footprint puts materials in their own theme (scope 3 category 1), every
 * such line names the declared source and that it is not on the list, and the profile
 * keeps them. Entered as JSON and imported by Dutch names.
 */
import { DEMO_EMAILS, startHarness, waitFor, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let adviser: string;
let pid: string;

async function upload(file: string, year: number) {
  const form = new FormData();
  form.append('year', String(year));
  form.append('file', new Blob([file]), 'nulmeting.csv');
  const res = await fetch(`${h.url}/api/koploper/participants/${pid}/baseline/upload`, { method: 'POST', headers: { cookie: adviser }, body: form });
  return { status: res.status, body: (await res.json()) as any };
}

const output = (year: number) =>
  waitFor(async () => {
    const b = (await h.call('GET', `/api/koploper/participants/${pid}/baseline?year=${year}`, { cookie: adviser })).body;
    return b.footprint.result?.status === 'succeeded' ? b.footprint.result.output : null;
  }, 30_000, `the ${year} footprint`);

beforeAll(async () => {
  h = await startHarness({ worker: true });
  const coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  adviser = await h.signIn(DEMO_EMAILS.adviser);
  const cohort = await h.call('POST', '/api/koploper/cohorts', { cookie: coordinator, body: { name: 'Koplopergroep Emmen', municipality: 'Emmen', startsOn: '2026-01-15', endsOn: '2026-12-15' } });
  pid = (await h.call('POST', `/api/programme/groups/${cohort.body.id}/enrolments`, { cookie: coordinator, body: { organisationId: h.ids.organisations.installateur } })).body.id;
});
afterAll(() => h?.close());

describe('materials bought and declared freight', () => {
  it('refuses a material without its factor, and a factor of 0, naming the field, storing nothing', async () => {
    const before = await writeFingerprint(h.sql);
    const none = await h.call('PUT', `/api/koploper/participants/${pid}/baseline`, { cookie: adviser, body: { year: 2026, activities: [{ type: 'material', amount: 100, unit: 'kg', material: 'paper' }] } });
    expect(none.status).toBe(400);
    expect(none.body.errors.map((e: { field: string }) => e.field)).toEqual(['activities.0.factor']);
    const zero = await h.call('PUT', `/api/koploper/participants/${pid}/baseline`, {
      cookie: adviser,
      body: { year: 2026, activities: [{ type: 'freight_tkm', amount: 100, unit: 'tkm', mode: 'rail', factor: { kgCO2ePerUnit: 0, source: 'vervoerder', year: 2025 } }] },
    });
    expect(zero.status).toBe(400);
    expect(zero.body.errors.map((e: { field: string }) => e.field)).toEqual(['activities.0.factor.kgCO2ePerUnit']);
    expect(await writeFingerprint(h.sql)).toEqual(before);
  });

  it('imports them by their Dutch names and computes the materials theme with the declared source on each line; the profile keeps them', async () => {
    const res = await upload(
      [
        'soort;hoeveelheid;eenheid;detail;omschrijving;factor;bron;bronjaar',
        'elektriciteit;10.000;kWh;grijs;;;;',
        'materiaal;2;ton;staal;Koperen en stalen buis;2,3;Nationale Milieudatabase, staal buis;2023',
        'materiaal;450;kilo;karton;Dozen;0,95;EPD leverancier dozen;2025',
        'goederenvervoer;12.000;tonkm;binnenvaart;Aanvoer per schip;0,033;GLEC-rapportage rederij;2025',
      ].join('\n'),
      2026,
    );
    expect(res.status).toBe(200);
    expect(res.body.footprint.input.activities.slice(1)).toEqual([
      { type: 'material', amount: 2, unit: 't', material: 'steel', factor: { kgCO2ePerUnit: 2.3, source: 'Nationale Milieudatabase, staal buis', year: 2023 }, label: 'Koperen en stalen buis' },
      { type: 'material', amount: 450, unit: 'kg', material: 'cardboard', factor: { kgCO2ePerUnit: 0.95, source: 'EPD leverancier dozen', year: 2025 }, label: 'Dozen' },
      { type: 'freight_tkm', amount: 12000, unit: 'tkm', mode: 'inland-ship', factor: { kgCO2ePerUnit: 0.033, source: 'GLEC-rapportage rederij', year: 2025 }, label: 'Aanvoer per schip' },
    ]);

    const out = await output(2026);
    // By hand: grey 10000 x 0.483 = 4830; steel 2000 kg x 2.3 = 4600; cardboard 450 x 0.95 = 427.5; ship 12000 x 0.033 = 396.
    expect(out.themes).toMatchObject({ energy: 4830, materials: 5027.5, mobility: 396 });
    expect(out.totalKgCO2e).toBe(10253.5);
    expect(out.ghgProtocolView.scope3Categories).toMatchObject({ '1-purchased-goods-and-services': 5027.5, '4-upstream-transportation': 396 });
    const steel = out.lines.find((l: { factorKey: string }) => l.factorKey === 'material.steel');
    expect(steel).toMatchObject({ scope: 3, theme: 'materials', kgCO2e: 4600, declaredFactor: { source: 'Nationale Milieudatabase, staal buis', year: 2023 } });
    expect(steel.factorSource).toBe('Nationale Milieudatabase, staal buis (2023); niet op de lijst CO2emissiefactoren.nl; factor opgegeven door de gebruiker uit de genoemde bron (kg CO2e per kg, van grondstof tot fabriekspoort)');

    expect((await h.call('POST', `/api/koploper/participants/${pid}/baseline/review`, { cookie: adviser, body: { year: 2026 } })).status).toBe(200);
    const profile = await h.call('POST', `/api/koploper/participants/${pid}/profiles`, { cookie: adviser });
    expect(profile.status).toBe(201);
    expect(profile.body.footprint.themes.materials).toBe(5027.5);
    expect(profile.body.footprint.lines.filter((l: { declaredFactor?: unknown }) => l.declaredFactor)).toHaveLength(3);
  });
});
