import { ChangeDetectionStrategy, Component, computed, inject, input, output, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CERTIFICATE_STATUS_LABELS } from '@koers/domain';
import { KoploperApi, type CsrCertificate, type CsrCertificateStatus } from '@koers/web-api-client';
import { EmptyStateComponent, ErrorStateComponent, LanguageService, LoadingComponent, ToastService } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe, refusal } from '../shared';

const STATUSES: readonly CsrCertificateStatus[] = ['submitted', 'approved', 'approved_with_conditions', 'rejected', 'awarded', 'revoked', 'expired'];
const DECISIONS = ['approve', 'approve_with_conditions', 'reject'] as const;
type Decision = (typeof DECISIONS)[number];
const YEARS = [1, 2, 3, 4, 5] as const;

const FIELD_STYLES = `
  .koers-field textarea { font: inherit; padding: .5rem; border: 1px solid #6b7480; border-radius: 6px; min-height: 4.5rem; }
  .koers-field textarea[aria-invalid="true"], .koers-field select[aria-invalid="true"] { border-color: #b00020; }
  .koers-field textarea:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
`;

/**
 * What a reviewer can do with one application, by its status: review a
 * submitted one, award an approved one, revoke an awarded one. The API decides
 * who may (never the company's own adviser); its refusal is shown as it gives it.
 */
@Component({
  selector: 'koers-certificate-actions',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: FIELD_STYLES,
  template: `
    @let c = certificate();
    @if (c.status === 'submitted') {
        <form (submit)="$event.preventDefault(); review()" novalidate>
          <div class="koers-field">
            <label [attr.for]="'decision-' + c.id">{{ 'koploper.review.decision' | transloco }}</label>
            <select [id]="'decision-' + c.id" data-testid="decision" (change)="setDecision($any($event.target).value)"
                    [attr.aria-invalid]="!!decisionError()" [attr.aria-describedby]="decisionError() ? 'decision-' + c.id + '-error' : null">
              <option value="" [selected]="decision() === ''">{{ 'koploper.review.chooseDecision' | transloco }}</option>
              @for (d of decisions; track d) {
                <option [value]="d" [selected]="decision() === d">{{ 'koploper.review.decisions.' + d | transloco }}</option>
              }
            </select>
            @if (decisionError(); as key) {
              <p class="koers-field-error" [id]="'decision-' + c.id + '-error'">{{ key | transloco }}</p>
            }
          </div>
          @if (decision() === 'approve_with_conditions') {
            <div class="koers-field">
              <label [attr.for]="'conditions-' + c.id">{{ 'koploper.review.conditionsLabel' | transloco }}</label>
              <textarea [id]="'conditions-' + c.id" data-testid="conditions" rows="4" [value]="conditions()" (input)="conditions.set($any($event.target).value)"
                        [attr.aria-invalid]="!!conditionsError()" [attr.aria-describedby]="conditionsError() ? 'conditions-' + c.id + '-error' : null"></textarea>
              @if (conditionsError(); as key) {
                <p class="koers-field-error" [id]="'conditions-' + c.id + '-error'">{{ key | transloco }}</p>
              }
            </div>
          }
          @if (decision() === 'reject') {
            <div class="koers-field">
              <label [attr.for]="'reason-' + c.id">{{ 'koploper.review.reasonLabel' | transloco }}</label>
              <textarea [id]="'reason-' + c.id" data-testid="reason" rows="3" [value]="reason()" (input)="reason.set($any($event.target).value)"
                        [attr.aria-invalid]="!!reasonError()" [attr.aria-describedby]="reasonError() ? 'reason-' + c.id + '-error' : null"></textarea>
              @if (reasonError(); as key) {
                <p class="koers-field-error" [id]="'reason-' + c.id + '-error'">{{ key | transloco }}</p>
              }
            </div>
          }
          <button class="koers-button" type="submit" data-testid="save-review" [disabled]="busy()">{{ 'koploper.review.saveReview' | transloco }}</button>
        </form>
    } @else if (c.status === 'approved' || c.status === 'approved_with_conditions') {
      <form (submit)="$event.preventDefault(); awardIt()" novalidate>
        <div class="koers-field">
          <label [attr.for]="'valid-years-' + c.id">{{ 'koploper.review.validYears' | transloco }}</label>
          <select [id]="'valid-years-' + c.id" data-testid="valid-years" (change)="validYears.set(+$any($event.target).value)">
            @for (y of years; track y) {
              <option [value]="y" [selected]="validYears() === y">{{ (y === 1 ? 'koploper.review.yearsOne' : 'koploper.review.yearsMany') | transloco: { count: y } }}</option>
            }
          </select>
        </div>
        <button class="koers-button" type="submit" data-testid="award" [disabled]="busy()">{{ 'koploper.review.award' | transloco }}</button>
      </form>
    } @else if (c.status === 'awarded') {
        <form (submit)="$event.preventDefault(); revoke()" novalidate>
          <div class="koers-field">
            <label [attr.for]="'revoke-reason-' + c.id">{{ 'koploper.review.revokeReason' | transloco }}</label>
            <textarea [id]="'revoke-reason-' + c.id" data-testid="revoke-reason" rows="3" [value]="revokeReason()" (input)="revokeReason.set($any($event.target).value)"
                      [attr.aria-invalid]="!!revokeError()" [attr.aria-describedby]="revokeError() ? 'revoke-reason-' + c.id + '-error' : null"></textarea>
            @if (revokeError(); as key) {
              <p class="koers-field-error" [id]="'revoke-reason-' + c.id + '-error'">{{ key | transloco }}</p>
            }
          </div>
          <button class="koers-button koers-button-secondary" type="submit" data-testid="revoke" [disabled]="busy()">{{ 'koploper.review.revoke' | transloco }}</button>
        </form>
    } @else {
      <span>{{ 'koploper.review.nothingToDo' | transloco }}</span>
    }

    @if (failure(); as f) {
      <div class="koers-form-error" role="alert" data-testid="refusal">
        <p>{{ f.message }}</p>
        @if (f.fields.length) {
          <ul>
            @for (field of f.fields; track field) {
              <li>{{ field }}</li>
            }
          </ul>
        }
      </div>
    }
  `,
})
export class CertificateActionsComponent {
  private readonly api = inject(KoploperApi);
  private readonly language = inject(LanguageService);
  private readonly toasts = inject(ToastService);
  private readonly transloco = inject(TranslocoService);

