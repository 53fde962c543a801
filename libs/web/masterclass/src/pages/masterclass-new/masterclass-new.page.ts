import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AUDIENCES, MasterclassApi, type Audience } from '@koers/web-api-client';
import { GroupFormComponent, fieldErrors, groupCreation, newGroupControls, notBlank, tooLong, type GroupFormField } from '@koers/web-programme';

const FIELDS: readonly GroupFormField[] = [
  { name: 'name', id: 'mc-name', label: 'masterclass.form.name', type: 'text', maxlength: 200 },
  { name: 'goals', id: 'mc-goals', label: 'masterclass.form.goals', hint: 'masterclass.form.goalsHint', type: 'textarea', rows: 4 },
  { name: 'coOrganisers', id: 'mc-co', label: 'masterclass.form.coOrganisers', hint: 'masterclass.form.coOrganisersHint', type: 'textarea', rows: 2 },
  { name: 'startsOn', id: 'mc-starts', label: 'masterclass.form.startsOn', type: 'date' },
  { name: 'endsOn', id: 'mc-ends', label: 'masterclass.form.endsOn', type: 'date' },
];

/** A coordinator creates a masterclass: audience, title, goals, co-organisers and dates. */
@Component({
  selector: 'koers-masterclass-new',
  imports: [ReactiveFormsModule, TranslocoPipe, RouterLink, GroupFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="../..">{{ 'masterclass.common.back' | transloco }}</a></p>
    <h1>{{ 'masterclass.form.title' | transloco }}</h1>
    <p>{{ 'masterclass.form.intro' | transloco }}</p>
    <koers-group-form [form]="form" [fields]="fields" [errors]="errors()" [creation]="creation" submitLabel="masterclass.form.create" (create)="create()">
      <fieldset class="koers-field">
        <legend>{{ 'masterclass.audience.label' | transloco }}</legend>
        @for (a of audiences; track a) {
          <label class="koers-check"><input type="radio" name="audience" [formControl]="form.controls.audience" [value]="a" /> {{ 'masterclass.audience.' + a | transloco }}</label>
        }
      </fieldset>
    </koers-group-form>
  `,
})
export class MasterclassNewPage {
  private readonly api = inject(MasterclassApi);
  readonly audiences = AUDIENCES;
  readonly fields = FIELDS;

  readonly form = new FormGroup({
    audience: new FormControl<Audience>('sme', { nonNullable: true }),
    ...newGroupControls(),
    goals: new FormControl('', { nonNullable: true, validators: notBlank }),
    coOrganisers: new FormControl('', { nonNullable: true }),
  });
  readonly errors = fieldErrors(this.form, {
    name: { required: 'masterclass.form.nameRequired', maxlength: tooLong },
    goals: { required: 'masterclass.form.goalsRequired' },
    startsOn: { required: 'masterclass.form.startsOnRequired' },
    endsOn: { required: 'masterclass.form.endsOnRequired', endsBeforeStart: 'masterclass.form.endsBeforeStart' },
  });
  readonly creation = groupCreation(this.form, { name: 'name', goals: 'goals', startsOn: 'startsOn', endsOn: 'endsOn', audience: 'audience' });

  create() {
    const v = this.form.getRawValue();
    const coOrganisers = v.coOrganisers.split('\n').map((s) => s.trim()).filter(Boolean);
    return this.creation.create(() => this.api.create({ name: v.name.trim(), audience: v.audience, goals: v.goals.trim(), startsOn: v.startsOn, endsOn: v.endsOn, coOrganisers }));
  }
}
