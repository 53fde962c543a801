import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, linkedSignal, output, signal, untracked } from '@angular/core';
import { ReactiveFormsModule, type FormControl } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { SIZE_CLASSES } from '@koers/domain';
import { LanguageService } from '@koers/web-ui';
import { FieldErrorComponent, messageOf, showRefusalOnFields, watchForm, type FieldMessage } from '../forms';
import { RefusalComponent, type Refusal } from '../refusal';
import { programmeTexts } from '../texts';
import {
  ACCEPTANCE_FIELDS,
  ACCEPTANCE_FIELD_NAMES,
  ORGANISATION_FIELDS,
  USER_FIELDS,
  acceptanceForm,
  acceptanceOf,
  type AcceptanceFieldView,
  type InvitationAcceptance,
} from './acceptance-fields';

/**
 * The invited company registers itself (when the invitation names none) and
 * its user's account. What is wrong shows next to its field; so does what the
 * API said about a field (`refusal`, by the API's field name such as
 * `organisation.kvkNumber`), until the user changes it; anything else the API
 * said shows above the button. Emits `accept` with a valid form's value; the
 * page calls the API and passes `busy` and its refusal back.
 */
@Component({
  selector: 'koers-invitation-accept-form',
  imports: [ReactiveFormsModule, NgTemplateOutlet, TranslocoPipe, FieldErrorComponent, RefusalComponent],
  providers: [programmeTexts()],
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
          <legend>{{ 'programme.acceptance.organisation' | transloco }}</legend>
          @for (f of organisationFields; track f.field) {
            <ng-container [ngTemplateOutlet]="field" [ngTemplateOutletContext]="{ $implicit: f }" />
          }
        </fieldset>
      }
      <fieldset>
        <legend>{{ 'programme.acceptance.you' | transloco }}</legend>
        @for (f of userFields; track f.field) {
          <ng-container [ngTemplateOutlet]="field" [ngTemplateOutletContext]="{ $implicit: f }" />
        }
      </fieldset>
      @switch (formError()) {
        @case ('checkFields') {
          <div class="koers-form-error" role="alert" data-testid="form-error">
            <p>{{ 'programme.acceptance.checkFields' | transloco }}</p>
          </div>
        }
        @case ('refusal') {
          <koers-refusal data-testid="form-error" [refusal]="shown()" [omit]="placed()" [fieldNames]="fieldNames" />
        }
      }
      <button class="koers-button" type="submit" data-testid="accept-invitation" [disabled]="busy()">{{ 'programme.acceptance.submit' | transloco }}</button>
    </form>

    <ng-template #field let-f>
      @let view = asField(f);
      @let error = messages()[view.field];
      <div class="koers-field">
        <label [attr.for]="view.id">{{ 'programme.acceptance.' + view.label | transloco }}</label>
        @if (view.hint) {
          <p class="koers-field-hint" [id]="view.id + '-hint'">{{ 'programme.acceptance.' + view.hint | transloco }}</p>
        }
        @if (view.type === 'select') {
          <select [id]="view.id" required [formControl]="control(view)" [attr.aria-invalid]="!!error" [attr.aria-describedby]="describedBy(view, !!error)">
            <option value="">{{ 'programme.acceptance.chooseSize' | transloco }}</option>
            @for (s of sizes; track s) {
              <option [value]="s">{{ 'programme.acceptance.sizes.' + s | transloco }}</option>
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
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The company registers itself when the invitation names no organisation. */
  readonly needsOrganisation = input(true);
  /** While the page is sending: the button is disabled. */
  readonly busy = input(false);
  /** What the API refused of the last `accept` (`readRefusal` of its error); null before and while sending. */
  readonly refusal = input<Refusal | null>(null);
  readonly accept = output<InvitationAcceptance>();

  readonly organisationFields = ORGANISATION_FIELDS;
  readonly userFields = USER_FIELDS;
  readonly fieldNames = ACCEPTANCE_FIELD_NAMES;
  readonly sizes = SIZE_CLASSES;
  readonly form = acceptanceForm();
  private readonly version = watchForm(this.form);
  readonly messages = computed(() => {
    this.version();
    return Object.fromEntries(ACCEPTANCE_FIELDS.map((f) => [f.field, messageOf(this.form.get(f.field), { invalid: `programme.acceptance.${f.invalid}` })])) as Record<string, FieldMessage | null>;
  });

  /** The page's last refusal, until the user submits again. */
  readonly shown = linkedSignal(() => this.refusal());
  /** The fields of the refusal that show it next to them (left out of the box above the button). */
  readonly placed = signal<readonly string[]>([]);
  /** Above the button: "check the marked fields" when the fields say it all, else the refusal with what no field shows. */
  readonly formError = computed<'checkFields' | 'refusal' | null>(() => {
    const r = this.shown();
    if (!r) return null;
    const placed = this.placed();
    const lang = this.language.current();
    const unplaced = r.fields.filter((f) => !placed.includes(f.field) && f.text[lang] !== r.text[lang]);
    return placed.length && !unplaced.length ? 'checkFields' : 'refusal';
  });

  constructor() {
    // Only the fields on screen count.
    effect(() => {
      const organisation = this.form.controls.organisation;
      if (this.needsOrganisation()) organisation.enable({ emitEvent: false });
      else organisation.disable({ emitEvent: false });
    });
    // A field the API named shows its text next to it, and the first of them gets the focus.
    effect(() => {
      const refusal = this.refusal();
      untracked(() => {
        if (!refusal) return this.placed.set([]);
        const onScreen = ACCEPTANCE_FIELDS.filter((f) => this.form.get(f.field)?.enabled);
        const placed = showRefusalOnFields(this.form, refusal, Object.fromEntries(onScreen.map((f) => [f.field, f.field])));
        this.placed.set(placed);
        this.focus(onScreen.find((f) => placed.includes(f.field)));
      });
    });
  }

  asField(f: unknown): AcceptanceFieldView {
    return f as AcceptanceFieldView;
  }

  control(f: AcceptanceFieldView): FormControl<string> {
    return this.form.get(f.field) as FormControl<string>;
  }

  describedBy(f: AcceptanceFieldView, hasError: boolean): string | null {
    const ids = [f.hint ? `${f.id}-hint` : null, hasError ? `${f.id}-error` : null].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  }

  private focus(f: AcceptanceFieldView | undefined) {
    if (f) this.host.nativeElement.querySelector<HTMLElement>(`#${f.id}`)?.focus();
  }

  submit() {
    this.form.markAllAsTouched();
    this.shown.set(null);
    this.placed.set([]);
    if (this.form.invalid) {
      this.focus(ACCEPTANCE_FIELDS.find((f) => this.form.get(f.field)?.invalid));
      return;
    }
    this.accept.emit(acceptanceOf(this.form, this.needsOrganisation()));
  }
}
