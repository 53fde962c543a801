import { compareYears } from '@koers/calc-footprint-ghg';
import { computeRecommendations, recommendationsInputSchema } from '@koers/calc-recommendations';
import { ENERGY_SAVING_DUTY, ISO26000_STRUCTURE, MEASURE_CATALOGUE } from '@koers/reference-data';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { pdfRecommendations, printable, renderProfilePdf, type ProfilePdfData } from './profile-pdf';

async function text(pdf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return (text as string).replace(/\s+/g, ' ');
}

// A restaurant on grey power at 60.000 kWh with every theme in its footprint: the plugin recommends
// most of the catalogue, with estimates, typical figures per unit, measures without a CO2 effect,
// negative yearly savings (bike commuting, fair trade) and EML measures obligatory under the duty.
const lines = [
  { type: 'electricity', label: 'Elektriciteit → keuken', amount: 60_000, unit: 'kWh', scope: 2, theme: 'energy', factorKey: 'electricity.grey', kgCO2e: 28_980 },
  { type: 'natural_gas', amount: 12_000, unit: 'm3', scope: 1, theme: 'energy', factorKey: 'natural_gas', kgCO2e: 25_608 },
  { type: 'car_km', amount: 30_000, unit: 'km', scope: 1, theme: 'mobility', factorKey: 'car.petrol', kgCO2e: 5_790 },
  { type: 'car_km', amount: 12_000, unit: 'km', scope: 3, theme: 'mobility', factorKey: 'car.diesel', kgCO2e: 2_460 },
  { type: 'flight_km', amount: 4_000, unit: 'km', scope: 3, theme: 'mobility', factorKey: 'flight.short', kgCO2e: 1_188 },
  { type: 'waste', amount: 6_000, unit: 'kg', scope: 3, theme: 'waste', factorKey: 'waste.residual', kgCO2e: 2_400 },
  { type: 'water', amount: 900, unit: 'm3', scope: 3, theme: 'water', factorKey: 'water', kgCO2e: 300 },
];
const themes = { energy: 54_588, mobility: 9_438, waste: 2_400, water: 300, materials: 1_000 };
const recs = computeRecommendations(
  recommendationsInputSchema.parse({
    organisation: { sbiCode: '56.10', sizeClass: 'small' },
    footprint: { themes, lines },
    iso26000: { coreSubjects: [{ id: 'labour-practices', scorePercent: 30 }, { id: 'environment', scorePercent: 45 }, { id: 'community', scorePercent: 60 }] },
  }),
  MEASURE_CATALOGUE,
  ISO26000_STRUCTURE,
  ENERGY_SAVING_DUTY,
);

const data: ProfilePdfData = {
  organisationName: 'Restaurant De Smaak',
  municipality: 'Leeuwarden',
  cohortName: 'Koplopergroep Leeuwarden 2026',
  partnerName: 'MVO Alliantie Noord-Nederland',
  adviserName: 'Ada Veenstra',
  version: 1,
  publishedOn: '2026-12-03',
  year: 2026,
  footprint: { totalKgCO2e: 67_726, scopes: { scope1: 31_398, scope2MarketBased: 28_980, scope2LocationBased: 14_640, scope3: 7_348 }, themes, lines },
  iso26000: null,
  goingWell: recs.goingWell,
  canImprove: recs.canImprove,
  recommendations: recs.recommendations,
  energySavingDuty: recs.energySavingDuty,
  adviserComment: 'Begin met de verlichting ≤ 5 jaar.',
  comparison: null,
};

