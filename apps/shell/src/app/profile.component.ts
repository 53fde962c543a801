import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ApiClient } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { LanguageService, ToastService, type Language } from '@koers/web-ui';
import { firstValueFrom } from 'rxjs';

@Component({
  selector: 'koers-profile',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'profile.title' | transloco }}</h1>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'profile.name' | transloco }}</mat-label>
        <input matInput formControlName="name" required maxlength="200" />
        @if (form.controls.name.hasError('required')) {
          <mat-error>{{ 'profile.nameRequired' | transloco }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'profile.language' | transloco }}</mat-label>
        <mat-select formControlName="locale">
          <mat-option value="nl">Nederlands</mat-option>
          <mat-option value="en">English</mat-option>
        </mat-select>
      </mat-form-field>
      <button mat-flat-button type="submit" [disabled]="busy()">{{ 'profile.save' | transloco }}</button>
    </form>
    <h2>{{ 'profile.email' | transloco }}</h2>
    <p>{{ auth.session()?.user?.email }}</p>
    <h2>{{ 'profile.memberships' | transloco }}</h2>
    <ul>
      @for (m of auth.session()?.memberships ?? []; track m.id) {
        <li>{{ m.partner.name }}{{ m.organisation ? ' · ' + m.organisation.name : '' }}: {{ 'roles.' + m.role | transloco }}</li>
      }
    </ul>
  `,
})
export class ProfileComponent {
  readonly auth = inject(AuthService);
  private readonly api = inject(ApiClient);
  private readonly language = inject(LanguageService);
  private readonly toast = inject(ToastService);
  private readonly transloco = inject(TranslocoService);
  readonly busy = signal(false);
  readonly form = inject(FormBuilder).nonNullable.group({
    name: [this.auth.session()?.user.name ?? '', [Validators.required, Validators.maxLength(200)]],
    locale: [(this.auth.session()?.user.locale ?? 'nl') as Language],
  });

  async save() {
    if (this.form.invalid) return;
    this.busy.set(true);
    try {
      const value = this.form.getRawValue();
      this.auth.session.set(await firstValueFrom(this.api.updateProfile(value)));
      this.language.use(value.locale);
      this.toast.show(this.transloco.translate('profile.saved'));
    } finally {
      this.busy.set(false);
    }
  }
}
