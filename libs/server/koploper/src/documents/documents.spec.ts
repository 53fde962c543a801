import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderCsrCertificatePdf, renderParticipationCertificatePdf } from './certificates-pdf';
import { renderProfilePdf, type ProfilePdfData } from './profile-pdf';

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

  it('runs over several pages with every page numbered "pagina X van Y"; of 30 measures it lists ten', async () => {
    const texts = await pages(await renderProfilePdf(profile(30)));
    expect(texts.length).toBeGreaterThan(1);
    texts.forEach((p, i) => expect(p).toContain(`pagina ${i + 1} van ${texts.length}`));
    expect(texts.join('\n')).toContain('10. Maatregel nummer 10');
    expect(texts.join('\n')).not.toContain('Maatregel nummer 11');
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

  const csr = { organisationName: 'Bakkerij De Vries', municipality: 'Assen', number: 'MVO-2026-0001', awardedOn: '2026-11-22', validUntil: '2029-11-21', partnerName: 'MVO Alliantie Noord-Nederland', conditions: ['Energiescan herhalen in 2027'], registerUrl: 'https://koers.example/koploper/mvo-register/MVO-2026-0001' };

  it('shows the number, the validity, the conditions, what it means and the register link on the CSR certificate, on one page', async () => {
    const pdf = await renderCsrCertificatePdf(csr);
    const texts = await pages(pdf);
    expect(texts).toHaveLength(1);
    for (const s of ['MVO-certificaat', 'MVO-2026-0001', 'Bakkerij De Vries', 'Assen', '22 november 2026', '21 november 2029', 'Energiescan herhalen in 2027', 'Wat dit certificaat betekent', 'Koplopertraject', 'https://koers.example/koploper/mvo-register/MVO-2026-0001']) {
      expect(texts[0]).toContain(s);
    }
    // The printed address is also a link annotation.
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    const links = (await (await doc.getPage(1)).getAnnotations()).map((a: { url?: string }) => a.url).filter(Boolean);
    expect(links).toContain(csr.registerUrl);
  });

  it('draws a QR code of the register link (more dark squares for a longer address) and stays deterministic', async () => {
    const short = await renderCsrCertificatePdf(csr);
    const long = await renderCsrCertificatePdf({ ...csr, registerUrl: `${csr.registerUrl}?${'x'.repeat(200)}` });
    // Each dark module is one `re` operator in the page's content stream (pdfkit compresses it: count in the uncompressed render).
    expect(long.length).toBeGreaterThan(short.length + 500);
    expect((await renderCsrCertificatePdf(csr)).equals(short)).toBe(true);
  });
});