describe('the profile PDF lists the measures that matter', () => {
  it('lists at most ten measures, those with the largest CO2 effect, and says the full list is on the page', async () => {
    expect(recs.recommendations.length).toBeGreaterThan(30);
    const t = await text(await renderProfilePdf(data));
    const shown = pdfRecommendations(recs.recommendations);
    expect(shown).toHaveLength(10);
    const numbered = [...t.matchAll(/(?:^|\s)(\d{1,2})\. [A-Z]/g)].map((m) => Number(m[1]));
    expect(Math.max(...numbered)).toBe(10);
    for (const r of shown) expect(t).toContain(r.title.nl.slice(0, 30));
    const left = [...recs.recommendations].sort((a, b) => (a.expectedKgCO2ePerYear ?? 0) - (b.expectedKgCO2ePerYear ?? 0))[0]!;
    expect(t).not.toContain(left.title.nl.slice(0, 30));
    expect(t).toContain(`De volledige lijst van ${recs.recommendations.length} aanbevolen maatregelen staat in het profiel in Koers`);
    // Ranked by CO2 effect: green power (28.980 kg, the electricity's own) first.
    expect(shown[0]!.measureId).toBe('energy.green-electricity');
  });

  it('gives every listed measure its CO2 effect, as the page words it, and never a 0 – 0 range or a negative saving', async () => {
    const t = await text(await renderProfilePdf(data));
    expect(t.match(/CO2-effect: /g)).toHaveLength(10);
    expect(t).toContain('CO2-effect: 29,0 ton CO2e per jaar');
    const typical = pdfRecommendations(recs.recommendations).find((r) => r.co2Effect.kind === 'typical');
    expect(typical, 'a typical figure among the ten').toBeDefined();
    expect(t).toContain(typical!.co2Effect.per!.nl);
    expect(t).not.toMatch(/€ -|0 kg CO2e – 0 kg/);
  });

  it('writes every listed CO2 effect in one unit, chosen from the largest: 300 kg beside 4,6-13,6 t reads 0,3 ton', async () => {
    const [first, second] = recs.recommendations;
    const two = [
      { ...first!, co2Effect: { kind: 'estimate' as const, kgCO2ePerYear: { min: 4_600, max: 13_600 }, per: null }, expectedKgCO2ePerYear: 9_100 },
      { ...second!, co2Effect: { kind: 'estimate' as const, kgCO2ePerYear: { min: 300, max: 300 }, per: null }, expectedKgCO2ePerYear: 300 },
    ];
    const t = await text(await renderProfilePdf({ ...data, recommendations: two }));
    expect(t).toContain('CO2-effect: 4,6 ton CO2e – 13,6 ton CO2e per jaar');
    expect(t).toContain('CO2-effect: 0,3 ton CO2e per jaar');
    expect(t).not.toMatch(/CO2-effect: [^p]*kg CO2e/);
    // A list whose largest is below 1.000 kg stays in kg.
    const small = await text(await renderProfilePdf({ ...data, recommendations: [{ ...two[1]! }] }));
    expect(small).toContain('CO2-effect: 300 kg CO2e per jaar');
  });

  it('prints no broken or replacement glyph: the hot spots and texts use characters the font has', async () => {
    const t = await text(await renderProfilePdf(data));
    expect(t).not.toContain('\uFFFD');
    expect(t).not.toContain('!’'); // what pdfkit made of →
    expect(t).not.toContain('"d'); // what it made of ≤
    expect(t).toContain('Elektriciteit -> keuken: 60.000 kWh, 29,0 ton CO2e');
    expect(t).toContain('Begin met de verlichting <= 5 jaar.');
    expect(printable('CO₂ → 5 m³ ≤ € 1.000 – ’')).toBe('CO2 -> 5 m³ <= € 1.000 – ’');
    expect(printable('✓ klaar')).toBe('? klaar');
  });

  it('says whether the company falls under the energy-saving duty and marks obligatory EML measures', async () => {
    const t = await text(await renderProfilePdf(data));
    expect(t).toContain('Energiebesparingsplicht');
    expect(t).toContain('Valt onder de energiebesparingsplicht: 60.000 kWh elektriciteit');
    expect(t).toContain('verplicht (EML, terugverdientijd 5 jaar of minder) · EML Gebouwen');
    expect(t).toContain('keuze');
    const below = await text(await renderProfilePdf({ ...data, energySavingDuty: { ...recs.energySavingDuty!, applies: false, summary: { nl: 'Valt niet onder de energiebesparingsplicht: 42.000 kWh', en: '' } }, recommendations: recs.recommendations.map((r) => ({ ...r, obligation: 'choice' as const })) }));
    expect(below).toContain('Valt niet onder de energiebesparingsplicht');
    expect(below).not.toContain('verplicht (EML');
  });

  it('still renders a profile stored before these fields, with its estimated or typical kg', async () => {
    const old = recs.recommendations.map(({ co2Effect: _c, expectedKgCO2ePerYear: _e, obligation: _o, eml: _m, ...r }) => r);
    const t = await text(await renderProfilePdf({ ...data, recommendations: old, energySavingDuty: undefined }));
    expect(t.match(/CO2-effect: /g)).toHaveLength(10);
    expect(t).not.toContain('Energiebesparingsplicht');
  });
});

