/**
 * The key figures (kengetallen) of a baseline file: rows of their own beside
 * the activities, for the profile's ratios (kg CO2e per fte, per m², per
 * € 1.000 turnover and per production unit):
 *
 *   medewerkers;12;fte
 *   vloeroppervlak;450;m2
 *   omzet;1.800.000;euro        (in euro; stored as the footprint's turnoverEurMillion)
 *   productie;120;ton brood     (optional; the unit is the company's own word)
 *
 * Amounts are read as the activities' amounts are (the Dutch way, nothing guessed).
 */
import type { Bilingual } from '@koers/domain';
import type { SheetCell } from '@koers/server-files';

export type FigureId = 'employees' | 'floorAreaM2' | 'turnover' | 'production';
interface FigureSpec {
  /** Accepted units, lower case; null: any text (the production unit names itself). */
  units: readonly string[] | null;
  /** Names the import accepts (lower case); the first is the one the template shows. */
  names: readonly string[];
  example: { amount: number; unit: string; label: string };
}

export const KEY_FIGURES: Record<FigureId, FigureSpec> = {
  employees: { units: ['fte'], names: ['medewerkers', 'fte', 'werknemers', 'employees'], example: { amount: 12, unit: 'fte', label: 'Medewerkers in fte, gemiddeld over het jaar' } },
  floorAreaM2: { units: ['m2', 'm²'], names: ['vloeroppervlak', 'oppervlak', 'floor_area'], example: { amount: 450, unit: 'm2', label: 'Vloeroppervlak van de gebouwen (bvo)' } },
  turnover: { units: ['euro', 'eur', '€'], names: ['omzet', 'turnover'], example: { amount: 1800000, unit: 'euro', label: 'Omzet van het jaar in euro' } },
  production: { units: null, names: ['productie', 'productie-eenheid', 'production'], example: { amount: 120, unit: 'ton brood', label: 'Productie in een eigen eenheid (mag weg)' } },
};
const FIGURE_IDS = Object.keys(KEY_FIGURES) as FigureId[];
const BY_NAME = new Map<string, FigureId>(FIGURE_IDS.flatMap((f) => KEY_FIGURES[f].names.map((n) => [n, f] as const)));

/** The key figure a row's type names, if it names one. */
export function keyFigureOf(typeText: string): FigureId | undefined {
  return BY_NAME.get(typeText.trim().toLowerCase().replace(/\s+/g, ' '));
}

/** What a file says beside the activities: the key figures as the footprint input keeps them, and the production unit. */
export interface KeyFigures {
  figures: { employees?: number; floorAreaM2?: number; turnoverEurMillion?: number };
  production: { unit: string; amount: number } | null;
}

type Column = 'type' | 'amount' | 'unit' | 'detail' | 'label';
type Reading = { value: number } | { problem: Bilingual };

/** Collects the key-figure rows of one file; problems go into the file's list of bad rows. */
export class KeyFigureReader {
  private readonly out: KeyFigures = { figures: {}, production: null };
  private readonly seen = new Map<FigureId, number>();

  constructor(
    private readonly readAmount: (cell: SheetCell) => Reading,
    private readonly text: (cell: SheetCell) => string,
    private readonly amountColumn: Bilingual,
  ) {}

  /** Reads one row; returns its problems (empty when it was fine). */
  read(figure: FigureId, get: (col: Column) => SheetCell, line: number): Bilingual[] {
    const problems: Bilingual[] = [];
    const name = KEY_FIGURES[figure].names[0];
    const earlier = this.seen.get(figure);
    if (earlier !== undefined) problems.push({ nl: `${name} staat er al op regel ${earlier}`, en: `${name} is already on line ${earlier}` });
    this.seen.set(figure, line);
    const reading = this.readAmount(get('amount'));
    if (!('value' in reading)) problems.push({ nl: `hoeveelheid ${reading.problem.nl} (${this.amountColumn.nl})`, en: `amount ${reading.problem.en} (${this.amountColumn.en})` });
    else if (figure === 'production' && reading.value <= 0) problems.push({ nl: 'productie moet meer dan 0 zijn', en: 'production must be more than 0' });
    else if (reading.value < 0) problems.push({ nl: 'hoeveelheid mag niet negatief zijn', en: 'amount must not be negative' });
    const unit = this.text(get('unit'));
    const units = KEY_FIGURES[figure].units;
    if (units && !units.includes(unit.toLowerCase())) problems.push({ nl: `eenheid "${unit}" past niet bij ${name}; gebruik ${units[0]}`, en: `unit "${unit}" does not fit ${name}; use ${units[0]}` });
    if (!units && (unit === '' || unit.length > 60)) problems.push({ nl: 'noem de productie-eenheid in de kolom eenheid (max. 60 tekens), bijv. ton brood', en: 'name the production unit in the unit column (max 60 characters), e.g. tonnes of bread' });
    if (this.text(get('detail'))) problems.push({ nl: `${name} heeft geen detail; laat het leeg`, en: `${name} takes no detail; leave it empty` });
    if (problems.length || !('value' in reading)) return problems;
    const v = reading.value;
    if (figure === 'production') this.out.production = { unit, amount: v };
    else if (figure === 'turnover') this.out.figures.turnoverEurMillion = v / 1_000_000;
    else this.out.figures[figure] = v;
    return [];
  }

  result(): KeyFigures {
    return this.out;
  }
}

/** The template's example rows for the key figures (type, amount, unit, detail, label). */
export function keyFigureExampleRows(): [string, number, string, string, string][] {
  return FIGURE_IDS.map((f) => [KEY_FIGURES[f].names[0], KEY_FIGURES[f].example.amount, KEY_FIGURES[f].example.unit, '', KEY_FIGURES[f].example.label]);
}

/** The explanation sheet's lines about the key figures. */
export const KEY_FIGURE_HELP: readonly string[][] = [
  ['kengetallen / key figures', 'eenheid / unit', 'voor de kengetallen in het profiel / for the ratios in the profile'],
  ['medewerkers', 'fte', 'gemiddeld aantal fte in het jaar / average fte over the year'],
  ['vloeroppervlak', 'm2', 'bruto vloeroppervlak van de gebouwen / gross floor area of the buildings'],
  ['omzet', 'euro', 'omzet van het jaar in euro, niet in miljoenen (1.800.000) / turnover of the year in euro, not in millions'],
  ['productie', 'eigen eenheid / own unit', 'optioneel, bijv. productie;120;ton brood / optional, e.g. productie;120;ton brood'],
];
