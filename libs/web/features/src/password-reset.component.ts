import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiClient, ApiError } from '@koers/web-api-client';
import { LanguageService, LanguageSwitchComponent } from '@koers/web-ui';
import { timeOfDay, tooManyOf, type TooMany } from './too-many';

// As on the sign-in page: something@something.tld.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The API's rule for a new password (PasswordResetConfirmDto: 12 to 200 characters). */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

/** The route of the page the reset mail links to (the API writes `/wachtwoord-herstellen?token=…`). */
export const PASSWORD_RESET_PATH = 'wachtwoord-herstellen';
export const PASSWORD_FORGOT_PATH = 'wachtwoord-vergeten';

/**
 * "Wachtwoord vergeten?": asks for a reset mail. The answer is the same whether
 * or not the address has an account (the API answers 202 for any address);
 * only its 429 (too many requests) is shown as such, with when to try again.
 * Plain signals, like the sign-in page.
 */
@Component({
  selector: 'koers-password-forgot',
  imports: [TranslocoPipe, LanguageSwitchComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main id="inhoud" class="koers-sign-in">
      <koers-language-switch />
      <h1>{{ 'passwordReset.requestTitle' | transloco }}</h1>
      @if (sent()) {
        <p class="koers-note" role="status" data-testid="reset-requested">{{ 'passwordReset.requested' | transloco }}</p>
      } @else {
        <p>{{ 'passwordReset.requestIntro' | transloco }}</p>
        <form (submit)="$event.preventDefault(); submit()" novalidate>
          <div class="koers-field">
            <label for="reset-email">{{ 'signIn.email' | transloco }}</label>
            <input id="reset-email" type="email" autocomplete="username" required [value]="email()" (input)="email.set($any($event.target).value)" (blur)="touched.set(true)"
                   [attr.aria-invalid]="!!emailError()" [attr.aria-describedby]="emailError() ? 'reset-email-error' : null" />
            @if (emailError(); as key) {
              <p class="koers-field-error" id="reset-email-error">{{ key | transloco }}</p>
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
          <button class="koers-button" type="submit" [disabled]="busy()">{{ 'passwordReset.requestSubmit' | transloco }}</button>
        </form>
      }
      <p><a routerLink="/aanmelden">{{ 'passwordReset.backToSignIn' | transloco }}</a></p>
    </main>
  `,
})
export class PasswordForgotComponent {
  private readonly api = inject(ApiClient);
  readonly language = inject(LanguageService);
  /** The sign-in page passes the address typed there. */
  readonly email = signal(inject(ActivatedRoute).snapshot.queryParamMap.get('email') ?? '');
  readonly touched = signal(false);
  readonly busy = signal(false);
  readonly sent = signal(false);
  readonly error = signal<string | null>(null);
  readonly tooMany = signal<TooMany | null>(null);
  readonly emailError = computed(() => {
    if (!this.touched()) return null;
    if (!this.email().trim()) return 'signIn.emailRequired';
    return EMAIL.test(this.email().trim()) ? null : 'signIn.emailInvalid';
  });

  async submit() {
    this.touched.set(true);
    if (this.emailError()) return;
    this.busy.set(true);
    this.error.set(null);
    this.tooMany.set(null);
    try {
      await this.api.requestPasswordReset({ email: this.email().trim() });
      this.sent.set(true);
    } catch (e) {
      const tooMany = tooManyOf(e);
      if (tooMany) this.tooMany.set(tooMany);
      else this.error.set(e instanceof ApiError && e.status === 400 ? 'signIn.emailInvalid' : 'signIn.unavailable');
    } finally {
      this.busy.set(false);
    }
  }

  time(ms: number): string {
    return timeOfDay(ms, this.language.current());
  }
}

/**
 * The page the reset mail links to: a new password, twice, for the link's
 * token. Success signs the user out everywhere (the API does) and leads to the
 * sign-in page, which says the password was changed. An unknown, used or
 * expired link says so and offers a new one.
 */
@Component({
  selector: 'koers-password-reset',
  imports: [TranslocoPipe, LanguageSwitchComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main id="inhoud" class="koers-sign-in">
      <koers-language-switch />
      <h1>{{ 'passwordReset.setTitle' | transloco }}</h1>
      @if (!token) {
        <p class="koers-form-error" role="alert" data-testid="reset-no-token">{{ 'passwordReset.noToken' | transloco }}</p>
      } @else if (tokenInvalid()) {
        <p class="koers-form-error" role="alert" data-testid="reset-token-invalid">{{ 'passwordReset.tokenInvalid' | transloco }}</p>
      } @else {
        <p>{{ 'passwordReset.setIntro' | transloco: { min: min } }}</p>
        <form (submit)="$event.preventDefault(); submit()" novalidate>
          <div class="koers-field">
            <label for="new-password">{{ 'passwordReset.newPassword' | transloco }}</label>
            <input id="new-password" type="password" autocomplete="new-password" required [attr.minlength]="min" [value]="password()" (input)="password.set($any($event.target).value)"
                   (blur)="touched.set(true)" [attr.aria-invalid]="!!passwordError()" [attr.aria-describedby]="passwordError() ? 'new-password-error' : null" />
            @if (passwordError(); as m) {
              <p class="koers-field-error" id="new-password-error">{{ m.key | transloco: m.params }}</p>
            }
          </div>
          <div class="koers-field">
            <label for="repeat-password">{{ 'passwordReset.repeatPassword' | transloco }}</label>
            <input id="repeat-password" type="password" autocomplete="new-password" required [value]="repeat()" (input)="repeat.set($any($event.target).value)"
                   (blur)="touched.set(true)" [attr.aria-invalid]="!!repeatError()" [attr.aria-describedby]="repeatError() ? 'repeat-password-error' : null" />
            @if (repeatError(); as key) {
              <p class="koers-field-error" id="repeat-password-error">{{ key | transloco }}</p>
            }
          </div>
          @if (error()) {
            <p class="koers-form-error" role="alert">{{ error()! | transloco: { min: min } }}</p>
          }
          <button class="koers-button" type="submit" [disabled]="busy()">{{ 'passwordReset.setSubmit' | transloco }}</button>
        </form>
      }
      @if (!token || tokenInvalid()) {
        <p><a class="koers-button" routerLink="/wachtwoord-vergeten">{{ 'passwordReset.requestAgain' | transloco }}</a></p>
      }
      <p><a routerLink="/aanmelden">{{ 'passwordReset.backToSignIn' | transloco }}</a></p>
    </main>
  `,
})
export class PasswordResetComponent {
  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token') ?? '';
  readonly min = PASSWORD_MIN;
  readonly password = signal('');
  readonly repeat = signal('');
  readonly touched = signal(false);
  readonly busy = signal(false);
  readonly tokenInvalid = signal(false);
  readonly error = signal<string | null>(null);
  readonly passwordError = computed(() => {
    if (!this.touched()) return null;
    const n = this.password().length;
    if (n < PASSWORD_MIN) return { key: 'passwordReset.passwordTooShort', params: { min: PASSWORD_MIN } };
    return n > PASSWORD_MAX ? { key: 'passwordReset.passwordTooLong', params: { max: PASSWORD_MAX } } : null;
  });
  readonly repeatError = computed(() => (this.touched() && this.repeat() !== this.password() ? 'passwordReset.passwordsDiffer' : null));

  async submit() {
    this.touched.set(true);
    if (this.passwordError() || this.repeatError()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.api.confirmPasswordReset({ token: this.token, password: this.password() });
      await this.router.navigate(['/aanmelden'], { queryParams: { wachtwoord: 'nieuw' } });
    } catch (e) {
      const field = e instanceof ApiError && e.status === 400 ? (e.problem?.errors ?? []).map((x) => x.field) : [];
      if (field.includes('token') || (e instanceof ApiError && e.problem?.code === 'auth.reset_token_invalid')) this.tokenInvalid.set(true);
      else if (field.includes('password')) this.error.set('passwordReset.passwordTooShort');
      else this.error.set('signIn.unavailable');
    } finally {
      this.busy.set(false);
    }
  }
}
