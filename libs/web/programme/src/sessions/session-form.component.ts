import { ChangeDetectionStrategy, Component, effect, input, output, untracked } from '@angular/core';
import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldErrorComponent, fieldErrors, tooLong } from '../forms';
import { BilingualPipe, type Bilingual } from '../pipes';
import { programmeTexts } from '../texts';

/** A session to plan, as the API takes it (`startsAt`, `endsAt` ISO instants). */
export interface NewSession {
  kind: string;
  title: string;
  startsAt: string;
  /** The end on the same day, when the planner gave one. */
  endsAt?: string;
  location: string;
  agenda: string;
}

/** What the form starts with (and returns to after planning): a step's page may prefill title, place and agenda. */
export interface SessionDefaults {
  title?: string;
  location?: string;
  agenda?: string;
}

let nextId = 0;

/**
 * A date and time typed in the form ('2026-04-14T10:00') as the instant it names in the Netherlands,
 * whatever the browser's own time zone: the cards show Dutch time (Europe/Amsterdam), so what is
 * typed is read the same way (a browser in UTC shifted a 10:00 meeting to 11:00 on its card).
 */
export function amsterdamInstant(local: string): Date {
  const [date, time = '00:00'] = local.split('T');
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const offsetAt = (instant: number) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
        .formatToParts(new Date(instant))
        .map((x) => [x.type, Number(x.value)]),
    );
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) - instant;
  };
  // Twice, for a time near the change to or from summer time.
  const first = wall - offsetAt(wall);
  return new Date(wall - offsetAt(first));
}

/** The end time (HH:MM) comes after the start's time on the same day. */
function endsAfterStart(control: AbstractControl): ValidationErrors | null {
  const start: string = control.parent?.get('startsAt')?.value ?? '';
  const end: string = control.value ?? '';
  return end && start.length >= 16 && end <= start.slice(11, 16) ? { endsBeforeStart: true } : null;
}

/**
 * Plan a session: its kind (the step's session kinds), title, date and start
 * time, end time (optional, the same day), place and agenda. `plan` emits it
 * once every field is right; the page calls the API and then `clear()`s the
 * form: all of it back to its defaults, so nothing of the last one lingers.
 * A refused plan keeps everything typed.
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
      @if (kinds().length > 1) {
        <div class="koers-field">
          <label [for]="id + '-kind'">{{ 'programme.sessions.kind' | transloco }}</label>
          <select [id]="id + '-kind'" formControlName="kind">
            @for (k of kinds(); track k) {
              <option [value]="k">{{ kindLabels()[k] | bilingual }}</option>
            }
          </select>
        </div>
      }
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
        <label [for]="id + '-ends'">{{ 'programme.sessions.endsAt' | transloco }}</label>
        <input [id]="id + '-ends'" type="time" formControlName="endsAt"
               [attr.aria-invalid]="!!errors().endsAt" [attr.aria-describedby]="errors().endsAt ? id + '-ends-error' : null" />
        <koers-field-error [id]="id + '-ends-error'" [message]="errors().endsAt" />
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
  /** Prefilled title, place and agenda (the form returns to them after planning). */
  readonly defaults = input<SessionDefaults>({});
  readonly plan = output<NewSession>();

  readonly id = `koers-session-${++nextId}`;
  readonly form = new FormGroup({
    kind: new FormControl('', { nonNullable: true, validators: Validators.required }),
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    startsAt: new FormControl('', { nonNullable: true, validators: Validators.required }),
    endsAt: new FormControl('', { nonNullable: true, validators: endsAfterStart }),
    location: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    agenda: new FormControl('', { nonNullable: true }),
  });
  readonly errors = fieldErrors(this.form, {
    title: { required: 'programme.sessions.titleRequired', maxlength: tooLong },
    startsAt: { required: 'programme.sessions.startsAtRequired' },
    endsAt: { endsBeforeStart: 'programme.sessions.endsBeforeStart' },
    location: { required: 'programme.sessions.locationRequired', maxlength: tooLong },
  });

  constructor() {
    // The first kind is chosen until the user picks another.
    effect(() => {
      const first = this.kinds()[0] ?? '';
      if (!this.kinds().includes(this.form.controls.kind.value)) this.form.controls.kind.setValue(first);
    });
    // Prefilled fields follow the page's defaults until the user types in them.
    effect(() => {
      const d = this.defaults();
      untracked(() => {
        for (const key of ['title', 'location', 'agenda'] as const) {
          const c = this.form.controls[key];
          if (c.pristine && d[key] !== undefined) c.setValue(d[key]);
        }
      });
    });
  }

  submit() {
    this.form.controls.endsAt.updateValueAndValidity();
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const startsAt = amsterdamInstant(v.startsAt);
    // The end is a time on the start's day.
    const endsAt = v.endsAt ? amsterdamInstant(`${v.startsAt.slice(0, 10)}T${v.endsAt}`) : undefined;
    this.plan.emit({
      kind: v.kind, title: v.title.trim(), startsAt: startsAt.toISOString(), ...(endsAt ? { endsAt: endsAt.toISOString() } : {}), location: v.location.trim(), agenda: v.agenda.trim(),
    });
  }

  /** After the page planned it: the whole form back to its defaults for the next one. */
  clear() {
    const d = this.defaults();
    this.form.reset({ kind: this.kinds()[0] ?? '', title: d.title ?? '', startsAt: '', endsAt: '', location: d.location ?? '', agenda: d.agenda ?? '' });
  }
}
