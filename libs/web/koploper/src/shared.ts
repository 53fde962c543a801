import { ChangeDetectionStrategy, Component, Pipe, input, signal, type PipeTransform, inject } from '@angular/core';
import { TranslocoService, provideTranslocoScope } from '@jsverse/transloco';
import { ApiError } from '@koers/web-api-client';
import { LanguageService, ToastService, formatDate, formatQuantity, type Language } from '@koers/web-ui';
import { KOPLOPER_TEXTS } from './i18n';

/**
 * The koploper texts are a Transloco scope of their own (keys `koploper.*`),
 * shipped with this library: the shell's first screen does not carry them.
 */
export const koploperTexts = () =>
  provideTranslocoScope({
    scope: 'koploper',
    loader: { nl: () => Promise.resolve(KOPLOPER_TEXTS.nl), en: () => Promise.resolve(KOPLOPER_TEXTS.en) },
  });

/** A `{ nl, en }` text from the API or the domain, in the reader's language. */
@Pipe({ name: 'bilingual', pure: false })
export class BilingualPipe implements PipeTransform {
  private readonly language = inject(LanguageService);
  transform(value: { nl: string; en: string } | null | undefined): string {
    return value ? value[this.language.current()] : '';
  }
}

/** A date (YYYY-MM-DD or ISO) in the reader's language. */
@Pipe({ name: 'koersDate', pure: false })
export class KoersDatePipe implements PipeTransform {
  private readonly language = inject(LanguageService);
  transform(value: string | null | undefined): string {
    return value ? formatDate(value, this.language.current()) : '—';
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

/** Euros in the reader's language. */
@Pipe({ name: 'euro', pure: false })
export class EuroPipe implements PipeTransform {
  private readonly language = inject(LanguageService);
  transform(value: number | null | undefined): string {
    if (value === null || value === undefined) return '—';
    return new Intl.NumberFormat(this.language.current() === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
  }
}

export interface Refusal {
  message: string;
  fields: string[];
}

/**
 * What the user reads when the API refused: the API's own "Dutch / English"
 * detail in the reader's language, every field it named, or a general message.
 */
export function refusal(e: unknown, lang: Language): Refusal {
  if (!(e instanceof ApiError)) return { message: lang === 'nl' ? 'Er ging iets mis. Probeer het opnieuw.' : 'Something went wrong. Please try again.', fields: [] };
  if (e.status === 0) return { message: lang === 'nl' ? 'Koers is even niet bereikbaar. Probeer het zo opnieuw.' : 'Koers cannot be reached right now. Please try again shortly.', fields: [] };
  const pick = (text: string | undefined) => {
    if (!text) return '';
    const [nl, en] = text.split(' / ');
    return (lang === 'en' && en ? en : nl).trim();
  };
  // A file's rows are named in the message itself ("regel 7: …"); other fields get their name in front.
  const fields = (e.problem?.errors ?? []).map((f) => (/^line \d+$/.test(f.field) ? pick(f.message) : `${f.field}: ${pick(f.message)}`));
  return { message: pick(e.problem?.detail) || pick(e.problem?.title) || `HTTP ${e.status}`, fields };
}

/** Today as YYYY-MM-DD in the Netherlands (defaults for date fields). */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** A refusal of the API, announced to screen readers: the message and every field it named. */
@Component({
  selector: 'koers-refusal',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (refusal(); as r) {
      <div class="koers-form-error" role="alert">
        <p>{{ r.message }}</p>
        @for (f of r.fields; track f) {
          <p>{{ f }}</p>
        }
      </div>
    }
  `,
})
export class RefusalComponent {
  readonly refusal = input<Refusal | null>(null);
}

/**
 * How a page runs one change: busy while it runs, the API's refusal if any,
 * a toast when it worked. Call in a field initialiser (it injects).
 */
export function pageActions() {
  const language = inject(LanguageService);
  const toasts = inject(ToastService);
  const transloco = inject(TranslocoService);
  const busy = signal(false);
  const error = signal<Refusal | null>(null);
  return {
    busy,
    error,
    /** Runs `change`; on success shows `done` (a text key) and calls `after`. Resolves to whether it worked. */
    async run(change: () => Promise<unknown>, done?: string, doneParams: Record<string, string> = {}, after?: () => void): Promise<boolean> {
      busy.set(true);
      error.set(null);
      try {
        await change();
        if (done) toasts.show(transloco.translate(done, doneParams));
        after?.();
        return true;
      } catch (e) {
        error.set(refusal(e, language.current()));
        return false;
      } finally {
        busy.set(false);
      }
    },
  };
}
