import type { SizeClass } from '@koers/domain';
import { sbiDivision, sbiSection } from '../sectors/sbi';

/** The six themes of the measures catalogue (what the sustainability profile groups tips by). */
export const MEASURE_THEMES = ['energy', 'mobility', 'waste', 'water', 'purchasing', 'people'] as const;
export type MeasureTheme = (typeof MEASURE_THEMES)[number];

/** Themes of the footprint.ghg output a CO2 percentage can refer to. */
export type FootprintTheme = 'energy' | 'mobility' | 'waste' | 'water' | 'materials';

/** Inclusive range; min = max for a single typical value. */
export interface Range {
  min: number;
  max: number;
}

export interface MeasureText {
  nl: string;
  en: string;
}

export interface Measure {
  /** Stable id `<theme>.<name>`, e.g. `energy.led-lighting`; stored in action plans, never renamed. */
  id: string;
  theme: MeasureTheme;
  title: MeasureText;
  description: MeasureText;
  /** SBI section letters (`I`) or two-digit divisions (`47`), or every sector. */
  sectors: 'all' | readonly string[];
  sizeClasses: readonly SizeClass[];
  /**
   * Typical yearly CO2 reduction, as kg CO2e (for a stated unit such as "per car")
   * and/or as a percentage of a footprint theme. Neither for measures without a direct
   * CO2 effect; `basis` always says how the figure was reached.
   */
  co2Effect: { kgCO2ePerYear?: Range; percentOfTheme?: Range; footprintTheme?: FootprintTheme; basis: string };
  /** Typical cost effect in euro (ex VAT) and/or payback time; a negative yearly saving is an extra cost; `basis` names the unit. */
  costEffect: { investmentEur?: Range; yearlySavingEur?: Range; paybackYears?: Range; basis: string };
  /** ISO 26000 core subject ids the measure strengthens (used to match weak scan results). */
  iso26000?: readonly string[];
  /** On an RVO Erkende Maatregelenlijst (energy-saving duty, payback <= 5 years). */
  erkendeMaatregel?: boolean;
  source: string;
  sourceUrl?: string;
  /** Says which figures are estimates rather than read from the source. */
  note?: string;
}

export interface MeasureCatalogue {
  id: string;
  title: string;
  published: string;
  measures: readonly Measure[];
}

/** Whether a measure fits an organisation's SBI code and size class. */
export function measureApplies(measure: Measure, sbiCode: string, sizeClass: SizeClass): boolean {
  if (!measure.sizeClasses.includes(sizeClass)) return false;
  if (measure.sectors === 'all') return true;
  const section = sbiSection(sbiCode);
  const division = sbiDivision(sbiCode);
  return measure.sectors.some((s) => s === section || s === division);
}
