import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiClient, ApiError } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { LanguageService } from '@koers/web-ui';

/**
 * The page a partner's invitation to an existing account links to (the API writes
 * /uitnodiging-accepteren?token=…): signed in with that account, the person
 * accepts, and only then works for that partner too. Behind the sign-in guard.
 */
@Component({
  selector: 'koers-accept-invitation',
  imports: [TranslocoPipe, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'invitation.title' | transloco }}</h1>
    @if (accepted()) {
      <p role="status" data-testid="invitation-accepted">{{ 'invitation.accepted' | transloco }}</p>
      <p><a routerLink="/">{{ 'invitation.home' | transloco }}</a></p>
    } @else if (!token) {
      <p role="alert">{{ 'invitation.noToken' | transloco }}</p>
    } @else {
      <p>{{ 'invitation.intro' | transloco: { email: auth.session()?.user?.email ?? '' } }}</p>
      @if (refusal(); as text) {
        <p class="koers-field-error" role="alert" data-testid="invitation-refused">{{ text }}</p>
      }
      <button class="koers-button" type="button" [disabled]="busy()" (click)="accept()">{{ 'invitation.accept' | transloco }}</button>
    }
  `,
})
export class AcceptInvitationComponent {
  readonly auth = inject(AuthService);
  private readonly api = inject(ApiClient);
  private readonly language = inject(LanguageService);
  readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token');
  readonly busy = signal(false);
  readonly accepted = signal(false);
  readonly refusal = signal<string | null>(null);

  async accept() {
    if (!this.token) return;
    this.busy.set(true);
    this.refusal.set(null);
    try {
      await this.api.call('POST', '/api/membership-invitations/accept', { token: this.token });
      this.accepted.set(true);
      // The new membership shows in the partner switcher.
      await this.auth.reload();
    } catch (e) {
      const text = e instanceof ApiError ? e.problem?.text : undefined;
      this.refusal.set(text ? text[this.language.current()] : e instanceof Error ? e.message : String(e));
    } finally {
      this.busy.set(false);
    }
  }
}
