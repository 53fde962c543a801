/**
 * The layouts of step 3's results reports (Dutch): a chain project's (Sankey
 * as-is and redesigned per flow map, circularity indicators, business case,
 * results) and a sector programme's (its chain groups and their results added
 * up, the questions and the agreements). Every figure names where it comes from.
 */
import { CHAIN_ROLE_LABELS, checkBalance, FLOW_VARIANT_LABELS, sankeyGraph, type BusinessCaseFigures, type ChainRole, type FlowScenario } from '@koers/domain';
import { co2, createDoc, dutchDate, dutchNumber, euro, finish, footers, heading, paragraph, sankey, table, type Doc } from '@koers/server-documents';

export interface CtiFigures {
  circularInflowPct: number | null;
  circularOutflowPct: number | null;
  materialCircularityPct: number | null;
  renewableEnergyPct: number | null;
  waterCircularityPct: number | null;
}

export interface ImpactLine {
  item: string;
  listLabel: string;
  factorSetId: string;
  factorKgCO2ePerUnit: number;
  unit: string;
  factorNote: string | null;
  reductionQuantity: number;
  kgCO2eReduction: number;
}

export interface ImpactFigures {
  factorSet: { id: string; title?: string } | null;
  lines: ImpactLine[];
  notCounted: { name: string; reductionKg: number; note: string }[];
  totals: { kgCO2eReductionPerYear: number; waterSavedM3: number | null; fteChange: number; yearlyBenefitEur: number; investmentEur: number };
  computedWith: string;
}

export interface ResultsPdfData {
  partnerName: string;
  name: string;
  subject: string;
  goal: string;
  startsOn: string;
  endsOn: string;
  status: string;
  phaseLabel: string;
  members: { name: string; lead: boolean; chainRole: ChainRole }[];
  specialists: { name: string; organisation: string | null; kind: string; contribution: string }[];
  sessionsHeld: number;
  sessionsRequired: number;
  maps: { subject: string; asIs: FlowScenario; redesign: FlowScenario; cti: { asIs: CtiFigures | null; redesign: CtiFigures | null }; ctiSource: string | null }[];
  option: { name: string; description: string; discountRatePct: number; horizonYears: number; lines: { name: string; figures: BusinessCaseFigures; fteChange: number }[]; total: BusinessCaseFigures } | null;
  impact: ImpactFigures | null;
  issuedOn: string;
}

const pct = (x: number | null) => (x === null ? 'niet berekend' : `${dutchNumber(x, 1)}%`);
const years = (f: BusinessCaseFigures) => (f.investmentEur === 0 ? 'geen investering' : f.paybackYears === null ? 'niet terug te verdienen' : `${dutchNumber(f.paybackYears, 1)} jaar`);
const unitText = (u: string) => u.replace(/3$/, '³');
const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

