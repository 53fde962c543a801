import { ChangeDetectionStrategy, Component, effect, input, output, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Intake } from '@koers/web-api-client';
import { BilingualPipe, FieldErrorComponent, fieldErrors, notBlank } from '@koers/web-programme';
import { R_LADDER } from '../../ce';

/** The intake: the company's ambition, where it stands on the R-ladder, and what it hopes for. */
@Component({
  selector: 'koers-intake-form',
  imports: [ReactiveFormsModule, TranslocoPipe, BilingualPipe, FieldErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="koers-form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="intake">
      <div class="koers-field">
        <label for="intake-ambition">{{ 'masterclass.outcome.ambition' | transloco }}</label>
        <p id="intake-ambition-hint">{{ 'masterclass.outcome.ambitionHint' | transloco }}</p>
        <textarea id="intake-ambition" rows="3" formControlName="ambition" [attr.aria-invalid]="!!errors().ambition"
                  [attr.aria-describedby]="errors().ambition ? 'intake-ambition-hint intake-ambition-error' : 'intake-ambition-hint'"></textarea>
        <koers-field-error id="intake-ambition-error" [message]="errors().ambition" />
      </div>
      <div class="koers-field">
        <label for="intake-rladder">{{ 'masterclass.outcome.rLadder' | transloco }}</label>
        <select id="intake-rladder" formControlName="rLadder" [attr.aria-invalid]="!!errors().rLadder" [attr.aria-describedby]="errors().rLadder ? 'intake-rladder-error' : null">
          <option value="">{{ 'masterclass.outcome.chooseStep' | transloco }}</option>
          @for (r of rLadder; track r.id) {
            <option [value]="r.id">{{ r.name | bilingual }}</option>
          }
        </select>
        <koers-field-error id="intake-rladder-error" [message]="errors().rLadder" />
      </div>
      <div class="koers-field">
        <label for="intake-hopes">{{ 'masterclass.outcome.hopes' | transloco }}</label>
        <textarea id="intake-hopes" rows="3" formControlName="hopes"></textarea>
      </div>
      <button class="koers-button" type="submit" [disabled]="busy()">{{ 'masterclass.outcome.saveIntake' | transloco }}</button>
    </form>
  `,
})
export class IntakeForm {
  /** What is stored; the form follows it until the user types. */
  readonly stored = input<Intake | null>(null);
  readonly busy = input(false);
  readonly save = output<Intake>();
  readonly rLadder = R_LADDER;

  readonly form = new FormGroup({
    ambition: new FormControl('', { nonNullable: true, validators: notBlank }),
    rLadder: new FormControl('', { nonNullable: true, validators: notBlank }),
    hopes: new FormControl('', { nonNullable: true }),
  });
  readonly errors = fieldErrors(this.form, { ambition: { required: 'masterclass.outcome.ambitionRequired' }, rLadder: { required: 'masterclass.outcome.rLadderRequired' } });

  constructor() {
    effect(() => {
      const stored = this.stored();
      untracked(() => {
        if (stored && this.form.pristine) this.form.setValue({ ambition: stored.ambition, rLadder: stored.rLadder, hopes: stored.hopes ?? '' }, { emitEvent: false });
      });
    });
  }

  submit() {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.save.emit({ ambition: v.ambition.trim(), rLadder: v.rLadder, hopes: v.hopes.trim() });
    this.form.markAsPristine();
  }
}
