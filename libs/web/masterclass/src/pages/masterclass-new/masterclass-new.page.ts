import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AUDIENCES, MasterclassApi, type Audience } from '@koers/web-api-client';
import { FieldErrorComponent, RefusalComponent, fieldErrors, notBlank, pageActions, showRefusalOnFields, tooLong } from '@koers/web-programme';

/** The end date may not come before the start date (the API checks it too). */
function endsAfterStart(endsOn: AbstractControl): ValidationErrors | null {
  const startsOn: unknown = endsOn.parent?.get('startsOn')?.value;
  return typeof startsOn === 'string' && startsOn && endsOn.value && endsOn.value < startsOn ? { endsBeforeStart: true } : null;
}

/** A coordinator creates a masterclass: audience, title, goals, co-organisers and dates. */
@Component({
  selector: 'koers-masterclass-new',
  imports: [ReactiveFormsModule, TranslocoPipe, RouterLink, RefusalComponent, FieldErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="../..">{{ 'masterclass.common.back' | transloco }}</a></p>
    <h1>{{ 'masterclass.form.title' | transloco }}</h1>
    <p>{{ 'masterclass.form.intro' | transloco }}</p>
    <form [formGroup]="form" (ngSubmit)="create()" novalidate class="koers-form">
      <fieldset class="koers-field">
        <legend>{{ 'masterclass.audience.label' | transloco }}</legend>
        @for (a of audiences; track a) {
          <label class="koers-check"><input type="radio" formControlName="audience" [value]="a" /> {{ 'masterclass.audience.' + a | transloco }}</label>
        }
      </fieldset>
      <div class="koers-field">
        <label for="mc-name">{{ 'masterclass.form.name' | transloco }}</label>
        <input id="mc-name" formControlName="name" maxlength="200" [attr.aria-invalid]="!!errors().name" [attr.aria-describedby]="errors().name ? 'mc-name-error' : null" />
        <koers-field-error id="mc-name-error" [message]="errors().name" />
      </div>
      <div class="koers-field">
        <label for="mc-goals">{{ 'masterclass.form.goals' | transloco }}</label>
        <p class="koers-hint" id="mc-goals-hint">{{ 'masterclass.form.goalsHint' | transloco }}</p>
        <textarea id="mc-goals" rows="4" formControlName="goals" [attr.aria-invalid]="!!errors().goals"
                  [attr.aria-describedby]="errors().goals ? 'mc-goals-hint mc-goals-error' : 'mc-goals-hint'"></textarea>
        <koers-field-error id="mc-goals-error" [message]="errors().goals" />
      </div>
      <div class="koers-field">
        <label for="mc-co">{{ 'masterclass.form.coOrganisers' | transloco }}</label>
        <p class="koers-hint" id="mc-co-hint">{{ 'masterclass.form.coOrganisersHint' | transloco }}</p>
        <textarea id="mc-co" rows="2" formControlName="coOrganisers" aria-describedby="mc-co-hint"></textarea>
      </div>
      <div class="koers-field">
        <label for="mc-starts">{{ 'masterclass.form.startsOn' | transloco }}</label>
        <input id="mc-starts" type="date" formControlName="startsOn" [attr.aria-invalid]="!!errors().startsOn" [attr.aria-describedby]="errors().startsOn ? 'mc-starts-error' : null" />
        <koers-field-error id="mc-starts-error" [message]="errors().startsOn" />
      </div>
      <div class="koers-field">
        <label for="mc-ends">{{ 'masterclass.form.endsOn' | transloco }}</label>
        <input id="mc-ends" type="date" formControlName="endsOn" [attr.aria-invalid]="!!errors().endsOn" [attr.aria-describedby]="errors().endsOn ? 'mc-ends-error' : null" />
        <koers-field-error id="mc-ends-error" [message]="errors().endsOn" />
      </div>
      <koers-refusal [refusal]="actions.error()" [omit]="placed()" />
      <button class="koers-button" type="submit" [disabled]="actions.busy()">{{ 'masterclass.form.create' | transloco }}</button>
    </form>
  `,
})
export class MasterclassNewPage {
  private readonly api = inject(MasterclassApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  readonly audiences = AUDIENCES;
  readonly actions = pageActions();
  readonly placed = signal<string[]>([]);

  readonly form = new FormGroup({
    audience: new FormControl<Audience>('sme', { nonNullable: true }),
    name: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(200)] }),
    goals: new FormControl('', { nonNullable: true, validators: notBlank }),
    coOrganisers: new FormControl('', { nonNullable: true }),
    startsOn: new FormControl('', { nonNullable: true, validators: Validators.required }),
    endsOn: new FormControl('', { nonNullable: true, validators: [Validators.required, endsAfterStart] }),
  });
  readonly errors = fieldErrors(this.form, {
    name: { required: 'masterclass.form.nameRequired', maxlength: tooLong },
    goals: { required: 'masterclass.form.goalsRequired' },
    startsOn: { required: 'masterclass.form.startsOnRequired' },
    endsOn: { required: 'masterclass.form.endsOnRequired', endsBeforeStart: 'masterclass.form.endsBeforeStart' },
  });

  constructor() {
    this.form.controls.startsOn.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.form.controls.endsOn.updateValueAndValidity());
  }

  async create() {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const coOrganisers = v.coOrganisers.split('\n').map((s) => s.trim()).filter(Boolean);
    let id = '';
    const ok = await this.actions.run(async () => {
      id = (await this.api.create({ name: v.name.trim(), audience: v.audience, goals: v.goals.trim(), startsOn: v.startsOn, endsOn: v.endsOn, coOrganisers })).id;
    });
    if (ok) await this.router.navigate(['..', id], { relativeTo: this.route });
    else this.placed.set(showRefusalOnFields(this.form, this.actions.error(), { name: 'name', goals: 'goals', startsOn: 'startsOn', endsOn: 'endsOn', audience: 'audience' }));
  }
}
