import { ChangeDetectionStrategy, Component, effect, inject, input, output, untracked } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors, type ValidatorFn } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { formatNumber } from '@koers/domain';
import type { Activity } from '@koers/web-api-client';
import { LanguageService, type Language } from '@koers/web-ui';
import { FieldErrorComponent, messageOf, tooLong, watchForm, type FieldMessage, type FieldMessages } from '@koers/web-programme';
import { amountMessages, amountOf, retypeAmount, validAmount } from './amount-field';
import { fillKeyFigures, keyFiguresForm, keyFiguresOf, KeyFiguresComponent, retypeKeyFigures, type KeyFigures } from './key-figures';

type ActivityType = Activity['type'];
type Unit = Activity['unit'];

/** The units and the one detail each activity type needs (the footprint.ghg input, as in the template). */
type Detail = 'contract' | 'car' | 'haul' | 'stream' | 'refrigerant' | 'purpose' | 'mode' | 'material';
const TYPES: Record<ActivityType, { units: Unit[]; detail?: Detail }> = {
  electricity: { units: ['kWh', 'MWh'], detail: 'contract' },
  natural_gas: { units: ['m3'] },
  district_heat: { units: ['GJ'] },
  diesel: { units: ['l'] },
  petrol: { units: ['l'] },
  lpg: { units: ['l'] },
  car_km: { units: ['km'], detail: 'car' },
  train_km: { units: ['km'] },
  flight_km: { units: ['km'], detail: 'haul' },
  waste: { units: ['kg', 't'], detail: 'stream' },
  water: { units: ['m3'] },
  refrigerant: { units: ['kg'], detail: 'refrigerant' },
  green_gas: { units: ['m3'] },
  propane: { units: ['l', 'kg'] },
  hvo: { units: ['l'] },
  bus_km: { units: ['km'], detail: 'purpose' },
  public_transport_km: { units: ['km'], detail: 'purpose' },
  freight_tkm: { units: ['tkm'], detail: 'mode' },
  solar_production: { units: ['kWh', 'MWh'] },
  material: { units: ['kg', 't'], detail: 'material' },
};
const CONTRACTS = ['grey', 'green-nl', 'green-eu', 'unknown'] as const;
const FUELS = ['diesel', 'petrol', 'lpg', 'electric', 'unknown'] as const;
const PURPOSES = ['business', 'commute'] as const;
const HAULS = ['short', 'medium', 'long'] as const;
const STREAMS = ['residual', 'paper', 'plastic', 'organic', 'glass', 'wood'] as const;
const REFRIGERANTS = ['R32', 'R134a', 'R404A', 'R410A', 'R407C', 'R290', 'R744'] as const;
const MODES = ['road-van', 'rail', 'inland-ship'] as const;
const MATERIALS = ['paper', 'cardboard', 'plastics', 'steel', 'aluminium', 'concrete', 'wood', 'glass', 'textile', 'other'] as const;

/** Materials bought and goods by rail or inland ship are not on the list: their factor, its source and year come with the row. */
export function needsFactor(r: { type: ActivityType; mode: string }): boolean {
  return r.type === 'material' || (r.type === 'freight_tkm' && (r.mode === 'rail' || r.mode === 'inland-ship'));
}

interface Row {
  type: ActivityType;
  amount: string;
  unit: Unit;
  contract: string;
  fuel: string;
  purpose: string;
  haul: string;
  stream: string;
  refrigerant: string;
  mode: string;
  material: string;
  /** The declared factor (kg CO2e per kg or per tonne-km) as typed, its source and the source's year. */
  factor: string;
  factorSource: string;
  factorYear: string;
  label: string;
}

type RowForm = FormGroup<{ [K in keyof Row]: FormControl<Row[K]> }>;

const blank = (type: ActivityType = 'electricity'): Row => ({
  type, amount: '', unit: TYPES[type].units[0], contract: 'grey', fuel: 'diesel', purpose: 'business', haul: 'short', stream: 'residual', refrigerant: 'R410A', mode: 'road-van', material: 'paper', factor: '', factorSource: '', factorYear: '', label: '',
});

