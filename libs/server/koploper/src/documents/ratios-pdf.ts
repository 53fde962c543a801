import { benchmarkTexts, POSITION_TEXTS, type Benchmark, type RatioBenchmark, type RatioMetric } from '@koers/domain';
import { heading, paragraph, table, type Doc } from '@koers/server-documents';

/** The ratios as the profile stores them (ProfileContent.ratios). */
export interface PdfRatios {
  perFte: number | null;
  perM2: number | null;
  perThousandEur: number | null;
  perProductionUnit: { unit: string; amount: number; kgCO2e: number } | null;
  basis: { employees: number | null; floorAreaM2: number | null; turnoverEur: number | null };
  source: { year: number; factorSet: { id: string; title: string } };
}

const METRIC_LABELS: Record<RatioMetric, string> = { perFte: 'per fte', perM2: 'per m2 vloeroppervlak', perThousandEur: 'per EUR 1.000 omzet' };
/** Dutch, at most `max` decimals (12 fte, 12,5 fte; 5.000; 133,3). */
const nl = (x: number, max = 1) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: max }).format(x);
const kg = (x: number) => `${nl(x, x < 1000 ? 1 : 0)} kg`;

/**
 * Kengetallen and the sector benchmark in the profile PDF: kg CO2e per fte, m²,
 * € 1.000 turnover and production unit with their basis and source; then the
 * group's quartiles and the company's position, or why they are withheld.
 * Written for the standard fonts (m2, EUR: no ² or € outside WinAnsi trouble).
 */
export function ratiosSection(doc: Doc, r: PdfRatios, b: Benchmark | null): void {
  heading(doc, 'Kengetallen', 12);
  const rows: { label: string; value: string; basis: string }[] = [];
  const basis = r.basis;
  rows.push({ label: 'kg CO2e per fte', value: r.perFte === null ? 'niet bekend' : kg(r.perFte), basis: basis.employees === null ? 'aantal fte niet ingevuld' : `${nl(basis.employees)} fte` });
  rows.push({ label: 'kg CO2e per m2', value: r.perM2 === null ? 'niet bekend' : kg(r.perM2), basis: basis.floorAreaM2 === null ? 'vloeroppervlak niet ingevuld' : `${nl(basis.floorAreaM2, 0)} m2` });
  rows.push({ label: 'kg CO2e per EUR 1.000 omzet', value: r.perThousandEur === null ? 'niet bekend' : kg(r.perThousandEur), basis: basis.turnoverEur === null ? 'omzet niet ingevuld' : `EUR ${nl(basis.turnoverEur, 0)} omzet` });
  if (r.perProductionUnit) rows.push({ label: `kg CO2e per ${r.perProductionUnit.unit}`, value: kg(r.perProductionUnit.kgCO2e), basis: `${nl(r.perProductionUnit.amount)} ${r.perProductionUnit.unit}` });
  table(doc, [
    { header: 'Kengetal', width: 3, cell: (x) => x.label },
    { header: 'Waarde', width: 2, align: 'right', cell: (x) => x.value },
    { header: 'Gedeeld door', width: 3, cell: (x) => x.basis },
  ], rows);
  doc.moveDown(0.3);
  paragraph(doc, `Bron: footprint ${r.source.year} (marktmethode), emissiefactoren ${r.source.factorSet.title}.`, { muted: true, size: 8 });

  if (!b) return;
  heading(doc, 'Vergelijking met de sector', 12);
  const t = benchmarkTexts(b);
  if (!b.shown) {
    paragraph(doc, cap(t.withheld?.nl ?? ''), { muted: true });
    return;
  }
  const shown = b.ratios.filter((x): x is Extract<RatioBenchmark, { shown: true }> => x.shown);
  if (shown.length) {
    table(doc, [
      { header: 'kg CO2e', width: 2.6, cell: (x) => METRIC_LABELS[x.metric] },
      { header: 'Uw bedrijf', width: 1.6, align: 'right', cell: (x) => nl(x.companyValue, x.companyValue < 1000 ? 1 : 0) },
      { header: '25%', width: 1.3, align: 'right', cell: (x) => nl(x.p25, x.p25 < 1000 ? 1 : 0) },
      { header: 'Mediaan', width: 1.4, align: 'right', cell: (x) => nl(x.median, x.median < 1000 ? 1 : 0) },
      { header: '75%', width: 1.3, align: 'right', cell: (x) => nl(x.p75, x.p75 < 1000 ? 1 : 0) },
      { header: 'n', width: 0.7, align: 'right', cell: (x) => String(x.n) },
      { header: 'Positie', width: 3, cell: (x) => POSITION_TEXTS[x.position].nl },
    ], shown);
  }
  for (const x of b.ratios) {
    if (x.shown) continue;
    paragraph(doc, `${METRIC_LABELS[x.metric]}: ${x.reason === 'company_missing' ? 'niet te vergelijken, uw bedrijf heeft dit kengetal niet' : `minder dan ${b.minOthers} andere bedrijven hebben dit kengetal: niet getoond`}.`, { muted: true, size: 9 });
  }
  doc.moveDown(0.3);
  paragraph(doc, `Bron: ${t.source?.nl ?? ''}. Alleen samengevatte cijfers van andere bedrijven (kwartielen), nooit hun namen of eigen cijfers.`, { muted: true, size: 8 });
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
