import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError, KoploperApi } from '@koers/web-api-client';
import { ErrorStateComponent, LanguageService, LanguageSwitchComponent, LoadingComponent } from '@koers/web-ui';
import { KoersDatePipe, readRefusal } from '@koers/web-programme';
import { InvitationAcceptFormComponent } from './invitation-accept.form';

/**
 * The page an invited company opens from its mail (public, no sign-in): it
 * shows the invitation, registers the company when the invitation names none,
 * creates the user's account and opens the company's track, signed in.
 */
@Component({
  selector: 'koers-koploper-invitation',
  imports: [TranslocoPipe, RouterLink, LanguageSwitchComponent, LoadingComponent, ErrorStateComponent, KoersDatePipe, InvitationAcceptFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .koers-invitation { max-width: 36rem; }
  `,
  template: `
    <a class="koers-skip" href="#inhoud">{{ 'app.skip' | transloco }}</a>
    <header class="koers-header">
      <a class="koers-brand" routerLink="/">{{ 'app.name' | transloco }}</a>
      <div class="koers-header-tools"><koers-language-switch /></div>
    </header>
    <main id="inhoud" class="koers-main koers-invitation" tabindex="-1">
      <h1>{{ 'koploper.invitation.title' | transloco }}</h1>
      @if (invitation.isLoading()) {
        <koers-loading />
      } @else if (invitation.error()) {
        @if (loadStatus() === 404) {
          <section class="koers-state koers-error" role="alert" data-testid="invitation-not-found">
            <h2 class="koers-state-title">{{ 'koploper.invitation.notFound' | transloco }}</h2>
            <p>{{ 'koploper.invitation.notFoundHint' | transloco }}</p>
          </section>
        } @else if (loadStatus() === 409) {
          <section class="koers-state koers-error" role="alert" data-testid="invitation-unusable">
            <h2 class="koers-state-title">{{ 'koploper.invitation.unusable' | transloco }}</h2>
            <p>{{ loadRefusal().text[language.current()] }}</p>
            <a routerLink="/aanmelden">{{ 'koploper.invitation.signIn' | transloco }}</a>
          </section>
        } @else {
          <koers-error-state (retry)="invitation.reload()" />
        }
      } @else if (invitation.hasValue()) {
        @let inv = invitation.value()!;
        <p data-testid="invitation-intro">
          @if (inv.place) {
            {{ 'koploper.invitation.intro' | transloco: { partner: inv.partnerName, cohort: inv.groupName, municipality: inv.place } }}
          } @else {
            {{ 'koploper.invitation.introNoPlace' | transloco: { partner: inv.partnerName, cohort: inv.groupName } }}
          }
        </p>
        @if (inv.organisationName) {
          <p data-testid="invitation-organisation">{{ 'koploper.invitation.onBehalf' | transloco: { name: inv.organisationName } }}</p>
        }
        <p>{{ 'koploper.invitation.account' | transloco: { email: inv.email } }}</p>
        <p>{{ 'koploper.invitation.expires' | transloco: { date: (inv.expiresAt | koersDate) } }}</p>
        <koers-invitation-accept-form [token]="token()" [needsOrganisation]="inv.organisationName === null" />
      }
    </main>
  `,
})
export class InvitationPage {
  private readonly api = inject(KoploperApi);
  readonly language = inject(LanguageService);

  /** From the route (`uitnodiging/:token`). */
  readonly token = input.required<string>();
  readonly invitation = resource({ params: () => this.token(), loader: ({ params }) => this.api.invitation(params) });
  readonly loadStatus = computed(() => {
    const e = this.invitation.error();
    return e instanceof ApiError ? e.status : null;
  });
  readonly loadRefusal = computed(() => readRefusal(this.invitation.error()));
}