  readonly certificate = input.required<CsrCertificate>();
  /** The application as the API answered after a review, award or revocation. */
  readonly changed = output<CsrCertificate>();

  readonly decisions = DECISIONS;
  readonly years = YEARS;
  readonly decision = signal<Decision | ''>('');
  readonly conditions = signal('');
  readonly reason = signal('');
  readonly validYears = signal(3);
  readonly revokeReason = signal('');
  /** Inline messages show once the reviewer tried to save. */
  readonly tried = signal(false);
  readonly revokeTried = signal(false);
  readonly busy = signal(false);
  readonly failure = signal<{ message: string; fields: string[] } | null>(null);

  private readonly conditionLines = computed(() =>
    this.conditions()
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
  readonly decisionError = computed(() => (this.tried() && !this.decision() ? 'koploper.review.decisionRequired' : null));
  readonly conditionsError = computed(() => (this.tried() && this.decision() === 'approve_with_conditions' && !this.conditionLines().length ? 'koploper.review.conditionsRequired' : null));
  readonly reasonError = computed(() => (this.tried() && this.decision() === 'reject' && !this.reason().trim() ? 'koploper.review.reasonRequired' : null));
  readonly revokeError = computed(() => (this.revokeTried() && !this.revokeReason().trim() ? 'koploper.review.revokeReasonRequired' : null));

  setDecision(value: string) {
    this.decision.set((DECISIONS as readonly string[]).includes(value) ? (value as Decision) : '');
  }

  async review() {
    this.tried.set(true);
    const decision = this.decision();
    if (!decision || this.conditionsError() || this.reasonError()) return;
    // The API refuses conditions or a reason that do not go with the decision: send only what belongs.
    const body =
      decision === 'approve_with_conditions' ? { decision, conditions: this.conditionLines() } : decision === 'reject' ? { decision, reason: this.reason().trim() } : { decision };
    await this.run(() => this.api.reviewCertificate(this.certificate().id, body), (c) => this.transloco.translate('koploper.review.reviewed', { name: c.organisationName }));
  }

  async awardIt() {
    await this.run(
      () => this.api.awardCertificate(this.certificate().id, this.validYears()),
      (c) => this.transloco.translate('koploper.review.awarded', { name: c.organisationName, number: c.number ?? '' }),
    );
  }

  async revoke() {
    this.revokeTried.set(true);
    if (this.revokeError()) return;
    await this.run(() => this.api.revokeCertificate(this.certificate().id, this.revokeReason().trim()), (c) => this.transloco.translate('koploper.review.revoked', { name: c.organisationName }));
  }

  private async run(call: () => Promise<CsrCertificate>, done: (c: CsrCertificate) => string) {
    this.busy.set(true);
    this.failure.set(null);
    try {
      const updated = await call();
      this.tried.set(false);
      this.revokeTried.set(false);
      this.toasts.show(done(updated), 'info');
      this.changed.emit(updated);
    } catch (e) {
      this.failure.set(refusal(e, this.language.current()));
    } finally {
      this.busy.set(false);
    }
  }
}

/**
 * The MVO-certificaat applications of the partner, filterable by status, for
 * administrators and coordinators: review, award, revoke.
 */
@Component({
  selector: 'koers-koploper-certificates',
  imports: [TranslocoPipe, RouterLink, EmptyStateComponent, ErrorStateComponent, LoadingComponent, BilingualPipe, KoersDatePipe, CertificateActionsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .koers-certificate-filter { max-width: 22rem; }
    .koers-certificate-list { margin: 0; padding-left: 1.1rem; }
    .koers-table td { vertical-align: top; }
  `,
  template: `
    <h1>{{ 'koploper.review.title' | transloco }}</h1>
    <p>{{ 'koploper.review.intro' | transloco }}</p>

    <div class="koers-field koers-certificate-filter">
      <label for="certificate-status">{{ 'koploper.review.filter' | transloco }}</label>
      <select id="certificate-status" data-testid="status-filter" (change)="setStatus($any($event.target).value)">
        <option value="" [selected]="status() === ''">{{ 'koploper.review.allStatuses' | transloco }}</option>
        @for (s of statuses; track s) {
          <option [value]="s" [selected]="status() === s">{{ labels[s] | bilingual }}</option>
        }
      </select>
    </div>

    @if (certificates.isLoading()) {
      <koers-loading />
    } @else if (certificates.error()) {
      <koers-error-state (retry)="certificates.reload()" />
    } @else if (certificates.value()?.length) {
      <table class="koers-table">
        <caption class="koers-visually-hidden">{{ 'koploper.review.caption' | transloco }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'koploper.review.company' | transloco }}</th>
            <th scope="col">{{ 'koploper.review.status' | transloco }}</th>
            <th scope="col">{{ 'koploper.review.submittedAt' | transloco }}</th>
            <th scope="col">{{ 'koploper.review.attachments' | transloco }}</th>
            <th scope="col">{{ 'koploper.review.certificate' | transloco }}</th>
            <th scope="col">{{ 'koploper.review.handle' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (c of certificates.value()!; track c.id) {
            <tr [attr.data-testid]="'certificate-' + c.organisationName" [attr.data-status]="c.status">
              <th scope="row">
                <a [routerLink]="['..', 'deelnemers', c.participantId]" [attr.aria-label]="'koploper.review.openTrack' | transloco: { name: c.organisationName }">{{ c.organisationName }}</a>
              </th>
              <td data-testid="status">{{ labels[c.status] | bilingual }}</td>
              <td>{{ c.submittedAt | koersDate }}</td>
              <td>
                <ul class="koers-certificate-list">
                  <li>
                    @if (c.profileVersion !== null) {
                      {{ 'koploper.review.profileVersion' | transloco: { version: c.profileVersion } }}
                    } @else {
                      {{ 'koploper.review.noProfile' | transloco }}
                    }
                  </li>
                  <li>{{ 'koploper.review.actionItems' | transloco: { count: c.attachments.actionItems } }}</li>
                </ul>
                @if (c.attachments.vision) {
                  <details>
                    <summary>{{ 'koploper.review.vision' | transloco }}</summary>
                    <p>{{ c.attachments.vision }}</p>
                  </details>
                }
              </td>
              <td>
                @if (c.number) {
                  <p data-testid="number">{{ 'koploper.review.number' | transloco: { number: c.number } }}</p>
                  <p>{{ 'koploper.review.validity' | transloco: { from: (c.awardedOn | koersDate), until: (c.validUntil | koersDate) } }}</p>
                }
                @if (c.conditions.length) {
                  <p>{{ 'koploper.review.conditions' | transloco }}:</p>
                  <ul class="koers-certificate-list" data-testid="conditions-list">
                    @for (condition of c.conditions; track $index) {
                      <li>{{ condition }}</li>
                    }
                  </ul>
                }
                @if (c.reason) {
                  <p>{{ 'koploper.review.reason' | transloco }}: {{ c.reason }}</p>
                }
              </td>
              <td>
                <koers-certificate-actions [certificate]="c" (changed)="replace($event)" />
              </td>
            </tr>
          }
        </tbody>
      </table>
    } @else if (status()) {
      <koers-empty-state [title]="'koploper.review.empty' | transloco" [hint]="'koploper.review.emptyFiltered' | transloco" />
    } @else {
      <koers-empty-state [title]="'koploper.review.empty' | transloco" [hint]="'koploper.review.emptyHint' | transloco" />
    }
  `,
})
export class CertificatesPage {
  private readonly api = inject(KoploperApi);
  readonly statuses = STATUSES;
  readonly labels = CERTIFICATE_STATUS_LABELS;
  readonly status = signal<CsrCertificateStatus | ''>('');

  readonly certificates = resource({
    params: () => ({ status: this.status() }),
    loader: async ({ params }) => (await this.api.certificates(params.status || undefined)).items,
  });

  setStatus(value: string) {
    this.status.set((STATUSES as readonly string[]).includes(value) ? (value as CsrCertificateStatus) : '');
  }

  /** Keeps the row where it is with its new status (and the next action), without reloading the list. */
  replace(updated: CsrCertificate) {
    this.certificates.update((list) => list?.map((c) => (c.id === updated.id ? updated : c)));
  }
}
