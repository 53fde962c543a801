import type { Language } from './translations';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A quantity always shows its unit, in the reader's locale: nl `1.234,5 kg CO₂e`, en `1,234.5 kg CO₂e`. */
export function formatQuantity(value: number, unit: string, lang: Language, maximumFractionDigits = 1): string {
  const n = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits, minimumFractionDigits: 0 }).format(value);
  return `${n}\u00a0${unit}`;
}

export function formatDate(value: string | Date, lang: Language): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(value));
}
