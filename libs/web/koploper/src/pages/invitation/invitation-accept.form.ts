import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal } from '@angular/core';
import { ReactiveFormsModule, type FormControl } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SIZE_CLASSES, type SizeClass } from '@koers/domain';
import { KoploperApi } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { LanguageService } from '@koers/web-ui';
import { FieldErrorComponent, messageOf, readRefusal, showRefusalOnFields, watchForm, type FieldMessage, type Refusal } from '@koers/web-programme';
import { ALL_FIELDS, ORGANISATION_FIELDS, USER_FIELDS, acceptForm, type FieldView } from './invitation-fields';

/**
 * The invited company registers itself (when the invitation names none) and
 * its user's account; the API signs the user in, and the track opens. What
 * is wrong shows next to its field, the API's word on a field too, until the
 * user changes it.
 */
@Component({
  selector: 'koers-invitation-accept-form',
  imports: [ReactiveFormsModule, NgTemplateOutlet, TranslocoPipe, FieldErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    fieldset { border: 1px solid var(--koers-line); border-radius: 8px; margin: 0 0 1rem; padding: 1rem; }
    legend { font-weight: 700; padding: 0 .25rem; }
    .koers-field-hint { margin: 0; color: var(--koers-muted); font-size: .9rem; }
    .koers-field select[aria-invalid="true"] { border-color: #b00020; }
  `,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
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
          @if (fe.checkFields) {
            <p>{{ 'koploper.invitation.checkFields' | transloco }}</p>
          } @else {
            @for (line of fe.lines; track $index) {
              <p>{{ line }}</p>
            }
          }
        </div>
      }
      <button class="koers-button" type="submit" data-testid="accept-invitation" [disabled]="busy()">{{ 'koploper.invitation.submit' | transloco }}</button>
    </form>

    <ng-template #field let-f>
      @let view = asField(f);
      @let error = messages()[view.field];
      <div class="koers-field">
        <label [attr.for]="view.id">{{ view.label | transloco }}</label>
        @if (view.hint) {
          <p class="koers-field-hint" [id]="view.id + '-hint'">{{ view.hint | transloco }}</p>
        }
        @if (view.type === 'select') {
          <select [id]="view.id" required [formControl]="control(view)" [attr.aria-invalid]="!!error" [attr.aria-describedby]="describedBy(view, !!error)">
            <option value="">{{ 'koploper.invitation.chooseSize' | transloco }}</option>
            @for (s of sizes; track s) {
              <option [value]="s">{{ 'koploper.invitation.sizes.' + s | transloco }}</option>
            }
          </select>
        } @else {
          <input [id]="view.id" [type]="view.type" required [attr.autocomplete]="view.autocomplete" [attr.inputmode]="view.inputmode ?? null" [attr.maxlength]="view.maxlength"
                 [formControl]="control(view)" [attr.aria-invalid]="!!error" [attr.aria-describedby]="describedBy(view, !!error)" />
        }
        <koers-field-error [id]="view.id + '-error'" [message]="error" />
      </div>
    </ng-template>
  `,
})
export class InvitationAcceptFormComponent {
  private readonly api = inject(KoploperApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly token = input.required<string>();
  /** The company registers itself when the invitation names no organisation. */
  readonly needsOrganisation = input(true);

  readonly organisationFields = ORGANISATION_FIELDS;
  readonly userFields = USER_FIELDS;
  readonly sizes = SIZE_CLASSES;
  readonly form = acceptForm();
  private readonly version = watchForm(this.form);
  readonly messages = computed(() => {
    this.version();
    return Object.fromEntries(ALL_FIELDS.map((f) => [f.field, messageOf(this.form.get(f.field), { invalid: f.invalid })])) as Record<string, FieldMessage | null>;
  });
  /** The API's last refusal, and the fields it named that show it next to them. */
  private readonly refused = signal<{ refusal: Refusal; placed: string[] } | null>(null);
  /** Above the button: "check the marked fields", or what the API said that no field shows, in the reader's language. */
  readonly formError = computed(() => {
    const r = this.refused();
    if (!r) return null;
    const lang = this.language.current();
    const extra = r.refusal.fields.filter((f) => !r.placed.includes(f.field) && f.text[lang] !== r.refusal.text[lang]).map((f) => f.text[lang]);
    return r.placed.length && !extra.length ? { checkFields: true, lines: [] } : { checkFields: false, lines: [r.refusal.text[lang], ...extra] };
  });
  readonly busy = signal(false);

  constructor() {
    // Only the fields on screen count.
    effect(() => {
      const organisation = this.form.controls.organisation;
      if (this.needsOrganisation()) organisation.enable({ emitEvent: false });
      else organisation.disable({ emitEvent: false });
    });
  }

  asField(f: unknown): FieldView {
    return f as FieldView;
  }

  control(f: FieldView): FormControl<string> {
    return this.form.get(f.field) as FormControl<string>;
  }

  describedBy(f: FieldView, hasError: boolean): string | null {
    const ids = [f.hint ? `${f.id}-hint` : null, hasError ? `${f.id}-error` : null].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  }

  private focus(f: FieldView | undefined) {
    if (f) this.host.nativeElement.querySelector<HTMLElement>(`#${f.id}`)?.focus();
  }

  async submit() {
    this.form.markAllAsTouched();
    this.refused.set(null);
    if (this.form.invalid) {
      this.focus(ALL_FIELDS.find((f) => this.form.get(f.field)?.invalid));
      return;
    }
    const { organisation: o, user } = this.form.getRawValue();
    const body = {
      ...(this.needsOrganisation()
        ? { organisation: { name: o.name.trim(), kvkNumber: o.kvkNumber.trim(), sbiCode: o.sbiCode.trim(), sizeClass: o.sizeClass as SizeClass, municipality: o.municipality.trim() } }
        : {}),
      user: { name: user.name.trim(), password: user.password },
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

  /** A field the API named shows its text next to it; anything else above the button. */
  private showRefusal(e: unknown) {
    const refusal = readRefusal(e);
    const onScreen = ALL_FIELDS.filter((f) => this.form.get(f.field)?.enabled);
    const placed = showRefusalOnFields(this.form, refusal, Object.fromEntries(onScreen.map((f) => [f.field, f.field])));
    this.refused.set({ refusal, placed });
    this.focus(onScreen.find((f) => placed.includes(f.field)));
  }
}
