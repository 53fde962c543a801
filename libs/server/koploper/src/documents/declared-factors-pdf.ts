import { co2, heading, paragraph, type Doc } from '@koers/server-documents';

/** A footprint line as the PDF reads it; `declaredFactor` only where the user declared the factor (footprint.ghg 1.2.0). */
export interface DeclaredLine {
  type: string;
  label?: string;
  amount: number;
  unit: string;
  factorKey?: string;
  factorKgCO2ePerUnit?: number;
  factorUnit?: string;
  kgCO2e: number;
  declaredFactor?: { source: string; year: number };
}

const MATERIALS: Record<string, string> = {
  paper: 'Papier', cardboard: 'Karton', plastics: 'Kunststof', steel: 'Staal', aluminium: 'Aluminium', concrete: 'Beton', wood: 'Hout', glass: 'Glas', textile: 'Textiel', other: 'Overig materiaal',
};
const FREIGHT: Record<string, string> = { rail: 'Goederenvervoer per trein', 'inland-ship': 'Goederenvervoer per binnenvaartschip' };
const UNITS: Record<string, string> = { kg: 'kg', t: 'ton', tkm: 'tonkm' };

const factorText = (x: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 4 }).format(x);
const amountText = (x: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 3 }).format(x);

/** "Staal" for material.steel, "Goederenvervoer per trein" for freight.rail. */
export function declaredName(l: DeclaredLine): string {
  const [kind, which = ''] = (l.factorKey ?? '').split('.', 2) as [string, string?];
  return (kind === 'material' ? MATERIALS[which] : FREIGHT[which]) ?? l.type;
}

/** One line: "Staal (Buis): 2 ton x 2,3 kg CO2e per kg = 4,6 ton CO2e; bron: Nationale Milieudatabase (2023)". */
export function declaredLineText(l: DeclaredLine & { declaredFactor: { source: string; year: number } }): string {
  const name = `${declaredName(l)}${l.label ? ` (${l.label})` : ''}`;
  const per = l.factorUnit === 'tkm' ? 'tonkm' : 'kg';
  const factor = l.factorKgCO2ePerUnit === undefined ? '' : ` x ${factorText(l.factorKgCO2ePerUnit)} kg CO2e per ${per}`;
  return `${name}: ${amountText(l.amount)} ${UNITS[l.unit] ?? l.unit}${factor} = ${co2(l.kgCO2e)}; bron: ${l.declaredFactor.source} (${l.declaredFactor.year})`;
}

/**
 * Materials bought and goods by rail or inland ship: not on the CO2emissiefactoren.nl
 * list, so the footprint used the factor the company gave. Each such line with its
 * factor and the source named; nothing when the footprint has none.
 */
export function declaredFactorsSection(doc: Doc, lines: readonly DeclaredLine[], printable: (s: string) => string): void {
  const declared = lines.filter((l): l is DeclaredLine & { declaredFactor: { source: string; year: number } } => l.declaredFactor !== undefined);
  if (!declared.length) return;
  heading(doc, 'Materialen en vervoer met een eigen emissiefactor', 12);
  paragraph(doc, 'Deze staan niet op de lijst CO2emissiefactoren.nl: de voetafdruk rekent met de factor uit de bron die het bedrijf opgaf.', { muted: true, size: 9 });
  for (const l of declared) paragraph(doc, printable(`• ${declaredLineText(l)}`), { size: 9 });
}
