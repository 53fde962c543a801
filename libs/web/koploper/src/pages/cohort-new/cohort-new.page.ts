import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { KoploperApi } from '@koers/web-api-client';
import { GroupFormComponent, fieldErrors, groupCreation, newGroupControls, notBlank, type GroupFormField } from '@koers/web-programme';

const FIELDS: readonly GroupFormField[] = [
  { name: 'name', id: 'cohort-name', label: 'koploper.cohortForm.name', type: 'text', required: true, maxlength: 200 },
  { name: 'municipality', id: 'cohort-municipality', label: 'koploper.cohortForm.municipality', type: 'text', required: true, maxlength: 200 },
  { name: 'startsOn', id: 'cohort-starts', label: 'koploper.cohortForm.startsOn', type: 'date', required: true },
  { name: 'endsOn', id: 'cohort-ends', label: 'koploper.cohortForm.endsOn', type: 'date', required: true },
];

/** A coordinator forms a new Koplopergroep for a municipality. */
@Component({
  selector: 'koers-cohort-new',
  imports: [TranslocoPipe, RouterLink, GroupFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="../..">{{ 'koploper.common.back' | transloco }}</a></p>
    <h1>{{ 'koploper.cohortForm.title' | transloco }}</h1>
    <koers-group-form [form]="form" [fields]="fields" [errors]="errors()" [creation]="creation" submitLabel="koploper.cohortForm.create" (create)="create()" />
  `,
})
export class CohortNewPage {
  private readonly api = inject(KoploperApi);
  readonly fields = FIELDS;

  readonly form = new FormGroup({
    ...newGroupControls(),
    municipality: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(200)] }),
  });
  readonly errors = fieldErrors(this.form, {
    name: { required: 'koploper.cohortForm.nameRequired' },
    municipality: { required: 'koploper.cohortForm.municipalityRequired' },
    startsOn: { required: 'koploper.cohortForm.startsOnRequired' },
    endsOn: { required: 'koploper.cohortForm.endsOnRequired', endsBeforeStart: 'koploper.cohortForm.endsBeforeStart' },
  });
  readonly creation = groupCreation(this.form, { name: 'name', municipality: 'municipality', startsOn: 'startsOn', endsOn: 'endsOn' });

  create() {
    const v = this.form.getRawValue();
    return this.creation.create(() => this.api.createCohort({ name: v.name.trim(), municipality: v.municipality.trim(), startsOn: v.startsOn, endsOn: v.endsOn }));
  }
}
