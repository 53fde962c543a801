import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { KoploperApi } from '@koers/web-api-client';
import { FieldErrorComponent, RefusalComponent, fieldErrors, notBlank, pageActions, showRefusalOnFields } from '@koers/web-programme';

/** The end date may not come before the start date (the API checks it too). */
function endsAfterStart(endsOn: AbstractControl): ValidationErrors | null {
  const startsOn: unknown = endsOn.parent?.get('startsOn')?.value;
  return typeof startsOn === 'string' && startsOn && endsOn.value && endsOn.value < startsOn ? { endsBeforeStart: true } : null;
}

const FIELDS = [
  { name: 'name', id: 'cohort-name', label: 'koploper.cohortForm.name', type: 'text' },
  { name: 'municipality', id: 'cohort-municipality', label: 'koploper.cohortForm.municipality', type: 'text' },
  { name: 'startsOn', id: 'cohort-starts', label: 'koploper.cohortForm.startsOn', type: 'date' },
  { name: 'endsOn', id: 'cohort-ends', label: 'koploper.cohortForm.endsOn', type: 'date' },
] as const;

/** A coordinator forms a new Koplopergroep for a municipality. */
@Component({
  selector: 'koers-cohort-new',
  imports: [ReactiveFormsModule, TranslocoPipe, RouterLink, RefusalComponent, FieldErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="../..">{{ 'koploper.common.back' | transloco }}</a></p>
    <h1>{{ 'koploper.cohortForm.title' | transloco }}</h1>
    <form [formGroup]="form" (ngSubmit)="create()" novalidate class="koers-form">
      @for (f of fields; track f.name) {
        <div class="koers-field">
          <label [for]="f.id">{{ f.label | transloco }}</label>
          <input [id]="f.id" [type]="f.type" required [formControlName]="f.name" [attr.maxlength]="f.type === 'text' ? 200 : null"
                 [attr.aria-invalid]="!!errors()[f.name]" [attr.aria-describedby]="errors()[f.name] ? f.id + '-error' : null" />
          <koers-field-error [id]="f.id + '-error'" [message]="errors()[f.name]" />
        </div>
      }
      <koers-refusal [refusal]="actions.error()" [omit]="placed()" />
      <button class="koers-button" type="submit" [disabled]="actions.busy()">{{ 'koploper.cohortForm.create' | transloco }}</button>
    </form>
  `,
})
export class CohortNewPage {
  private readonly api = inject(KoploperApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  readonly fields = FIELDS;
  readonly actions = pageActions();
  /** Fields whose refusal shows next to them, not again in the box. */
  readonly placed = signal<string[]>([]);

  readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(200)] }),
    municipality: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(200)] }),
    startsOn: new FormControl('', { nonNullable: true, validators: Validators.required }),
    endsOn: new FormControl('', { nonNullable: true, validators: [Validators.required, endsAfterStart] }),
  });
  readonly errors = fieldErrors(this.form, {
    name: { required: 'koploper.cohortForm.nameRequired' },
    municipality: { required: 'koploper.cohortForm.municipalityRequired' },
    startsOn: { required: 'koploper.cohortForm.startsOnRequired' },
    endsOn: { required: 'koploper.cohortForm.endsOnRequired', endsBeforeStart: 'koploper.cohortForm.endsBeforeStart' },
  });

  constructor() {
    this.form.controls.startsOn.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.form.controls.endsOn.updateValueAndValidity());
  }

  async create() {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    let id = '';
    const ok = await this.actions.run(async () => {
      id = (await this.api.createCohort({ name: v.name.trim(), municipality: v.municipality.trim(), startsOn: v.startsOn, endsOn: v.endsOn })).id;
    });
    if (ok) await this.router.navigate(['..', id], { relativeTo: this.route });
    else this.placed.set(showRefusalOnFields(this.form, this.actions.error(), { name: 'name', municipality: 'municipality', startsOn: 'startsOn', endsOn: 'endsOn' }));
  }
}
