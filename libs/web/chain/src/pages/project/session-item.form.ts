import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { components } from '@koers/web-api-client';
import { FieldErrorComponent, messageOf, notBlank, tooLong, watchForm } from '@koers/web-programme';

export type NewSessionItem = components['schemas']['CreateSessionItemDto'];

/** An action says who carries it out. */
function ownerForAction(owner: AbstractControl): ValidationErrors | null {
  return owner.parent?.get('kind')?.value === 'action' && !String(owner.value ?? '').trim() ? { required: true } : null;
}

/** Record a decision taken or an action agreed at a session (an action with who and by when). */
@Component({
  selector: 'koers-chain-session-item-form',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="koers-form" [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.data-item-form]="sessionTitle()">
      <fieldset class="koers-fieldset">
        <legend>{{ 'chain.project.sessions.recordFor' | transloco: { session: sessionTitle() } }}</legend>
        <div class="koers-inline-form">
          <div class="koers-field">
            <label [for]="id() + '-kind'">{{ 'chain.project.sessions.kind' | transloco }}</label>
            <select [id]="id() + '-kind'" formControlName="kind">
              <option value="decision">{{ 'chain.project.sessions.kinds.decision' | transloco }}</option>
              <option value="action">{{ 'chain.project.sessions.kinds.action' | transloco }}</option>
            </select>
          </div>
          <div class="koers-field koers-item-text">
            <label [for]="id() + '-text'">{{ 'chain.project.sessions.text' | transloco }}</label>
            <input [id]="id() + '-text'" formControlName="text" maxlength="2000" [attr.aria-invalid]="!!errors().text" [attr.aria-describedby]="errors().text ? id() + '-text-error' : null" />
            <koers-field-error [id]="id() + '-text-error'" [message]="errors().text" />
          </div>
          @if (action()) {
            <div class="koers-field">
              <label [for]="id() + '-owner'">{{ 'chain.project.sessions.owner' | transloco }}</label>
              <input [id]="id() + '-owner'" formControlName="owner" maxlength="200" [attr.list]="id() + '-owners'" autocomplete="off"
                     [attr.aria-invalid]="!!errors().owner" [attr.aria-describedby]="errors().owner ? id() + '-owner-error' : null" />
              <datalist [id]="id() + '-owners'">
                @for (o of owners(); track o) {
                  <option [value]="o"></option>
                }
              </datalist>
              <koers-field-error [id]="id() + '-owner-error'" [message]="errors().owner" />
            </div>
            <div class="koers-field">
              <label [for]="id() + '-due'">{{ 'chain.project.sessions.dueOn' | transloco }}</label>
              <input [id]="id() + '-due'" type="date" formControlName="dueOn" />
            </div>
          }
          <div class="koers-field">
            <button class="koers-button koers-button-secondary" type="submit" [disabled]="busy()">
              {{ 'chain.project.sessions.record' | transloco }}<span class="koers-visually-hidden"> {{ sessionTitle() }}</span>
            </button>
          </div>
        </div>
      </fieldset>
    </form>
  `,
  styles: `
    .koers-item-text { flex: 1 1 18rem; }
  `,
})
export class SessionItemForm {
  /** The element ids' stem (one form per session). */
  readonly id = input.required<string>();
  readonly sessionTitle = input.required<string>();
  /** Names to suggest as the owner (the project's partners and specialists). */
  readonly owners = input<readonly string[]>([]);
  readonly busy = input(false);
  readonly record = output<NewSessionItem>();

  readonly form = new FormGroup({
    kind: new FormControl<'decision' | 'action'>('decision', { nonNullable: true }),
    text: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(2000)] }),
    owner: new FormControl('', { nonNullable: true, validators: [ownerForAction, Validators.maxLength(200)] }),
    dueOn: new FormControl('', { nonNullable: true }),
  });
  private readonly version = watchForm(this.form);
  readonly action = computed(() => {
    this.version();
    return this.form.controls.kind.value === 'action';
  });
  readonly errors = computed(() => {
    this.version();
    return {
      text: messageOf(this.form.controls.text, { required: 'chain.project.sessions.textRequired', maxlength: tooLong }),
      owner: messageOf(this.form.controls.owner, { required: 'chain.project.sessions.ownerRequired', maxlength: tooLong }),
    };
  });

  constructor() {
    this.form.controls.kind.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.form.controls.owner.updateValueAndValidity());
  }

  submit() {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.record.emit(
      v.kind === 'action'
        ? { kind: 'action', text: v.text.trim(), owner: v.owner.trim(), ...(v.dueOn ? { dueOn: v.dueOn } : {}) }
        : { kind: 'decision', text: v.text.trim() },
    );
  }

  /** After the page recorded it: the kind stays, the rest is empty. */
  clear() {
    this.form.reset({ kind: this.form.controls.kind.value, text: '', owner: '', dueOn: '' });
  }
}
