import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldErrorComponent, fieldErrors, tooLong } from '../forms';
import { BilingualPipe, type Bilingual } from '../pipes';
import { programmeTexts } from '../texts';

/** A session to plan, as the API takes it (`startsAt` an ISO instant). */
export interface NewSession {
  kind: string;
  title: string;
  startsAt: string;
  location: string;
  agenda: string;
}

let nextId = 0;

/**
 * Plan a session: its kind (the step's session kinds), title, date and time,
 * place and agenda. `plan` emits it once every field is right; the page calls
 * the API and then `clear()`s the form for the next one.
 */
@Component({
  selector: 'koers-session-form',
  imports: [ReactiveFormsModule, TranslocoPipe, BilingualPipe, FieldErrorComponent],
  providers: [programmeTexts()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="koers-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      @if (heading(); as h) {
        <h3>{{ h }}</h3>
      }
      <div class="koers-field">
        <label [for]="id + '-kind'">{{ 'programme.sessions.kind' | transloco }}</label>
        <select [id]="id + '-kind'" formControlName="kind">
          @for (k of kinds(); track k) {
            <option [value]="k">{{ kindLabels()[k] | bilingual }}</option>
          }
        </select>
      </div>
      <div class="koers-field">
        <label [for]="id + '-title'">{{ 'programme.sessions.title' | transloco }}</label>
        <input [id]="id + '-title'" formControlName="title" maxlength="200"
               [attr.aria-invalid]="!!errors().title" [attr.aria-describedby]="errors().title ? id + '-title-error' : null" />
        <koers-field-error [id]="id + '-title-error'" [message]="errors().title" />
      </div>
      <div class="koers-field">
        <label [for]="id + '-starts'">{{ 'programme.sessions.startsAt' | transloco }}</label>
        <input [id]="id + '-starts'" type="datetime-local" formControlName="startsAt"
               [attr.aria-invalid]="!!errors().startsAt" [attr.aria-describedby]="errors().startsAt ? id + '-starts-error' : null" />
        <koers-field-error [id]="id + '-starts-error'" [message]="errors().startsAt" />
      </div>
      <div class="koers-field">
        <label [for]="id + '-location'">{{ 'programme.sessions.location' | transloco }}</label>
        <input [id]="id + '-location'" formControlName="location" maxlength="200"
               [attr.aria-invalid]="!!errors().location" [attr.aria-describedby]="errors().location ? id + '-location-error' : null" />
        <koers-field-error [id]="id + '-location-error'" [message]="errors().location" />
      </div>
      <div class="koers-field">
        <label [for]="id + '-agenda'">{{ 'programme.sessions.agenda' | transloco }}</label>
        <textarea [id]="id + '-agenda'" rows="3" formControlName="agenda"></textarea>
      </div>
      <button class="koers-button koers-button-secondary" type="submit" [disabled]="busy()">{{ submitLabel() ?? ('programme.sessions.plan' | transloco) }}</button>
    </form>
  `,
})
export class SessionFormComponent {
  readonly kinds = input.required<readonly string[]>();
  readonly kindLabels = input.required<Readonly<Record<string, Bilingual>>>();
  /** The step's words: a heading above the form and the button ("Bijeenkomst plannen"). */
  readonly heading = input<string | null>(null);
  readonly submitLabel = input<string | null>(null);
  readonly busy = input(false);
  readonly plan = output<NewSession>();

  readonly id = `koers-session-${++nextId}`;
  readonly form = new FormGroup({
    kind: new FormControl('', { nonNullable: true, validators: Validators.required }),
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    startsAt: new FormControl('', { nonNullable: true, validators: Validators.required }),
    location: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    agenda: new FormControl('', { nonNullable: true }),
  });
  readonly errors = fieldErrors(this.form, {
    title: { required: 'programme.sessions.titleRequired', maxlength: tooLong },
    startsAt: { required: 'programme.sessions.startsAtRequired' },
    location: { required: 'programme.sessions.locationRequired', maxlength: tooLong },
  });

  constructor() {
    // The first kind is chosen until the user picks another.
    effect(() => {
      const first = this.kinds()[0] ?? '';
      if (!this.kinds().includes(this.form.controls.kind.value)) this.form.controls.kind.setValue(first);
    });
  }

  submit() {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.plan.emit({ kind: v.kind, title: v.title.trim(), startsAt: new Date(v.startsAt).toISOString(), location: v.location.trim(), agenda: v.agenda.trim() });
  }

  /** After the page planned it: empty the title and agenda for the next one (kind, time and place stay). */
  clear() {
    this.form.patchValue({ title: '', agenda: '' });
    this.form.markAsPristine();
    this.form.markAsUntouched();
  }
}
