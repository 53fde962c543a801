/** The reader's language; the same codes as the web's. */
type Language = 'nl' | 'en';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The unit a column (or a set) of CO2 amounts is written in. */
export type Co2Unit = 't' | 'kg';

/** Tonnes once the largest amount (by size, so also a large reduction) is 1.000 kg or more. */
export const CO2_TONNES_FROM_KG = 1000;

export interface Co2Column {
  unit: Co2Unit;
  /** The unit with its gas, for the column's header: "t CO₂e" (`printable`: "t CO2e", the PDF's standard fonts have no ₂). */
  label: string;
  /**
   * An amount in the column's unit, without the unit: tonnes with one decimal (2.500 kg -> "2,5",
   * 300 kg in a tonnes column -> "0,3"), kilograms whole ("850"); grouped the reader's way ("12.500").
   * `signed`: a plus before growth, a minus before a reduction.
   */
  format: (kg: number, signed?: boolean) => string;
  /** The amount with the unit ("2,5 t CO₂e"), where a figure stands on its own in the column. */
  withUnit: (kg: number, signed?: boolean) => string;
}

/**
 * One unit for every CO2 amount of a column, so a column never mixes t and kg:
 * chosen from the column's largest amount (null and undefined are skipped), in the reader's language
 * (Dutch decimal comma and thousands point). `printable` writes the hyphen-minus and "CO2e" for a PDF.
 */
export function co2Column(kgs: Iterable<number | null | undefined>, lang: Language, opts: { printable?: boolean } = {}): Co2Column {
  let largest = 0;
  for (const kg of kgs) if (typeof kg === 'number' && Number.isFinite(kg)) largest = Math.max(largest, Math.abs(kg));
  const unit: Co2Unit = largest >= CO2_TONNES_FROM_KG ? 't' : 'kg';
  const digits = unit === 't' ? 1 : 0;
  const label = `${unit} ${opts.printable ? 'CO2e' : 'CO₂e'}`;
  const format = (kg: number, signed = false) => {
    const value = unit === 't' ? kg / 1000 : kg;
    const text = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: signed ? 'exceptZero' : 'auto' }).format(value);
    return opts.printable ? text.replace(/\u2212/g, '-') : text;
  };
  const space = opts.printable ? ' ' : '\u00a0';
  return { unit, label, format, withUnit: (kg, signed) => `${format(kg, signed)}${space}${label}` };
}
