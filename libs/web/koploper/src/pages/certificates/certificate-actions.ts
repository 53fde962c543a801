import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { KoploperApi, type CsrCertificate } from '@koers/web-api-client';
import { ToastService } from '@koers/web-ui';
import { FieldErrorComponent, RefusalComponent, fieldErrors, notBlank, pageActions, watchForm } from '@koers/web-programme';

const DECISIONS = ['approve', 'approve_with_conditions', 'reject'] as const;
type Decision = (typeof DECISIONS)[number];
const YEARS = [1, 2, 3, 4, 5] as const;

const FIELD_STYLES = `
  .koers-field textarea { font: inherit; padding: .5rem; border: 1px solid #6b7480; border-radius: 6px; min-height: 4.5rem; }
  .koers-field textarea[aria-invalid="true"], .koers-field select[aria-invalid="true"] { border-color: #b00020; }
  .koers-field textarea:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
`;

/** The lines of a text field, trimmed, empty ones left out. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** A field that only counts for one decision: required (not blank) then, ignored otherwise. */
const requiredFor =
  (decision: Decision) =>
  (control: AbstractControl<string>): ValidationErrors | null =>
    control.parent?.get('decision')?.value === decision && !lines(control.value ?? '').length ? { required: true } : null;

/**
 * What a reviewer can do with one application, by its status: review a
 * submitted one, award an approved one, revoke an awarded one. The API decides
 * who may (never the company's own adviser); its refusal is shown as it gives it.
 */
@Component({
  selector: 'koers-certificate-actions',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldErrorComponent, RefusalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: FIELD_STYLES,
  template: `
    @let c = certificate();
    @if (c.status === 'submitted') {
      <form [formGroup]="review" (ngSubmit)="saveReview()" novalidate>
        <div class="koers-field">
          <label [attr.for]="'decision-' + c.id">{{ 'koploper.review.decision' | transloco }}</label>
          <select [id]="'decision-' + c.id" data-testid="decision" formControlName="decision"
                  [attr.aria-invalid]="!!errors().decision" [attr.aria-describedby]="errors().decision ? 'decision-' + c.id + '-error' : null">
            <option value="">{{ 'koploper.review.chooseDecision' | transloco }}</option>
            @for (d of decisions; track d) {
              <option [value]="d">{{ 'koploper.review.decisions.' + d | transloco }}</option>
            }
          </select>
          <koers-field-error [id]="'decision-' + c.id + '-error'" [message]="errors().decision" />
        </div>
        @if (decision() === 'approve_with_conditions') {
          <div class="koers-field">
            <label [attr.for]="'conditions-' + c.id">{{ 'koploper.review.conditionsLabel' | transloco }}</label>
            <textarea [id]="'conditions-' + c.id" data-testid="conditions" rows="4" formControlName="conditions"
                      [attr.aria-invalid]="!!errors().conditions" [attr.aria-describedby]="errors().conditions ? 'conditions-' + c.id + '-error' : null"></textarea>
            <koers-field-error [id]="'conditions-' + c.id + '-error'" [message]="errors().conditions" />
          </div>
        }
        @if (decision() === 'reject') {
          <div class="koers-field">
            <label [attr.for]="'reason-' + c.id">{{ 'koploper.review.reasonLabel' | transloco }}</label>
            <textarea [id]="'reason-' + c.id" data-testid="reason" rows="3" formControlName="reason"
                      [attr.aria-invalid]="!!errors().reason" [attr.aria-describedby]="errors().reason ? 'reason-' + c.id + '-error' : null"></textarea>
            <koers-field-error [id]="'reason-' + c.id + '-error'" [message]="errors().reason" />
          </div>
        }
        <button class="koers-button" type="submit" data-testid="save-review" [disabled]="actions.busy()">{{ 'koploper.review.saveReview' | transloco }}</button>
      </form>
    } @else if (c.status === 'approved' || c.status === 'approved_with_conditions') {
      <form [formGroup]="awarding" (ngSubmit)="award()" novalidate>
        <div class="koers-field">
          <label [attr.for]="'valid-years-' + c.id">{{ 'koploper.review.validYears' | transloco }}</label>
          <select [id]="'valid-years-' + c.id" data-testid="valid-years" formControlName="validYears">
            @for (y of years; track y) {
              <option [value]="'' + y">{{ (y === 1 ? 'koploper.review.yearsOne' : 'koploper.review.yearsMany') | transloco: { count: y } }}</option>
            }
          </select>
        </div>
        <button class="koers-button" type="submit" data-testid="award" [disabled]="actions.busy()">{{ 'koploper.review.award' | transloco }}</button>
      </form>
    } @else if (c.status === 'awarded') {
      <form [formGroup]="revoking" (ngSubmit)="revoke()" novalidate>
        <div class="koers-field">
          <label [attr.for]="'revoke-reason-' + c.id">{{ 'koploper.review.revokeReason' | transloco }}</label>
          <textarea [id]="'revoke-reason-' + c.id" data-testid="revoke-reason" rows="3" formControlName="reason"
                    [attr.aria-invalid]="!!revokeErrors().reason" [attr.aria-describedby]="revokeErrors().reason ? 'revoke-reason-' + c.id + '-error' : null"></textarea>
          <koers-field-error [id]="'revoke-reason-' + c.id + '-error'" [message]="revokeErrors().reason" />
        </div>
        <button class="koers-button koers-button-secondary" type="submit" data-testid="revoke" [disabled]="actions.busy()">{{ 'koploper.review.revoke' | transloco }}</button>
      </form>
    } @else {
      <span>{{ 'koploper.review.nothingToDo' | transloco }}</span>
    }
    <koers-refusal data-testid="refusal" [refusal]="actions.error()" />
  `,
})
export class CertificateActionsComponent {
  private readonly api = inject(KoploperApi);
  private readonly transloco = inject(TranslocoService);
  private readonly toasts = inject(ToastService);

