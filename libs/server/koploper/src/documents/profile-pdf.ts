import { bars, co2, COLORS, createDoc, dutchDate, dutchNumber, ensureSpace, euro, finish, FONTS, footers, heading, paragraph, range } from '@koers/server-documents';

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
    lines: { type: string; label?: string; amount: number; unit: string; scope: number; theme: string; kgCO2e: number }[];
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
    costEffect: { investmentEur?: Range; yearlySavingEur?: Range; paybackYears?: Range };
  }[];
  adviserComment: string;
  comparison: { baselineYear: number; baselineKgCO2e: number; changeKgCO2e: number; changePercent: number | null } | null;
}

const THEMES: Record<string, string> = { energy: 'Energie', mobility: 'Mobiliteit', waste: 'Afval', water: 'Water', materials: 'Materialen', purchasing: 'Inkoop', people: 'Mensen' };

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
  if (d.comparison) {
    const sign = d.comparison.changeKgCO2e > 0 ? '+' : '';
    const pct = d.comparison.changePercent === null ? '' : ` (${sign}${dutchNumber(d.comparison.changePercent, 1)} %)`;
    paragraph(doc, `Ten opzichte van de nulmeting ${d.comparison.baselineYear} (${co2(d.comparison.baselineKgCO2e)}): ${sign}${co2(d.comparison.changeKgCO2e)}${pct}`);
  }
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
    for (const l of hotspots) paragraph(doc, `• ${l.label ?? l.type}: ${dutchNumber(l.amount, 0)} ${l.unit} → ${co2(l.kgCO2e)}`);
  }

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
  for (const g of d.goingWell) paragraph(doc, `• ${g.text.nl}`);
  if (!d.goingWell.length) paragraph(doc, 'Nog niets vastgesteld.', { muted: true });
  heading(doc, 'Wat kan beter');
  for (const c of d.canImprove) paragraph(doc, `• ${c.text.nl}`);
  if (!d.canImprove.length) paragraph(doc, 'Nog niets vastgesteld.', { muted: true });

  heading(doc, 'Aanbevelingen');
  paragraph(doc, 'Gerangschikt naar de grootste bronnen, de sector en de omvang van het bedrijf.', { muted: true });
  for (const r of d.recommendations) {
    ensureSpace(doc, 70);
    doc.moveDown(0.4).font(FONTS.bold).fontSize(10).fillColor(COLORS.ink).text(`${r.rank}. ${r.title.nl}`);
    paragraph(doc, `${THEMES[r.theme] ?? r.theme} · ${r.reason.nl}`, { muted: true, size: 9 });
    const facts: string[] = [];
    if (r.estimatedKgCO2ePerYear) facts.push(`besparing ${range(r.estimatedKgCO2ePerYear, co2)} per jaar`);
    if (r.costEffect.investmentEur) facts.push(`investering ${range(r.costEffect.investmentEur, euro)}`);
    if (r.costEffect.yearlySavingEur) facts.push(`bespaart ${range(r.costEffect.yearlySavingEur, euro)} per jaar`);
    if (r.costEffect.paybackYears) facts.push(`terugverdientijd ${range(r.costEffect.paybackYears, (x) => `${dutchNumber(x, 1)} jaar`)}`);
    if (facts.length) paragraph(doc, facts.join(' · '), { size: 9 });
  }
  if (!d.recommendations.length) paragraph(doc, 'Geen aanbevelingen.', { muted: true });

  heading(doc, 'Toelichting van de adviseur');
  paragraph(doc, d.adviserComment.trim() || 'Geen toelichting.', { muted: !d.adviserComment.trim() });

  footers(doc, `${d.partnerName} · Duurzaamheidsprofiel ${d.organisationName}, versie ${d.version}`);
  return finish(doc);
}
