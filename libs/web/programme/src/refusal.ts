import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { LanguageService, type Language } from '@koers/web-ui';
import type { Bilingual } from './pipes';
import { PROGRAMME_TEXTS } from './texts';

/** One field a refusal names: its path in the request (`organisationId`, `line 7`, `activities.2.amount`). */
export interface RefusalField {
  field: string;
  code: string | null;
  text: Bilingual;
}

/**
 * A refusal as the web shows it (docs/programme.md, "Errors: one contract"):
 * the API's code and its text in both languages, every field it named. Kept in
 * both languages, so a switch of language rewrites what is on screen.
 */
export interface Refusal {
  /** The HTTP status; 0 when the API could not be reached; null when the failure was not an answer of the API. */
  status: number | null;
  code: string | null;
  params: Record<string, unknown>;
  text: Bilingual;
  fields: RefusalField[];
}

/**
 * The problem+json body that `ApiError` (web-api-client) carries, mirroring its
 * `Problem` type. Read by shape: a ui library does not import data access, and
 * a body from a proxy may have none of it.
 */
interface ProblemBody {
  title?: unknown;
  detail?: unknown;
  code?: unknown;
  params?: unknown;
  text?: unknown;
  errors?: unknown;
}

const object = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object';
const isBilingual = (v: unknown): v is Bilingual => object(v) && typeof v['nl'] === 'string' && typeof v['en'] === 'string';
/** A plain string (an RFC 9457 `detail` or `title`) stays whole in both languages: it is never split. */
const plain = (v: unknown): Bilingual | null => (typeof v === 'string' && v.trim() ? { nl: v, en: v } : null);
const both = (key: 'generic' | 'unreachable'): Bilingual => ({ nl: PROGRAMME_TEXTS.nl.refusal[key], en: PROGRAMME_TEXTS.en.refusal[key] });

function apiAnswer(e: unknown): { status: number; problem: ProblemBody | null } | null {
  if (!(e instanceof Error) || !('status' in e) || typeof e.status !== 'number' || !('problem' in e)) return null;
  return { status: e.status, problem: object(e.problem) ? (e.problem as ProblemBody) : null };
}

/** What the API refused (an `ApiError`), or a general failure; language-independent. */
export function readRefusal(e: unknown): Refusal {
  const answer = apiAnswer(e);
  if (!answer) return { status: null, code: null, params: {}, text: both('generic'), fields: [] };
  if (answer.status === 0) return { status: 0, code: null, params: {}, text: both('unreachable'), fields: [] };
  const p = answer.problem ?? {};
  const text = (isBilingual(p.text) ? p.text : null) ?? plain(p.detail) ?? plain(p.title) ?? { nl: `HTTP ${answer.status}`, en: `HTTP ${answer.status}` };
  const fields = (Array.isArray(p.errors) ? p.errors : []).filter((f): f is Record<string, unknown> => object(f) && typeof f['field'] === 'string').map((f) => ({
    field: f['field'] as string,
    code: typeof f['code'] === 'string' ? f['code'] : null,
    // An answer from before the contract has one `message`: shown whole.
    text: (isBilingual(f['text']) ? f['text'] : null) ?? plain(f['message']) ?? text,
  }));
  return { status: answer.status, code: typeof p.code === 'string' ? p.code : null, params: object(p.params) ? p.params : {}, text, fields };
}

/** The text the refusal gives for one field, if it named it. */
export function fieldText(r: Refusal | null, field: string): Bilingual | null {
  return r?.fields.find((f) => f.field === field)?.text ?? null;
}

const ROW = /^line (\d+)$/;

/**
 * The refusal's fields as lines in one language: a row of a file (`line 7`)
 * reads "regel 7: …", another field by its name (from `names`, else its path).
 * A field whose text is the refusal's own text is not repeated.
 */
export function refusalLines(r: Refusal, lang: Language, names: Readonly<Record<string, string | Bilingual>> = {}, omit: readonly string[] = []): string[] {
  return r.fields
    .filter((f) => !omit.includes(f.field))
    .filter((f) => f.text[lang] !== r.text[lang] || names[f.field] !== undefined)
    .map((f) => {
      const text = f.text[lang];
      const row = ROW.exec(f.field);
      if (row) {
        const label = PROGRAMME_TEXTS[lang].refusal.row.replace('{{line}}', row[1]);
        return new RegExp(`^(regel|line) ${row[1]}\\b`, 'i').test(text) ? text : `${label}: ${text}`;
      }
      const name = names[f.field];
      return `${name === undefined ? f.field : typeof name === 'string' ? name : name[lang]}: ${text}`;
    });
}

/**
 * A refusal of the API, announced to screen readers: its text in the reader's
 * language and every field it named (`fieldNames` gives them their labels;
 * `omit` leaves out fields the form already shows next to their input).
 */
@Component({
  selector: 'koers-refusal',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (refusal(); as r) {
      <div class="koers-form-error" role="alert" [attr.data-code]="r.code">
        <p>{{ summary() }}</p>
        @for (line of lines(); track $index) {
          <p>{{ line }}</p>
        }
      </div>
    }
  `,
})
export class RefusalComponent {
  readonly language = inject(LanguageService);
  readonly refusal = input<Refusal | null>(null);
  readonly fieldNames = input<Readonly<Record<string, string | Bilingual>>>({});
  readonly omit = input<readonly string[]>([]);
  /** The API's text; when the form shows every field it named next to its input, a pointer there instead (the API's text names fields by their path). */
  readonly summary = computed(() => {
    const r = this.refusal();
    if (!r) return '';
    const lang = this.language.current();
    const omit = this.omit();
    const shownAtFields = r.status === 400 && r.fields.length > 0 && r.fields.every((f) => omit.includes(f.field));
    // A refusal whose text is a field's own sentence says it once, as it is.
    return shownAtFields && !r.fields.some((f) => f.text[lang] === r.text[lang]) ? PROGRAMME_TEXTS[lang].refusal.atFields : r.text[lang];
  });
  readonly lines = computed(() => {
    const r = this.refusal();
    return r ? refusalLines(r, this.language.current(), this.fieldNames(), this.omit()) : [];
  });
}
