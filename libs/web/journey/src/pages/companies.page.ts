import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LEAD_SOURCES, LEAD_SOURCE_LABELS, type LeadSource, type OrganisationKind } from '@koers/domain';
import { ApiClient, JourneyApi } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, RefusalComponent, fieldText, pageActions, todayIso } from '@koers/web-programme';

const KINDS = ['company', 'municipality', 'care_institution', 'other'] as const;
const KIND_LABELS: Record<(typeof KINDS)[number], { nl: string; en: string }> = {
  company: { nl: 'Bedrijf', en: 'Company' },
  municipality: { nl: 'Gemeente', en: 'Municipality' },
  care_institution: { nl: 'Zorginstelling', en: 'Care institution' },
  other: { nl: 'Anders', en: 'Other' },
};

/** `/reis/bedrijven`: find a company the partner sees, or record a first contact with a new one (a lead creates the organisation). */
@Component({
  selector: 'koers-journey-companies',
  imports: [TranslocoPipe, RouterLink, BilingualPipe, RefusalComponent, LoadingComponent, ErrorStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'journey.search.title' | transloco }}</h1>
    <form role="search" style="display: flex; gap: .5rem; align-items: center; flex-wrap: wrap" (submit)="$event.preventDefault(); query.set(typed())">
      <label for="company-search">{{ 'journey.search.query' | transloco }}</label>
      <input id="company-search" type="search" [value]="typed()" (input)="typed.set($any($event.target).value)" />
      <button type="submit" class="koers-button">{{ 'journey.search.submit' | transloco }}</button>
    </form>
    @if (results.error()) {
      <koers-error-state (retry)="results.reload()" />
    } @else if (!results.hasValue()) {
      <koers-loading />
    } @else if (results.value().items.length) {
      <ul data-testid="companies">
        @for (o of results.value().items; track o.id) {
          <li [attr.data-organisation]="o.id"><a [routerLink]="[o.id]">{{ o.name }}</a>@if (o.municipality) { · {{ o.municipality }} }</li>
        }
      </ul>
    } @else {
      <p>{{ 'journey.common.none' | transloco }}</p>
    }

    @if (editor()) {
      <h2>{{ 'journey.search.newLead' | transloco }}</h2>
      <form data-testid="lead-new" (submit)="$event.preventDefault(); create()">
        <div class="koers-field">
          <label for="lead-name">{{ 'journey.search.name' | transloco }}</label>
          <input id="lead-name" [value]="f().name" (input)="set('name', $any($event.target).value)" />
          @if (err(actions.error(), 'organisation.name'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
        </div>
        <div class="koers-field">
          <label for="lead-kind">{{ 'journey.search.kind' | transloco }}</label>
          <select id="lead-kind" [value]="f().kind" (change)="set('kind', $any($event.target).value)">
            @for (k of kinds; track k) {
              <option [value]="k">{{ kindLabels[k] | bilingual }}</option>
            }
          </select>
        </div>
        <div class="koers-field">
          <label for="lead-kvk">{{ 'journey.search.kvk' | transloco }}</label>
          <input id="lead-kvk" inputmode="numeric" [value]="f().kvkNumber" (input)="set('kvkNumber', $any($event.target).value)" />
          @if (err(actions.error(), 'organisation.kvkNumber'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
          @if (actions.error()?.code === 'organisation.kvk_number_taken') { <p class="koers-hint" data-testid="ask-consent">{{ 'journey.search.askConsent' | transloco }}</p> }
        </div>
        <div class="koers-field">
          <label for="lead-municipality">{{ 'journey.search.municipality' | transloco }}</label>
          <input id="lead-municipality" [value]="f().municipality" (input)="set('municipality', $any($event.target).value)" />
        </div>
        <div class="koers-field">
          <label for="lead-new-source">{{ 'journey.staff.source' | transloco }}</label>
          <select id="lead-new-source" [value]="f().source" (change)="set('source', $any($event.target).value)">
            @for (s of sources; track s) {
              <option [value]="s">{{ sourceLabels[s] | bilingual }}</option>
            }
          </select>
        </div>
        <div class="koers-field">
          <label for="lead-new-contacted">{{ 'journey.staff.contactedOn' | transloco }}</label>
          <input id="lead-new-contacted" type="date" [value]="f().contactedOn" (input)="set('contactedOn', $any($event.target).value)" />
          @if (err(actions.error(), 'contactedOn'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
        </div>
        <div class="koers-field">
          <label for="lead-new-note">{{ 'journey.staff.note' | transloco }}</label>
          <textarea id="lead-new-note" [value]="f().note" (input)="set('note', $any($event.target).value)"></textarea>
        </div>
        <koers-refusal [refusal]="actions.error()" [omit]="['organisation.name', 'organisation.kvkNumber', 'contactedOn']" />
        <button type="submit" class="koers-button" [disabled]="actions.busy()">{{ 'journey.search.create' | transloco }}</button>
      </form>
    }
  `,
})
export class CompaniesPage {
  private readonly core = inject(ApiClient);
  private readonly api = inject(JourneyApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  readonly editor = computed(() => this.auth.hasRole('administrator', 'coordinator', 'adviser'));
  readonly kinds = KINDS;
  readonly kindLabels = KIND_LABELS;
  readonly sources = LEAD_SOURCES;
  readonly sourceLabels = LEAD_SOURCE_LABELS;
  readonly err = fieldText;
  readonly actions = pageActions();

  readonly typed = signal('');
  readonly query = signal('');
  readonly results = resource({ params: () => this.query(), loader: ({ params }) => this.core.organisations(params ? { search: params } : {}) });

  readonly f = signal<{ name: string; kind: OrganisationKind; kvkNumber: string; municipality: string; source: LeadSource; contactedOn: string; note: string }>({ name: '', kind: 'company', kvkNumber: '', municipality: '', source: 'event', contactedOn: todayIso(), note: '' });
  set(key: keyof ReturnType<typeof this.f>, value: string) {
    this.f.update((f) => ({ ...f, [key]: value }));
  }

  async create() {
    const f = this.f();
    const opt = (v: string) => (v.trim() ? v.trim() : undefined);
    const body = {
      organisation: { name: f.name, kind: f.kind, ...(opt(f.kvkNumber) ? { kvkNumber: opt(f.kvkNumber) } : {}), ...(opt(f.municipality) ? { municipality: opt(f.municipality) } : {}) },
      source: f.source,
      contactedOn: f.contactedOn,
      ...(opt(f.note) ? { note: opt(f.note) } : {}),
    };
    let createdId: string | undefined;
    const ok = await this.actions.run(async () => (createdId = (await this.api.createLead(body)).organisation?.id), 'journey.search.created', { name: f.name });
    if (ok && createdId) void this.router.navigate([createdId], { relativeTo: this.route });
    else if (ok) this.results.reload();
  }
}