function fromActivity(a: Activity, lang: Language): Row {
  return {
    // Shown as the reader types it (nl `18.000`, `1,5`), every decimal kept, so saving it back sends what was stored.
    ...blank(a.type), amount: formatNumber(a.amount, lang, 20), unit: a.unit, contract: a.contract ?? 'grey', fuel: a.fuel ?? 'diesel', purpose: a.purpose ?? 'business', haul: a.haul ?? 'short',
    stream: a.stream ?? 'residual', refrigerant: a.refrigerant ?? 'R410A', mode: a.mode ?? 'road-van', material: a.material ?? 'paper',
    factor: a.factor ? formatNumber(a.factor.kgCO2ePerUnit, lang, 20) : '', factorSource: a.factor?.source ?? '', factorYear: a.factor ? String(a.factor.year) : '', label: a.label ?? '',
  };
}

export { validAmount };

/** A row as the API takes it: only the detail its type needs; the amount read in `lang`. */
export function toActivity(r: Row, lang: Language = 'nl'): Activity {
  const detail = TYPES[r.type].detail;
  return {
    type: r.type,
    amount: amountOf(r.amount, lang) ?? Number.NaN,
    unit: r.unit,
    ...(detail === 'contract' ? { contract: r.contract as Activity['contract'] } : {}),
    ...(detail === 'car' ? { fuel: r.fuel as Activity['fuel'], purpose: r.purpose as Activity['purpose'] } : {}),
    ...(detail === 'purpose' ? { purpose: r.purpose as Activity['purpose'] } : {}),
    ...(detail === 'refrigerant' ? { refrigerant: r.refrigerant as Activity['refrigerant'] } : {}),
    ...(detail === 'mode' ? { mode: r.mode as Activity['mode'] } : {}),
    ...(detail === 'haul' ? { haul: r.haul as Activity['haul'] } : {}),
    ...(detail === 'stream' ? { stream: r.stream as Activity['stream'] } : {}),
    ...(detail === 'material' ? { material: r.material as Activity['material'] } : {}),
    ...(needsFactor(r) ? { factor: { kgCO2ePerUnit: amountOf(r.factor, lang) ?? Number.NaN, source: r.factorSource.trim(), year: Number(r.factorYear.trim()) } } : {}),
    ...(r.label.trim() ? { label: r.label.trim() } : {}),
  };
}

/** Only where the row needs a declared factor (see needsFactor): the check `check` makes of the value. */
const whenDeclared = (check: (value: string) => ValidationErrors | null): ValidatorFn => (control: AbstractControl) => {
  const row = control.parent?.getRawValue() as Row | undefined;
  return row && needsFactor(row) ? check(String(control.value ?? '')) : null;
};

/** A declared factor: a number typed the reader's way (the amount's parser), above 0 and at most 1000 (a factor per gram typed as per kg). */
function validFactor(lang: () => Language): ValidatorFn {
  const amount = validAmount(lang);
  return whenDeclared((text) => {
    const wrong = amount(new FormControl(text));
    if (wrong) return text.trim() === '' ? { required: true } : wrong;
    const n = amountOf(text, lang()) as number;
    return n > 0 && n <= 1000 ? null : { factorRange: true };
  });
}
const validSource = whenDeclared((text) => (text.trim() === '' ? { required: true } : text.trim().length > 300 ? { maxlength: { requiredLength: 300 } } : null));
const validYear = whenDeclared((text) => {
  const t = text.trim();
  if (t === '') return { required: true };
  return /^\d{4}$/.test(t) && Number(t) >= 1990 && Number(t) <= 2100 ? null : { year: true };
});

function rowForm(r: Row, lang: () => Language): RowForm {
  const c = <T>(value: T, validators: ValidatorFn[] = []) => new FormControl<T>(value, { nonNullable: true, validators });
  const form: RowForm = new FormGroup({
    type: c(r.type),
    amount: c(r.amount, [validAmount(lang)]),
    unit: c(r.unit),
    contract: c(r.contract),
    fuel: c(r.fuel),
    purpose: c(r.purpose),
    haul: c(r.haul),
    stream: c(r.stream),
    refrigerant: c(r.refrigerant),
    mode: c(r.mode),
    material: c(r.material),
    factor: c(r.factor, [validFactor(lang)]),
    factorSource: c(r.factorSource, [validSource]),
    factorYear: c(r.factorYear, [validYear]),
    label: c(r.label, [Validators.maxLength(200)]),
  });
  // The declared factor's fields are checked only where the type (and mode) needs one.
  const recheck = () => {
    for (const k of ['factor', 'factorSource', 'factorYear'] as const) form.controls[k].updateValueAndValidity({ emitEvent: false });
  };
  form.controls.type.valueChanges.subscribe(() => queueMicrotask(recheck));
  form.controls.mode.valueChanges.subscribe(() => queueMicrotask(recheck));
  queueMicrotask(recheck);
  // Another type keeps the unit when it has it, else takes its first.
  form.controls.type.valueChanges.subscribe((type) => {
    const units = TYPES[type].units;
    if (!units.includes(form.controls.unit.value)) form.controls.unit.setValue(units[0]);
  });
  return form;
}

