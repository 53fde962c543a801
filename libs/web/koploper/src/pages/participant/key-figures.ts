import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { formatNumber } from '@koers/domain';
import { FieldErrorComponent, messageOf, type FieldMessage } from '@koers/web-programme';
import type { Language } from '@koers/web-ui';
import { amountMessages, amountOf, retypeAmount, validAmount } from './amount-field';

/** What the baseline keeps beside the activities: the footprint input's key figures and the production unit. */
export interface KeyFigures {
  organisation?: { employees?: number; floorAreaM2?: number; turnoverEurMillion?: number };
  production: { unit: string; amount: number } | null;
}

export type KeyFiguresForm = FormGroup<{
  employees: FormControl<string>;
  floorAreaM2: FormControl<string>;
  turnoverEur: FormControl<string>;
  productionUnit: FormControl<string>;
  productionAmount: FormControl<string>;
}>;

/** A production unit and its amount go together (both or neither), the amount more than 0. */
function productionTogether(lang: () => Language) {
  return (group: AbstractControl): ValidationErrors | null => {
    const g = group as KeyFiguresForm;
    const unit = g.controls.productionUnit.value.trim();
    const amount = amountOf(g.controls.productionAmount.value, lang());
    const errors: ValidationErrors = {};
    if (!!unit !== (amount !== null)) errors['productionBoth'] = true;
    if (amount !== null && Number.isFinite(amount) && amount <= 0) errors['productionPositive'] = true;
    return Object.keys(errors).length ? errors : null;
  };
}

/** The key figures as a form, amounts typed the reader's way (Dutch `12,5`, `1.800.000`), each optional. */
export function keyFiguresForm(lang: () => Language): KeyFiguresForm {
  const c = (validators = [validAmount(lang, { optional: true })]) => new FormControl('', { nonNullable: true, validators });
  return new FormGroup(
    { employees: c(), floorAreaM2: c(), turnoverEur: c(), productionUnit: c([Validators.maxLength(60)]), productionAmount: c() },
    { validators: productionTogether(lang) },
  );
}

/** Shows what is stored, written in `lang` (turnover in euro, stored in millions). */
export function fillKeyFigures(form: KeyFiguresForm, stored: KeyFigures, lang: Language) {
  const o = stored.organisation ?? {};
  const text = (x: number | undefined) => (x === undefined || x === null ? '' : formatNumber(x, lang, 20));
  form.setValue({
    employees: text(o.employees),
    floorAreaM2: text(o.floorAreaM2),
    turnoverEur: text(o.turnoverEurMillion === undefined ? undefined : Math.round(o.turnoverEurMillion * 1_000_000 * 100) / 100),
    productionUnit: stored.production?.unit ?? '',
    productionAmount: text(stored.production?.amount),
  });
}

/** The typed figures as the API takes them; null fields left out. */
export function keyFiguresOf(form: KeyFiguresForm, lang: Language): KeyFigures {
  const v = form.getRawValue();
  const n = (t: string) => amountOf(t, lang);
  const employees = n(v.employees);
  const floorAreaM2 = n(v.floorAreaM2);
  const turnover = n(v.turnoverEur);
  const organisation = {
    ...(employees !== null ? { employees } : {}),
    ...(floorAreaM2 !== null ? { floorAreaM2 } : {}),
    ...(turnover !== null ? { turnoverEurMillion: turnover / 1_000_000 } : {}),
  };
  const amount = n(v.productionAmount);
  return {
    ...(Object.keys(organisation).length ? { organisation } : {}),
    production: v.productionUnit.trim() && amount !== null ? { unit: v.productionUnit.trim(), amount } : null,
  };
}

/** Every typed amount written again in another language (the reader switched). */
export function retypeKeyFigures(form: KeyFiguresForm, from: Language, to: Language) {
  for (const k of ['employees', 'floorAreaM2', 'turnoverEur', 'productionAmount'] as const) form.controls[k].setValue(retypeAmount(form.controls[k].value, from, to));
}

const FIELDS = [
  { key: 'employees', label: 'koploper.ratios.figures.employees' },
  { key: 'floorAreaM2', label: 'koploper.ratios.figures.floorArea' },
  { key: 'turnoverEur', label: 'koploper.ratios.figures.turnover' },
] as const;

/** The key figures inside the baseline form: fte, m², turnover and an optional production unit. */
@Component({
  selector: 'koers-key-figures',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="koers-fieldset" [formGroup]="group()" data-testid="key-figures">
      <legend>{{ 'koploper.ratios.figures.title' | transloco }}</legend>
      <p class="koers-muted">{{ 'koploper.ratios.figures.intro' | transloco }}</p>
      <div class="koers-inline-form">
        @for (f of fields; track f.key) {
          <div class="koers-field">
            <label [for]="id + '-' + f.key">{{ f.label | transloco }}</label>
            <input type="text" inputmode="decimal" [id]="id + '-' + f.key" [formControlName]="f.key"
                   [attr.aria-invalid]="!!error(f.key)" [attr.aria-describedby]="error(f.key) ? id + '-' + f.key + '-error' : null" />
            <koers-field-error [id]="id + '-' + f.key + '-error'" [message]="error(f.key)" />
          </div>
        }
        <div class="koers-field">
          <label [for]="id + '-productionUnit'">{{ 'koploper.ratios.figures.productionUnit' | transloco }}</label>
          <input type="text" maxlength="60" [id]="id + '-productionUnit'" formControlName="productionUnit" [placeholder]="'koploper.ratios.figures.productionUnitHint' | transloco" />
        </div>
        <div class="koers-field">
          <label [for]="id + '-productionAmount'">{{ 'koploper.ratios.figures.productionAmount' | transloco }}</label>
          <input type="text" inputmode="decimal" [id]="id + '-productionAmount'" formControlName="productionAmount"
                 [attr.aria-invalid]="!!productionError()" [attr.aria-describedby]="productionError() ? id + '-production-error' : null" />
          <koers-field-error [id]="id + '-production-error'" [message]="productionError()" />
        </div>
      </div>
    </fieldset>
  `,
})
export class KeyFiguresComponent {
  readonly group = input.required<KeyFiguresForm>();
  readonly fields = FIELDS;
  readonly id = 'key-figures';
  /** The parent form's watchForm version, so the messages follow the form's state. */
  readonly version = input(0);

  error(key: 'employees' | 'floorAreaM2' | 'turnoverEur'): FieldMessage | null {
    this.version();
    return messageOf(this.group().controls[key], amountMessages('koploper.ratios.figures.invalid'));
  }

  productionError(): FieldMessage | null {
    this.version();
    const g = this.group();
    const own = messageOf(g.controls.productionAmount, amountMessages('koploper.ratios.figures.invalid'));
    if (own) return own;
    if (!(g.controls.productionAmount.touched || g.controls.productionUnit.touched)) return null;
    if (g.hasError('productionBoth')) return { key: 'koploper.ratios.figures.productionBoth' };
    if (g.hasError('productionPositive')) return { key: 'koploper.ratios.figures.productionPositive' };
    return null;
  }
}
