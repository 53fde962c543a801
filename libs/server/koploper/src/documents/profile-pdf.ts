import { co2Column, measureEffectTexts, obligationLabel, type MeasureEffects } from '@koers/domain';
import type { YearOnYear } from '@koers/calc-footprint-ghg';
import { yearOnYearSection } from './year-on-year-pdf';
import { declaredFactorsSection, type DeclaredLine } from './declared-factors-pdf';
import { ratiosSection, type PdfRatios } from './ratios-pdf';
import type { Benchmark } from '@koers/domain';
import { bars, co2, COLORS, createDoc, dutchDate, dutchNumber, ensureSpace, euro, finish, FONTS, footers, heading, paragraph } from '@koers/server-documents';

type Text = { nl: string; en: string };
type Range = { min: number; max: number };

export interface ProfilePdfData {
  organisationName: string;
  municipality: string | null;
  cohortName: string;
  partnerName: string;
  adviserName: string | null;
  version: number;
  /** YYYY-MM-DD */
  publishedOn: string;
  year: number;
  footprint: {
    totalKgCO2e: number;
    scopes: { scope1: number; scope2MarketBased: number; scope2LocationBased: number; scope3: number };
    themes: { energy: number; mobility: number; waste: number; water: number; materials: number };
    lines: (DeclaredLine & { scope: number; theme: string })[];
  };
  iso26000: { overallPercent: number | null; coreSubjects: { id: string; name: Text; scorePercent: number | null }[] } | null;
  goingWell: { text: Text }[];
  canImprove: { text: Text }[];
  recommendations: {
    rank: number;
    title: Text;
    theme: string;
    reason: Text;
    estimatedKgCO2ePerYear: Range | null;
    /** Profiles made before profile.recommendations 0.2.0 have only estimated and typical kg. */
    typicalKgCO2ePerYear?: Range | null;
    costEffect: { investmentEur?: Range; yearlySavingEur?: Range; paybackYears?: Range };
    co2Effect?: MeasureEffects['co2Effect'];
    expectedKgCO2ePerYear?: number | null;
    obligation?: 'obligatory' | 'choice';
    eml?: { part: 'buildings' | 'facilities' | 'processes'; category: Text } | null;
  }[];
  /** Whether the company falls under the energy-saving duty; null or absent when unknown (older profiles). */
  energySavingDuty?: {
    applies: boolean;
    paybackYearsAtMost: number;
    reportingEveryYears: number;
    summary: Text;
    caveats: Text[];
    sources: { name: string; url: string; consulted: string }[];
  } | null;
  adviserComment: string;
  comparison: { baselineYear: number; baselineKgCO2e: number; changeKgCO2e: number; changePercent: number | null } | null;
  /** Per scope and theme against the first baseline year, and the done measures' expected effect against the measured change. */
  yearOnYear?: YearOnYear | null;
  /** Kengetallen and the sector benchmark; absent in profiles made before them. */
  ratios?: PdfRatios | null;
  benchmark?: Benchmark | null;
}

const THEMES: Record<string, string> = { energy: 'Energie', mobility: 'Mobiliteit', waste: 'Afval', water: 'Water', materials: 'Materialen', purchasing: 'Inkoop', people: 'Mensen' };
const EML_PARTS: Record<string, string> = { buildings: 'Gebouwen', facilities: 'Faciliteiten', processes: 'Processen' };
/** The PDF lists this many measures, the ones with the largest CO2 effect; the page has them all. */
export const PDF_MEASURES = 10;

/** Characters of the standard fonts' WinAnsi encoding beyond Latin-1. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const PLAIN: Record<string, string> = { '→': '->', '≤': '<=', '≥': '>=', '₂': '2', '−': '-', '\u00a0': ' ', '\u202f': ' ' };
/**
 * Text the standard fonts can print: pdfkit draws a character outside WinAnsi as a wrong glyph
 * (an arrow came out as "!’"), so known ones are written plainly and any other becomes "?".
 */
export function printable(text: string): string {
  return [...text].map((c) => {
    const code = c.codePointAt(0) ?? 0;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa1 && code <= 0xff) || c === '\n' || WIN_ANSI_EXTRA.has(c)) return c;
    return PLAIN[c] ?? '?';
  }).join('');
}

