import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AdminApi, type AuditEntry, type AuditFilter } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { ErrorStateComponent, LanguageService, LoadingComponent, formatQuantity } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe, RefusalComponent, fieldText, readRefusal } from '@koers/web-programme';
import { ADMIN_TEXTS } from '../texts';
import { AdminTabsComponent } from './admin-tabs.component';
import { roleLabel } from './roles';

const FIELDS = ['entity', 'actorUserId', 'from', 'to'];
const PAGE_SIZE = 25;
type Filter = Required<Pick<AuditFilter, 'entity' | 'actorUserId' | 'from' | 'to'>>;
const EMPTY: Filter = { entity: '', actorUserId: '', from: '', to: '' };
const HIDDEN = new Set(['id', 'partnerId', 'createdAt', 'updatedAt', 'passwordHash', 'tokenHash']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** `/beheer/auditlog`: the partner's audit log, newest first, paged, filtered by item, person and dates. Administrator only (as the API). */
@Component({
  selector: 'koers-admin-audit',
  imports: [TranslocoPipe, BilingualPipe, KoersDatePipe, RefusalComponent, LoadingComponent, ErrorStateComponent, AdminTabsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <koers-admin-tabs />
    <h1>{{ 'admin.audit.title' | transloco }}</h1>
    <p>{{ 'admin.audit.intro' | transloco: { partner: partner() } }}</p>
    <form class="koers-inline-form" data-testid="audit-filter" (submit)="$event.preventDefault(); apply()" novalidate>
      <div class="koers-field">
        <label for="audit-entity">{{ 'admin.audit.entity' | transloco }}</label>
        <select id="audit-entity" [value]="draft().entity" (change)="set('entity', $any($event.target).value)">
          <option value="">{{ 'admin.audit.anyEntity' | transloco }}</option>
          @for (e of entities(); track e.code) { <option [value]="e.code" [selected]="draft().entity === e.code">{{ e.label }}</option> }
        </select>
        @if (err(refusal(), 'entity'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
      </div>
      <div class="koers-field">
        <label for="audit-actor">{{ 'admin.audit.actor' | transloco }}</label>
        <select id="audit-actor" [value]="draft().actorUserId" (change)="set('actorUserId', $any($event.target).value)">
          <option value="">{{ 'admin.audit.anyActor' | transloco }}</option>
          @for (p of people(); track p.userId) { <option [value]="p.userId" [selected]="draft().actorUserId === p.userId">{{ p.name }} ({{ p.email }})</option> }
        </select>
        @if (err(refusal(), 'actorUserId'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
      </div>
      <div class="koers-field">
        <label for="audit-from">{{ 'admin.audit.from' | transloco }}</label>
        <input id="audit-from" type="date" [value]="draft().from" (change)="set('from', $any($event.target).value)" [attr.aria-invalid]="!!err(refusal(), 'from')" aria-describedby="audit-from-error" />
        @if (err(refusal(), 'from'); as e) { <p class="koers-field-error" id="audit-from-error">{{ e | bilingual }}</p> }
      </div>
      <div class="koers-field">
        <label for="audit-to">{{ 'admin.audit.to' | transloco }}</label>
        <input id="audit-to" type="date" [value]="draft().to" (change)="set('to', $any($event.target).value)" [attr.aria-invalid]="!!err(refusal(), 'to')" aria-describedby="audit-to-error" />
        @if (err(refusal(), 'to'); as e) { <p class="koers-field-error" id="audit-to-error">{{ e | bilingual }}</p> }
      </div>
      <div class="koers-field">
        <button type="submit" class="koers-button">{{ 'admin.audit.filter' | transloco }}</button>
      </div>
      <div class="koers-field">
        <button type="button" class="koers-link" (click)="clear()">{{ 'admin.audit.clear' | transloco }}</button>
      </div>
    </form>
    @if (refusal(); as r) {
      <koers-refusal [refusal]="r" [omit]="fields" />
    } @else if (log.error()) {
      <koers-error-state (retry)="log.reload()" />
    } @else if (!log.hasValue()) {
      <koers-loading />
    } @else {
      @let page = log.value();
      @if (page.items.length) {
        <table class="koers-table" data-testid="audit">
          <thead>
            <tr>
              <th scope="col">{{ 'admin.audit.when' | transloco }}</th>
              <th scope="col">{{ 'admin.audit.who' | transloco }}</th>
              <th scope="col">{{ 'admin.audit.what' | transloco }}</th>
              <th scope="col">{{ 'admin.audit.which' | transloco }}</th>
              <th scope="col">{{ 'admin.audit.details' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (e of page.items; track e.id) {
              <tr [attr.data-entity]="e.entity" [attr.data-action]="e.action">
                <td>{{ e.at | koersDate: 'time' }}</td>
                <td>{{ who(e) }}</td>
                <td>{{ action(e.action) }}</td>
                <td>{{ entity(e.entity) }}</td>
                <td class="koers-audit-details" data-testid="details">{{ details(e) }}</td>
              </tr>
            }
          </tbody>
        </table>
        <div class="koers-pager">
          <button type="button" class="koers-button koers-button-secondary" [disabled]="pageNo() <= 1" (click)="go(pageNo() - 1)">{{ 'admin.audit.previous' | transloco }}</button>
          <span data-testid="audit-page">{{ 'admin.audit.page' | transloco: { page: pageNo(), pages: pages(page.total) } }}</span>
          <button type="button" class="koers-button koers-button-secondary" [disabled]="pageNo() >= pages(page.total)" (click)="go(pageNo() + 1)">{{ 'admin.audit.next' | transloco }}</button>
        </div>
      } @else {
        <p data-testid="audit-none">{{ 'admin.audit.none' | transloco }}</p>
      }
      <p class="koers-hint" data-testid="audit-source">{{ 'admin.audit.source' | transloco: { partner: partner(), total: count(page.total) } }}</p>
    }
  `,
  styles: `.koers-audit-details { max-width: 28rem; overflow-wrap: anywhere; font-size: .9rem; }`,
})
export class AuditPage {
  private readonly api = inject(AdminApi);
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);
  private readonly dates = new KoersDatePipe();
  readonly fields = FIELDS;
  readonly err = fieldText;
  readonly partner = computed(() => this.auth.activeMembership()?.partner.name ?? '');
  readonly draft = signal<Filter>(EMPTY);
  readonly filter = signal<Filter>(EMPTY);
  readonly pageNo = signal(1);
  readonly log = resource({ params: () => ({ ...this.filter(), page: this.pageNo(), pageSize: PAGE_SIZE }), loader: ({ params }) => this.api.audit(params) });
  /** The API's refusal of the filter (a date that does not exist, an end before the start), shown at its field. */
  readonly refusal = computed(() => (this.log.error() ? readRefusal(this.log.error()) : null));
  readonly members = resource({ loader: () => this.api.members() });
  readonly people = computed(() => {
    const seen = new Map<string, { userId: string; name: string; email: string }>();
    for (const m of this.members.value()?.items ?? []) if (!seen.has(m.userId)) seen.set(m.userId, { userId: m.userId, name: m.name, email: m.email });
    return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  });
  readonly entities = computed(() => {
    const labels = ADMIN_TEXTS[this.language.current()].audit.entities as Record<string, string>;
    return Object.entries(labels).map(([code, label]) => ({ code, label })).sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  });

  set(key: keyof Filter, value: string) {
    this.draft.update((f) => ({ ...f, [key]: value }));
  }

  apply() {
    this.pageNo.set(1);
    this.filter.set({ ...this.draft() });
  }

  clear() {
    this.draft.set(EMPTY);
    this.apply();
  }

  go(page: number) {
    this.pageNo.set(page);
  }

  pages(total: number): number {
    return Math.max(1, Math.ceil(total / PAGE_SIZE));
  }

  count(n: number): string {
    return formatQuantity(n, '', this.language.current(), 0).trim();
  }

  private texts() {
    return ADMIN_TEXTS[this.language.current()].audit;
  }

  who(e: AuditEntry): string {
    if (e.actorName) return `${e.actorName} (${e.actorEmail})`;
    return e.actorUserId ? this.texts().unknownActor : this.texts().nobody;
  }

  action(code: string): string {
    return (this.texts().actions as Record<string, string>)[code] ?? code;
  }

  entity(code: string): string {
    return (this.texts().entities as Record<string, string>)[code] ?? code;
  }

  /** What changed, in a line: a role change and a removal as a sentence, anything else as its fields (a value too large answered by its size). */
  details(e: AuditEntry): string {
    const c = (e.changes ?? {}) as Record<string, unknown>;
    const lang = this.language.current();
    const role = c['role'];
    if (e.action === 'role_change' && role && typeof role === 'object') {
      const r = role as { from: string; to: string };
      return this.transloco.translate('admin.audit.roleChange', { email: c['email'] ?? '', from: roleLabel(r.from, lang), to: roleLabel(r.to, lang) });
    }
    if (e.action === 'remove') return this.transloco.translate('admin.audit.removed', { email: c['email'] ?? '', role: roleLabel(String(role), lang) });
    if (e.action === 'invite') return this.transloco.translate('admin.audit.invited', { email: c['email'] ?? '', role: roleLabel(String(role), lang) });
    if (e.changes && typeof c['omitted'] === 'string') return this.transloco.translate('admin.audit.omitted', { size: this.count(Number(c['sizeBytes'] ?? 0)) });
    // Ids (UUIDs), bookkeeping and empty values say nothing to a reader: the item and its id are in their own column.
    const parts = Object.entries(c)
      .filter(([k, v]) => v !== null && v !== undefined && v !== '' && !HIDDEN.has(k) && !(typeof v === 'string' && UUID.test(v)))
      .map(([k, v]) => `${k}: ${this.value(k, v)}`);
    const line = parts.join(' · ');
    return line.length > 300 ? `${line.slice(0, 297)}…` : line || '—';
  }

  private value(key: string, v: unknown): string {
    if (v === null || v === undefined) return '—';
    if (key === 'role' && typeof v === 'string') return roleLabel(v, this.language.current());
    if (typeof v === 'object' && v && 'omitted' in v) return this.transloco.translate('admin.audit.omitted', { size: this.count(Number((v as { sizeBytes?: number }).sizeBytes ?? 0)) });
    if (typeof v === 'number') return formatQuantity(v, '', this.language.current()).trim();
    if (typeof v === 'string' && ISO_TIME.test(v)) return this.dates.transform(v, 'time');
    return typeof v === 'string' ? v : JSON.stringify(v);
  }
}
