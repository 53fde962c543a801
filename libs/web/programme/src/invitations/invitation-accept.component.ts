import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe, type Bilingual } from '../pipes';
import type { Refusal } from '../refusal';
import { programmeTexts } from '../texts';
import type { InvitationAcceptance, InvitationPreviewItem } from './acceptance-fields';
import { InvitationAcceptFormComponent } from './invitation-accept-form.component';

/**
 * What an invitation link opens, in every step: the invitation (partner,
 * group, place, the company it is on behalf of, the e-mail address, until
 * when it is valid) and the registration form; or why it cannot be used
 * (`loadRefusal`: 404 it does not exist, 409 used, withdrawn or expired in
 * the API's words, anything else a retry). While neither `preview` nor
 * `loadRefusal` is there it is loading.
 *
 * The page loads the preview, sends `accept` to the API and passes `busy`
 * and the API's `refusal` back; `retry` asks it to load again.
 */
@Component({
  selector: 'koers-invitation-accept',
  imports: [TranslocoPipe, RouterLink, LoadingComponent, ErrorStateComponent, BilingualPipe, KoersDatePipe, InvitationAcceptFormComponent],
  providers: [programmeTexts()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'programme.acceptance.title' | transloco: { step: (stepName() | bilingual) } }}</h1>
    @if (loadRefusal(); as r) {
      @if (r.status === 404) {
        <section class="koers-state koers-error" role="alert" data-testid="invitation-not-found">
          <h2 class="koers-state-title">{{ 'programme.acceptance.notFound' | transloco }}</h2>
          <p>{{ 'programme.acceptance.notFoundHint' | transloco }}</p>
        </section>
      } @else if (r.status === 409) {
        <section class="koers-state koers-error" role="alert" data-testid="invitation-unusable">
          <h2 class="koers-state-title">{{ 'programme.acceptance.unusable' | transloco }}</h2>
          <p>{{ r.text | bilingual }}</p>
          <a [routerLink]="signInLink()">{{ 'programme.acceptance.signIn' | transloco }}</a>
        </section>
      } @else {
        <koers-error-state (retry)="retry.emit()" />
      }
    } @else if (preview(); as inv) {
      <p data-testid="invitation-intro">
        @if (inv.place) {
          {{ 'programme.acceptance.intro' | transloco: { partner: inv.partnerName, group: inv.groupName, place: inv.place } }}
        } @else {
          {{ 'programme.acceptance.introNoPlace' | transloco: { partner: inv.partnerName, group: inv.groupName } }}
        }
      </p>
      @if (inv.organisationName) {
        <p data-testid="invitation-organisation">{{ 'programme.acceptance.onBehalf' | transloco: { name: inv.organisationName } }}</p>
      }
      <p data-testid="invitation-account">{{ 'programme.acceptance.account' | transloco: { email: inv.email } }}</p>
      <p data-testid="invitation-expires">{{ 'programme.acceptance.expires' | transloco: { date: (inv.expiresAt | koersDate) } }}</p>
      <koers-invitation-accept-form [needsOrganisation]="inv.organisationName === null" [busy]="busy()" [refusal]="refusal()" (accept)="accept.emit($event)" />
    } @else {
      <koers-loading />
    }
  `,
})
export class InvitationAcceptComponent {
  /** The invitation, once loaded. */
  readonly preview = input<InvitationPreviewItem | null>(null);
  /** Why it could not be loaded (`readRefusal` of the error). */
  readonly loadRefusal = input<Refusal | null>(null);
  /** The step's name (the domain's `STEPS[preview.step].name`), in the title. */
  readonly stepName = input.required<Bilingual>();
  /** Where "sign in" goes from an invitation that can no longer be used. */
  readonly signInLink = input('/aanmelden');
  readonly busy = input(false);
  /** What the API refused of the last `accept`. */
  readonly refusal = input<Refusal | null>(null);
  readonly accept = output<InvitationAcceptance>();
  readonly retry = output<void>();
}
