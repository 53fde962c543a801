import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageSwitchComponent } from '@koers/web-ui';
import { AuthService } from './auth.service';

/** The sign-in page, the same in the shell and in a step app that runs on its own. */
@Component({
  selector: 'koers-sign-in',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, TranslocoPipe, LanguageSwitchComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main id="inhoud" class="koers-sign-in">
      <koers-language-switch />
      <h1>{{ 'signIn.title' | transloco }}</h1>
      <p>{{ 'signIn.intro' | transloco }}</p>
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'signIn.email' | transloco }}</mat-label>
          <input matInput id="email" type="email" formControlName="email" autocomplete="username" required />
          @if (form.controls.email.hasError('required')) {
            <mat-error>{{ 'signIn.emailRequired' | transloco }}</mat-error>
          } @else if (form.controls.email.hasError('email')) {
            <mat-error>{{ 'signIn.emailInvalid' | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'signIn.password' | transloco }}</mat-label>
          <input matInput id="password" type="password" formControlName="password" autocomplete="current-password" required />
          @if (form.controls.password.hasError('required')) {
            <mat-error>{{ 'signIn.passwordRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
        @if (error()) {
          <p class="koers-form-error" role="alert">{{ error()! | transloco }}</p>
        }
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'signIn.submit' | transloco }}</button>
      </form>
    </main>
  `,
})
export class SignInComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);
  readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required]],
  });

  async submit() {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const { email, password } = this.form.getRawValue();
      await this.auth.signIn(email, password);
      const back = this.route.snapshot.queryParamMap.get('terug');
      await this.router.navigateByUrl(back && back.startsWith('/') && !back.startsWith('/aanmelden') ? back : '/');
    } catch (e) {
      this.error.set(e instanceof HttpErrorResponse && e.status === 401 ? 'signIn.failed' : 'signIn.unavailable');
    } finally {
      this.busy.set(false);
    }
  }
}
