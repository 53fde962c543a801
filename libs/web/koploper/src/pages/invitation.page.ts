import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, resource, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { KVK_NUMBER_PATTERN, SBI_CODE_PATTERN, SIZE_CLASSES, type SizeClass } from '@koers/domain';
import { ApiError, KoploperApi } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { ErrorStateComponent, LanguageService, LanguageSwitchComponent, LoadingComponent } from '@koers/web-ui';
import { KoersDatePipe, refusal } from '../shared';
import { apiFieldErrors } from './invitation-helpers';

/** The form's fields, named as the API names them in its field errors. */
type Field = 'organisation.name' | 'organisation.kvkNumber' | 'organisation.sbiCode' | 'organisation.sizeClass' | 'organisation.municipality' | 'user.name' | 'user.password';

interface FieldView {
  field: Field;
  id: string;
  label: string;
  hint?: string;
  type: 'text' | 'password' | 'select';
  autocomplete: string;
  inputmode?: string;
  maxlength: number;
}

const ORGANISATION_FIELDS: FieldView[] = [
  { field: 'organisation.name', id: 'org-name', label: 'koploper.invitation.orgName', type: 'text', autocomplete: 'organization', maxlength: 200 },
  { field: 'organisation.kvkNumber', id: 'kvk', label: 'koploper.invitation.kvkNumber', hint: 'koploper.invitation.kvkHint', type: 'text', autocomplete: 'off', inputmode: 'numeric', maxlength: 8 },
  { field: 'organisation.sbiCode', id: 'sbi', label: 'koploper.invitation.sbiCode', hint: 'koploper.invitation.sbiHint', type: 'text', autocomplete: 'off', inputmode: 'decimal', maxlength: 6 },
  { field: 'organisation.sizeClass', id: 'size', label: 'koploper.invitation.sizeClass', type: 'select', autocomplete: 'off', maxlength: 0 },
  { field: 'organisation.municipality', id: 'org-municipality', label: 'koploper.invitation.municipality', type: 'text', autocomplete: 'address-level2', maxlength: 100 },
];
const USER_FIELDS: FieldView[] = [
  { field: 'user.name', id: 'user-name', label: 'koploper.invitation.userName', type: 'text', autocomplete: 'name', maxlength: 200 },
  { field: 'user.password', id: 'password', label: 'koploper.invitation.password', hint: 'koploper.invitation.passwordHint', type: 'password', autocomplete: 'new-password', maxlength: 200 },
];
const ALL_FIELDS = [...ORGANISATION_FIELDS, ...USER_FIELDS];
const EMPTY: Record<Field, string> = Object.fromEntries(ALL_FIELDS.map((f) => [f.field, ''])) as Record<Field, string>;
const MIN_PASSWORD = 12;

/**
 * The page an invited company opens from its mail (public, no sign-in): it
 * shows the invitation, registers the company when the invitation names none,
 * creates the user's account and opens the company's track, signed in.
 */
