import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { KoploperApi, type AlumnusRow } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { EmptyStateComponent, ErrorStateComponent, LanguageService, LoadingComponent, ToastService } from '@koers/web-ui';
import { RefusalComponent, refusal, type Refusal } from '../shared';

const ACTIVITIES = ['masterclass', 'chain_project', 'event'] as const;
type Activity = (typeof ACTIVITIES)[number];

/**
 * The Koplopernetwerk: every company that finished a cohort. Coordinators and
 * administrators select companies and invite them to a masterclass, chain
 * project or event (a mail to the companies' users).
 */
@Component({
  selector: 'koers-koploper-alumni',
  imports: [TranslocoPipe, EmptyStateComponent, ErrorStateComponent, LoadingComponent, RefusalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .koers-field textarea { font: inherit; padding: .5rem; border: 1px solid #6b7480; border-radius: 6px; min-height: 6rem; }
    .koers-field textarea[aria-invalid="true"] { border-color: #b00020; }
    .koers-field textarea:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
    .koers-alumni-invite { max-width: 40rem; margin-top: 1.5rem; }
  `,
  template: `
    <h1>{{ 'koploper.alumni.title' | transloco }}</h1>
    <p>{{ 'koploper.alumni.intro' | transloco }}</p>

    @if (alumni.isLoading()) {
      <koers-loading />
    } @else if (alumni.error()) {
      <koers-error-state (retry)="alumni.reload()" />
    } @else if (rows().length) {
      <table class="koers-table">
        <caption class="koers-visually-hidden">{{ 'koploper.alumni.caption' | transloco }}</caption>
        <thead>
          <tr>
            @if (organiser()) {
              <th scope="col">
                <input type="checkbox" data-testid="select-all" [checked]="allSelected()" (change)="selectAll($any($event.target).checked)"
                       [attr.aria-label]="'koploper.alumni.selectAll' | transloco" />
              </th>
            }
            <th scope="col">{{ 'koploper.alumni.company' | transloco }}</th>
            <th scope="col">{{ 'koploper.alumni.municipality' | transloco }}</th>
            <th scope="col">{{ 'koploper.alumni.cohort' | transloco }}</th>
            <th scope="col">{{ 'koploper.alumni.year' | transloco }}</th>
            <th scope="col">{{ 'koploper.alumni.certificate' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (a of rows(); track a.organisationId + a.cohortId) {
            <tr [attr.data-testid]="'alumnus-' + a.organisationName">
              @if (organiser()) {
                <td>
                  <input type="checkbox" [id]="'alumnus-' + a.organisationId" [checked]="selected().includes(a.organisationId)"
                         (change)="toggle(a.organisationId, $any($event.target).checked)" [attr.aria-label]="'koploper.alumni.select' | transloco: { name: a.organisationName }" />
                </td>
              }
              <th scope="row">{{ a.organisationName }}</th>
              <td>{{ a.municipality ?? '—' }}</td>
              <td>{{ a.cohortName }}</td>
              <td>{{ a.year }}</td>
              <td>{{ a.csrCertificate ?? '—' }}</td>
            </tr>
          }
        </tbody>
      </table>

      @if (organiser()) {
        <form class="koers-alumni-invite" (submit)="$event.preventDefault(); invite()" novalidate aria-labelledby="alumni-invite-title">
          <h2 id="alumni-invite-title">{{ 'koploper.alumni.invite' | transloco }}</h2>
          <p data-testid="selected-count" aria-live="polite">
            {{ (selected().length === 1 ? 'koploper.alumni.selectedOne' : 'koploper.alumni.selectedMany') | transloco: { count: selected().length } }}
          </p>
          <div class="koers-field">
            <label for="alumni-activity">{{ 'koploper.alumni.activity' | transloco }}</label>
            <select id="alumni-activity" (change)="setActivity($any($event.target).value)">
              @for (a of activities; track a) {
                <option [value]="a" [selected]="activity() === a">{{ 'koploper.alumni.activities.' + a | transloco }}</option>
              }
            </select>
          </div>
          <div class="koers-field">
            <label for="alumni-subject">{{ 'koploper.alumni.subject' | transloco }}</label>
            <input id="alumni-subject" type="text" maxlength="200" [value]="subject()" (input)="subject.set($any($event.target).value)"
                   [attr.aria-invalid]="!!subjectError()" [attr.aria-describedby]="subjectError() ? 'alumni-subject-error' : null" />
            @if (subjectError(); as key) {
              <p class="koers-field-error" id="alumni-subject-error">{{ key | transloco }}</p>
            }
          </div>
          <div class="koers-field">
            <label for="alumni-message">{{ 'koploper.alumni.message' | transloco }}</label>
            <textarea id="alumni-message" rows="6" maxlength="5000" [value]="message()" (input)="message.set($any($event.target).value)"
                      [attr.aria-invalid]="!!messageError()" [attr.aria-describedby]="messageError() ? 'alumni-message-error' : null"></textarea>
            @if (messageError(); as key) {
              <p class="koers-field-error" id="alumni-message-error">{{ key | transloco }}</p>
            }
          </div>
          @if (selectionError(); as key) {
            <p class="koers-form-error" role="alert">{{ key | transloco }}</p>
          }
          <koers-refusal [refusal]="failure()" />
          <button class="koers-button" type="submit" data-testid="send-invitation" [disabled]="busy()">{{ 'koploper.alumni.send' | transloco }}</button>
        </form>
      }
    } @else {
      <koers-empty-state [title]="'koploper.alumni.empty' | transloco" [hint]="'koploper.alumni.emptyHint' | transloco" />
    }
  `,
})
export class AlumniPage {
  private readonly api = inject(KoploperApi);
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  private readonly toasts = inject(ToastService);
  private readonly transloco = inject(TranslocoService);

  readonly organiser = computed(() => this.auth.hasRole('administrator', 'coordinator'));
  readonly activities = ACTIVITIES;

  readonly alumni = resource({ loader: async () => (await this.api.alumni()).items });
  readonly rows = computed<AlumnusRow[]>(() => (this.alumni.hasValue() ? this.alumni.value() : []));

  /** Selected organisation ids (a company is invited once, whatever its cohorts). */
  readonly selected = signal<string[]>([]);
  readonly allSelected = computed(() => {
    const ids = new Set(this.rows().map((r) => r.organisationId));
    return ids.size > 0 && [...ids].every((id) => this.selected().includes(id));
  });
  readonly activity = signal<Activity>('masterclass');
  readonly subject = signal('');
  readonly message = signal('');
  readonly tried = signal(false);
  readonly busy = signal(false);
  readonly failure = signal<Refusal | null>(null);
  readonly subjectError = computed(() => (this.tried() && !this.subject().trim() ? 'koploper.alumni.subjectRequired' : null));
  readonly messageError = computed(() => (this.tried() && !this.message().trim() ? 'koploper.alumni.messageRequired' : null));
  readonly selectionError = computed(() => (this.tried() && !this.selected().length ? 'koploper.alumni.noneSelected' : null));

  toggle(organisationId: string, on: boolean) {
    this.selected.update((ids) => (on ? [...new Set([...ids, organisationId])] : ids.filter((id) => id !== organisationId)));
  }

  selectAll(on: boolean) {
    this.selected.set(on ? [...new Set(this.rows().map((r) => r.organisationId))] : []);
  }

  setActivity(value: string) {
    if ((ACTIVITIES as readonly string[]).includes(value)) this.activity.set(value as Activity);
  }

  async invite() {
    this.tried.set(true);
    if (this.subjectError() || this.messageError() || this.selectionError()) return;
    const organisationIds = this.selected();
    this.busy.set(true);
    this.failure.set(null);
    try {
      const result = await this.api.inviteAlumni({ organisationIds, activity: this.activity(), subject: this.subject().trim(), message: this.message().trim() });
      const count = result.organisations;
      // The invitation is recorded either way; say so plainly when nobody could be mailed.
      if (result.sent === 0) this.toasts.show(this.transloco.translate('koploper.alumni.noRecipients'), 'error');
      else this.toasts.show(this.transloco.translate(count === 1 ? 'koploper.alumni.sentOne' : 'koploper.alumni.sentMany', { count }), 'info');
      this.selected.set([]);
      this.subject.set('');
      this.message.set('');
      this.tried.set(false);
    } catch (e) {
      this.failure.set(refusal(e, this.language.current()));
    } finally {
      this.busy.set(false);
    }
  }
}
