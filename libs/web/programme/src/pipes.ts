import { Pipe, inject, type PipeTransform } from '@angular/core';
import { LanguageService, formatDate, formatQuantity, type Language } from '@koers/web-ui';

/** A text in both languages, as the API and the domain give it. */
export interface Bilingual {
  nl: string;
  en: string;
}

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A `{ nl, en }` text from the API or the domain, in the reader's language. */
@Pipe({ name: 'bilingual', pure: false })
export class BilingualPipe implements PipeTransform {
  private readonly language = inject(LanguageService);
  transform(value: Bilingual | null | undefined): string {
    return value ? value[this.language.current()] : '';
  }
}

/** A date (YYYY-MM-DD or ISO) in the reader's language; `'time'` adds the time of day (Dutch time). */
@Pipe({ name: 'koersDate', pure: false })
export class KoersDatePipe implements PipeTransform {
  private readonly language = inject(LanguageService);
  /** `'time'`: date and time; `'hour'`: the time of day alone (a session's end: 17:00). */
  transform(value: string | null | undefined, withTime?: 'time' | 'hour'): string {
    if (!value) return '—';
    const lang = this.language.current();
    if (!withTime) return formatDate(value, lang);
    if (withTime === 'hour') return new Intl.DateTimeFormat(LOCALES[lang], { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(new Date(value));
    return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(new Date(value));
  }
}

/** kg CO₂e with its unit; tonnes once it is large. */
@Pipe({ name: 'co2', pure: false })
export class Co2Pipe implements PipeTransform {
  private readonly language = inject(LanguageService);
  /** `scale`: the value whose size picks the unit, so both ends of a range read in one unit. */
  transform(kg: number | null | undefined, scale?: number): string {
    if (kg === null || kg === undefined) return '—';
    return co2(kg, this.language.current(), scale);
  }
}

export function co2(kg: number, lang: Language, scale = kg): string {
  return Math.abs(scale) >= 10_000 ? formatQuantity(kg / 1000, 't CO₂e', lang) : formatQuantity(kg, 'kg CO₂e', lang, 0);
}

/**
 * A percentage in the reader's language, one decimal at most: nl `51,8%`, en
 * `51.8%` (never `51.8%` in Dutch); `signed` shows + before a rise. '—' when there is none.
 */
@Pipe({ name: 'percentage', pure: false })
export class PercentagePipe implements PipeTransform {
  private readonly language = inject(LanguageService);
  transform(value: number | null | undefined, signed?: 'signed'): string {
    if (value === null || value === undefined || !Number.isFinite(value)) return '—';
    return percentage(value, this.language.current(), signed === 'signed');
  }
}

export function percentage(value: number, lang: Language, signed = false): string {
  return `${new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1, signDisplay: signed ? 'exceptZero' : 'auto' }).format(value)}%`;
}

/** Euros in the reader's language, whole euros. */
@Pipe({ name: 'euro', pure: false })
export class EuroPipe implements PipeTransform {
  private readonly language = inject(LanguageService);
  transform(value: number | null | undefined): string {
    if (value === null || value === undefined) return '—';
    return euro(value, this.language.current());
  }
}

/** Euros in the reader's language: whole amounts without cents (€ 12.500), others with both digits (€ 12.500,50), never rounded away. */
export function euro(value: number, lang: Language): string {
  const digits = Number.isInteger(Math.round(value * 100) / 100) ? 0 : 2;
  return new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'EUR', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A file's size in bytes, in the reader's language: nl `482 kB`, `1,2 MB` (decimal units: 1 kB is 1000 bytes). */
@Pipe({ name: 'fileSize', pure: false })
export class FileSizePipe implements PipeTransform {
  private readonly language = inject(LanguageService);
  transform(bytes: number | null | undefined): string {
    if (bytes === null || bytes === undefined) return '—';
    return fileSize(bytes, this.language.current());
  }
}

export function fileSize(bytes: number, lang: Language): string {
  if (bytes < 1000) return formatQuantity(bytes, 'B', lang, 0);
  // 999.6 kB would read "1.000 kB": from there on it is MB.
  if (Math.round(bytes / 1000) < 1000) return formatQuantity(bytes / 1000, 'kB', lang, 0);
  return formatQuantity(bytes / 1_000_000, 'MB', lang, 1);
}

/** Today as YYYY-MM-DD in the Netherlands (defaults for date fields). */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
