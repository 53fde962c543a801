import type { YearChange, YearOnYear } from '@koers/calc-footprint-ghg';
import { co2Column } from '@koers/domain';
import { dutchNumber, heading, paragraph, table, type Doc } from '@koers/server-documents';

const THEME_NAMES: Record<keyof YearOnYear['themes'], string> = { energy: 'Energie', mobility: 'Mobiliteit', waste: 'Afval', water: 'Water', materials: 'Materialen' };

/** One unit for a set of figures: tonnes (one decimal) once the largest is 1.000 kg or more, else whole kg. */
export function co2Unit(values: readonly number[]): { unit: 't' | 'kg'; format: (kg: number, signed?: boolean) => string } {
  // The web's helper, printable: standard fonts print the hyphen-minus, not U+2212; a plus for growth when asked.
  const { unit, format } = co2Column(values, 'nl', { printable: true });
  return { unit, format };
}

/** -10.3 -> '-10,3%', 50 -> '+50,0%', null -> '-' (no baseline to compare with). */
export const signedPercent = (p: number | null) => (p === null ? '-' : `${p > 0 ? '+' : ''}${dutchNumber(p, 1)}%`);

/** "verwacht -4,2 t, gemeten -3,1 t" in one unit. */
export function expectedAgainstMeasured(m: NonNullable<YearOnYear['measures']>): string {
  const { unit, format } = co2Unit([m.expectedKgCO2e, m.measuredKgCO2e]);
  return `verwacht ${format(m.expectedKgCO2e, true)} ${unit}, gemeten ${format(m.measuredKgCO2e, true)} ${unit} CO2e`;
}

/**
 * The year-on-year effect in the profile PDF: per scope and theme the baseline
 * year, this year, the change and the percentage, in one unit; the factor set of
 * each year; the done measures' expected effect against the change measured.
 */
export function yearOnYearSection(doc: Doc, y: YearOnYear): void {
  heading(doc, `Verandering ten opzichte van ${y.baselineYear}`, 12);
  const rows: { label: string; c: YearChange; bold?: boolean }[] = [
    { label: 'Totaal (marktmethode)', c: y.total, bold: true },
    { label: 'Scope 1 (eigen uitstoot)', c: y.scopes.scope1 },
    { label: 'Scope 2 (ingekochte energie)', c: y.scopes.scope2 },
    { label: 'Scope 3 (keten)', c: y.scopes.scope3 },
    ...(Object.keys(THEME_NAMES) as (keyof YearOnYear['themes'])[]).map((t) => ({ label: `Thema ${THEME_NAMES[t]}`, c: y.themes[t] })),
  ];
  const { unit, format } = co2Unit(rows.flatMap((r) => [r.c.baselineKgCO2e, r.c.currentKgCO2e, r.c.changeKgCO2e]));
  table(
    doc,
    [
      { header: '', width: 3, cell: (r) => r.label },
      { header: `${y.baselineYear} (${unit} CO2e)`, width: 2, align: 'right', cell: (r) => format(r.c.baselineKgCO2e) },
      { header: `${y.year} (${unit} CO2e)`, width: 2, align: 'right', cell: (r) => format(r.c.currentKgCO2e) },
      { header: `Verschil (${unit})`, width: 2, align: 'right', cell: (r) => format(r.c.changeKgCO2e, true) },
      { header: 'Verschil (%)', width: 1.6, align: 'right', cell: (r) => signedPercent(r.c.changePercent) },
    ],
    rows,
  );
  doc.moveDown(0.3);
  paragraph(doc, `Emissiefactoren: ${y.baselineYear} met ${y.factorSets.baseline.title}, ${y.year} met ${y.factorSets.current.title}.`, { muted: true, size: 8 });
  if (y.measures) {
    paragraph(doc, `Effect van de afgeronde maatregelen (${y.measures.count}): ${expectedAgainstMeasured(y.measures)}`, { bold: true });
    paragraph(doc, 'Verwacht: het CO2-effect dat het actieplan bij de maatregelen noemt. Gemeten: het verschil tussen de twee nulmetingen, dat ook andere oorzaken kan hebben (groei, weer, andere emissiefactoren).', { muted: true, size: 8 });
  } else {
    paragraph(doc, 'Nog geen afgeronde maatregelen met een verwacht CO2-effect in het actieplan.', { muted: true, size: 9 });
  }
}
