import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { formatNumber, parseNumber } from '@koers/domain';
import { ApiClient, KnowledgeApi, type ShowcaseFigure } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, RefusalComponent, fieldText, readRefusal, type Refusal } from '@koers/web-programme';
import { knowledgeTexts } from './knowledge-texts';
import { filled, orNotFound } from './shared';

const FIELDS = ['organisationId', 'title', 'measure', 'effect', 'contactName', 'contactEmail', 'figures', 'figures.0.label', 'figures.0.value', 'figures.0.unit', 'figures.0.source'];

/** A figure the Dutch way, with its unit: `12,5 t CO2e per jaar`. */
export function figureText(f: ShowcaseFigure, lang: 'nl' | 'en'): string {
  return `${formatNumber(f.value, lang, 4)}${f.unit ? `\u00a0${f.unit}` : ''}`;
}

/**
 * The example projects of a platform (its members see them all, each saying
 * whether the company's consent shows it publicly); administrators,
 * coordinators and advisers add one for a company their partner works with.
 */
@Component({
  selector: 'koers-platform-showcases',
  imports: [BilingualPipe, RefusalComponent, LoadingComponent, ErrorStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section data-testid="showcases" aria-labelledby="showcases-title">
      <h2 id="showcases-title">{{ t('showcaseTitle') }}</h2>
      @if (list.error()) {
        <koers-error-state (retry)="list.reload()" />
      } @else if (!list.hasValue()) {
        <koers-loading />
      } @else if (list.value() === 'not_found') {
        <p class="koers-hint">{{ t('notMember') }}</p>
      } @else {
        <p>{{ t('showcaseIntro') }}</p>
        @if (items().length) {
          <ul data-testid="showcase-items">
            @for (s of items(); track s.id) {
              <li [attr.data-showcase]="s.id">
                <strong>{{ s.title }}</strong> · {{ s.organisationName }}
                · <span class="koers-badge" data-testid="showcase-public">{{ s.public ? t('isPublic') : t('notPublic') }}</span>
                <br />{{ s.measure }}
                @if (s.effect) { <br />{{ t('effect') }}: {{ s.effect }} }
                @for (fig of s.figures; track $index) {
                  <br />{{ fig.label }}: <strong>{{ figure(fig) }}</strong>&ngsp;<span class="koers-hint">({{ t('source') }}: {{ fig.source }})</span>
                }
                <br /><span class="koers-hint">{{ t('contact') }}: {{ s.contact.name }}@if (s.contact.email) { · {{ s.contact.email }} } · {{ t('keptBy', { name: s.partnerName }) }}</span>
              </li>
            }
          </ul>
        } @else {
          <p>{{ t('noShowcases') }}</p>
        }

        @if (writer()) {
          <h3>{{ t('addShowcase') }}</h3>
          <form data-testid="showcase-new" (submit)="$event.preventDefault(); add()">
            <div class="koers-field">
              <label for="showcase-org">{{ t('company') }}</label>
              <select id="showcase-org" (change)="set('organisationId', $any($event.target).value)">
                <option value="" [selected]="!f().organisationId">{{ t('chooseCompany') }}</option>
                @for (o of organisations(); track o.id) { <option [value]="o.id" [selected]="f().organisationId === o.id">{{ o.name }}</option> }
              </select>
              @if (err(error(), 'organisationId'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
            </div>
            <div class="koers-field">
              <label for="showcase-title">{{ t('title') }}</label>
              <input id="showcase-title" [value]="f().title" (input)="set('title', $any($event.target).value)" />
              @if (err(error(), 'title'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
            </div>
            <div class="koers-field">
              <label for="showcase-measure">{{ t('measure') }}</label>
              <textarea id="showcase-measure" [value]="f().measure" (input)="set('measure', $any($event.target).value)"></textarea>
              @if (err(error(), 'measure'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
            </div>
            <div class="koers-field">
              <label for="showcase-effect">{{ t('effect') }}</label>
              <textarea id="showcase-effect" [value]="f().effect" (input)="set('effect', $any($event.target).value)"></textarea>
            </div>
            <fieldset class="koers-field">
              <legend>{{ t('figureLabel') }}</legend>
              <label for="figure-label">{{ t('figureLabel') }}</label>
              <input id="figure-label" [value]="f().figureLabel" (input)="set('figureLabel', $any($event.target).value)" />
              @if (err(error(), 'figures.0.label'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
              <label for="figure-value">{{ t('figureValue') }}</label>
              <input id="figure-value" inputmode="decimal" [value]="f().figureValue" (input)="set('figureValue', $any($event.target).value)" />
              @if (valueError()) { <p class="koers-field-error" data-testid="figure-value-error">{{ t('figureBad') }}</p> }
              @if (err(error(), 'figures.0.value'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
              <label for="figure-unit">{{ t('figureUnit') }}</label>
              <input id="figure-unit" [value]="f().figureUnit" (input)="set('figureUnit', $any($event.target).value)" />
              <label for="figure-source">{{ t('figureSource') }}</label>
              <input id="figure-source" [value]="f().figureSource" (input)="set('figureSource', $any($event.target).value)" />
              @if (err(error(), 'figures.0.source'); as e) { <p class="koers-field-error" data-testid="figure-source-error">{{ e | bilingual }}</p> }
            </fieldset>
            <div class="koers-field">
              <label for="showcase-contact">{{ t('contactName') }}</label>
              <input id="showcase-contact" [value]="f().contactName" (input)="set('contactName', $any($event.target).value)" />
              @if (err(error(), 'contactName'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
            </div>
            <div class="koers-field">
              <label for="showcase-email">{{ t('contactEmail') }}</label>
              <input id="showcase-email" type="email" [value]="f().contactEmail" (input)="set('contactEmail', $any($event.target).value)" />
              @if (err(error(), 'contactEmail'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
            </div>
            <koers-refusal [refusal]="error()" [omit]="fields" />
            @if (done()) { <p role="status" class="koers-note">{{ t('showcaseAdded') }}</p> }
            <button type="submit" class="koers-button" [disabled]="busy()">{{ t('addShowcase') }}</button>
          </form>
        }
      }
    </section>
  `,
})
export class PlatformShowcasesComponent {
  private readonly api = inject(KnowledgeApi);
  private readonly client = inject(ApiClient);
  private readonly auth = inject(AuthService);
  readonly platformId = input.required<string>();
  private readonly texts = knowledgeTexts();
  readonly t = this.texts.t;
  readonly fields = FIELDS;
  readonly err = fieldText;
  readonly list = resource({ params: () => this.platformId(), loader: ({ params }) => orNotFound(() => this.api.showcases(params)) });
  readonly items = computed(() => {
    const v = this.list.hasValue() ? this.list.value() : null;
    return v && v !== 'not_found' ? v.items : [];
  });
  readonly writer = computed(() => this.auth.hasRole('administrator', 'coordinator', 'adviser'));
  private readonly orgs = resource({ params: () => (this.writer() ? true : undefined), loader: () => this.client.organisations({ pageSize: 100 }) });
  readonly organisations = computed(() => (this.orgs.hasValue() ? this.orgs.value().items : []));
  readonly f = signal({ organisationId: '', title: '', measure: '', effect: '', figureLabel: '', figureValue: '', figureUnit: '', figureSource: '', contactName: '', contactEmail: '' });
  readonly busy = signal(false);
  readonly done = signal(false);
  readonly valueError = signal(false);
  readonly error = signal<Refusal | null>(null);

  figure(f: ShowcaseFigure) {
    return figureText(f, this.texts.lang());
  }
  set(key: keyof ReturnType<typeof this.f>, value: string) {
    this.f.update((f) => ({ ...f, [key]: value }));
  }

  async add() {
    const f = this.f();
    this.valueError.set(false);
    const hasFigure = !!(filled(f.figureLabel) || filled(f.figureValue) || filled(f.figureSource));
    const value = filled(f.figureValue) ? parseNumber(f.figureValue, this.texts.lang()) : null;
    if (hasFigure && filled(f.figureValue) && value === null) {
      this.valueError.set(true);
      return;
    }
    const figures = hasFigure ? [{ label: f.figureLabel, value: value ?? Number.NaN, source: f.figureSource, ...(filled(f.figureUnit) ? { unit: filled(f.figureUnit) } : {}) }] : undefined;
    this.busy.set(true);
    this.error.set(null);
    this.done.set(false);
    try {
      await this.api.addShowcase(this.platformId(), {
        organisationId: f.organisationId, title: f.title, measure: f.measure, contactName: f.contactName, ...(filled(f.effect) ? { effect: filled(f.effect) } : {}),
        ...(filled(f.contactEmail) ? { contactEmail: filled(f.contactEmail) } : {}), ...(figures ? { figures: figures.map((x) => (Number.isNaN(x.value) ? { ...x, value: null as unknown as number } : x)) } : {}),
      });
      this.f.set({ organisationId: '', title: '', measure: '', effect: '', figureLabel: '', figureValue: '', figureUnit: '', figureSource: '', contactName: '', contactEmail: '' });
      this.done.set(true);
      this.list.reload();
    } catch (e) {
      this.error.set(readRefusal(e));
    } finally {
      this.busy.set(false);
    }
  }
}
