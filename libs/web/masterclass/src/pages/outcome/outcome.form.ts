import { ChangeDetectionStrategy, Component, computed, effect, input, output, untracked } from '@angular/core';
import { FormArray, FormControl, FormGroup, FormRecord, ReactiveFormsModule, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Outcome, OutcomeFields } from '@koers/web-api-client';
import { BilingualPipe, FieldErrorComponent, messageOf, notBlank, watchForm } from '@koers/web-programme';
import { INNOVATION_FIELDS } from '../../ce';

/** Another participant of the masterclass, to name as a partner or share an opportunity with. */
export interface OtherParticipant {
  enrolmentId: string;
  /** Known to staff; a participant sees the others by name only (then a chain partner is named). */
  organisationId: string | null;
  name: string;
}

type FieldGroup = FormGroup<{ chosen: FormControl<boolean>; note: FormControl<string> }>;
type OpportunityGroup = FormGroup<{ title: FormControl<string>; with: FormRecord<FormControl<boolean>> }>;

/** With whom: one at least, when there is anyone to choose (a participant sees only its own row; the coordinator adds the others). */
function someone(control: AbstractControl): ValidationErrors | null {
  const values = Object.values(control.value as Record<string, boolean>);
  return !values.length || values.some(Boolean) ? null : { withRequired: true };
}

/**
 * The outcome: the innovation fields the company takes up (each with a note),
 * candidate chain partners (other participants, or names), and opportunities
 * shared with other participants. `save` emits what the API takes.
 */
