import { ChangeDetectionStrategy, Component, inject, resource } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CERTIFICATE_STATUS_LABELS } from '@koers/domain';
import { KoploperApi, koploperDownloads, type CsrCertificate, type CsrCertificateStatus } from '@koers/web-api-client';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe } from '@koers/web-programme';
import { CertificateActionsComponent } from './certificate-actions';

const STATUSES: readonly CsrCertificateStatus[] = ['submitted', 'approved', 'approved_with_conditions', 'rejected', 'awarded', 'revoked', 'expired'];

/**
 * The MVO-certificaat applications of the partner, filterable by status, for
 * administrators and coordinators: review, award, revoke.
 */
@Component({
  selector: 'koers-koploper-certificates',
  imports: [ReactiveFormsModule, TranslocoPipe, RouterLink, EmptyStateComponent, ErrorStateComponent, LoadingComponent, BilingualPipe, KoersDatePipe, CertificateActionsComponent],
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
      <select id="certificate-status" data-testid="status-filter" [formControl]="filter">
        <option value="">{{ 'koploper.review.allStatuses' | transloco }}</option>
        @for (s of statuses; track s) {
          <option [value]="s">{{ labels[s] | bilingual }}</option>
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
                  <p>
                    <a data-testid="certificate-pdf" [href]="downloads.csrCertificate(c.id)" download>{{ 'koploper.review.pdf' | transloco }}</a> ·
                    <a data-testid="certificate-register" [routerLink]="['..', 'mvo-register', c.number]">{{ 'koploper.review.registerPage' | transloco }}</a>
                  </p>
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
  readonly downloads = koploperDownloads;
  readonly labels = CERTIFICATE_STATUS_LABELS;
  /** The status filter: the list is asked for again on every choice. */
  readonly filter = new FormControl<CsrCertificateStatus | ''>('', { nonNullable: true });
  readonly status = toSignal(this.filter.valueChanges, { initialValue: this.filter.value });

  readonly certificates = resource({
    params: () => ({ status: this.status() }),
    loader: async ({ params }) => (await this.api.certificates(params.status || undefined)).items,
  });

  /** Keeps the row where it is with its new status (and the next action), without reloading the list. */
  replace(updated: CsrCertificate) {
    this.certificates.update((list) => list?.map((c) => (c.id === updated.id ? updated : c)));
  }
}