  readonly certificate = input.required<CsrCertificate>();
  /** The application as the API answered after a review, award or revocation. */
  readonly changed = output<CsrCertificate>();

  readonly decisions = DECISIONS;
  readonly years = YEARS;
  readonly actions = pageActions();

  readonly review = new FormGroup({
    decision: new FormControl<Decision | ''>('', { nonNullable: true, validators: Validators.required }),
    conditions: new FormControl('', { nonNullable: true, validators: requiredFor('approve_with_conditions') }),
    reason: new FormControl('', { nonNullable: true, validators: requiredFor('reject') }),
  });
  readonly errors = fieldErrors(this.review, {
    decision: { required: 'koploper.review.decisionRequired' },
    conditions: { required: 'koploper.review.conditionsRequired' },
    reason: { required: 'koploper.review.reasonRequired' },
  });
  private readonly reviewVersion = watchForm(this.review);
  /** The decision chosen so far: which fields the form asks for. */
  readonly decision = computed(() => {
    this.reviewVersion();
    return this.review.controls.decision.value;
  });
  readonly awarding = new FormGroup({ validYears: new FormControl('3', { nonNullable: true }) });
  readonly revoking = new FormGroup({ reason: new FormControl('', { nonNullable: true, validators: notBlank }) });
  readonly revokeErrors = fieldErrors(this.revoking, { reason: { required: 'koploper.review.revokeReasonRequired' } });

  constructor() {
    // Conditions and a reason count only for their own decision.
    this.review.controls.decision.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.review.controls.conditions.updateValueAndValidity();
      this.review.controls.reason.updateValueAndValidity();
    });
  }

  saveReview() {
    this.review.markAllAsTouched();
    const { decision, conditions, reason } = this.review.getRawValue();
    if (this.review.invalid || !decision) return;
    // The API refuses conditions or a reason that do not go with the decision: send only what belongs.
    const body = decision === 'approve_with_conditions' ? { decision, conditions: lines(conditions) } : decision === 'reject' ? { decision, reason: reason.trim() } : { decision };
    return this.run(() => this.api.reviewCertificate(this.certificate().id, body), 'koploper.review.reviewed', (c) => ({ name: c.organisationName }));
  }

  award() {
    return this.run(() => this.api.awardCertificate(this.certificate().id, Number(this.awarding.controls.validYears.value)), 'koploper.review.awarded', (c) => ({ name: c.organisationName, number: c.number ?? '' }));
  }

  revoke() {
    this.revoking.markAllAsTouched();
    if (this.revoking.invalid) return;
    return this.run(() => this.api.revokeCertificate(this.certificate().id, this.revoking.controls.reason.value.trim()), 'koploper.review.revoked', (c) => ({ name: c.organisationName }));
  }

  /** Runs one change; the toast names the application as the API answered it. */
  private async run(call: () => Promise<CsrCertificate>, done: string, params: (c: CsrCertificate) => Record<string, string>) {
    let updated: CsrCertificate | null = null;
    const ok = await this.actions.run(async () => (updated = await call()));
    if (ok && updated) {
      const c: CsrCertificate = updated;
      this.toast(done, params(c));
      this.changed.emit(c);
    }
  }

  private toast(key: string, params: Record<string, string>) {
    this.toasts.show(this.transloco.translate(key, params), 'info');
  }
}
