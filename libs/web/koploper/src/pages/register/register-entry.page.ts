import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError, KoploperApi } from '@koers/web-api-client';
import { ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe } from '@koers/web-programme';
import { RegisterFrameComponent } from './register-frame';

/**
 * One MVO-certificaat's page in the public register: the page its link and QR
 * code open. Says whether it is valid, expired or revoked, and what it means.
 */
@Component({
  selector: 'koers-csr-register-entry',
  imports: [RouterLink, TranslocoPipe, LoadingComponent, ErrorStateComponent, BilingualPipe, KoersDatePipe, RegisterFrameComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .koers-register-status { display: inline-block; padding: .15rem .6rem; border-radius: 999px; font-weight: 600; }
    .koers-register-status[data-status='valid'] { background: #dff3e8; color: #135c3e; }
    .koers-register-status[data-status='expired'] { background: #fdf0d5; color: #6b4a00; }
    .koers-register-status[data-status='revoked'] { background: #fbe1e1; color: #8a1c1c; }
  `,
  template: `
    <koers-register-frame>
      <p><a routerLink="..">{{ 'koploper.register.back' | transloco }}</a></p>
      @if (entry.isLoading()) {
        <koers-loading />
      } @else if (notFound()) {
        <h1>{{ 'koploper.register.notFoundTitle' | transloco }}</h1>
        <p data-testid="not-found" role="alert">{{ notFound() | bilingual }}</p>
      } @else if (entry.error()) {
        <koers-error-state (retry)="entry.reload()" />
      } @else if (entry.value(); as e) {
        <h1>{{ 'koploper.register.entryTitle' | transloco: { number: e.number } }}</h1>
        <p><span class="koers-register-status" data-testid="register-status" [attr.data-status]="e.status">{{ 'koploper.register.status.' + e.status | transloco }}</span></p>
        <p data-testid="register-status-text">
          @switch (e.status) {
            @case ('valid') { {{ 'koploper.register.validText' | transloco: { until: (e.validUntil | koersDate) } }} }
            @case ('expired') { {{ 'koploper.register.expiredText' | transloco: { until: (e.validUntil | koersDate) } }} }
            @case ('revoked') { {{ 'koploper.register.revokedText' | transloco: { on: (e.revokedOn | koersDate) } }} }
          }
        </p>
        <dl class="koers-facts" data-testid="register-entry">
          <dt>{{ 'koploper.register.company' | transloco }}</dt>
          <dd data-testid="register-company">{{ e.company }}</dd>
          <dt>{{ 'koploper.register.municipality' | transloco }}</dt>
          <dd>{{ e.municipality ?? '—' }}</dd>
          <dt>{{ 'koploper.register.number' | transloco }}</dt>
          <dd>{{ e.number }}</dd>
          <dt>{{ 'koploper.register.awardedOn' | transloco }}</dt>
          <dd>{{ e.awardedOn | koersDate }}</dd>
          <dt>{{ 'koploper.register.validUntil' | transloco }}</dt>
          <dd>{{ e.validUntil | koersDate }}</dd>
          <dt>{{ 'koploper.register.issuedBy' | transloco }}</dt>
          <dd>{{ e.issuedBy }}</dd>
        </dl>
        <h2>{{ 'koploper.register.meaningTitle' | transloco }}</h2>
        <ul data-testid="register-meaning">
          @for (line of e.meaning; track $index) {
            <li>{{ line | bilingual }}</li>
          }
        </ul>
      }
    </koers-register-frame>
  `,
})
export class RegisterEntryPage {
  private readonly api = inject(KoploperApi);
  /** From the route (`mvo-register/:number`). */
  readonly number = input.required<string>();
  readonly entry = resource({ params: () => ({ number: this.number() }), loader: ({ params }) => this.api.registerEntry(params.number) });
  /** The API's own words for an unknown or malformed number (it names the number). */
  readonly notFound = computed(() => {
    const e = this.entry.error();
    return e instanceof ApiError && (e.status === 404 || e.status === 400) ? (e.problem?.text ?? null) : null;
  });
}