/**
 * The baseline by hand: one row per activity of the year, each with only the
 * detail its type needs; an amount that is not a number of 0 or more is named
 * next to it. What else the API rejects the page names by row (activities.N.field).
 */
@Component({
  selector: 'koers-baseline-form',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldErrorComponent, KeyFiguresComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .koers-declared-factor { display: grid; grid-template-columns: auto 1fr; gap: 0.25rem 0.5rem; align-items: center; margin: 0.5rem 0 0; padding: 0.5rem; border: 1px solid #c8ccd0; min-width: 18rem; }
    .koers-declared-factor legend { font-weight: 600; padding: 0 0.25rem; }
    .koers-declared-factor koers-field-error, .koers-declared-factor small { grid-column: 1 / -1; }
    .koers-declared-factor input { width: 100%; box-sizing: border-box; }
  `,
  template: `
    <form class="koers-form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="baseline-form">
      <table class="koers-table koers-form-table">
        <caption class="koers-visually-hidden">{{ 'koploper.activity.title' | transloco }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'koploper.activity.type' | transloco }}</th>
            <th scope="col">{{ 'koploper.activity.amount' | transloco }}</th>
            <th scope="col">{{ 'koploper.activity.unit' | transloco }}</th>
            <th scope="col">{{ 'koploper.activity.detail' | transloco }}</th>
            <th scope="col">{{ 'koploper.activity.label' | transloco }}</th>
            <th scope="col"><span class="koers-visually-hidden">{{ 'koploper.activity.removeRow' | transloco }}</span></th>
          </tr>
        </thead>
        <tbody formArrayName="rows">
          @for (row of form.controls.rows.controls; track row; let i = $index) {
            @let r = row.getRawValue();
            <tr [formGroupName]="i">
              <td>
                <select [attr.aria-label]="('koploper.activity.type' | transloco) + ' ' + (i + 1)" formControlName="type">
                  @for (t of types; track t) {
                    <option [value]="t">{{ 'koploper.activity.types.' + t | transloco }}</option>
                  }
                </select>
              </td>
              <td>
                <input type="text" inputmode="decimal" [attr.aria-label]="('koploper.activity.amount' | transloco) + ' ' + (i + 1)" formControlName="amount"
                       [attr.aria-invalid]="!!amountError(row)" [attr.aria-describedby]="amountError(row) ? id + '-amount-' + i + '-error' : null" />
                <koers-field-error [id]="id + '-amount-' + i + '-error'" [message]="amountError(row)" />
              </td>
              <td>
                <select [attr.aria-label]="('koploper.activity.unit' | transloco) + ' ' + (i + 1)" formControlName="unit">
                  @for (u of unitsOf(r.type); track $index) {
                    <option [value]="u">{{ 'koploper.activity.units.' + u | transloco }}</option>
                  }
                </select>
              </td>
              <td>
                @switch (detailOf(r.type)) {
                  @case ('contract') {
                    <select [attr.aria-label]="('koploper.activity.detail' | transloco) + ' ' + (i + 1)" formControlName="contract">
                      @for (c of contracts; track c) {
                        <option [value]="c">{{ 'koploper.activity.contracts.' + c | transloco }}</option>
                      }
                    </select>
                  }
                  @case ('car') {
                    <select [attr.aria-label]="('koploper.activity.detail' | transloco) + ' ' + (i + 1)" formControlName="fuel">
                      @for (f of fuels; track f) {
                        <option [value]="f">{{ 'koploper.activity.fuels.' + f | transloco }}</option>
                      }
                    </select>
                    <select [attr.aria-label]="('koploper.activity.purpose' | transloco) + ' ' + (i + 1)" formControlName="purpose">
                      @for (p of purposes; track p) {
                        <option [value]="p">{{ 'koploper.activity.purposes.' + p | transloco }}</option>
                      }
                    </select>
                  }
                  @case ('haul') {
                    <select [attr.aria-label]="('koploper.activity.detail' | transloco) + ' ' + (i + 1)" formControlName="haul">
                      @for (h of hauls; track h) {
                        <option [value]="h">{{ 'koploper.activity.hauls.' + h | transloco }}</option>
                      }
                    </select>
                  }
                  @case ('stream') {
                    <select [attr.aria-label]="('koploper.activity.detail' | transloco) + ' ' + (i + 1)" formControlName="stream">
                      @for (s of streams; track s) {
                        <option [value]="s">{{ 'koploper.activity.streams.' + s | transloco }}</option>
                      }
                    </select>
                  }
                  @case ('purpose') {
                    <select [attr.aria-label]="('koploper.activity.purpose' | transloco) + ' ' + (i + 1)" formControlName="purpose">
                      @for (p of purposes; track p) {
                        <option [value]="p">{{ 'koploper.activity.purposes.' + p | transloco }}</option>
                      }
                    </select>
                  }
                  @case ('refrigerant') {
                    <select [attr.aria-label]="('koploper.activity.refrigerant' | transloco) + ' ' + (i + 1)" formControlName="refrigerant">
                      @for (g of refrigerants; track g) {
                        <option [value]="g">{{ 'koploper.activity.refrigerants.' + g | transloco }}</option>
                      }
                    </select>
                  }
                  @case ('mode') {
                    <select [attr.aria-label]="('koploper.activity.mode' | transloco) + ' ' + (i + 1)" formControlName="mode">
                      @for (m of modes; track m) {
                        <option [value]="m">{{ 'koploper.activity.modes.' + m | transloco }}</option>
                      }
                    </select>
                  }
                  @case ('material') {
                    <select [attr.aria-label]="('koploper.activity.material' | transloco) + ' ' + (i + 1)" formControlName="material">
                      @for (m of materials; track m) {
                        <option [value]="m">{{ 'koploper.activity.materials.' + m | transloco }}</option>
                      }
                    </select>
                  }
                  @default {
                    @if (r.type === 'solar_production') {
                      <span class="koers-muted">{{ 'koploper.activity.solarHint' | transloco }}</span>
                    } @else {
                      —
                    }
                  }
                }
                @if (needsFactor(r)) {
                  @let per = r.type === 'material' ? 'perKg' : 'perTkm';
                  <fieldset class="koers-declared-factor" data-testid="declared-factor">
                    <legend>{{ 'koploper.activity.declared.legend' | transloco }}</legend>
                    <label [for]="id + '-factor-' + i">{{ 'koploper.activity.declared.' + per | transloco }}</label>
                    <input [id]="id + '-factor-' + i" type="text" inputmode="decimal" formControlName="factor" size="8"
                           [attr.aria-invalid]="!!declaredError(row, 'factor')" [attr.aria-describedby]="declaredError(row, 'factor') ? id + '-factor-' + i + '-error' : null" />
                    <koers-field-error [id]="id + '-factor-' + i + '-error'" [message]="declaredError(row, 'factor')" />
                    <label [for]="id + '-source-' + i">{{ 'koploper.activity.declared.source' | transloco }}</label>
                    <input [id]="id + '-source-' + i" type="text" maxlength="300" formControlName="factorSource" [attr.placeholder]="'koploper.activity.declared.' + (r.type === 'material' ? 'sourceHintMaterial' : 'sourceHintFreight') | transloco"
                           [attr.aria-invalid]="!!declaredError(row, 'factorSource')" [attr.aria-describedby]="declaredError(row, 'factorSource') ? id + '-source-' + i + '-error' : null" />
                    <koers-field-error [id]="id + '-source-' + i + '-error'" [message]="declaredError(row, 'factorSource')" />
                    <label [for]="id + '-year-' + i">{{ 'koploper.activity.declared.year' | transloco }}</label>
                    <input [id]="id + '-year-' + i" type="text" inputmode="numeric" maxlength="4" size="4" formControlName="factorYear"
                           [attr.aria-invalid]="!!declaredError(row, 'factorYear')" [attr.aria-describedby]="declaredError(row, 'factorYear') ? id + '-year-' + i + '-error' : null" />
                    <koers-field-error [id]="id + '-year-' + i + '-error'" [message]="declaredError(row, 'factorYear')" />
                    <small class="koers-muted">{{ 'koploper.activity.declared.notOnList' | transloco }}</small>
                  </fieldset>
                }
              </td>
              <td><input type="text" maxlength="200" [attr.aria-label]="('koploper.activity.label' | transloco) + ' ' + (i + 1)" formControlName="label" /></td>
              <td>
                <button class="koers-button koers-button-secondary" type="button" [disabled]="form.controls.rows.length === 1" (click)="remove(i)">
                  {{ 'koploper.activity.removeRow' | transloco }}<span class="koers-visually-hidden"> {{ i + 1 }}</span>
                </button>
              </td>
            </tr>
          }
        </tbody>
      </table>
      <p class="koers-actions">
        <button class="koers-button koers-button-secondary" type="button" (click)="add()">{{ 'koploper.activity.addRow' | transloco }}</button>
      </p>
      <koers-key-figures [group]="form.controls.figures" [version]="version()" />
      <p class="koers-actions">
        <button class="koers-button" type="submit" [disabled]="busy()">{{ 'koploper.activity.save' | transloco }}</button>
      </p>
    </form>
  `,
})
export class BaselineFormComponent {
  /** What is stored, to start from (the latest baseline's activities). */
  readonly stored = input<Activity[] | null>(null);
  readonly busy = input(false);
  readonly save = output<Activity[]>();
  /** The key figures stored with the baseline (fte, m², turnover, production unit), to start from. */
  readonly storedFigures = input<KeyFigures | null>(null);
  /** The activities with the key figures: what the page sends (save carries the activities alone). */
  readonly saveEntry = output<{ activities: Activity[] } & KeyFigures>();

  readonly types = Object.keys(TYPES) as ActivityType[];
  readonly contracts = CONTRACTS;
  readonly fuels = FUELS;
  readonly purposes = PURPOSES;
  readonly hauls = HAULS;
  readonly streams = STREAMS;
  readonly refrigerants = REFRIGERANTS;
  readonly modes = MODES;
  readonly materials = MATERIALS;
  readonly needsFactor = needsFactor;
  readonly id = 'baseline-form';
  private readonly language = inject(LanguageService);
  private readonly lang = () => this.language.current();
  readonly form = new FormGroup({ rows: new FormArray<RowForm>([rowForm(blank(), this.lang)]), figures: keyFiguresForm(this.lang) });
  readonly version = watchForm(this.form);

  /** The language the amounts are written in now. */
  private typedIn: Language = this.language.current();

  constructor() {
    // Another language: every amount is written again in it (30.000 becomes 30,000), never read the other way.
    effect(() => {
      const lang = this.language.current();
      untracked(() => {
        for (const row of this.form.controls.rows.controls) row.controls.amount.setValue(retypeAmount(row.controls.amount.value, this.typedIn, lang));
        retypeKeyFigures(this.form.controls.figures, this.typedIn, lang);
        this.typedIn = lang;
      });
    });
    effect(() => {
      const figures = this.storedFigures();
      if (figures) untracked(() => fillKeyFigures(this.form.controls.figures, figures, this.typedIn));
    });
    effect(() => {
      const stored = this.stored();
      if (stored?.length) untracked(() => this.form.setControl('rows', new FormArray(stored.map((a) => rowForm(fromActivity(a, this.typedIn), this.lang)))));
    });
  }

  unitsOf(type: ActivityType): Unit[] {
    return TYPES[type].units;
  }
  detailOf(type: ActivityType) {
    return TYPES[type].detail ?? null;
  }

  /** Once the user left the amount or tried to save: why it is not right. */
  amountError(row: RowForm): FieldMessage | null {
    this.version();
    return messageOf(row.controls.amount, amountMessages('koploper.activity.amountInvalid'));
  }

  /** Why a declared factor's field is not right, once left or on saving. */
  declaredError(row: RowForm, field: 'factor' | 'factorSource' | 'factorYear'): FieldMessage | null {
    this.version();
    const messages: Record<typeof field, FieldMessages> = {
      factor: { required: 'koploper.activity.declared.factorRequired', factorRange: 'koploper.activity.declared.factorRange', ...amountMessages('koploper.activity.declared.factorInvalid') },
      factorSource: { required: 'koploper.activity.declared.sourceRequired', maxlength: tooLong },
      factorYear: { required: 'koploper.activity.declared.yearRequired', year: 'koploper.activity.declared.yearInvalid' },
    };
    return messageOf(row.controls[field], messages[field]);
  }

  add() {
    this.form.controls.rows.push(rowForm(blank('natural_gas'), this.lang));
  }
  remove(i: number) {
    this.form.controls.rows.removeAt(i);
  }
  submit() {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const activities = this.form.controls.rows.getRawValue().map((r) => toActivity(r, this.lang()));
    this.save.emit(activities);
    this.saveEntry.emit({ activities, ...keyFiguresOf(this.form.controls.figures, this.lang()) });
  }
}
