import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators, type AbstractControl, type FormGroup, type ValidationErrors } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldErrorComponent, notBlank, showRefusalOnFields, type FieldMessage } from './forms';
import { pageActions } from './page-actions';
import { RefusalComponent } from './refusal';

/** The end date may not come before the start date (the API checks it too). */
export function endsAfterStart(endsOn: AbstractControl): ValidationErrors | null {
  const startsOn: unknown = endsOn.parent?.get('startsOn')?.value;
  return typeof startsOn === 'string' && startsOn && endsOn.value && endsOn.value < startsOn ? { endsBeforeStart: true } : null;
}

/**
 * The controls every new group has: its name and dates (the end not before
 * the start, checked again when the start moves). Spread them into the
 * step's form; call in a field initialiser (it injects).
 */
export function newGroupControls() {
  const startsOn = new FormControl('', { nonNullable: true, validators: Validators.required });
  const endsOn = new FormControl('', { nonNullable: true, validators: [Validators.required, endsAfterStart] });
  startsOn.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => endsOn.updateValueAndValidity());
  return { name: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(200)] }), startsOn, endsOn };
}

/**
 * How a new-group page creates its group: once the form is valid it runs
 * `create` (resolving to the new group) and opens the group's page
 * (`../<id>`); a refusal shows next to the fields it names (`fields`: request
 * path -> control path), the rest in the box. Call in a field initialiser.
 */
export function groupCreation(form: FormGroup, fields: Readonly<Record<string, string>>) {
  const router = inject(Router);
  const route = inject(ActivatedRoute);
  const actions = pageActions();
  /** Fields whose refusal shows next to them, not again in the box. */
  const placed = signal<string[]>([]);
  return {
    actions,
    placed,
    async create(create: () => Promise<{ id: string }>) {
      form.markAllAsTouched();
      if (form.invalid) return;
      let id = '';
      const ok = await actions.run(async () => {
        id = (await create()).id;
      });
      if (ok) await router.navigate(['..', id], { relativeTo: route });
      else placed.set(showRefusalOnFields(form, actions.error(), fields));
    },
  };
}

export type GroupCreation = ReturnType<typeof groupCreation>;

/** One field of a new-group form; `label` and `hint` are text keys. */
export interface GroupFormField {
  name: string;
  id: string;
  label: string;
  type: 'text' | 'date' | 'textarea';
  hint?: string;
  rows?: number;
  /** Marks the input `required` (the validators decide, this tells assistive technology). */
  required?: boolean;
  maxlength?: number;
}

/**
 * A new group's form: what the page projects first (a step's own choice),
 * then `fields` with their hints and messages, the refusal box and the
 * submit button.
 */
@Component({
  selector: 'koers-group-form',
  imports: [ReactiveFormsModule, TranslocoPipe, RefusalComponent, FieldErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form()" (ngSubmit)="create.emit()" novalidate class="koers-form">
      <ng-content />
      @for (f of fields(); track f.name) {
        @let error = errors()[f.name] ?? null;
        @let describedBy = [f.hint ? f.id + '-hint' : '', error ? f.id + '-error' : ''].join(' ').trim() || null;
        <div class="koers-field">
          <label [for]="f.id">{{ f.label | transloco }}</label>
          @if (f.hint) {
            <p class="koers-hint" [id]="f.id + '-hint'">{{ f.hint | transloco }}</p>
          }
          @if (f.type === 'textarea') {
            <textarea [id]="f.id" [rows]="f.rows ?? 3" [formControlName]="f.name" [attr.aria-invalid]="f.name in errors() ? !!error : null" [attr.aria-describedby]="describedBy"></textarea>
          } @else {
            <input [id]="f.id" [type]="f.type" [attr.required]="f.required ? '' : null" [formControlName]="f.name" [attr.maxlength]="f.maxlength ?? null"
                   [attr.aria-invalid]="!!error" [attr.aria-describedby]="describedBy" />
          }
          @if (f.name in errors()) {
            <koers-field-error [id]="f.id + '-error'" [message]="error" />
          }
        </div>
      }
      <koers-refusal [refusal]="creation().actions.error()" [omit]="creation().placed()" />
      <button class="koers-button" type="submit" [disabled]="creation().actions.busy()">{{ submitLabel() | transloco }}</button>
    </form>
  `,
})
export class GroupFormComponent {
  readonly form = input.required<FormGroup>();
  readonly fields = input.required<readonly GroupFormField[]>();
  /** The message next to each field that has messages (see `fieldErrors`). */
  readonly errors = input.required<Readonly<Record<string, FieldMessage | null>>>();
  readonly creation = input.required<GroupCreation>();
  /** The submit button's text key. */
  readonly submitLabel = input.required<string>();
  readonly create = output();
}
