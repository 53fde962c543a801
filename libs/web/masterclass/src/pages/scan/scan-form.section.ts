import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { AUDIENCES, type Audience } from '@koers/web-api-client';
import { FieldErrorComponent, fieldErrors, watchForm } from '@koers/web-programme';

/** The municipalities of the north the field suggests, next to those of the partner's organisations. */
export const NORTHERN_MUNICIPALITIES = [
  'Aa en Hunze', 'Assen', 'Borger-Odoorn', 'Coevorden', 'De Wolden', 'Emmen', 'Hoogeveen', 'Meppel', 'Midden-Drenthe', 'Noordenveld', 'Tynaarlo', 'Westerveld',
  'Eemsdelta', 'Groningen', 'Het Hogeland', 'Midden-Groningen', 'Oldambt', 'Pekela', 'Stadskanaal', 'Veendam', 'Westerkwartier', 'Westerwolde',
  'Heerenveen', 'Leeuwarden', 'Smallingerland', 'Súdwest-Fryslân',
];

/** What the scan runs on. */
export interface ScanInputs {
  municipalities: string[];
  audience: Audience;
}

function oneToTwenty(control: AbstractControl<string[]>): ValidationErrors | null {
  const n = control.value.length;
  return n === 0 ? { required: true } : n > 20 ? { tooMany: true } : null;
}

/**
 * The scan's inputs: municipalities typed freely (with suggestions; Enter or
 * the button adds one, each removable) and the audience. `run` emits them.
 */
@Component({
  selector: 'koers-scan-form',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .koers-chips { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; }
    .koers-chips li { border: 1px solid currentColor; border-radius: 999px; padding: 0 .75rem; }
  `,
  template: `
    <form class="koers-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <fieldset class="koers-field">
        <legend>{{ 'masterclass.scan.municipalities' | transloco }}</legend>
        <ul class="koers-chips" data-testid="scan-municipalities">
          @for (m of chosen(); track m) {
            <li>{{ m }} <button class="koers-link" type="button" (click)="remove(m)">×<span class="koers-visually-hidden">{{ 'masterclass.scan.removeMunicipality' | transloco: { name: m } }}</span></button></li>
          }
        </ul>
        <div class="koers-inline-form">
          <div class="koers-field">
            <label for="scan-municipality">{{ 'masterclass.scan.municipality' | transloco }}</label>
            <input id="scan-municipality" list="scan-municipality-suggestions" autocomplete="off" formControlName="entry" maxlength="100" (keydown.enter)="addEntry($event)"
                   [attr.aria-invalid]="!!errors().municipalities" [attr.aria-describedby]="errors().municipalities ? 'scan-municipality-error' : null" />
            <datalist id="scan-municipality-suggestions">
              @for (s of options(); track s) {
                <option [value]="s"></option>
              }
            </datalist>
          </div>
          <button class="koers-button koers-button-secondary" type="button" (click)="addEntry()">{{ 'masterclass.scan.addMunicipality' | transloco }}</button>
        </div>
        <koers-field-error id="scan-municipality-error" [message]="errors().municipalities" />
      </fieldset>
      <fieldset class="koers-field">
        <legend>{{ 'masterclass.audience.label' | transloco }}</legend>
        @for (a of audiences; track a) {
          <label class="koers-check"><input type="radio" formControlName="audience" [value]="a" /> {{ 'masterclass.audience.' + a | transloco }}</label>
        }
      </fieldset>
      <button class="koers-button" type="submit" [disabled]="busy()">{{ 'masterclass.scan.run' | transloco }}</button>
    </form>
  `,
})
export class ScanFormComponent {
  /** Municipalities of the partner's organisations, suggested first. */
  readonly known = input<readonly string[]>([]);
  readonly busy = input(false);
  readonly run = output<ScanInputs>();
  readonly audiences = AUDIENCES;

  readonly form = new FormGroup({
    entry: new FormControl('', { nonNullable: true }),
    municipalities: new FormControl<string[]>([], { nonNullable: true, validators: oneToTwenty }),
    audience: new FormControl<Audience>('sme', { nonNullable: true }),
  });
  private readonly version = watchForm(this.form);
  readonly chosen = computed(() => {
    this.version();
    return this.form.controls.municipalities.value;
  });
  readonly options = computed(() => {
    const chosen = new Set(this.chosen().map((m) => m.toLowerCase()));
    return [...new Set([...this.known(), ...NORTHERN_MUNICIPALITIES])].filter((m) => !chosen.has(m.toLowerCase())).sort((a, b) => a.localeCompare(b, 'nl'));
  });
  readonly errors = fieldErrors(this.form, { municipalities: { required: 'masterclass.scan.municipalitiesRequired', tooMany: 'masterclass.scan.municipalitiesTooMany' } });

  /** Adds what is typed (a suggestion's spelling when it matches one). */
  addEntry(event?: Event) {
    event?.preventDefault();
    const typed = this.form.controls.entry.value.trim();
    if (!typed) return;
    const name = this.options().find((o) => o.toLowerCase() === typed.toLowerCase()) ?? typed;
    const list = this.form.controls.municipalities;
    if (!list.value.some((m) => m.toLowerCase() === name.toLowerCase())) list.setValue([...list.value, name]);
    list.markAsTouched();
    this.form.controls.entry.setValue('');
  }

  remove(name: string) {
    const list = this.form.controls.municipalities;
    list.setValue(list.value.filter((m) => m !== name));
  }

  submit() {
    this.addEntry();
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { municipalities, audience } = this.form.getRawValue();
    this.run.emit({ municipalities, audience });
  }
}
