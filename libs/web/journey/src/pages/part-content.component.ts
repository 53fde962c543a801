import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { JourneyPartView } from '@koers/web-api-client';
import { LanguageService } from '@koers/web-ui';

type Line = { label: string; value: string };
type Block = { title: string; lines: Line[] };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T|$)/;
const LOCALE = { nl: 'nl-NL', en: 'en-GB' } as const;
/** The keys a calculation result names its source with: shown on the figure's block, never left out. */
const SOURCE_KEYS = ['referenceSet', 'referenceVersion', 'pluginId', 'pluginVersion'];

/**
 * The content of one part from every partner the reader may see. The parts
 * differ in shape (profiles, action items, certificates, outcomes, results),
 * so each list entry is shown as its fields; numbers and dates the reader's way,
 * a calculation's reference set with its figures.
 */
@Component({
  selector: 'koers-journey-part-content',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (s of sources(); track $index) {
      <section class="koers-part-source" [attr.data-source]="s.partnerName">
        <p><strong>{{ 'journey.view.source' | transloco: { name: s.partnerName } }}</strong></p>
        @for (b of s.blocks; track $index) {
          @if (b.title) {
            <h4>{{ b.title }}</h4>
          }
          <dl>
            @for (l of b.lines; track $index) {
              <dt>{{ l.label }}</dt>
              <dd>{{ l.value }}</dd>
            }
          </dl>
        }
      </section>
    }
  `,
})
export class PartContentComponent {
  private readonly language = inject(LanguageService);
  readonly view = input.required<JourneyPartView>();

  readonly sources = computed(() => {
    const lang = this.language.current();
    return this.view().sources.map(({ partnerId: _id, partnerName, ...content }) => ({ partnerName, blocks: this.blocks(content, lang) }));
  });

  private blocks(content: Record<string, unknown>, lang: 'nl' | 'en'): Block[] {
    const blocks: Block[] = [];
    for (const [key, value] of Object.entries(content)) {
      if (Array.isArray(value)) {
        value.forEach((item, i) => blocks.push({ title: this.summary(item, lang) ?? `${key} ${i + 1}`, lines: this.lines(item, lang) }));
      } else if (value && typeof value === 'object') {
        blocks.push({ title: key, lines: this.lines(value, lang) });
      } else {
        blocks.push({ title: '', lines: [{ label: key, value: this.format(value, lang) }] });
      }
    }
    return blocks;
  }

  /** A footprint's total the Dutch way with the reference set it was computed on: "CO2-footprint 2025: 48.210 kg CO2e (emissiefactoren …)". */
  private summary(item: unknown, lang: 'nl' | 'en'): string | null {
    if (!item || typeof item !== 'object') return null;
    const r = item as Record<string, unknown>;
    const out = r['output'] as Record<string, unknown> | undefined;
    const total = out?.['totalKgCO2e'];
    if (typeof total !== 'number') return null;
    const source = [r['referenceSet'], r['referenceVersion']].filter((x) => typeof x === 'string' && x).join(' ');
    const figure = `${Math.round(total).toLocaleString(LOCALE[lang])} kg CO2e`;
    const head = lang === 'nl' ? 'CO2-footprint' : 'CO2 footprint';
    const factors = lang === 'nl' ? 'emissiefactoren' : 'emission factors';
    return `${head}${r['year'] ? ' ' + String(r['year']) : ''}: ${figure}${source ? ` (${factors} ${source})` : ''}`;
  }

  private lines(item: unknown, lang: 'nl' | 'en', prefix = ''): Line[] {
    if (!item || typeof item !== 'object') return [{ label: prefix || '—', value: this.format(item, lang) }];
    const obj = item as Record<string, unknown>;
    if (typeof obj['nl'] === 'string' && typeof obj['en'] === 'string') return [{ label: prefix, value: obj[lang] as string }];
    const out: Line[] = [];
    // Source first, so a figure never reads without where it comes from.
    const keys = [...SOURCE_KEYS.filter((k) => k in obj), ...Object.keys(obj).filter((k) => !SOURCE_KEYS.includes(k))];
    for (const k of keys) {
      const v = obj[k];
      const label = prefix ? `${prefix}.${k}` : k;
      if (v && typeof v === 'object' && !Array.isArray(v) && out.length < 60) out.push(...this.lines(v, lang, label));
      else out.push({ label, value: Array.isArray(v) ? v.map((x) => (x && typeof x === 'object' ? JSON.stringify(x) : this.format(x, lang))).join(', ') : this.format(v, lang) });
    }
    return out;
  }

  private format(v: unknown, lang: 'nl' | 'en'): string {
    if (v === null || v === undefined || v === '') return '—';
    if (typeof v === 'number') return v.toLocaleString(LOCALE[lang], { maximumFractionDigits: 2 });
    if (typeof v === 'boolean') return lang === 'nl' ? (v ? 'ja' : 'nee') : v ? 'yes' : 'no';
    if (typeof v === 'string' && ISO_DATE.test(v)) {
      const d = new Date(v);
      if (!Number.isNaN(d.getTime())) return new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(d);
    }
    return String(v);
  }
}