type PdfRecommendation = ProfilePdfData['recommendations'][number];
/** The CO2 effect of a recommendation, also for profiles stored before it was in the output. */
function effectsOf(r: PdfRecommendation): MeasureEffects {
  const co2Effect = r.co2Effect ?? (r.estimatedKgCO2ePerYear
    ? { kind: 'estimate' as const, kgCO2ePerYear: r.estimatedKgCO2ePerYear, per: null }
    : r.typicalKgCO2ePerYear
      ? { kind: 'typical' as const, kgCO2ePerYear: r.typicalKgCO2ePerYear, per: { nl: 'per eenheid (zie de catalogus)', en: 'per unit (see the catalogue)' } }
      : { kind: 'none' as const, kgCO2ePerYear: null, per: null });
  return { co2Effect, costEffect: r.costEffect };
}
const expectedKg = (r: PdfRecommendation) => r.expectedKgCO2ePerYear ?? (r.estimatedKgCO2ePerYear ? (r.estimatedKgCO2ePerYear.min + r.estimatedKgCO2ePerYear.max) / 2 : 0);
const PRINT_FORMAT = { co2: (kg: number) => co2(kg), euro, number: (x: number) => dutchNumber(x, Number.isInteger(x) ? 0 : 1) };

/** The ten measures with the largest CO2 effect (the profile's ranking breaks ties). */
export function pdfRecommendations<R extends PdfRecommendation>(all: readonly R[]): R[] {
  return [...all].sort((a, b) => expectedKg(b) - expectedKg(a) || a.rank - b.rank).slice(0, PDF_MEASURES);
}

