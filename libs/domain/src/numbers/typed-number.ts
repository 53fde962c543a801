/** The reader's language; the same codes as the web's. */
type Language = 'nl' | 'en';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * An amount as typed in the reader's language: Dutch `30.000`, `4.500,5`,
 * `-1,5` (a point groups thousands, a comma is the decimal sign); English
 * `30,000`, `4,500.5`. A euro sign and spaces are ignored, an empty text is
 * null. What fits neither reading exactly (Dutch `12.5`, or `0.750`: no group
 * of thousands starts with 0) is not guessed: NaN,
 * and the form says how to write it (as the flow-map editor does).
 */
export function parseNumber(text: string, lang: Language): number | null {
  const s = text.replace(/[\s\u00a0€]/g, '');
  if (!s) return null;
  const [group, decimal] = lang === 'nl' ? ['.', ','] : [',', '.'];
  const g = group === '.' ? '\\.' : ',';
  const d = decimal === '.' ? '\\.' : ',';
  if (new RegExp(`^[-+]?[1-9]\\d{0,2}(${g}\\d{3})+(${d}\\d+)?$`).test(s) || new RegExp(`^[-+]?\\d+(${d}\\d+)?$`).test(s)) {
    return Number(s.split(group).join('').replace(decimal, '.'));
  }
  return Number.NaN;
}

/** A number as the form shows it again: Dutch `30.000`, `4.500,5`, at most two decimals. */
export function formatNumber(value: number, lang: Language, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }).format(value);
}
