import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { ChainApi, type Agreement, type SectorProgramme } from '@koers/web-api-client';
import { FieldErrorComponent, KoersDatePipe, RefusalComponent, fieldErrors, notBlank, pageActions, showRefusalOnFields, tooLong, type Bilingual } from '@koers/web-programme';

const partiesOf = (text: string) => text.split('\n').map((p) => p.trim()).filter(Boolean);

/** At least two different parties, one per line. */
function twoParties(c: AbstractControl): ValidationErrors | null {
  return new Set(partiesOf(String(c.value ?? '')).map((p) => p.toLocaleLowerCase('nl'))).size >= 2 ? null : { parties: true };
}

/**
 * Agreements between chain partners, made at or after the closing
 * conference (the API refuses one before it, and says so here), each from one
 * of the programme's chain groups when it names one.
 */
@Component({
  selector: 'koers-chain-sector-agreements',
  imports: [ReactiveFormsModule, TranslocoPipe, KoersDatePipe, FieldErrorComponent, RefusalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let closing = programme().conferences.closing;
    <p data-testid="agreements-when">
      @if (closing) {
        {{ 'chain.sector.detail.agreementsAfter' | transloco: { date: (closing.heldOn | koersDate) } }}
      } @else {
        {{ 'chain.sector.detail.agreementsBefore' | transloco }}
      }
    </p>
    @if (programme().agreements.length) {
      <ul class="koers-cards" data-testid="agreements">
        @for (a of programme().agreements; track a.id) {
          <li [attr.data-agreement]="a.text">
            <strong>{{ a.parties.join(' – ') }}</strong> · {{ a.agreedOn | koersDate }}@if (groupName(a.groupId); as g) { · {{ g }} }
            <p class="koers-pre">{{ a.text }}</p>
            @if (canManage()) {
              <button class="koers-link" type="button" [disabled]="actions.busy()" (click)="remove(a)">
                {{ 'chain.sector.detail.remove' | transloco }}<span class="koers-visually-hidden"> {{ a.text }}</span>
              </button>
            }
          </li>
        }
      </ul>
    } @else {
      <p>{{ 'chain.sector.detail.noAgreements' | transloco }}</p>
    }
    @if (canManage()) {
      <form class="koers-form" [formGroup]="form" (ngSubmit)="add()" novalidate data-testid="add-agreement">
        <h3>{{ 'chain.sector.detail.addAgreement' | transloco }}</h3>
        <div class="koers-columns">
          <div class="koers-field">
            <label for="agreement-parties">{{ 'chain.sector.detail.parties' | transloco }}</label>
            <p class="koers-hint" id="agreement-parties-hint">{{ 'chain.sector.detail.partiesHint' | transloco }}</p>
            <textarea id="agreement-parties" rows="3" formControlName="parties" [attr.aria-invalid]="!!errors().parties"
                      [attr.aria-describedby]="'agreement-parties-hint' + (errors().parties ? ' agreement-parties-error' : '')"></textarea>
            <koers-field-error id="agreement-parties-error" [message]="errors().parties" />
          </div>
          <div class="koers-field">
            <label for="agreement-text">{{ 'chain.sector.detail.text' | transloco }}</label>
            <textarea id="agreement-text" rows="3" formControlName="text" [attr.aria-invalid]="!!errors().text" [attr.aria-describedby]="errors().text ? 'agreement-text-error' : null"></textarea>
            <koers-field-error id="agreement-text-error" [message]="errors().text" />
          </div>
        </div>
        <div class="koers-inline-form">
          <div class="koers-field">
            <label for="agreement-on">{{ 'chain.sector.detail.agreedOn' | transloco }}</label>
            <input id="agreement-on" type="date" formControlName="agreedOn" [attr.aria-invalid]="!!errors().agreedOn" [attr.aria-describedby]="errors().agreedOn ? 'agreement-on-error' : null" />
            <koers-field-error id="agreement-on-error" [message]="errors().agreedOn" />
          </div>
          @if (programme().groups.length) {
            <div class="koers-field">
              <label for="agreement-group">{{ 'chain.sector.detail.fromGroup' | transloco }}</label>
              <select id="agreement-group" formControlName="groupId">
                <option value="">{{ 'chain.sector.detail.noGroup' | transloco }}</option>
                @for (g of programme().groups; track g.id) {
                  <option [value]="g.id">{{ g.name }}</option>
                }
              </select>
            </div>
          }
        </div>
        <koers-refusal data-testid="agreement-error" [refusal]="actions.error()" [omit]="['agreedOn', 'text']" [fieldNames]="partyNames()" />
        <button class="koers-button koers-button-secondary" type="submit" [disabled]="actions.busy()">{{ 'chain.sector.detail.addAgreement' | transloco }}</button>
      </form>
    } @else {
      <koers-refusal data-testid="agreement-error" [refusal]="actions.error()" />
    }
  `,
})
export class SectorAgreementsSection {
  private readonly api = inject(ChainApi);
  readonly programme = input.required<SectorProgramme>();
  readonly canManage = input(false);
  readonly changed = output<void>();
  readonly actions = pageActions();

  readonly form = new FormGroup({
    parties: new FormControl('', { nonNullable: true, validators: twoParties }),
    text: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(5000)] }),
    agreedOn: new FormControl('', { nonNullable: true, validators: notBlank }),
    groupId: new FormControl('', { nonNullable: true }),
  });
  readonly errors = fieldErrors(this.form, {
    parties: { parties: 'chain.sector.detail.partiesRequired' },
    text: { required: 'chain.sector.detail.textRequired', maxlength: tooLong },
    agreedOn: { required: 'chain.sector.detail.agreedOnRequired' },
  });
  /** A party the API names (`parties.1`) by the line it is on. */
  readonly partyNames = computed<Record<string, Bilingual>>(() =>
    Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`parties.${i}`, { nl: `Partij ${i + 1}`, en: `Party ${i + 1}` }])),
  );

  groupName(groupId: string | null): string | null {
    return groupId ? (this.programme().groups.find((g) => g.id === groupId)?.name ?? null) : null;
  }

  async add() {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const ok = await this.actions.run(
      () => this.api.addAgreement(this.programme().id, { parties: partiesOf(v.parties), text: v.text.trim(), agreedOn: v.agreedOn, ...(v.groupId ? { groupId: v.groupId } : {}) }),
      'chain.sector.detail.agreementAdded',
      {},
      () => this.changed.emit(),
    );
    if (ok) this.form.reset();
    else showRefusalOnFields(this.form, this.actions.error(), { agreedOn: 'agreedOn', text: 'text' });
  }

  remove(a: Agreement) {
    return this.actions.run(() => this.api.removeAgreement(a.id), 'chain.sector.detail.agreementRemoved', {}, () => this.changed.emit());
  }
}
