import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError } from '@koers/web-api-client';
import { LanguageService, LanguageSwitchComponent } from '@koers/web-ui';
import { AuthService } from '@koers/web-auth';
import { timeOfDay, tooManyOf, type TooMany } from './too-many';

// Same rule as the API's class-validator IsEmail in spirit: something@something.tld.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The sign-in page, the same in the shell and in a step app that runs on its
 * own. Plain signals instead of @angular/forms: this is every visitor's first
 * screen, so it carries as little as it can.
 */
@Component({
  selector: 'koers-sign-in',
  imports: [TranslocoPipe, LanguageSwitchComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main id="inhoud" class="koers-sign-in">
      <koers-language-switch />
      <h1>{{ 'signIn.title' | transloco }}</h1>
      <p>{{ 'signIn.intro' | transloco }}</p>
      @if (passwordChanged) {
        <p class="koers-note" role="status" data-testid="password-changed">{{ 'passwordReset.done' | transloco }}</p>
      }
      <form (submit)="$event.preventDefault(); submit()" novalidate>
        <div class="koers-field">
          <label for="email">{{ 'signIn.email' | transloco }}</label>
          <input id="email" type="email" autocomplete="username" required [value]="email()" (input)="email.set($any($event.target).value)" (blur)="touched.set(true)"
                 [attr.aria-invalid]="!!emailError()" [attr.aria-describedby]="emailError() ? 'email-error' : null" />
          @if (emailError(); as key) {
            <p class="koers-field-error" id="email-error">{{ key | transloco }}</p>
          }
        </div>
        <div class="koers-field">
          <label for="password">{{ 'signIn.password' | transloco }}</label>
          <input id="password" type="password" autocomplete="current-password" required [value]="password()" (input)="password.set($any($event.target).value)"
                 [attr.aria-invalid]="!!passwordError()" [attr.aria-describedby]="passwordError() ? 'password-error' : null" />
          @if (passwordError(); as key) {
            <p class="koers-field-error" id="password-error">{{ key | transloco }}</p>
          }
        </div>
        @if (tooMany(); as t) {
          <p class="koers-form-error" role="alert" data-testid="too-many">
            {{ t.text[language.current()] }}.
            @if (t.until) {
              {{ 'signIn.retryAt' | transloco: { time: time(t.until) } }}
            }
          </p>
        } @else if (error()) {
          <p class="koers-form-error" role="alert">{{ error()! | transloco }}</p>
        }
        <button class="koers-button" type="submit" [disabled]="busy()">{{ 'signIn.submit' | transloco }}</button>
      </form>
      <p><a routerLink="/wachtwoord-vergeten" [queryParams]="email().trim() ? { email: email().trim() } : {}" data-testid="forgot-password">{{ 'signIn.forgot' | transloco }}</a></p>
    </main>
  `,
})
export class SignInComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  readonly email = signal('');
  readonly password = signal('');
  /** Inline messages show once the user left a field or tried to submit. */
  readonly touched = signal(false);
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);
  /** The API's 429 (too many wrong attempts): its text and when to try again. */
  readonly tooMany = signal<TooMany | null>(null);
  readonly language = inject(LanguageService);
  /** Arrived from setting a new password (`/aanmelden?wachtwoord=nieuw`). */
  readonly passwordChanged = this.route.snapshot.queryParamMap.get('wachtwoord') === 'nieuw';
  readonly emailError = computed(() => {
    if (!this.touched()) return null;
    if (!this.email().trim()) return 'signIn.emailRequired';
    return EMAIL.test(this.email().trim()) ? null : 'signIn.emailInvalid';
  });
  readonly passwordError = computed(() => (this.touched() && !this.password() ? 'signIn.passwordRequired' : null));

  async submit() {
    this.touched.set(true);
    if (this.emailError() || this.passwordError()) return;
    this.busy.set(true);
    this.error.set(null);
    this.tooMany.set(null);
    try {
      await this.auth.signIn(this.email().trim(), this.password());
      const back = this.route.snapshot.queryParamMap.get('terug');
      await this.router.navigateByUrl(back && back.startsWith('/') && !back.startsWith('/aanmelden') ? back : '/');
    } catch (e) {
      const tooMany = tooManyOf(e);
      if (tooMany) this.tooMany.set(tooMany);
      else this.error.set(e instanceof ApiError && e.status === 401 ? 'signIn.failed' : 'signIn.unavailable');
    } finally {
      this.busy.set(false);
    }
  }

  time(ms: number): string {
    return timeOfDay(ms, this.language.current());
  }
}
