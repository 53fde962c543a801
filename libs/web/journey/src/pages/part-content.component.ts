import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { JourneyPartView } from '@koers/web-api-client';
import { CERTIFICATE_STATUS_LABELS } from '@koers/domain';
import { LanguageService } from '@koers/web-ui';

type Lang = 'nl' | 'en';
type Text = { nl: string; en: string };
type Line = { label: string; value: string };
type Block = { title: string; lines: Line[]; list?: string[] };
type Obj = Record<string, unknown>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T|$)/;
const LOCALE = { nl: 'nl-NL', en: 'en-GB' } as const;

/** Names of the fields the parts carry, Dutch first; a field without a name here is shown by its key. */
const FIELD: Record<string, Text> = {
  name: { nl: 'Naam', en: 'Name' },
  kind: { nl: 'Soort', en: 'Kind' },
  kvkNumber: { nl: 'KvK-nummer', en: 'Chamber of Commerce number' },
  municipality: { nl: 'Gemeente', en: 'Municipality' },
  region: { nl: 'Regio', en: 'Region' },
  sizeClass: { nl: 'Grootteklasse', en: 'Size class' },
  sbiCode: { nl: 'SBI-code', en: 'SBI code' },
  title: { nl: 'Actie', en: 'Action' },
  owner: { nl: 'Trekker', en: 'Owner' },
  dueOn: { nl: 'Klaar op', en: 'Due on' },
  status: { nl: 'Status', en: 'Status' },
  expectedKgCo2e: { nl: 'Verwachte besparing (kg CO2e per jaar)', en: 'Expected saving (kg CO2e a year)' },
  expectedCostEur: { nl: 'Verwachte kosten (€)', en: 'Expected cost (€)' },
  number: { nl: 'Nummer', en: 'Number' },
  awardedOn: { nl: 'Toegekend op', en: 'Awarded on' },
  validUntil: { nl: 'Geldig tot', en: 'Valid until' },
  groupName: { nl: 'Groep', en: 'Group' },
  ambition: { nl: 'Ambitie', en: 'Ambition' },
  rLadder: { nl: 'R-ladder', en: 'R-ladder' },
  chainPartners: { nl: 'Ketenpartners', en: 'Chain partners' },
  opportunities: { nl: 'Kansen', en: 'Opportunities' },
  role: { nl: 'Rol', en: 'Role' },
  phaseLabel: { nl: 'Fase', en: 'Phase' },
};
/** Status codes by the part that carries them. */
const ACTION_STATUS: Record<string, Text> = {
  planned: { nl: 'Gepland', en: 'Planned' },
  in_progress: { nl: 'Bezig', en: 'In progress' },
  done: { nl: 'Gedaan', en: 'Done' },
  dropped: { nl: 'Vervallen', en: 'Dropped' },
};
const STATUS: Record<string, Record<string, Text>> = { items: ACTION_STATUS, certificates: CERTIFICATE_STATUS_LABELS };
/** Internal fields a reader has no use for. */
const HIDDEN = new Set(['id', 'phase', 'partnerId', 'plugin', 'pluginId', 'pluginVersion', 'lines', 'ghgProtocolView', 'sources']);

