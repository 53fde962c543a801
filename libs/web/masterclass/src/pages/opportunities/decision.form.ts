import { ChangeDetectionStrategy, Component, effect, input, output, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Decision } from '@koers/web-api-client';
import { FieldErrorComponent, fieldErrors, notBlank } from '@koers/web-programme';

/** The group's decision: go or no go, with the reasons. */
@Component({
  selector: 'koers-decision-form',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="koers-form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="decision-form">
      <fieldset class="koers-field" [attr.aria-describedby]="errors().decision ? 'decision-error' : null">
        <legend>{{ 'masterclass.opportunities.decision' | transloco }}</legend>
        <label class="koers-check"><input type="radio" formControlName="decision" value="go" /> {{ 'masterclass.opportunities.go' | transloco }}</label>
        <label class="koers-check"><input type="radio" formControlName="decision" value="no_go" /> {{ 'masterclass.opportunities.noGo' | transloco }}</label>
        <koers-field-error id="decision-error" [message]="errors().decision" />
      </fieldset>
      <div class="koers-field">
        <label for="decision-reasons">{{ 'masterclass.opportunities.reasons' | transloco }}</label>
        <textarea id="decision-reasons" rows="3" formControlName="reasons" [attr.aria-invalid]="!!errors().reasons" [attr.aria-describedby]="errors().reasons ? 'decision-reasons-error' : null"></textarea>
        <koers-field-error id="decision-reasons-error" [message]="errors().reasons" />
      </div>
      <button class="koers-button" type="submit" [disabled]="busy()">{{ 'masterclass.opportunities.decide' | transloco }}</button>
    </form>
  `,
})
export class DecisionForm {
  readonly stored = input<Decision | null>(null);
  readonly busy = input(false);
  readonly decide = output<{ decision: 'go' | 'no_go'; reasons: string }>();

  readonly form = new FormGroup({
    decision: new FormControl<'go' | 'no_go' | ''>('', { nonNullable: true, validators: notBlank }),
    reasons: new FormControl('', { nonNullable: true, validators: notBlank }),
  });
  readonly errors = fieldErrors(this.form, { decision: { required: 'masterclass.opportunities.decisionRequired' }, reasons: { required: 'masterclass.opportunities.reasonsRequired' } });

  constructor() {
    effect(() => {
      const stored = this.stored();
      untracked(() => {
        if (stored && this.form.pristine) this.form.setValue({ decision: stored.decision, reasons: stored.reasons }, { emitEvent: false });
      });
    });
  }

  submit() {
    this.form.markAllAsTouched();
    const { decision, reasons } = this.form.getRawValue();
    if (this.form.invalid || !decision) return;
    this.decide.emit({ decision, reasons: reasons.trim() });
    this.form.markAsPristine();
  }
}