/** The duurzaamheidsprofiel as the company keeps it: Dutch, with the adviser's name and the date it was published. */
export async function renderProfilePdf(d: ProfilePdfData): Promise<Buffer> {
  const doc = await createDoc({ title: `Duurzaamheidsprofiel ${d.organisationName}`, author: d.partnerName, date: d.publishedOn });

  doc.font(FONTS.bold).fontSize(22).fillColor(COLORS.accent).text('Duurzaamheidsprofiel');
  doc.font(FONTS.bold).fontSize(16).fillColor(COLORS.ink).text(d.organisationName);
  doc.moveDown(0.4);
  paragraph(doc, [d.municipality, d.cohortName].filter(Boolean).join(' · '), { muted: true });
  paragraph(doc, `Meetjaar ${d.year} · versie ${d.version} · ${dutchDate(d.publishedOn)}`, { muted: true });
  paragraph(doc, `Adviseur: ${d.adviserName ?? 'niet toegewezen'}`, { muted: true });

  heading(doc, 'CO2-voetafdruk');
  paragraph(doc, `Totaal ${d.year}: ${co2(d.footprint.totalKgCO2e)} (marktmethode)`);
  // The change against the first year is said once: in the year-on-year table when the profile has it, else (older profiles) in this line.
  if (d.comparison && !d.yearOnYear) {
    const sign = d.comparison.changeKgCO2e > 0 ? '+' : '';
    const pct = d.comparison.changePercent === null ? '' : ` (${sign}${dutchNumber(d.comparison.changePercent, 1)} %)`;
    paragraph(doc, `Ten opzichte van de nulmeting ${d.comparison.baselineYear} (${co2(d.comparison.baselineKgCO2e)}): ${sign}${co2(d.comparison.changeKgCO2e)}${pct}`);
  }
  if (d.yearOnYear) yearOnYearSection(doc, d.yearOnYear);
  doc.moveDown(0.5);
  doc.font(FONTS.bold).fontSize(10).text('Per scope');
  doc.moveDown(0.2);
  const s = d.footprint.scopes;
  bars(doc, [
    { label: 'Scope 1 (eigen uitstoot)', value: s.scope1, text: co2(s.scope1) },
    { label: 'Scope 2 (ingekochte energie)', value: s.scope2MarketBased, text: co2(s.scope2MarketBased) },
    { label: 'Scope 3 (keten)', value: s.scope3, text: co2(s.scope3) },
  ]);
  doc.font(FONTS.bold).fontSize(10).text('Per thema');
  doc.moveDown(0.2);
  bars(doc, Object.entries(d.footprint.themes).map(([theme, kg]) => ({ label: THEMES[theme] ?? theme, value: kg, text: co2(kg) })));

  const hotspots = [...d.footprint.lines].sort((a, b) => b.kgCO2e - a.kgCO2e).slice(0, 5);
  if (hotspots.length) {
    doc.font(FONTS.bold).fontSize(10).text('Grootste bronnen');
    doc.moveDown(0.2);
    for (const l of hotspots) paragraph(doc, printable(`• ${l.label ?? l.type}: ${dutchNumber(l.amount, 0)} ${l.unit}, ${co2(l.kgCO2e)}`));
  }

  declaredFactorsSection(doc, d.footprint.lines, printable);

  if (d.ratios) ratiosSection(doc, d.ratios, d.benchmark ?? null);

  if (d.iso26000) {
    heading(doc, 'ISO 26000: maatschappelijk verantwoord ondernemen');
    paragraph(doc, d.iso26000.overallPercent === null ? 'Nog niet volledig ingevuld.' : `Gemiddelde score: ${dutchNumber(d.iso26000.overallPercent, 0)} %`);
    doc.moveDown(0.3);
    bars(
      doc,
      d.iso26000.coreSubjects.map((c) => ({ label: c.name.nl, value: c.scorePercent ?? 0, text: c.scorePercent === null ? 'niet ingevuld' : `${dutchNumber(c.scorePercent, 0)} %` })),
      { max: 100 },
    );
  }

  heading(doc, 'Wat gaat goed');
  for (const g of d.goingWell) paragraph(doc, printable(`• ${g.text.nl}`));
  if (!d.goingWell.length) paragraph(doc, 'Nog niets vastgesteld.', { muted: true });
  heading(doc, 'Wat kan beter');
  for (const c of d.canImprove) paragraph(doc, printable(`• ${c.text.nl}`));
  if (!d.canImprove.length) paragraph(doc, 'Nog niets vastgesteld.', { muted: true });

  const duty = d.energySavingDuty ?? null;
  if (duty) {
    heading(doc, 'Energiebesparingsplicht');
    paragraph(doc, printable(duty.summary.nl));
    for (const c of duty.caveats) paragraph(doc, printable(`• ${c.nl}`), { muted: true, size: 9 });
    const sources = duty.sources.slice(0, 2).map((x) => `${x.name} (${x.url}, geraadpleegd ${dutchDate(x.consulted)})`).join('; ');
    paragraph(doc, printable(`Bron: ${sources}.`), { muted: true, size: 8 });
  }

  heading(doc, 'Aanbevelingen');
  const shown = pdfRecommendations(d.recommendations);
  paragraph(
    doc,
    d.recommendations.length > shown.length
      ? `De ${shown.length} maatregelen met het grootste CO2-effect. De volledige lijst van ${d.recommendations.length} aanbevolen maatregelen staat in het profiel in Koers.`
      : 'Gerangschikt naar het grootste CO2-effect.',
    { muted: true },
  );
  // One unit for every measure's CO2 effect, from the largest of them: never t and kg mixed down the list.
  const measuresCo2 = co2Column(shown.flatMap((r) => { const kg = effectsOf(r).co2Effect.kgCO2ePerYear; return kg ? [kg.min, kg.max] : []; }), 'nl', { printable: true });
  shown.forEach((r, i) => {
    ensureSpace(doc, 80);
    doc.moveDown(0.4).font(FONTS.bold).fontSize(10).fillColor(COLORS.ink).text(printable(`${i + 1}. ${r.title.nl}`));
    paragraph(doc, printable(`${THEMES[r.theme] ?? r.theme} · ${r.reason.nl}`), { muted: true, size: 9 });
    const effects = measureEffectTexts(effectsOf(r), 'nl', { ...PRINT_FORMAT, co2: (kg) => `${measuresCo2.format(kg)} ${measuresCo2.unit === 't' ? 'ton' : 'kg'} CO2e` });
    paragraph(doc, printable(`CO2-effect: ${effects.co2}`), { size: 9 });
    if (effects.costs.length) paragraph(doc, printable(effects.costs.join(' · ')), { size: 9 });
    if (duty && r.obligation) {
      const eml = r.eml ? ` · EML ${EML_PARTS[r.eml.part] ?? r.eml.part}: ${r.eml.category.nl}` : '';
      paragraph(doc, printable(`${obligationLabel(r.obligation, duty.paybackYearsAtMost, 'nl', true)}${eml}`), { size: 9, bold: r.obligation === 'obligatory' });
    }
  });
  if (!d.recommendations.length) paragraph(doc, 'Geen aanbevelingen.', { muted: true });

  heading(doc, 'Toelichting van de adviseur');
  paragraph(doc, printable(d.adviserComment.trim()) || 'Geen toelichting.', { muted: !d.adviserComment.trim() });

  footers(doc, `${d.partnerName} · Duurzaamheidsprofiel ${d.organisationName}, versie ${d.version}`);
  return finish(doc);
}