@Component({
  selector: 'koers-outcome-form',
  imports: [ReactiveFormsModule, TranslocoPipe, BilingualPipe, FieldErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="koers-form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="outcome">
      <fieldset class="koers-field" formGroupName="fields">
        <legend>{{ 'masterclass.outcome.fields' | transloco }}</legend>
        <p>{{ 'masterclass.outcome.fieldsHint' | transloco }}</p>
        @for (f of innovationFields; track f.id) {
          <div [formGroupName]="f.id" [attr.data-field]="f.id">
            <label class="koers-check"><input type="checkbox" formControlName="chosen" /> {{ f.name | bilingual }}</label>
            @if (chosen()[f.id]) {
              <div class="koers-field">
                <label [for]="'field-note-' + f.id">{{ 'masterclass.outcome.note' | transloco: { field: (f.name | bilingual) } }}</label>
                <input [id]="'field-note-' + f.id" formControlName="note" maxlength="1000" />
              </div>
            }
          </div>
        }
      </fieldset>

      <fieldset class="koers-field">
        <legend>{{ 'masterclass.outcome.partners' | transloco }}</legend>
        <p>{{ 'masterclass.outcome.partnersHint' | transloco }}</p>
        <div formGroupName="partners">
          @for (o of others(); track o.enrolmentId) {
            @if (form.controls.partners.controls[o.enrolmentId]) {
              <label class="koers-check"><input type="checkbox" [formControlName]="o.enrolmentId" /> {{ o.name }}</label>
            }
          }
        </div>
        <div class="koers-field">
          <label for="outcome-other-names">{{ 'masterclass.outcome.otherNames' | transloco }}</label>
          <textarea id="outcome-other-names" rows="2" formControlName="otherNames"></textarea>
        </div>
      </fieldset>

      <fieldset class="koers-field" formArrayName="opportunities">
        <legend>{{ 'masterclass.outcome.opportunities' | transloco }}</legend>
        <p>{{ 'masterclass.outcome.opportunitiesHint' | transloco }}</p>
        @for (o of form.controls.opportunities.controls; track o; let i = $index) {
          <div class="koers-card" [formGroupName]="i" [attr.data-opportunity]="i + 1">
            <div class="koers-field">
              <label [for]="'opportunity-title-' + i">{{ 'masterclass.outcome.opportunityTitle' | transloco: { n: i + 1 } }}</label>
              <input [id]="'opportunity-title-' + i" formControlName="title" maxlength="300" [attr.aria-invalid]="!!opportunityErrors()[i]?.title"
                     [attr.aria-describedby]="opportunityErrors()[i]?.title ? 'opportunity-title-' + i + '-error' : null" />
              <koers-field-error [id]="'opportunity-title-' + i + '-error'" [message]="opportunityErrors()[i]?.title ?? null" />
            </div>
            <fieldset class="koers-field" formGroupName="with" [attr.aria-describedby]="opportunityErrors()[i]?.with ? 'opportunity-with-' + i + '-error' : null">
              <legend>{{ 'masterclass.outcome.opportunityWith' | transloco }}</legend>
              @for (p of others(); track p.enrolmentId) {
                @if (o.controls.with.controls[p.enrolmentId]) {
                  <label class="koers-check"><input type="checkbox" [formControlName]="p.enrolmentId" /> {{ p.name }}</label>
                }
              } @empty {
                <p>{{ 'masterclass.outcome.noOthers' | transloco }}</p>
              }
              <koers-field-error [id]="'opportunity-with-' + i + '-error'" [message]="opportunityErrors()[i]?.with ?? null" />
            </fieldset>
            <button class="koers-link" type="button" (click)="removeOpportunity(i)">{{ 'masterclass.outcome.removeOpportunity' | transloco: { n: i + 1 } }}</button>
          </div>
        }
        <button class="koers-button koers-button-secondary" type="button" (click)="addOpportunity()">{{ 'masterclass.outcome.addOpportunity' | transloco }}</button>
      </fieldset>
      <button class="koers-button" type="submit" [disabled]="busy()">{{ 'masterclass.outcome.saveOutcome' | transloco }}</button>
    </form>
  `,
})
export class OutcomeForm {
  readonly stored = input<Outcome | null>(null);
  readonly others = input<readonly OtherParticipant[]>([]);
  readonly busy = input(false);
  readonly save = output<OutcomeFields>();
  readonly innovationFields = INNOVATION_FIELDS;

  readonly form = new FormGroup({
    fields: new FormRecord<FieldGroup>(
      Object.fromEntries(INNOVATION_FIELDS.map((f) => [f.id, new FormGroup({ chosen: new FormControl(false, { nonNullable: true }), note: new FormControl('', { nonNullable: true }) })])),
    ),
    partners: new FormRecord<FormControl<boolean>>({}),
    otherNames: new FormControl('', { nonNullable: true }),
    opportunities: new FormArray<OpportunityGroup>([]),
  });
  private readonly version = watchForm(this.form);
  readonly chosen = computed(() => {
    this.version();
    return Object.fromEntries(Object.entries(this.form.controls.fields.controls).map(([id, g]) => [id, g.controls.chosen.value]));
  });
  readonly opportunityErrors = computed(() => {
    this.version();
    return this.form.controls.opportunities.controls.map((o) => ({
      title: messageOf(o.controls.title, { required: 'masterclass.outcome.titleRequired' }),
      with: messageOf(o.controls.with, { withRequired: 'masterclass.outcome.withRequired' }),
    }));
  });

  constructor() {
    // The other participants' boxes follow who takes part; what is stored fills the form until the user changes it.
    effect(() => {
      const others = this.others();
      const stored = this.stored();
      untracked(() => {
        const partners = this.form.controls.partners;
        for (const o of others) if (!partners.controls[o.enrolmentId]) partners.addControl(o.enrolmentId, new FormControl(false, { nonNullable: true }), { emitEvent: false });
        for (const o of this.form.controls.opportunities.controls) this.fillWith(o.controls.with, []);
        if (stored && this.form.pristine) this.fill(stored);
      });
    });
  }

  private fillWith(record: FormRecord<FormControl<boolean>>, chosen: readonly string[]) {
    for (const o of this.others()) {
      if (!record.controls[o.enrolmentId]) record.addControl(o.enrolmentId, new FormControl(chosen.includes(o.enrolmentId), { nonNullable: true }), { emitEvent: false });
    }
  }

  private opportunityGroup(title = '', withIds: readonly string[] = []): OpportunityGroup {
    const group = new FormGroup({ title: new FormControl(title, { nonNullable: true, validators: notBlank }), with: new FormRecord<FormControl<boolean>>({}, { validators: someone }) });
    this.fillWith(group.controls.with, withIds);
    group.controls.with.updateValueAndValidity({ emitEvent: false });
    return group;
  }

  private fill(stored: Outcome) {
    for (const [id, group] of Object.entries(this.form.controls.fields.controls)) {
      const f = stored.fields.find((x) => x.fieldId === id);
      group.setValue({ chosen: !!f, note: f?.note ?? '' }, { emitEvent: false });
    }
    const isOther = (p: { organisationId: string | null; name: string }) => (o: OtherParticipant) => (p.organisationId && o.organisationId === p.organisationId) || o.name === p.name;
    for (const o of this.others()) this.form.controls.partners.controls[o.enrolmentId]?.setValue(stored.chainPartners.some((p) => isOther(p)(o)), { emitEvent: false });
    this.form.controls.otherNames.setValue(stored.chainPartners.filter((p) => !this.others().some(isOther(p))).map((p) => p.name).join('\n'), { emitEvent: false });
    this.form.controls.opportunities.clear({ emitEvent: false });
    for (const o of stored.opportunities) this.form.controls.opportunities.push(this.opportunityGroup(o.title, o.withEnrolmentIds), { emitEvent: false });
  }

  addOpportunity() {
    this.form.controls.opportunities.push(this.opportunityGroup());
    this.form.markAsDirty();
  }

  removeOpportunity(i: number) {
    this.form.controls.opportunities.removeAt(i);
    this.form.markAsDirty();
  }

  submit() {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const fields = INNOVATION_FIELDS.filter((f) => v.fields[f.id]?.chosen).map((f) => {
      const note = v.fields[f.id].note.trim();
      return note ? { fieldId: f.id, note } : { fieldId: f.id };
    });
    const chainPartners = [
      ...this.others().filter((o) => v.partners[o.enrolmentId]).map((o) => (o.organisationId ? { organisationId: o.organisationId } : { name: o.name })),
      ...v.otherNames.split('\n').map((n) => n.trim()).filter(Boolean).map((name) => ({ name })),
    ];
    const opportunities = v.opportunities.map((o) => ({ title: o.title.trim(), withEnrolmentIds: this.others().filter((p) => o.with[p.enrolmentId]).map((p) => p.enrolmentId) }));
    this.save.emit({ fields, chainPartners, opportunities });
    this.form.markAsPristine();
  }
}
