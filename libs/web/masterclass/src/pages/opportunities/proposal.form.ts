import { ChangeDetectionStrategy, Component, computed, effect, input, output, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormRecord, ReactiveFormsModule, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { NewProposal } from '@koers/web-api-client';
import { FieldErrorComponent, fieldErrors, notBlank } from '@koers/web-programme';

/** A participant that may be a candidate partner. */
export interface ProposalParticipant {
  enrolmentId: string;
  name: string;
}
/** An opportunity to start from: its title and who shares it. */
export interface OpportunityChoice {
  title: string;
  enrolmentIds: string[];
}

function somePartner(group: AbstractControl): ValidationErrors | null {
  const v = group.value as { partners: Record<string, boolean>; otherPartners: string };
  return Object.values(v.partners ?? {}).some(Boolean) || v.otherPartners?.trim() ? null : { partnersRequired: true };
}

/** Turn an opportunity into a chain-project proposal with its candidate partners. */
@Component({
  selector: 'koers-proposal-form',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="koers-form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="proposal-form">
      <p>{{ 'masterclass.opportunities.proposalHint' | transloco }}</p>
      @if (opportunities().length) {
        <div class="koers-field">
          <label for="proposal-from">{{ 'masterclass.opportunities.fromOpportunity' | transloco }}</label>
          <select id="proposal-from" [formControl]="from">
            <option value="">{{ 'masterclass.opportunities.chooseOpportunity' | transloco }}</option>
            @for (o of opportunities(); track $index) {
              <option [value]="$index">{{ o.title }}</option>
            }
          </select>
        </div>
      }
      <div class="koers-field">
        <label for="proposal-title">{{ 'masterclass.opportunities.proposalTitle' | transloco }}</label>
        <input id="proposal-title" formControlName="title" maxlength="200" [attr.aria-invalid]="!!errors().title" [attr.aria-describedby]="errors().title ? 'proposal-title-error' : null" />
        <koers-field-error id="proposal-title-error" [message]="errors().title" />
      </div>
      <div class="koers-field">
        <label for="proposal-description">{{ 'masterclass.opportunities.description' | transloco }}</label>
        <textarea id="proposal-description" rows="3" formControlName="description"></textarea>
      </div>
      <fieldset class="koers-field" formGroupName="partners" [attr.aria-describedby]="partnersError() ? 'proposal-partners-error' : null">
        <legend>{{ 'masterclass.opportunities.partners' | transloco }}</legend>
        @for (p of participants(); track p.enrolmentId) {
          @if (form.controls.partners.controls[p.enrolmentId]) {
            <label class="koers-check"><input type="checkbox" [formControlName]="p.enrolmentId" /> {{ p.name }}</label>
          }
        }
      </fieldset>
      <div class="koers-field">
        <label for="proposal-others">{{ 'masterclass.opportunities.otherPartners' | transloco }}</label>
        <textarea id="proposal-others" rows="2" formControlName="otherPartners"></textarea>
      </div>
      <koers-field-error id="proposal-partners-error" [message]="partnersError()" />
      <button class="koers-button" type="submit" [disabled]="busy()">{{ 'masterclass.opportunities.propose' | transloco }}</button>
    </form>
  `,
})
export class ProposalForm {
  readonly participants = input.required<readonly ProposalParticipant[]>();
  readonly opportunities = input<readonly OpportunityChoice[]>([]);
  readonly busy = input(false);
  readonly propose = output<NewProposal>();

  readonly from = new FormControl('', { nonNullable: true });
  readonly form = new FormGroup(
    {
      title: new FormControl('', { nonNullable: true, validators: notBlank }),
      description: new FormControl('', { nonNullable: true }),
      partners: new FormRecord<FormControl<boolean>>({}),
      otherPartners: new FormControl('', { nonNullable: true }),
    },
    { validators: somePartner },
  );
  readonly errors = fieldErrors(this.form, { title: { required: 'masterclass.opportunities.titleRequired' } });
  private readonly status = toSignal(this.form.events, { initialValue: null });
  readonly partnersError = computed(() => {
    this.status();
    this.errors();
    return this.form.touched && this.form.hasError('partnersRequired') ? { key: 'masterclass.opportunities.partnersRequired' } : null;
  });

  constructor() {
    effect(() => {
      const participants = this.participants();
      untracked(() => {
        for (const p of participants) if (!this.form.controls.partners.controls[p.enrolmentId]) this.form.controls.partners.addControl(p.enrolmentId, new FormControl(false, { nonNullable: true }));
      });
    });
    // Choosing an opportunity fills in its title and the participants who share it.
    this.from.valueChanges.pipe(takeUntilDestroyed()).subscribe((i) => {
      const o = i === '' ? null : this.opportunities()[Number(i)];
      if (!o) return;
      this.form.controls.title.setValue(o.title);
      for (const [id, control] of Object.entries(this.form.controls.partners.controls)) control.setValue(o.enrolmentIds.includes(id));
    });
  }

  submit() {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.propose.emit({
      title: v.title.trim(),
      description: v.description.trim(),
      candidatePartners: [
        ...this.participants().filter((p) => v.partners[p.enrolmentId]).map((p) => ({ enrolmentId: p.enrolmentId })),
        ...v.otherPartners.split('\n').map((n) => n.trim()).filter(Boolean).map((name) => ({ name })),
      ],
    });
  }

  clear() {
    this.form.reset();
    this.from.setValue('', { emitEvent: false });
  }
}
