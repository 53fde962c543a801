import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { formatNumber, KNOWLEDGE_KIND_LABELS, KNOWLEDGE_KINDS } from '@koers/domain';
import { KnowledgeApi, type KnowledgeKind, type KnowledgeQuery } from '@koers/web-api-client';
import { ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, FileSizePipe, KoersDatePipe, RefusalComponent, fieldText, readRefusal, type Refusal } from '@koers/web-programme';
import { knowledgeTexts } from './knowledge-texts';
import { filled, orNotFound } from './shared';

const FIELDS = ['kind', 'title', 'summary', 'url', 'tags', 'file'];

/**
 * A platform's knowledge space on its page: search words, a tag and a kind
 * narrow the list (the API filters); a member shares a link or a document.
 * For a partner that is no member the API answers 404: the page says who sees it.
 */
@Component({
  selector: 'koers-knowledge-space',
  imports: [BilingualPipe, KoersDatePipe, FileSizePipe, RefusalComponent, LoadingComponent, ErrorStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section data-testid="knowledge" aria-labelledby="knowledge-title">
      <h2 id="knowledge-title">{{ t('knowledgeTitle') }}</h2>
      @if (list.error()) {
        <koers-error-state (retry)="list.reload()" />
      } @else if (!list.hasValue()) {
        <koers-loading />
      } @else if (list.value() === 'not_found') {
        <p class="koers-hint" data-testid="knowledge-not-member">{{ t('notMember') }}</p>
      } @else {
        @let l = loaded()!;
        <p>{{ t('knowledgeIntro') }}</p>
        <form class="koers-filters" role="search" (submit)="$event.preventDefault(); find()">
          <div class="koers-field">
            <label for="knowledge-q">{{ t('search') }}</label>
            <input id="knowledge-q" type="search" [value]="q()" (input)="q.set($any($event.target).value)" />
          </div>
          <div class="koers-field">
            <label for="knowledge-kind">{{ t('kind') }}</label>
            <select id="knowledge-kind" (change)="setKind($any($event.target).value)">
              <option value="" [selected]="!query().kind">{{ t('allKinds') }}</option>
              @for (k of kinds; track k) { <option [value]="k" [selected]="query().kind === k">{{ kindLabels[k] | bilingual }}</option> }
            </select>
          </div>
          <button type="submit" class="koers-button">{{ t('search') }}</button>
        </form>
        @if (l.tags.length) {
          <p data-testid="knowledge-tags">
            {{ t('tags') }}:
            <button type="button" class="koers-link-button" [attr.aria-pressed]="!query().tag" (click)="setTag(undefined)">{{ t('allTags') }}</button>
            @for (tag of l.tags; track tag.tag) {
              · <button type="button" class="koers-link-button" [attr.data-tag]="tag.tag" [attr.aria-pressed]="query().tag === tag.tag" (click)="setTag(tag.tag)">{{ tag.tag }} ({{ number(tag.count) }})</button>
            }
          </p>
        }
        <p class="koers-hint" data-testid="knowledge-count">{{ t('shown', { n: number(l.items.length), total: number(l.total) }) }}</p>
        @if (l.items.length) {
          <ul data-testid="knowledge-items">
            @for (i of l.items; track i.id) {
              <li [attr.data-item]="i.id">
                <strong>{{ i.title }}</strong> · {{ i.kindLabel | bilingual }} · {{ i.publishedOn | koersDate }} · {{ t('by') }} {{ i.authorName }} ({{ i.partnerName }})
                @if (i.summary) { <br />{{ i.summary }} }
                @if (i.url) { <br /><a [href]="i.url" rel="noopener noreferrer" target="_blank">{{ t('open') }}: {{ i.url }}</a> }
                @if (i.file; as f) { <br /><a [href]="api.documentUrl(i.id)" [attr.download]="f.filename">{{ t('download') }}: {{ f.filename }} ({{ f.sizeBytes | fileSize }})</a> }
                @if (i.tags.length) { <br /><span class="koers-hint">{{ t('tags') }}: {{ i.tags.join(', ') }}</span> }
                @if (i.canRemove) {&ngsp;<button type="button" class="koers-link-button" (click)="remove(i.id)">{{ t('remove') }}</button> }
              </li>
            }
          </ul>
        } @else {
          <p>{{ t('none') }}</p>
        }

        <h3>{{ t('share') }}</h3>
        <form data-testid="knowledge-new" (submit)="$event.preventDefault(); share()">
          <div class="koers-field">
            <label for="item-kind">{{ t('kind') }}</label>
            <select id="item-kind" (change)="setField('kind', $any($event.target).value)">
              @for (k of kinds; track k) { <option [value]="k" [selected]="f().kind === k">{{ kindLabels[k] | bilingual }}</option> }
            </select>
          </div>
          <div class="koers-field">
            <label for="item-title">{{ t('title') }}</label>
            <input id="item-title" [value]="f().title" (input)="setField('title', $any($event.target).value)" />
            @if (err(error(), 'title'); as e) { <p class="koers-field-error" data-testid="item-title-error">{{ e | bilingual }}</p> }
          </div>
          <div class="koers-field">
            <label for="item-summary">{{ t('summary') }}</label>
            <textarea id="item-summary" [value]="f().summary" (input)="setField('summary', $any($event.target).value)"></textarea>
          </div>
          <div class="koers-field">
            <label for="item-url">{{ t('url') }}</label>
            <input id="item-url" type="url" [value]="f().url" (input)="setField('url', $any($event.target).value)" />
            @if (err(error(), 'url'); as e) { <p class="koers-field-error" data-testid="item-url-error">{{ e | bilingual }}</p> }
          </div>
          <div class="koers-field">
            <label for="item-tags">{{ t('tagsField') }}</label>
            <input id="item-tags" [value]="f().tags" (input)="setField('tags', $any($event.target).value)" />
            @if (err(error(), 'tags'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
          </div>
          <div class="koers-field">
            <label for="item-file">{{ t('file') }}</label>
            <input id="item-file" type="file" (change)="file.set($any($event.target).files?.[0] ?? null)" />
            @if (err(error(), 'file'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
          </div>
          <koers-refusal [refusal]="error()" [omit]="fields" />
          @if (done()) { <p role="status" class="koers-note">{{ t('shared') }}</p> }
          <button type="submit" class="koers-button" [disabled]="busy()">{{ t('shareButton') }}</button>
        </form>
      }
    </section>
  `,
})
export class KnowledgeSpaceComponent {
  readonly api = inject(KnowledgeApi);
  readonly platformId = input.required<string>();
  private readonly texts = knowledgeTexts();
  readonly t = this.texts.t;
  readonly kinds = KNOWLEDGE_KINDS;
  readonly kindLabels = KNOWLEDGE_KIND_LABELS;
  readonly fields = FIELDS;
  readonly err = fieldText;
  readonly q = signal('');
  readonly query = signal<KnowledgeQuery>({});
  readonly list = resource({ params: () => ({ id: this.platformId(), query: this.query() }), loader: ({ params }) => orNotFound(() => this.api.knowledge(params.id, params.query)) });
  readonly loaded = computed(() => {
    const v = this.list.hasValue() ? this.list.value() : null;
    return v && v !== 'not_found' ? v : null;
  });
  readonly f = signal({ kind: 'document' as KnowledgeKind, title: '', summary: '', url: '', tags: '' });
  readonly file = signal<File | null>(null);
  readonly busy = signal(false);
  readonly done = signal(false);
  readonly error = signal<Refusal | null>(null);

  number(n: number) {
    return formatNumber(n, this.texts.lang(), 0);
  }
  find() {
    this.query.update((q) => ({ ...q, q: filled(this.q()) }));
  }
  setKind(kind: string) {
    this.query.update((q) => ({ ...q, kind: (kind || undefined) as KnowledgeKind | undefined }));
  }
  setTag(tag: string | undefined) {
    this.query.update((q) => ({ ...q, tag }));
  }
  setField(key: 'kind' | 'title' | 'summary' | 'url' | 'tags', value: string) {
    this.f.update((f) => ({ ...f, [key]: value }));
  }

  async share() {
    const f = this.f();
    this.busy.set(true);
    this.error.set(null);
    this.done.set(false);
    try {
      const tags = f.tags.split(',').map((x) => x.trim().toLocaleLowerCase('nl')).filter(Boolean);
      const item = await this.api.addKnowledge(this.platformId(), {
        kind: f.kind, title: f.title, ...(filled(f.summary) ? { summary: filled(f.summary) } : {}), ...(filled(f.url) ? { url: filled(f.url) } : {}), ...(tags.length ? { tags } : {}),
      });
      const file = this.file();
      if (file) await this.api.attachDocument(item.id, file);
      this.f.set({ kind: f.kind, title: '', summary: '', url: '', tags: '' });
      this.file.set(null);
      this.done.set(true);
      this.list.reload();
    } catch (e) {
      this.error.set(readRefusal(e));
      this.list.reload();
    } finally {
      this.busy.set(false);
    }
  }

  async remove(id: string) {
    try {
      await this.api.removeKnowledge(id);
    } catch (e) {
      this.error.set(readRefusal(e));
    }
    this.list.reload();
  }
}
