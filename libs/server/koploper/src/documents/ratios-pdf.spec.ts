import { benchmark } from '@koers/domain';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderProfilePdf, type ProfilePdfData } from './profile-pdf';

async function text(pdf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return (text as string).replace(/\s+/g, ' ');
}

const base: ProfilePdfData = {
  organisationName: 'Bakkerij De Vries', municipality: 'Assen', cohortName: 'Koplopergroep Midden-Drenthe 2026', partnerName: 'MVO Alliantie Noord-Nederland',
  adviserName: 'Ada Veenstra', version: 1, publishedOn: '2026-12-03', year: 2026,
  footprint: { totalKgCO2e: 60_000, scopes: { scope1: 30_000, scope2MarketBased: 20_000, scope2LocationBased: 20_000, scope3: 10_000 }, themes: { energy: 50_000, mobility: 10_000, waste: 0, water: 0, materials: 0 }, lines: [] },
  iso26000: null, goingWell: [], canImprove: [], recommendations: [], adviserComment: '', comparison: null,
  ratios: { perFte: 5000, perM2: 133.3, perThousandEur: 33.3, perProductionUnit: { unit: 'ton brood', amount: 120, kgCO2e: 500 },
    basis: { employees: 12, floorAreaM2: 450, turnoverEur: 1_800_000 }, source: { year: 2026, factorSet: { id: 'co2emissiefactoren-nl-2026', title: 'CO2emissiefactoren.nl 2026' } } },
};
const group = { sbiDivision: '10', sizeClass: 'small', year: 2026 };
const peers = [4000, 6000, 5500, 8000, 7000, 6500, 9000].map((perFte, i) => ({ perFte, perM2: 100 + i * 10, perThousandEur: null }));

describe('the profile PDF: kengetallen and the sector benchmark', () => {
  it('prints the ratios the Dutch way with their basis and source, and the quartiles with n and the source of the group', async () => {
    const t = await text(await renderProfilePdf({ ...base, benchmark: benchmark({ perFte: 5000, perM2: 133.3, perThousandEur: 33.3 }, peers, group) }));
    expect(t).toContain('Kengetallen');
    expect(t).toContain('kg CO2e per fte 5.000 kg 12 fte');
    expect(t).toContain('kg CO2e per m2 133,3 kg 450 m2');
    expect(t).toContain('kg CO2e per ton brood 500 kg 120 ton brood');
    expect(t).toContain('EUR 1.800.000 omzet');
    expect(t).toContain('Bron: footprint 2026 (marktmethode), emissiefactoren CO2emissiefactoren.nl 2026.');
    expect(t).toContain('per fte 5.000 5.750 6.500 7.500 7 bij het laagste kwart (gunstig)');
    expect(t).toContain('per EUR 1.000 omzet: minder dan 5 andere bedrijven hebben dit kengetal: niet getoond.');
    expect(t).toContain('n = 7 bedrijven, SBI 10, klein, nulmetingen 2026');
  });

  it('says why the comparison is withheld with four other companies, without any figure of theirs', async () => {
    const t = await text(await renderProfilePdf({ ...base, benchmark: benchmark({ perFte: 5000, perM2: 133.3, perThousandEur: 33.3 }, peers.slice(0, 4), group) }));
    expect(t).toContain('Minder dan 5 andere bedrijven in SBI 10 / klein: vergelijking niet getoond om herkenbaarheid te voorkomen');
    expect(t).not.toContain('Mediaan');
    expect(t).not.toMatch(/n = \d/);
  });

  it('an older profile without ratios prints no Kengetallen section', async () => {
    expect(await text(await renderProfilePdf({ ...base, ratios: undefined }))).not.toContain('Kengetallen');
  });
});
