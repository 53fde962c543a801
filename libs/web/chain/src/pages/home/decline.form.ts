import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldErrorComponent, messageOf, notBlank, tooLong, watchForm } from '@koers/web-programme';

/** Declining a joint application, with the reason the applicant reads. */
@Component({
  selector: 'koers-chain-decline-form',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <details class="koers-details">
      <summary>{{ 'chain.home.decline' | transloco }}<span class="koers-visually-hidden"> {{ name() }}</span></summary>
      <form class="koers-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <div class="koers-field">
          <label [for]="id() + '-reason'">{{ 'chain.home.declineReason' | transloco }}</label>
          <p class="koers-hint" [id]="id() + '-hint'">{{ 'chain.home.declineReasonHint' | transloco }}</p>
          <textarea [id]="id() + '-reason'" rows="2" formControlName="reason" [attr.aria-invalid]="!!error()"
                    [attr.aria-describedby]="id() + '-hint' + (error() ? ' ' + id() + '-error' : '')"></textarea>
          <koers-field-error [id]="id() + '-error'" [message]="error()" />
        </div>
        <button class="koers-button koers-button-secondary" type="submit" [disabled]="busy()">
          {{ 'chain.home.decline' | transloco }}<span class="koers-visually-hidden"> {{ name() }}</span>
        </button>
      </form>
    </details>
  `,
})
export class DeclineForm {
  /** The element ids' stem (one form per application). */
  readonly id = input.required<string>();
  /** Whose application, for screen readers. */
  readonly name = input('');
  readonly busy = input(false);
  readonly decline = output<string>();

  readonly form = new FormGroup({ reason: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(2000)] }) });
  private readonly version = watchForm(this.form);
  readonly error = computed(() => {
    this.version();
    return messageOf(this.form.controls.reason, { required: 'chain.home.declineReasonRequired', maxlength: tooLong });
  });

  submit() {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.decline.emit(this.form.controls.reason.value.trim());
  }
}
