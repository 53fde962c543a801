import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormControl, FormRecord, ReactiveFormsModule, type ValidationErrors } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, formatDate, type Language } from '@koers/web-ui';
import { FieldErrorComponent, watchForm, type FieldMessage } from './forms';
import { BilingualPipe, type Bilingual } from './pipes';
import { programmeTexts } from './texts';

/** A group's planning: the date (YYYY-MM-DD) each phase should be finished by; null clears it. */
export type PhasePlan = Record<string, string | null>;

/**
 * What is wrong with a planning, per phase: a date outside the group's run,
 * or before the date of a phase that comes earlier. Empty when it is fine.
 */
export function planProblems(
  values: Readonly<Record<string, string>>,
  phases: readonly string[],
  range: { startsOn?: string | null; endsOn?: string | null },
  labels: Readonly<Record<string, Bilingual>>,
  lang: Language,
): Record<string, FieldMessage> {
  const problems: Record<string, FieldMessage> = {};
  let previous: { phase: string; date: string } | null = null;
  for (const phase of phases) {
    const date = values[phase] ?? '';
    if (!date) continue;
    if (range.startsOn && date < range.startsOn) problems[phase] = { key: 'programme.planning.beforeStart', params: { date: formatDate(range.startsOn, lang) } };
    else if (range.endsOn && date > range.endsOn) problems[phase] = { key: 'programme.planning.afterEnd', params: { date: formatDate(range.endsOn, lang) } };
    else if (previous && date < previous.date) problems[phase] = { key: 'programme.planning.order', params: { phase: labels[previous.phase]?.[lang] ?? previous.phase } };
    if (!previous || date >= previous.date) previous = { phase, date };
  }
  return problems;
}

let nextId = 0;

/**
 * Group planning: a date field per phase (its label the phase's name), checked
 * against the group's dates and the order of the phases before it is sent.
 * `save` emits the whole planning (an emptied field as null); the page calls
 * the API, whose refusal stays the page's to show.
 */
@Component({
  selector: 'koers-group-planning',
  imports: [ReactiveFormsModule, TranslocoPipe, BilingualPipe, FieldErrorComponent],
  providers: [programmeTexts()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>{{ 'programme.planning.hint' | transloco }}</p>
    <form class="koers-form koers-inline-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      @for (phase of phases(); track phase) {
        @if (form.controls[phase]; as control) {
          <div class="koers-field">
            <label [for]="idOf(phase)">{{ labels()[phase] | bilingual }}</label>
            <input type="date" [id]="idOf(phase)" [formControl]="control" [attr.min]="startsOn()" [attr.max]="endsOn()"
                   [attr.aria-invalid]="!!shown()[phase]" [attr.aria-describedby]="shown()[phase] ? idOf(phase) + '-error' : null" />
            <koers-field-error [id]="idOf(phase) + '-error'" [message]="shown()[phase] ?? null" />
          </div>
        }
      }
      @if (editable()) {
        <button class="koers-button koers-button-secondary" type="submit" [disabled]="busy()">{{ 'programme.planning.save' | transloco }}</button>
      }
    </form>
  `,
})
export class GroupPlanningComponent {
  private readonly language = inject(LanguageService);
  /** The phases that get a date, in order. */
  readonly phases = input.required<readonly string[]>();
  readonly labels = input.required<Readonly<Record<string, Bilingual>>>();
  /** What is stored; a field the user has not touched follows it. */
  readonly plan = input<Readonly<Record<string, string | null | undefined>>>({});
  /** The group's run: every date lies within it. */
  readonly startsOn = input<string | null>(null);
  readonly endsOn = input<string | null>(null);
  readonly editable = input(false);
  readonly busy = input(false);
  readonly save = output<PhasePlan>();

  readonly form = new FormRecord<FormControl<string>>({});
  private readonly prefix = `koers-plan-${++nextId}`;
  private readonly version = watchForm(this.form);
  private readonly tried = signal(false);

  readonly problems = computed(() => {
    this.version();
    return planProblems(this.form.getRawValue(), this.phases(), { startsOn: this.startsOn(), endsOn: this.endsOn() }, this.labels(), this.language.current());
  });
  /** A problem shows once the user left the field or tried to save. */
  readonly shown = computed<Record<string, FieldMessage | undefined>>(() => {
    const problems = this.problems();
    const tried = this.tried();
    return Object.fromEntries(Object.entries(problems).filter(([phase]) => tried || this.form.controls[phase]?.touched));
  });

  constructor() {
    // The validator reads the values themselves: the `problems` signal moves only after the form's events.
    this.form.addValidators((): ValidationErrors | null => {
      const problems = untracked(() => planProblems(this.form.getRawValue(), this.phases(), { startsOn: this.startsOn(), endsOn: this.endsOn() }, this.labels(), 'nl'));
      return Object.keys(problems).length ? { plan: true } : null;
    });
    effect(() => {
      const phases = this.phases();
      const plan = this.plan();
      const editable = this.editable();
      untracked(() => {
        for (const phase of phases) {
          const stored = plan[phase] ?? '';
          const control = this.form.controls[phase];
          if (!control) this.form.addControl(phase, new FormControl(stored, { nonNullable: true }), { emitEvent: false });
          else if (control.pristine) control.setValue(stored, { emitEvent: false });
        }
        for (const phase of Object.keys(this.form.controls)) if (!phases.includes(phase)) this.form.removeControl(phase, { emitEvent: false });
        if (editable) this.form.enable({ emitEvent: false });
        else this.form.disable({ emitEvent: false });
      });
    });
  }

  idOf(phase: string): string {
    return `${this.prefix}-${phase}`;
  }

  submit() {
    this.tried.set(true);
    this.form.markAllAsTouched();
    if (!this.editable() || Object.keys(this.problems()).length) return;
    const values = this.form.getRawValue();
    this.save.emit(Object.fromEntries(this.phases().map((p) => [p, values[p] || null])));
    // What the user typed stays until the stored planning comes back with it.
    this.form.markAsPristine();
    this.tried.set(false);
  }
}
