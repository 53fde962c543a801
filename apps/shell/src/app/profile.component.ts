import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ApiClient } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { LanguageService, ToastService, type Language } from '@koers/web-ui';

@Component({
  selector: 'koers-profile',
  imports: [ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'profile.title' | transloco }}</h1>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <div class="koers-field">
        <label for="profile-name">{{ 'profile.name' | transloco }}</label>
        <input id="profile-name" formControlName="name" required maxlength="200"
               [attr.aria-invalid]="form.controls.name.invalid" [attr.aria-describedby]="form.controls.name.invalid ? 'profile-name-error' : null" />
        @if (form.controls.name.hasError('required')) {
          <p class="koers-field-error" id="profile-name-error">{{ 'profile.nameRequired' | transloco }}</p>
        }
      </div>
      <div class="koers-field">
        <label for="profile-locale">{{ 'profile.language' | transloco }}</label>
        <select id="profile-locale" formControlName="locale">
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
      </div>
      <button class="koers-button" type="submit" [disabled]="busy()">{{ 'profile.save' | transloco }}</button>
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
      this.auth.session.set(await this.api.updateProfile(value));
      this.language.use(value.locale);
      this.toast.show(this.transloco.translate('profile.saved'));
    } finally {
      this.busy.set(false);
    }
  }
}