export async function renderResultsPdf(d: ResultsPdfData): Promise<Buffer> {
  const doc = await createDoc({ title: `Resultaten ${d.name}`, author: d.partnerName, date: d.issuedOn });
  heading(doc, `Ketenproject ${d.name}`, 18);
  paragraph(doc, `${d.subject} · ${dutchDate(d.startsOn)} tot ${dutchDate(d.endsOn)} · fase: ${d.phaseLabel}`, { muted: true });
  if (d.goal) paragraph(doc, d.goal);

  heading(doc, 'Ketenpartners');
  table(doc, [
    { header: 'Organisatie', width: 3, cell: (m) => `${m.name}${m.lead ? ' (trekker)' : ''}` },
    { header: 'Rol in de keten', width: 2, cell: (m) => CHAIN_ROLE_LABELS[m.chainRole].nl },
  ], d.members);
  if (d.specialists.length) {
    heading(doc, 'Specialisten', 12);
    table(doc, [
      { header: 'Specialist', width: 2, cell: (s) => [s.name, s.organisation].filter(Boolean).join(', ') },
      { header: 'Soort', width: 1, cell: (s) => s.kind },
      { header: 'Bijdrage', width: 3, cell: (s) => s.contribution },
    ], d.specialists);
  }
  paragraph(doc, `Werk- en ontwerpsessies gehouden: ${d.sessionsHeld} (ten minste ${d.sessionsRequired} nodig om af te sluiten).`, { muted: true });

  for (const m of d.maps) {
    doc.addPage();
    heading(doc, `Materiaalstromen: ${m.subject}`);
    for (const variant of ['asIs', 'redesign'] as const) {
      const scenario = m[variant];
      const label = FLOW_VARIANT_LABELS[variant === 'asIs' ? 'as_is' : 'redesign'].nl;
      if (!scenario.flows.length) {
        paragraph(doc, `${label}: nog geen stromen ingevoerd.`, { muted: true });
        continue;
      }
      sankey(doc, sankeyGraph(scenario), { title: `${label} (kg per jaar)`, height: 220 });
      const off = checkBalance(scenario);
      if (off.length) paragraph(doc, `Niet in balans: ${off.map((o) => `${o.node} (${dutchNumber(o.differenceKg, 0)} kg)`).join(', ')}. De figuur toont de stromen zoals ingevoerd.`, { size: 9 });
    }
    heading(doc, 'Circulariteit (WBCSD Circular Transition Indicators)', 12);
    const rows: { label: string; key: keyof CtiFigures }[] = [
      { label: 'Circulaire instroom', key: 'circularInflowPct' },
      { label: 'Circulaire uitstroom', key: 'circularOutflowPct' },
      { label: 'Materiaalcirculariteit', key: 'materialCircularityPct' },
      { label: 'Hernieuwbare energie', key: 'renewableEnergyPct' },
      { label: 'Watercirculariteit', key: 'waterCircularityPct' },
    ];
    table(doc, [
      { header: 'Indicator', width: 3, cell: (r) => r.label },
      { header: 'Huidige situatie', width: 2, align: 'right', cell: (r) => pct(m.cti.asIs?.[r.key] ?? null) },
      { header: 'Herontwerp', width: 2, align: 'right', cell: (r) => pct(m.cti.redesign?.[r.key] ?? null) },
    ], rows);
    paragraph(doc, `Bron: ${m.ctiSource ?? 'nog niet berekend'}.`, { muted: true, size: 8 });
  }

  doc.addPage();
  heading(doc, 'Businesscase');
  if (!d.option) paragraph(doc, 'Er is nog geen optie gekozen.', { muted: true });
  else {
    paragraph(doc, `${sentence(`${d.option.name}${d.option.description ? `: ${d.option.description}` : ''}`)} Netto contante waarde over ${d.option.horizonYears} jaar bij ${dutchNumber(d.option.discountRatePct, 1)}% rekenrente.`);
    const rows = [...d.option.lines.map((l) => ({ ...l, bold: false })), { name: 'Totaal', figures: d.option.total, fteChange: d.option.lines.reduce((a, l) => a + l.fteChange, 0), bold: true }];
    table(doc, [
      { header: 'Ketenpartner', width: 3, cell: (r) => r.name },
      { header: 'Investering', width: 2, align: 'right', cell: (r) => euro(r.figures.investmentEur) },
      { header: 'Opbrengst per jaar', width: 2, align: 'right', cell: (r) => euro(r.figures.yearlyBenefitEur) },
      { header: 'Terugverdientijd', width: 2, align: 'right', cell: (r) => years(r.figures) },
      { header: 'NCW', width: 2, align: 'right', cell: (r) => euro(r.figures.npvEur) },
      { header: 'fte', width: 1, align: 'right', cell: (r) => dutchNumber(r.fteChange, 1) },
    ], rows);
  }

  heading(doc, 'Resultaten per jaar');
  if (!d.impact) paragraph(doc, 'Nog niet berekend: kies een optie van de businesscase en voer de stromen in.', { muted: true });
  else {
    const t = d.impact.totals;
    table(doc, [
      { header: 'Resultaat', width: 3, cell: (r) => r.label },
      { header: 'Per jaar', width: 2, align: 'right', cell: (r) => r.value },
    ], [
      { label: 'Kostenbesparing en extra omzet', value: euro(t.yearlyBenefitEur) },
      { label: 'CO2-reductie', value: co2(t.kgCO2eReductionPerYear) },
      { label: 'Water bespaard', value: t.waterSavedM3 === null ? 'niet bekend' : `${dutchNumber(t.waterSavedM3, 0)} m³` },
      { label: 'Werkgelegenheid', value: `${dutchNumber(t.fteChange, 1)} fte` },
    ]);
    heading(doc, 'Hoe de CO2-reductie is berekend', 11);
    table(doc, [
      { header: 'Post', width: 3, cell: (l) => l.listLabel },
      { header: 'Minder', width: 2, align: 'right', cell: (l) => `${dutchNumber(l.reductionQuantity, 0)} ${unitText(l.unit)}` },
      { header: 'Factor', width: 2, align: 'right', cell: (l) => `${dutchNumber(l.factorKgCO2ePerUnit, 3)} kg/${unitText(l.unit)}` },
      { header: 'CO2e', width: 2, align: 'right', cell: (l) => co2(l.kgCO2eReduction) },
    ], d.impact.lines);
    const notes = d.impact.lines.filter((l) => l.factorNote).map((l) => `${l.listLabel}: ${l.factorNote}`);
    if (notes.length) paragraph(doc, notes.join(' '), { muted: true, size: 8 });
    if (d.impact.notCounted.length) {
      paragraph(doc, `Niet meegeteld (geen factor met een bron): ${d.impact.notCounted.map((n) => `${n.name} (${dutchNumber(n.reductionKg, 0)} kg minder)`).join(', ')}.`, { muted: true, size: 8 });
    }
    paragraph(doc, `Bron: ${d.impact.computedWith}.`, { muted: true, size: 8 });
  }
  footers(doc, `${d.partnerName} · Resultaten ketenproject ${d.name} · ${dutchDate(d.issuedOn)}`);
  return finish(doc);
}

