import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, untracked } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { businessCaseFigures, type BusinessCaseFigures, type BusinessCaseLine } from '@koers/domain';
import type { BusinessCase, BusinessCaseFields, ChainMember } from '@koers/web-api-client';
import { LanguageService, type Language } from '@koers/web-ui';
import { EuroPipe, FieldErrorComponent, messageOf, notBlank, showRefusalOnFields, tooLong, watchForm, type FieldMessage, type Refusal } from '@koers/web-programme';
import { formatNumber, parseNumber } from '@koers/domain';

const AMOUNTS = ['investmentEur', 'yearlySavingsEur', 'extraRevenueEur', 'fteChange'] as const;
type Amount = (typeof AMOUNTS)[number];
type LineGroup = FormGroup<{ participantId: FormControl<string>; name: FormControl<string> } & Record<Amount, FormControl<string>>>;

/** A line's figures as they stand while typing; null where a field is not a number. */
export interface LiveFigures {
  /** Whether the rate and horizon are right (the net present value needs them). */
  timing: boolean;
  line: (BusinessCaseFigures | null)[];
  total: BusinessCaseFigures | null;
}

/**
 * One business-case option: its name, the discount rate and horizon, and a
 * line per lead and chain partner (investment, yearly savings, extra revenue,
 * fte), typed the Dutch way (`30.000`, `4.500,50`). Payback and net present
 * value per partner and together follow as the user types, with
 * `businessCaseFigures` (the same the API and chain.impact use). `save` emits
 * what the API takes; the section calls it.
 */