describe('the profile PDF: materials with their declared source, and the change said once', () => {
  const declaredLines = [
    ...lines,
    {
      type: 'material', label: 'Dozen', amount: 450, unit: 'kg', scope: 3, theme: 'materials', factorKey: 'material.cardboard', factorUnit: 'kg', factorKgCO2ePerUnit: 0.95, kgCO2e: 427.5,
      declaredFactor: { source: 'EPD leverancier dozen', year: 2025 },
    },
    {
      type: 'freight_tkm', amount: 12_000, unit: 'tkm', scope: 3, theme: 'mobility', factorKey: 'freight.inland-ship', factorUnit: 'tkm', factorKgCO2ePerUnit: 0.033, kgCO2e: 396,
      declaredFactor: { source: 'Rapportage rederij volgens GLEC', year: 2025 },
    },
  ];
  const yearOnYear = compareYears(
    { year: 2025, factorSet: { id: 'co2emissiefactoren-nl-2025', title: 'CO2emissiefactoren.nl, januari 2025' }, totalKgCO2e: 70_000, scopes: { scope1: 33_000, scope2LocationBased: 15_000, scope2MarketBased: 30_000, scope3: 7_000 }, themes: { energy: 57_000, mobility: 9_500, waste: 2_500, water: 300, materials: 700 } },
    { year: 2026, factorSet: { id: 'co2emissiefactoren-nl-2026', title: 'CO2emissiefactoren.nl, lijst 2026' }, totalKgCO2e: 67_726, scopes: { scope1: 31_398, scope2LocationBased: 14_640, scope2MarketBased: 28_980, scope3: 7_348 }, themes },
    [],
  );
  const comparison = { baselineYear: 2025, baselineKgCO2e: 70_000, changeKgCO2e: -2_274, changePercent: -3.2 };

  it('lists each material and declared freight line with its factor and the source the company named, and that it is not on the list', async () => {
    const t = await text(await renderProfilePdf({ ...data, footprint: { ...data.footprint, lines: declaredLines } }));
    expect(t).toContain('Materialen en vervoer met een eigen emissiefactor');
    expect(t).toContain('Deze staan niet op de lijst CO2emissiefactoren.nl');
    expect(t).toContain('• Karton (Dozen): 450 kg x 0,95 kg CO2e per kg = 428 kg CO2e; bron: EPD leverancier dozen (2025)');
    expect(t).toContain('• Goederenvervoer per binnenvaartschip: 12.000 tonkm x 0,033 kg CO2e per tonkm = 396 kg CO2e; bron: Rapportage rederij volgens GLEC (2025)');
    expect(t).toContain('Materialen 1,0 ton CO2e');
    // Without declared lines the section is not there.
    expect(await text(await renderProfilePdf(data))).not.toContain('eigen emissiefactor');
  });

  it('says the change against the first year once, in the year-on-year table; an older profile without the table keeps its line', async () => {
    const both = await text(await renderProfilePdf({ ...data, comparison, yearOnYear }));
    expect(both).toContain('Verandering ten opzichte van 2025');
    expect(both).toContain('Totaal (marktmethode) 70,0 67,7 -2,3 -3,2%');
    expect(both).not.toContain('Ten opzichte van de nulmeting');
    const older = await text(await renderProfilePdf({ ...data, comparison, yearOnYear: null }));
    expect(older).toContain('Ten opzichte van de nulmeting 2025 (70,0 ton CO2e): -2,3 ton CO2e (-3,2 %)');
    expect(older).not.toContain('Verandering ten opzichte van');
  });
});
