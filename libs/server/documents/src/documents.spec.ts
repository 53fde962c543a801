import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { bars, centred, co2, createDoc, dutchDate, dutchNumber, dutchToday, euro, fileNamePart, finish, footers, heading, isoDate, paragraph, range, renderCsrCertificatePdf, renderParticipationCertificatePdf, renderProfilePdf, table, type ProfilePdfData } from './index';

async function pages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  return text as string[];
}

const t = (nl: string) => ({ nl, en: nl });

function profile(recommendations = 3): ProfilePdfData {
  return {
    organisationName: 'Café Ëlst & Zn.',
    municipality: 'Assen',
    cohortName: 'Koplopergroep Assen 2026',
    partnerName: 'MVO Alliantie Noord-Nederland',
    adviserName: 'Ada Veenstra',
    version: 2,
    publishedOn: '2026-11-22',
    year: 2025,
    footprint: {
      totalKgCO2e: 48_250.4,
      scopes: { scope1: 20_000, scope2MarketBased: 18_250.4, scope2LocationBased: 21_000, scope3: 10_000 },
      themes: { energy: 38_250.4, mobility: 8_000, waste: 1_500, water: 500, materials: 0 },
      lines: [
        { type: 'electricity', label: 'Elektriciteit bakkerij', amount: 42_000, unit: 'kWh', scope: 2, theme: 'energy', kgCO2e: 18_250.4 },
        { type: 'natural_gas', amount: 8_500, unit: 'm3', scope: 1, theme: 'energy', kgCO2e: 16_000 },
      ],
    },
    iso26000: { overallPercent: 56, coreSubjects: [{ id: 'environment', name: t('Milieu'), scorePercent: 40 }, { id: 'labour', name: t('Arbeidsomstandigheden'), scorePercent: null }] },
    goingWell: [{ text: t('Water: klein aandeel in de voetafdruk') }],
    canImprove: [{ text: t('Energie: 79,3 % van de voetafdruk') }],
    recommendations: Array.from({ length: recommendations }, (_, i) => ({
      rank: i + 1,
      title: t(`Maatregel nummer ${i + 1}: zonnepanelen op het dak`),
      theme: 'energy',
      reason: t('Energie is de grootste bron'),
      estimatedKgCO2ePerYear: { min: 1000, max: 2500 },
      costEffect: { investmentEur: { min: 8000, max: 12000 }, paybackYears: { min: 6, max: 8 } },
    })),
    adviserComment: 'Begin met de ovens; daar zit de grootste winst.',
    comparison: { baselineYear: 2024, baselineKgCO2e: 52_000, changeKgCO2e: -3_749.6, changePercent: -7.2 },
  };
}

describe('the sustainability profile PDF', () => {
  it('is a PDF with the company, the Dutch date, the adviser, the figures and page numbers', async () => {
    const pdf = await renderProfilePdf(profile());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.subarray(-6).toString()).toContain('%%EOF');
    const text = (await pages(pdf)).join('\n');
    for (const s of ['Duurzaamheidsprofiel', 'Café Ëlst & Zn.', '22 november 2026', 'Adviseur: Ada Veenstra', 'versie 2', '48,3 ton CO2e', 'Energie', 'Milieu', 'niet ingevuld', 'Wat gaat goed', 'Wat kan beter', 'Begin met de ovens', 'pagina 1 van']) {
      expect(text).toContain(s);
    }
    expect(text).toContain('-3,7 ton CO2e (-7,2 %)');
  });

  it('runs over several pages with every page numbered "pagina X van Y"', async () => {
    const texts = await pages(await renderProfilePdf(profile(30)));
    expect(texts.length).toBeGreaterThan(2);
    texts.forEach((p, i) => expect(p).toContain(`pagina ${i + 1} van ${texts.length}`));
    expect(texts.join('\n')).toContain('30. Maatregel nummer 30');
  });

  it('gives the same bytes for the same input', async () => {
    expect((await renderProfilePdf(profile())).equals(await renderProfilePdf(profile()))).toBe(true);
  });
});

