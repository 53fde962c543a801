import { ChangeDetectionStrategy, Component, effect, input, output, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Conference, ConferenceFields } from '@koers/web-api-client';
import { FieldErrorComponent, fieldErrors, notBlank, showRefusalOnFields, tooLong, type Refusal } from '@koers/web-programme';

/** Record (or change) the opening or closing work conference: its date, place and report. */
@Component({
  selector: 'koers-chain-conference-form',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="koers-form" [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.data-conference-form]="kind()">
      <div class="koers-inline-form">
        <div class="koers-field">
          <label [for]="kind() + '-held'">{{ 'chain.sector.detail.heldOn' | transloco }}</label>
          <input [id]="kind() + '-held'" type="date" formControlName="heldOn" [attr.aria-invalid]="!!errors().heldOn" [attr.aria-describedby]="errors().heldOn ? kind() + '-held-error' : null" />
          <koers-field-error [id]="kind() + '-held-error'" [message]="errors().heldOn" />
        </div>
        <div class="koers-field">
          <label [for]="kind() + '-location'">{{ 'chain.sector.detail.location' | transloco }}</label>
          <input [id]="kind() + '-location'" formControlName="location" maxlength="200" />
        </div>
      </div>
      <div class="koers-field">
        <label [for]="kind() + '-notes'">{{ 'chain.sector.detail.notes' | transloco }}</label>
        <textarea [id]="kind() + '-notes'" rows="3" formControlName="notes" [attr.aria-invalid]="!!errors().notes" [attr.aria-describedby]="errors().notes ? kind() + '-notes-error' : null"></textarea>
        <koers-field-error [id]="kind() + '-notes-error'" [message]="errors().notes" />
      </div>
      <button class="koers-button koers-button-secondary" type="submit" [disabled]="busy()">{{ submitLabel() }}</button>
    </form>
  `,
})
export class ConferenceForm {
  readonly kind = input.required<'opening' | 'closing'>();
  readonly stored = input<Conference | null>(null);
  readonly submitLabel = input.required<string>();
  readonly busy = input(false);
  readonly save = output<ConferenceFields>();

  readonly form = new FormGroup({
    heldOn: new FormControl('', { nonNullable: true, validators: notBlank }),
    location: new FormControl('', { nonNullable: true, validators: Validators.maxLength(200) }),
    notes: new FormControl('', { nonNullable: true, validators: Validators.maxLength(10000) }),
  });
  readonly errors = fieldErrors(this.form, { heldOn: { required: 'chain.sector.detail.heldOnRequired' }, notes: { maxlength: tooLong } });

  constructor() {
    effect(() => {
      const c = this.stored();
      untracked(() => {
        if (c && this.form.pristine) this.form.setValue({ heldOn: c.heldOn, location: c.location, notes: c.notes }, { emitEvent: false });
      });
    });
  }

  submit() {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.save.emit({ heldOn: v.heldOn, location: v.location.trim(), notes: v.notes.trim() });
    this.form.markAsPristine();
  }

  /** The API's word on a field (the closing date before the opening one) next to it. */
  placeRefusal(refusal: Refusal | null): string[] {
    return showRefusalOnFields(this.form, refusal, { heldOn: 'heldOn', location: 'location', notes: 'notes' });
  }
}