@Component({
  selector: 'koers-chain-business-case-form',
  imports: [ReactiveFormsModule, TranslocoPipe, EuroPipe, FieldErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="koers-form" [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.data-business-case-form]="id()">
      <div class="koers-columns">
        <div class="koers-field">
          <label [for]="id() + '-name'">{{ 'chain.project.businessCase.name' | transloco }}</label>
          <input [id]="id() + '-name'" formControlName="name" maxlength="200" [attr.aria-invalid]="!!errors().name" [attr.aria-describedby]="errors().name ? id() + '-name-error' : null" />
          <koers-field-error [id]="id() + '-name-error'" [message]="errors().name" />
        </div>
        <div class="koers-field">
          <label [for]="id() + '-rate'">{{ 'chain.project.businessCase.rate' | transloco }}</label>
          <input [id]="id() + '-rate'" formControlName="discountRatePct" inputmode="decimal" [attr.aria-invalid]="!!errors().rate" [attr.aria-describedby]="errors().rate ? id() + '-rate-error' : null" />
          <koers-field-error [id]="id() + '-rate-error'" [message]="errors().rate" />
        </div>
        <div class="koers-field">
          <label [for]="id() + '-horizon'">{{ 'chain.project.businessCase.horizon' | transloco }}</label>
          <input [id]="id() + '-horizon'" formControlName="horizonYears" inputmode="numeric" [attr.aria-invalid]="!!errors().horizon" [attr.aria-describedby]="errors().horizon ? id() + '-horizon-error' : null" />
          <koers-field-error [id]="id() + '-horizon-error'" [message]="errors().horizon" />
        </div>
      </div>
      <div class="koers-field">
        <label [for]="id() + '-description'">{{ 'chain.project.businessCase.description' | transloco }}</label>
        <textarea [id]="id() + '-description'" rows="2" formControlName="description"></textarea>
      </div>
      <p class="koers-hint" [id]="id() + '-numbers'">{{ 'chain.project.businessCase.numbersHint' | transloco }}</p>
      <table class="koers-table koers-form-table" formArrayName="lines" [attr.aria-describedby]="id() + '-numbers'">
        <caption class="koers-visually-hidden">{{ 'chain.project.businessCase.title' | transloco }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'chain.project.businessCase.partner' | transloco }}</th>
            <th scope="col">{{ 'chain.project.businessCase.investment' | transloco }}</th>
            <th scope="col">{{ 'chain.project.businessCase.savings' | transloco }}</th>
            <th scope="col">{{ 'chain.project.businessCase.revenue' | transloco }}</th>
            <th scope="col">{{ 'chain.project.businessCase.fte' | transloco }}</th>
            <th scope="col">{{ 'chain.project.businessCase.benefit' | transloco }}</th>
            <th scope="col">{{ 'chain.project.businessCase.payback' | transloco }}</th>
            <th scope="col">{{ 'chain.project.businessCase.npv' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of form.controls.lines.controls; track row; let i = $index) {
            @let f = live().line[i];
            <tr [formGroupName]="i" [attr.data-line]="row.controls.name.value">
              <th scope="row">{{ row.controls.name.value }}</th>
              @for (a of amounts; track a) {
                <td>
                  <input [formControlName]="a" inputmode="decimal" size="10" [attr.aria-label]="(amountLabels[a] | transloco) + ' ' + row.controls.name.value"
                         [attr.aria-invalid]="!!lineErrors()[i]?.[a]" [attr.aria-describedby]="lineErrors()[i]?.[a] ? id() + '-' + i + '-' + a + '-error' : null" [attr.data-amount]="a" />
                  <koers-field-error [id]="id() + '-' + i + '-' + a + '-error'" [message]="lineErrors()[i]?.[a] ?? null" />
                </td>
              }
              <td data-testid="line-benefit">{{ f ? (f.yearlyBenefitEur | euro) : '—' }}</td>
              <td data-testid="line-payback">{{ f ? payback(f) : '—' }}</td>
              <td data-testid="line-npv">{{ f && live().timing ? (f.npvEur | euro) : '—' }}</td>
            </tr>
          }
        </tbody>
        <tfoot>
          @let t = live().total;
          <tr data-testid="live-total">
            <th scope="row">{{ 'chain.project.businessCase.total' | transloco }}</th>
            <td>{{ t ? (t.investmentEur | euro) : '—' }}</td>
            <td colspan="3"></td>
            <td>{{ t ? (t.yearlyBenefitEur | euro) : '—' }}</td>
            <td data-testid="total-payback">{{ t ? payback(t) : '—' }}</td>
            <td data-testid="total-npv">{{ t ? (t.npvEur | euro) : '—' }}</td>
          </tr>
        </tfoot>
      </table>
      <p class="koers-hint" data-testid="live-source">{{ 'chain.project.businessCase.liveSource' | transloco: { horizon: horizonText(), rate: rateText() } }}</p>
      <button class="koers-button" type="submit" [disabled]="busy()">{{ submitLabel() | transloco }}</button>
    </form>
  `,
})
export class BusinessCaseForm {
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);
  /** The element ids' stem (one form per option). */
  readonly id = input.required<string>();
  /** The lead and chain partners: a line each. */
  readonly members = input.required<readonly ChainMember[]>();
  /** The option as stored; a new one without. */
  readonly stored = input<BusinessCase | null>(null);
  readonly busy = input(false);
  /** The submit button's text key. */
  readonly submitLabel = input('chain.project.businessCase.save');
  readonly save = output<BusinessCaseFields>();
  readonly amounts = AMOUNTS;
  readonly amountLabels: Record<Amount, string> = {
    investmentEur: 'chain.project.businessCase.investment',
    yearlySavingsEur: 'chain.project.businessCase.savings',
    extraRevenueEur: 'chain.project.businessCase.revenue',
    fteChange: 'chain.project.businessCase.fte',
  };

  private readonly number = (min?: number) => (c: AbstractControl): ValidationErrors | null => {
    const n = parseNumber(String(c.value ?? ''), this.language.current());
    if (n === null) return null;
    if (Number.isNaN(n)) {
      // The other language's decimal sign where it cannot be a thousands group (Dutch `12.5`): say how to write it.
      const t = String(c.value).trim();
      const [other, own] = this.language.current() === 'nl' ? ['.', ','] : [',', '.'];
      return new RegExp(`^-?\\d+\\${other}\\d+$`).test(t) ? { otherDecimal: { example: t.replace(other, own) } } : { number: true };
    }
    if (Math.abs(Math.round(n * 100) - n * 100) > 1e-6) return { decimals: true };
    return min !== undefined && n < min ? { min: true } : null;
  };
  private readonly rate = (c: AbstractControl): ValidationErrors | null => {
    const n = parseNumber(String(c.value ?? ''), this.language.current());
    return n === null || Number.isNaN(n) || n < 0 || n > 50 ? { rate: true } : null;
  };
  private readonly horizon = (c: AbstractControl): ValidationErrors | null => {
    const n = parseNumber(String(c.value ?? ''), this.language.current());
    return n === null || !Number.isInteger(n) || n < 1 || n > 50 ? { horizon: true } : null;
  };

  readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(200)] }),
    description: new FormControl('', { nonNullable: true, validators: Validators.maxLength(5000) }),
    discountRatePct: new FormControl('4', { nonNullable: true, validators: this.rate }),
    horizonYears: new FormControl('10', { nonNullable: true, validators: this.horizon }),
    lines: new FormArray<LineGroup>([]),
  });
  private readonly version = watchForm(this.form);
  /** The form's index of each line sent last (lines left empty are not sent). */
  private sent: number[] = [];

  readonly errors = computed(() => {
    this.version();
    return {
      name: messageOf(this.form.controls.name, { required: 'chain.project.businessCase.nameRequired', maxlength: tooLong }),
      rate: messageOf(this.form.controls.discountRatePct, { rate: 'chain.project.businessCase.rateInvalid' }),
      horizon: messageOf(this.form.controls.horizonYears, { horizon: 'chain.project.businessCase.horizonInvalid' }),
    };
  });
  readonly lineErrors = computed(() => {
    this.version();
    return this.form.controls.lines.controls.map(
      (row) => Object.fromEntries(AMOUNTS.map((a) => [a, messageOf(row.controls[a], { number: 'chain.project.businessCase.numberInvalid', otherDecimal: (e) => ({ key: 'chain.project.businessCase.otherDecimal', params: e as Record<string, unknown> }), decimals: 'chain.project.businessCase.decimals', min: 'chain.project.businessCase.notNegative' })])) as Record<Amount, FieldMessage | null>,
    );
  });

  /** The figures as they stand: per line (null where a field is not a number) and together (null while any line or the rate or horizon is not right). */
  readonly live = computed<LiveFigures>(() => {
    this.version();
    const lang = this.language.current();
    const v = this.form.getRawValue();
    const rate = parseNumber(v.discountRatePct, lang);
    const horizon = parseNumber(v.horizonYears, lang);
    const timing = rate !== null && !Number.isNaN(rate) && horizon !== null && Number.isInteger(horizon) && horizon >= 1 && horizon <= 50 ? { rate, horizon } : null;
    const lines = v.lines.map((row): BusinessCaseLine | null | 'empty' => {
      if (AMOUNTS.every((a) => !row[a].trim())) return 'empty';
      const n = AMOUNTS.map((a) => parseNumber(row[a], lang) ?? 0);
      return n.some((x) => Number.isNaN(x)) ? null : { investmentEur: n[0], yearlySavingsEur: n[1], extraRevenueEur: n[2], fteChange: n[3] };
    });
    const figures = (ls: BusinessCaseLine[]) => businessCaseFigures(ls, timing?.rate ?? 0, timing?.horizon ?? 1);
    // A line left empty is not sent: no figures of its own, nothing in the total.
    const filled = lines.filter((l): l is BusinessCaseLine | null => l !== 'empty');
    return {
      timing: !!timing,
      line: lines.map((l) => (l && l !== 'empty' ? figures([l]) : null)),
      total: timing && filled.length && filled.every((l) => l) ? figures(filled as BusinessCaseLine[]) : null,
    };
  });
  readonly rateText = computed(() => {
    this.version();
    const n = parseNumber(this.form.controls.discountRatePct.value, this.language.current());
    return n === null || Number.isNaN(n) ? '—' : `${formatNumber(n, this.language.current())}%`;
  });
  readonly horizonText = computed(() => {
    this.version();
    const n = parseNumber(this.form.controls.horizonYears.value, this.language.current());
    return n === null || Number.isNaN(n) ? '—' : formatNumber(n, this.language.current(), 0);
  });

  constructor() {
    // A line per active partner; what is stored fills the form until the user changes it.
    effect(() => {
      const members = this.members().filter((m) => m.phase !== 'withdrawn');
      const stored = this.stored();
      const lang = this.language.current();
      untracked(() => {
        const pristine = this.form.pristine;
        if (stored && pristine) {
          this.form.patchValue({ name: stored.name, description: stored.description, discountRatePct: formatNumber(stored.discountRatePct, lang), horizonYears: String(stored.horizonYears) }, { emitEvent: false });
        }
        const lines = this.form.controls.lines;
        for (const m of members) {
          let row = lines.controls.find((r) => r.controls.participantId.value === m.participantId);
          if (!row) {
            row = this.line(m);
            lines.push(row, { emitEvent: false });
          }
          const s = stored?.lines.find((l) => l.participantId === m.participantId);
          if (s && pristine) {
            row.patchValue(
              { investmentEur: formatNumber(s.investmentEur, lang), yearlySavingsEur: formatNumber(s.yearlySavingsEur, lang), extraRevenueEur: formatNumber(s.extraRevenueEur, lang), fteChange: s.fteChange ? formatNumber(s.fteChange, lang) : '' },
              { emitEvent: false },
            );
          }
        }
        this.form.updateValueAndValidity();
      });
    });
  }

  private line(m: ChainMember): LineGroup {
    const amount = (min?: number) => new FormControl('', { nonNullable: true, validators: this.number(min) });
    return new FormGroup({
      participantId: new FormControl(m.participantId, { nonNullable: true }),
      name: new FormControl(m.organisationName ?? '—', { nonNullable: true }),
      investmentEur: amount(0),
      yearlySavingsEur: amount(),
      extraRevenueEur: amount(),
      fteChange: amount(),
    });
  }

  payback(f: BusinessCaseFigures): string {
    return paybackText(f, this.language.current(), this.transloco);
  }

  submit() {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const lang = this.language.current();
    const v = this.form.getRawValue();
    const num = (s: string) => parseNumber(s, lang) ?? 0;
    this.sent = [];
    const lines = v.lines.flatMap((row, i) => {
      if (AMOUNTS.every((a) => !row[a].trim())) return [];
      this.sent.push(i);
      return [{ participantId: row.participantId, investmentEur: num(row.investmentEur), yearlySavingsEur: num(row.yearlySavingsEur), extraRevenueEur: num(row.extraRevenueEur), fteChange: num(row.fteChange) }];
    });
    this.save.emit({ name: v.name.trim(), description: v.description.trim(), discountRatePct: num(v.discountRatePct), horizonYears: num(v.horizonYears), lines });
  }

  /** Once the API took it: what is stored fills the form again. */
  saved() {
    this.form.markAsPristine();
  }

  /** A new option stored: the form is empty for the next. */
  clear() {
    this.form.reset({ name: '', description: '', discountRatePct: formatNumber(4, this.language.current()), horizonYears: '10', lines: [] });
    for (const row of this.form.controls.lines.controls) row.patchValue({ investmentEur: '', yearlySavingsEur: '', extraRevenueEur: '', fteChange: '' });
    this.form.markAsPristine();
    this.form.markAsUntouched();
  }

  /** What the API said about a field (`lines.2.investmentEur`) shows next to it; returns the fields placed. */
  placeRefusal(refusal: Refusal | null): string[] {
    const fields: Record<string, string> = { name: 'name', description: 'description', discountRatePct: 'discountRatePct', horizonYears: 'horizonYears' };
    this.sent.forEach((formIndex, sentIndex) => {
      for (const a of AMOUNTS) fields[`lines.${sentIndex}.${a}`] = `lines.${formIndex}.${a}`;
    });
    return showRefusalOnFields(this.form, refusal, fields);
  }
}

/** Payback in years in the reader's language ("4,3 jaar"), or that there is none. */
export function paybackText(f: Pick<BusinessCaseFigures, 'paybackYears'>, lang: Language, transloco: TranslocoService): string {
  if (f.paybackYears === null) return transloco.translate('chain.project.businessCase.noPayback', {}, lang);
  return transloco.translate('chain.project.businessCase.years', { years: formatNumber(f.paybackYears, lang, 1) }, lang);
}