describe('the certificates', () => {
  it('names the company, the cohort and the period on the participation certificate, on one page', async () => {
    const texts = await pages(
      await renderParticipationCertificatePdf({ organisationName: 'Bakkerij De Vries', cohortName: 'Koplopergroep Assen 2026', municipality: 'Assen', partnerName: 'MVO Alliantie Noord-Nederland', startsOn: '2026-01-15', endsOn: '2026-12-15', issuedOn: '2026-12-16' }),
    );
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('Certificaat van deelname');
    expect(texts[0]).toContain('Bakkerij De Vries');
    expect(texts[0]).toContain('15 januari 2026 tot en met 15 december 2026');
  });

  it('shows the number, the validity and the conditions on the CSR certificate', async () => {
    const texts = await pages(
      await renderCsrCertificatePdf({ organisationName: 'Bakkerij De Vries', municipality: 'Assen', number: 'MVO-2026-0001', awardedOn: '2026-11-22', validUntil: '2029-11-21', partnerName: 'MVO Alliantie Noord-Nederland', conditions: ['Energiescan herhalen in 2027'] }),
    );
    expect(texts).toHaveLength(1);
    for (const s of ['MVO-certificaat', 'MVO-2026-0001', '22 november 2026', '21 november 2029', 'Energiescan herhalen in 2027']) expect(texts[0]).toContain(s);
  });
});

/** A document of every primitive, the way a step's layout uses them. */
async function sample(rows: number) {
  const doc = await createDoc({ title: 'Presentielijst', author: 'Partner', date: '2026-03-05' });
  heading(doc, 'Presentielijst masterclass');
  paragraph(doc, `Gehouden op ${dutchDate('2026-03-05')}`, { muted: true });
  centred(doc, 'Bakkerij Ëlst', 12, { bold: true });
  bars(doc, [
    { label: 'Aanwezig', value: 8, text: '8' },
    { label: 'Afwezig', value: 2, text: '2' },
  ]);
  table(
    doc,
    [
      { header: 'Deelnemer', width: 3, cell: (r: number) => `Organisatie nummer ${r + 1} met een lange naam die over meer regels loopt` },
      { header: 'Uitstoot', width: 1, align: 'right', cell: (r: number) => co2(r * 1500) },
      { header: 'Investering', width: 1, align: 'right', cell: (r: number) => euro(r * 1000) },
    ],
    Array.from({ length: rows }, (_, i) => i),
  );
  footers(doc, 'Partner · Presentielijst');
  return finish(doc);
}

describe('PDF primitives', () => {
  it('write a PDF with the metadata, headings, bars and a table', async () => {
    const pdf = await sample(3);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const [page] = await pages(pdf);
    for (const s of ['Presentielijst masterclass', 'Gehouden op 5 maart 2026', 'Bakkerij Ëlst', 'Aanwezig', 'Deelnemer', 'Uitstoot', 'Organisatie nummer 3', '3,0 ton CO2e', '€ 2.000', 'pagina 1 van 1']) {
      expect(page).toContain(s);
    }
  });

  it('run a long table over pages with the header on each and every page numbered', async () => {
    const texts = await pages(await sample(60));
    expect(texts.length).toBeGreaterThan(2);
    texts.forEach((p, i) => {
      expect(p).toContain(`pagina ${i + 1} van ${texts.length}`);
      expect(p).toContain('Deelnemer');
    });
    expect(texts.join('\n')).toContain('Organisatie nummer 60');
  });

  it('give the same bytes for the same input', async () => {
    expect((await sample(10)).equals(await sample(10))).toBe(true);
  });
});

describe('Dutch formatting', () => {
  it('prints dates, numbers, CO2, money and ranges as a Dutch reader expects', () => {
    expect(dutchDate('2026-11-22')).toBe('22 november 2026');
    expect(() => dutchDate('22-11-2026')).toThrow(RangeError);
    expect(dutchNumber(12345.6, 1)).toBe('12.345,6');
    expect(co2(48_250.4)).toBe('48,3 ton CO2e');
    expect(co2(950)).toBe('950 kg CO2e');
    expect(euro(8000)).toBe('€ 8.000');
    expect(range({ min: 6, max: 8 }, (x) => `${x} jaar`)).toBe('6 jaar – 8 jaar');
    expect(range({ min: 6, max: 6 }, (x) => `${x} jaar`)).toBe('6 jaar');
  });

  it('takes the calendar day in the Netherlands, and names files by letters and digits', () => {
    expect(dutchToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(isoDate('2026-03-05')).toBe('2026-03-05');
    expect(isoDate(new Date('2026-03-05T23:30:00Z'))).toBe('2026-03-06');
    expect(fileNamePart('Café Ëlst & Zn.')).toBe('Café-Ëlst-Zn');
  });
});