@Component({
  selector: 'koers-koploper-invitation',
  imports: [TranslocoPipe, RouterLink, NgTemplateOutlet, LanguageSwitchComponent, LoadingComponent, ErrorStateComponent, KoersDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .koers-invitation { max-width: 36rem; }
    fieldset { border: 1px solid var(--koers-line); border-radius: 8px; margin: 0 0 1rem; padding: 1rem; }
    legend { font-weight: 700; padding: 0 .25rem; }
    .koers-field-hint { margin: 0; color: var(--koers-muted); font-size: .9rem; }
    .koers-field select[aria-invalid="true"] { border-color: #b00020; }
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
            <p>{{ loadRefusal() }}</p>
            <a routerLink="/aanmelden">{{ 'koploper.invitation.signIn' | transloco }}</a>
          </section>
        } @else {
          <koers-error-state (retry)="invitation.reload()" />
        }
      } @else if (invitation.hasValue()) {
        @let inv = invitation.value()!;
        <p data-testid="invitation-intro">{{ 'koploper.invitation.intro' | transloco: { partner: inv.partnerName, cohort: inv.cohortName, municipality: inv.municipality } }}</p>
        @if (inv.organisationName) {
          <p data-testid="invitation-organisation">{{ 'koploper.invitation.onBehalf' | transloco: { name: inv.organisationName } }}</p>
        }
        <p>{{ 'koploper.invitation.account' | transloco: { email: inv.email } }}</p>
        <p>{{ 'koploper.invitation.expires' | transloco: { date: (inv.expiresAt | koersDate) } }}</p>

        <form (submit)="$event.preventDefault(); submit()" novalidate>
          @if (needsOrganisation()) {
            <fieldset>
              <legend>{{ 'koploper.invitation.organisation' | transloco }}</legend>
              @for (f of organisationFields; track f.field) {
                <ng-container [ngTemplateOutlet]="field" [ngTemplateOutletContext]="{ $implicit: f }" />
              }
            </fieldset>
          }
          <fieldset>
            <legend>{{ 'koploper.invitation.you' | transloco }}</legend>
            @for (f of userFields; track f.field) {
              <ng-container [ngTemplateOutlet]="field" [ngTemplateOutletContext]="{ $implicit: f }" />
            }
          </fieldset>
          @if (formError(); as fe) {
            <div class="koers-form-error" role="alert" data-testid="form-error">
              <p>{{ fe.key ? (fe.key | transloco) : fe.message }}</p>
              @for (extra of fe.extra; track extra) {
                <p>{{ extra }}</p>
              }
            </div>
          }
          <button class="koers-button" type="submit" data-testid="accept-invitation" [disabled]="busy()">{{ 'koploper.invitation.submit' | transloco }}</button>
        </form>
      }
    </main>

    <ng-template #field let-f>
      @let error = errorFor(f.field);
      <div class="koers-field">
        <label [attr.for]="f.id">{{ f.label | transloco }}</label>
        @if (f.hint) {
          <p class="koers-field-hint" [id]="f.id + '-hint'">{{ f.hint | transloco }}</p>
        }
        @if (f.type === 'select') {
          <select [id]="f.id" required (change)="set(f.field, $any($event.target).value)" (blur)="touch(f.field)"
                  [attr.aria-invalid]="!!error" [attr.aria-describedby]="describedBy(f, !!error)">
            <option value="" [selected]="valueOf(f.field) === ''">{{ 'koploper.invitation.chooseSize' | transloco }}</option>
            @for (s of sizes; track s) {
              <option [value]="s" [selected]="valueOf(f.field) === s">{{ 'koploper.invitation.sizes.' + s | transloco }}</option>
            }
          </select>
        } @else {
          <input [id]="f.id" [type]="f.type" required [attr.autocomplete]="f.autocomplete" [attr.inputmode]="f.inputmode ?? null" [attr.maxlength]="f.maxlength"
                 [value]="valueOf(f.field)" (input)="set(f.field, $any($event.target).value)" (blur)="touch(f.field)"
                 [attr.aria-invalid]="!!error" [attr.aria-describedby]="describedBy(f, !!error)" />
        }
        @if (error) {
          <p class="koers-field-error" [id]="f.id + '-error'">{{ error.key ? (error.key | transloco) : error.text }}</p>
        }
      </div>
    </ng-template>
  `,
})
export class InvitationPage {
  private readonly api = inject(KoploperApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** From the route (`uitnodiging/:token`). */
  readonly token = input.required<string>();
  readonly organisationFields = ORGANISATION_FIELDS;
  readonly userFields = USER_FIELDS;
  readonly sizes = SIZE_CLASSES;

  readonly invitation = resource({ params: () => this.token(), loader: ({ params }) => this.api.invitation(params) });
  readonly loadStatus = computed(() => {
    const e = this.invitation.error();
    return e instanceof ApiError ? e.status : null;
  });
  readonly loadRefusal = computed(() => refusal(this.invitation.error(), this.language.current()).message);
  /** The company registers itself when the invitation names no organisation. */
  readonly needsOrganisation = computed(() => this.invitation.hasValue() && this.invitation.value().organisationName === null);

  readonly values = signal<Record<Field, string>>({ ...EMPTY });
  /** A field's own message shows once the user left it, or tried to submit. */
  readonly touched = signal<Partial<Record<Field, boolean>>>({});
  readonly submitted = signal(false);
  /** What the API said about a field, until the user changes it. */
  readonly serverErrors = signal<Partial<Record<Field, string>>>({});
  readonly formError = signal<{ key: string | null; message: string | null; extra: string[] } | null>(null);
  readonly busy = signal(false);

  /** Translation keys of what is wrong, per field, before asking the API. */
  readonly clientErrors = computed(() => {
    const v = this.values();
    const errors: Partial<Record<Field, string>> = {};
    if (this.needsOrganisation()) {
      if (!v['organisation.name'].trim()) errors['organisation.name'] = 'koploper.invitation.orgNameRequired';
      if (!KVK_NUMBER_PATTERN.test(v['organisation.kvkNumber'].trim())) errors['organisation.kvkNumber'] = 'koploper.invitation.kvkInvalid';
      if (!SBI_CODE_PATTERN.test(v['organisation.sbiCode'].trim())) errors['organisation.sbiCode'] = 'koploper.invitation.sbiInvalid';
      if (!(SIZE_CLASSES as readonly string[]).includes(v['organisation.sizeClass'])) errors['organisation.sizeClass'] = 'koploper.invitation.sizeRequired';
      if (!v['organisation.municipality'].trim()) errors['organisation.municipality'] = 'koploper.invitation.municipalityRequired';
    }
    if (!v['user.name'].trim()) errors['user.name'] = 'koploper.invitation.userNameRequired';
    if (v['user.password'].length < MIN_PASSWORD) errors['user.password'] = 'koploper.invitation.passwordShort';
    return errors;
  });

  valueOf(field: Field): string {
    return this.values()[field];
  }

  errorFor(field: Field): { key: string | null; text: string | null } | null {
    const key = this.touched()[field] || this.submitted() ? this.clientErrors()[field] : undefined;
    if (key) return { key, text: null };
    const text = this.serverErrors()[field];
    return text ? { key: null, text } : null;
  }

  describedBy(f: FieldView, hasError: boolean): string | null {
    const ids = [f.hint ? `${f.id}-hint` : null, hasError ? `${f.id}-error` : null].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  }

  set(field: Field, value: string) {
    this.values.update((v) => ({ ...v, [field]: value }));
    if (this.serverErrors()[field]) this.serverErrors.update(({ [field]: _, ...rest }) => rest as Partial<Record<Field, string>>);
  }

  touch(field: Field) {
    this.touched.update((t) => ({ ...t, [field]: true }));
  }

  async submit() {
    this.submitted.set(true);
    this.formError.set(null);
    const invalid = ALL_FIELDS.find((f) => this.clientErrors()[f.field]);
    if (invalid) {
      this.host.nativeElement.querySelector<HTMLElement>(`#${invalid.id}`)?.focus();
      return;
    }
    const v = this.values();
    const body = {
      ...(this.needsOrganisation()
        ? {
            organisation: {
              name: v['organisation.name'].trim(),
              kvkNumber: v['organisation.kvkNumber'].trim(),
              sbiCode: v['organisation.sbiCode'].trim(),
              sizeClass: v['organisation.sizeClass'] as SizeClass,
              municipality: v['organisation.municipality'].trim(),
            },
          }
        : {}),
      user: { name: v['user.name'].trim(), password: v['user.password'] },
    };
    this.busy.set(true);
    try {
      const { participantId } = await this.api.acceptInvitation(this.token(), body);
      // The API signed the new user in (session cookie): let the app know before opening the track.
      await this.auth.reload();
      // In the shell the track lives under /koploper; in the standalone koploper app at the root.
      const base = this.router.url.startsWith('/koploper/') ? '/koploper/deelnemers/' : '/deelnemers/';
      await this.router.navigateByUrl(base + encodeURIComponent(participantId));
    } catch (e) {
      this.showRefusal(e);
    } finally {
      this.busy.set(false);
    }
  }

  private showRefusal(e: unknown) {
    const lang = this.language.current();
    const named = apiFieldErrors(e, lang);
    const known = new Set<string>(ALL_FIELDS.filter((f) => f.field.startsWith('user.') || this.needsOrganisation()).map((f) => f.field));
    const onFields: Partial<Record<Field, string>> = {};
    const extra: string[] = [];
    for (const [field, message] of Object.entries(named)) {
      if (known.has(field)) onFields[field as Field] = message;
      else extra.push(message);
    }
    this.serverErrors.set(onFields);
    if (Object.keys(onFields).length && !extra.length) {
      this.formError.set({ key: 'koploper.invitation.checkFields', message: null, extra: [] });
    } else {
      this.formError.set({ key: null, message: refusal(e, lang).message, extra });
    }
    const first = ALL_FIELDS.find((f) => onFields[f.field]);
    if (first) this.host.nativeElement.querySelector<HTMLElement>(`#${first.id}`)?.focus();
  }
}