export interface SectorPdfData {
  partnerName: string;
  name: string;
  sector: string;
  region: string | null;
  startsOn: string;
  endsOn: string;
  conferences: { kind: 'opening' | 'closing'; heldOn: string; location: string; notes: string }[];
  questions: { theme: string; question: string; raisedBy: string }[];
  groups: { name: string; theme: string | null; status: string; partners: number; impact: ImpactFigures['totals'] | null }[];
  agreements: { parties: string[]; text: string; agreedOn: string }[];
  issuedOn: string;
}

export async function renderSectorPdf(d: SectorPdfData): Promise<Buffer> {
  const doc: Doc = await createDoc({ title: `Resultaten ${d.name}`, author: d.partnerName, date: d.issuedOn });
  heading(doc, d.name, 18);
  paragraph(doc, `Sector ${d.sector}${d.region ? `, ${d.region}` : ''} · ${dutchDate(d.startsOn)} tot ${dutchDate(d.endsOn)}`, { muted: true });
  for (const c of d.conferences) {
    heading(doc, c.kind === 'opening' ? 'Openingswerkconferentie' : 'Slotwerkconferentie', 12);
    paragraph(doc, `${dutchDate(c.heldOn)}${c.location ? `, ${c.location}` : ''}`, { muted: true });
    if (c.notes) paragraph(doc, c.notes);
  }
  if (d.questions.length) {
    heading(doc, 'Ketens en vragen');
    table(doc, [
      { header: 'Thema', width: 2, cell: (q) => q.theme },
      { header: 'Vraag', width: 4, cell: (q) => q.question },
      { header: 'Ingebracht door', width: 2, cell: (q) => q.raisedBy },
    ], d.questions);
  }
  heading(doc, 'Ketengroepen en hun resultaten per jaar');
  table(doc, [
    { header: 'Ketengroep', width: 3, cell: (g) => `${g.name}${g.theme ? ` (${g.theme})` : ''}` },
    { header: 'Partners', width: 1, align: 'right', cell: (g) => String(g.partners) },
    { header: 'Besparing', width: 2, align: 'right', cell: (g) => (g.impact ? euro(g.impact.yearlyBenefitEur) : '—') },
    { header: 'CO2', width: 2, align: 'right', cell: (g) => (g.impact ? co2(g.impact.kgCO2eReductionPerYear) : '—') },
    { header: 'Water', width: 2, align: 'right', cell: (g) => (g.impact?.waterSavedM3 != null ? `${dutchNumber(g.impact.waterSavedM3, 0)} m³` : '—') },
    { header: 'fte', width: 1, align: 'right', cell: (g) => (g.impact ? dutchNumber(g.impact.fteChange, 1) : '—') },
  ], d.groups);
  const counted = d.groups.filter((g) => g.impact);
  const sum = (pick: (t: ImpactFigures['totals']) => number | null) => counted.reduce((a, g) => a + (pick(g.impact as ImpactFigures['totals']) ?? 0), 0);
  paragraph(doc, counted.length
    ? `Samen (${counted.length} van ${d.groups.length} ketengroepen met berekende resultaten): ${euro(sum((t) => t.yearlyBenefitEur))} per jaar, ${co2(sum((t) => t.kgCO2eReductionPerYear))} minder, ${dutchNumber(sum((t) => t.waterSavedM3), 0)} m³ water, ${dutchNumber(sum((t) => t.fteChange), 1)} fte.`
    : 'Nog geen ketengroep heeft berekende resultaten.');
  if (d.agreements.length) {
    heading(doc, 'Afspraken tussen ketenpartners');
    table(doc, [
      { header: 'Partijen', width: 2, cell: (a) => a.parties.join(', ') },
      { header: 'Afspraak', width: 4, cell: (a) => a.text },
      { header: 'Datum', width: 1, cell: (a) => dutchDate(a.agreedOn) },
    ], d.agreements);
  }
  footers(doc, `${d.partnerName} · Resultaten ${d.name} · ${dutchDate(d.issuedOn)}`);
  return finish(doc);
}
