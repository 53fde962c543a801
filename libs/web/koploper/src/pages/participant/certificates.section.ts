import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CERTIFICATE_STATUS_LABELS, type Bilingual } from '@koers/domain';
import { KoploperApi, koploperDownloads, type ParticipantTrack } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { BilingualPipe, KoersDatePipe, type PageActions } from '@koers/web-programme';

/** The MVO-certificaat (its application, number, conditions) and the participation certificate (PDF). */
@Component({
  selector: 'koers-track-certificates',
  imports: [RouterLink, TranslocoPipe, BilingualPipe, KoersDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let t = track();
    @if (t.csrCertificate; as cert) {
      <dl class="koers-facts" data-testid="csr-certificate">
        <dt>{{ 'koploper.track.certificateStatus' | transloco }}</dt>
        <dd data-testid="csr-status">{{ labels[cert.status] | bilingual }}</dd>
        @if (cert.number) {
          <dt>{{ 'koploper.track.certificateNumber' | transloco }}</dt>
          <dd data-testid="csr-number">{{ cert.number }}</dd>
          <dt>{{ 'koploper.track.validUntil' | transloco }}</dt>
          <dd>{{ cert.validUntil | koersDate }}</dd>
        }
      </dl>
      @if (cert.number) {
        <p>
          <a class="koers-button" data-testid="csr-pdf" [href]="downloads.csrCertificate(cert.id)" download>{{ 'koploper.track.certificatePdf' | transloco }}</a>
          <a data-testid="csr-register-link" [routerLink]="['../../mvo-register', cert.number]">{{ 'koploper.track.registerPage' | transloco }}</a>
        </p>
      }
      <dl class="koers-facts">
        @if (cert.conditions.length) {
          <dt>{{ 'koploper.track.conditions' | transloco }}</dt>
          <dd>
            <ul>
              @for (c of cert.conditions; track $index) {
                <li>{{ c }}</li>
              }
            </ul>
          </dd>
        }
        @if (cert.reason) {
          <dt>{{ 'koploper.track.reason' | transloco }}</dt>
          <dd>{{ cert.reason }}</dd>
        }
      </dl>
    }
    @if (mayApply()) {
      <button class="koers-button" type="button" [disabled]="actions().busy()" (click)="apply()">{{ 'koploper.track.apply' | transloco }}</button>
    }
    <h3>{{ 'koploper.track.participation' | transloco }}</h3>
    @if (t.participationCertificate.available) {
      <a [href]="downloads.participationCertificate(t.participant.id)" download>{{ 'koploper.common.download' | transloco }} (PDF)</a>
    } @else {
      <p>{{ (auth.role() === 'participant' ? 'koploper.track.own.participationHint' : 'koploper.track.participationHint') | transloco }}</p>
    }
  `,
})
export class TrackCertificatesSection {
  private readonly api = inject(KoploperApi);
  readonly auth = inject(AuthService);
  readonly track = input.required<ParticipantTrack>();
  readonly actions = input.required<PageActions>();
  readonly changed = output<void>();

  readonly downloads = koploperDownloads;
  readonly labels: Readonly<Record<string, Bilingual>> = CERTIFICATE_STATUS_LABELS;
  /** The company or its adviser applies while there is no application running. */
  readonly mayApply = computed(() => {
    if (!this.auth.hasRole('participant', 'adviser')) return false;
    const status = this.track().csrCertificate?.status;
    return !status || status === 'rejected' || status === 'revoked' || status === 'expired';
  });

  apply() {
    return this.actions().run(() => this.api.applyForCertificate(this.track().participant.id), 'koploper.track.applied', {}, () => this.changed.emit());
  }
}