/**
 * The content of one part from every partner the reader may see, as a person
 * reads it: a profile as its footprint (total, scopes, themes, with the
 * emission-factor set it was computed with) and its advice; a footprint
 * result as its total and set; action items, certificates, outcomes and
 * chain enrolments as their named fields. Numbers and dates the reader's way.
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
          @if (b.lines.length) {
            <dl>
              @for (l of b.lines; track $index) {
                <dt>{{ l.label }}</dt>
                <dd>{{ l.value }}</dd>
              }
            </dl>
          }
          @if (b.list?.length) {
            <ul>
              @for (x of b.list; track $index) {
                <li>{{ x }}</li>
              }
            </ul>
          }
        } @empty {
          <p>{{ 'journey.view.partEmpty' | transloco }}</p>
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
    return this.view().sources.map(({ partnerId: _id, partnerName, ...content }) => ({ partnerName, blocks: this.blocks(content as Obj, lang) }));
  });

  private blocks(content: Obj, lang: Lang): Block[] {
    const t = (x: Text) => x[lang];
    const blocks: Block[] = [];
    for (const p of list(content['profiles'])) blocks.push(...this.profile(p, lang));
    for (const r of list(content['results'])) blocks.push(this.result(r, lang));
    const withStatus = (key: string): Obj[] => list(content[key]).map((x) => ({ ...x, ...(typeof x['status'] === 'string' && STATUS[key][x['status']] ? { status: STATUS[key][x['status']][lang] } : {}) }));
    for (const i of withStatus('items')) blocks.push({ title: String(i['title'] ?? ''), lines: this.lines(i, lang, ['title']) });
    for (const c of withStatus('certificates'))
      blocks.push({ title: `${t({ nl: 'MVO-certificaat', en: 'CSR certificate' })} ${String(c['number'] ?? '')}`.trim(), lines: this.lines(c, lang, ['number']) });
    for (const o of list(content['outcomes'])) blocks.push({ title: String(o['groupName'] ?? ''), lines: this.lines(o, lang, ['groupName']) });
    for (const e of list(content['enrolments'])) blocks.push({ title: String(e['groupName'] ?? ''), lines: this.lines(e, lang, ['groupName']) });
    const org = content['organisation'];
    if (org && typeof org === 'object') blocks.push({ title: '', lines: this.lines(org as Obj, lang) });
    return blocks;
  }

  /** A published profile: its footprint in figures with the factor set, then what goes well, what can improve and the advice. */
  private profile(p: Obj, lang: Lang): Block[] {
    const c = (p['content'] ?? {}) as Obj;
    const version = lang === 'nl' ? `versie ${p['version']}` : `version ${p['version']}`;
    const published = p['publishedAt'] ? `${lang === 'nl' ? 'gepubliceerd' : 'published'} ${this.format(p['publishedAt'], lang)}` : '';
    const head = `${lang === 'nl' ? 'Duurzaamheidsprofiel' : 'Sustainability profile'} ${p['year'] ?? ''} (${[version, published].filter(Boolean).join(', ')})`;
    const blocks: Block[] = [];
    const lines: Line[] = [];
    if (typeof c['adviserName'] === 'string') lines.push({ label: lang === 'nl' ? 'Adviseur' : 'Adviser', value: c['adviserName'] });
    const footprint = c['footprint'] as Obj | undefined;
    if (footprint) lines.push(...this.footprintLines(footprint, lang));
    blocks.push({ title: head, lines });
    const texts = (key: string) => list(c[key]).map((x) => this.text(x['text'] ?? x['title'], lang)).filter((x): x is string => !!x);
    const going = texts('goingWell');
    if (going.length) blocks.push({ title: lang === 'nl' ? 'Wat goed gaat' : 'What goes well', lines: [], list: going });
    const improve = texts('canImprove');
    if (improve.length) blocks.push({ title: lang === 'nl' ? 'Wat beter kan' : 'What can improve', lines: [], list: improve });
    // The first five by rank, as the profile itself leads with them; the rest is counted, not listed.
    const advice = texts('recommendations');
    const more = advice.length - 5;
    const shown = more > 0 ? [...advice.slice(0, 5), lang === 'nl' ? `en nog ${more} andere maatregelen` : `and ${more} other measures`] : advice;
    if (advice.length) blocks.push({ title: lang === 'nl' ? 'Aanbevolen maatregelen' : 'Recommended measures', lines: [], list: shown });
    return blocks;
  }

  /** A calculation result: a footprint as its total and factor set; another calculator's output by its named fields. */
  private result(r: Obj, lang: Lang): Block {
    const out = (r['output'] ?? {}) as Obj;
    if (typeof out['totalKgCO2e'] === 'number') {
      const set = [r['referenceSet'], r['referenceVersion']].filter((x) => typeof x === 'string' && x).join(' ');
      const factors = lang === 'nl' ? 'emissiefactoren' : 'emission factors';
      const head = `${lang === 'nl' ? 'CO2-footprint' : 'CO2 footprint'} ${r['year'] ?? ''}: ${this.kg(out['totalKgCO2e'], lang)}${set ? ` (${factors} ${set})` : ''}`;
      return { title: head, lines: this.footprintLines(out, lang, false) };
    }
    const source = [r['pluginId'], r['pluginVersion']].filter(Boolean).join(' ');
    const lines = this.lines(out, lang);
    if (source) lines.unshift({ label: lang === 'nl' ? 'Berekend met' : 'Computed with', value: source });
    return { title: `${lang === 'nl' ? 'Resultaat' : 'Result'} ${r['year'] ?? ''}`.trim(), lines };
  }

  private footprintLines(f: Obj, lang: Lang, withTotal = true): Line[] {
    const nl = lang === 'nl';
    const lines: Line[] = [];
    if (withTotal && typeof f['totalKgCO2e'] === 'number') lines.push({ label: nl ? 'CO2-footprint (marktgebaseerd)' : 'CO2 footprint (market-based)', value: this.kg(f['totalKgCO2e'], lang) });
    const scopes = (f['scopes'] ?? {}) as Obj;
    const scope: [string, Text][] = [
      ['scope1', { nl: 'Scope 1', en: 'Scope 1' }],
      ['scope2MarketBased', { nl: 'Scope 2 (marktgebaseerd)', en: 'Scope 2 (market-based)' }],
      ['scope2LocationBased', { nl: 'Scope 2 (locatiegebaseerd)', en: 'Scope 2 (location-based)' }],
      ['scope3', { nl: 'Scope 3', en: 'Scope 3' }],
    ];
    for (const [key, label] of scope) if (typeof scopes[key] === 'number') lines.push({ label: label[lang], value: this.kg(scopes[key], lang) });
    const themes = (f['themes'] ?? {}) as Obj;
    const theme: [string, Text][] = [
      ['energy', { nl: 'Energie', en: 'Energy' }],
      ['mobility', { nl: 'Mobiliteit', en: 'Mobility' }],
      ['waste', { nl: 'Afval', en: 'Waste' }],
      ['water', { nl: 'Water', en: 'Water' }],
      ['materials', { nl: 'Materialen', en: 'Materials' }],
    ];
    for (const [key, label] of theme) if (typeof themes[key] === 'number' && themes[key] !== 0) lines.push({ label: label[lang], value: this.kg(themes[key], lang) });
    const set = f['factorSet'] as Obj | undefined;
    // A figure never reads without where it comes from.
    if (set) lines.push({ label: nl ? 'Emissiefactoren' : 'Emission factors', value: String(set['title'] ?? set['id'] ?? '') });
    return lines;
  }

  private lines(item: Obj, lang: Lang, skip: string[] = []): Line[] {
    const out: Line[] = [];
    for (const [k, v] of Object.entries(item)) {
      if (skip.includes(k) || HIDDEN.has(k) || v === undefined) continue;
      const label = FIELD[k]?.[lang] ?? k;
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        const text = this.text(v, lang);
        if (text !== null) out.push({ label, value: text });
        else if (out.length < 40) out.push(...this.lines(v as Obj, lang).map((l) => ({ label: `${label} · ${l.label}`, value: l.value })));
      } else if (Array.isArray(v)) {
        out.push({ label, value: v.length ? v.map((x) => (x && typeof x === 'object' ? (this.text(x, lang) ?? this.text((x as Obj)['name'], lang) ?? String((x as Obj)['name'] ?? '…')) : this.format(x, lang))).join(', ') : '—' });
      } else out.push({ label, value: this.format(v, lang) });
    }
    return out;
  }

  /** A bilingual text in the reader's language; a plain string as it is; anything else null. */
  private text(v: unknown, lang: Lang): string | null {
    if (typeof v === 'string') return v;
    if (v && typeof v === 'object' && typeof (v as Obj)[lang] === 'string') return (v as Obj)[lang] as string;
    return null;
  }

  private kg(v: unknown, lang: Lang): string {
    return `${Math.round(Number(v)).toLocaleString(LOCALE[lang])} kg CO2e`;
  }

  private format(v: unknown, lang: Lang): string {
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

function list(v: unknown): Obj[] {
  return Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Obj[]) : [];
}
