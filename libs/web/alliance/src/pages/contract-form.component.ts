import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { AllianceApi, type PartnerContract } from '@koers/web-api-client';
import { BilingualPipe, RefusalComponent, fieldText, pageActions, todayIso } from '@koers/web-programme';
import { filled } from './shared';

const FIELDS = ['signedOn', 'signedBy', 'note'];

/** Records (or corrects) a partner's signed contract: signed on, by whom, a note. The page shows it to an administrator who may write the contract. */
@Component({
  selector: 'koers-contract-form',
  imports: [TranslocoPipe, BilingualPipe, RefusalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form data-testid="contract-form" (submit)="$event.preventDefault(); save()">
      <div class="koers-field">
        <label for="contract-signed-on">{{ 'alliance.contract.signedOn' | transloco }}</label>
        <input id="contract-signed-on" type="date" [value]="f().signedOn" (input)="set('signedOn', $any($event.target).value)" />
        @if (err(actions.error(), 'signedOn'); as e) { <p class="koers-field-error" data-testid="signedOn-error">{{ e | bilingual }}</p> }
      </div>
      <div class="koers-field">
        <label for="contract-signed-by">{{ 'alliance.contract.signedByHint' | transloco }}</label>
        <input id="contract-signed-by" [value]="f().signedBy" (input)="set('signedBy', $any($event.target).value)" />
        @if (err(actions.error(), 'signedBy'); as e) { <p class="koers-field-error" data-testid="signedBy-error">{{ e | bilingual }}</p> }
      </div>
      <div class="koers-field">
        <label for="contract-note">{{ 'alliance.common.note' | transloco }}</label>
        <textarea id="contract-note" [value]="f().note" (input)="set('note', $any($event.target).value)"></textarea>
        @if (err(actions.error(), 'note'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
      </div>
      <koers-refusal [refusal]="actions.error()" [omit]="fields" />
      <button type="submit" class="koers-button" [disabled]="actions.busy()">{{ 'alliance.contract.saveContract' | transloco }}</button>
    </form>
  `,
})
export class ContractFormComponent {
  private readonly api = inject(AllianceApi);
  readonly slug = input.required<string>();
  readonly saved = output<PartnerContract>();
  readonly fields = FIELDS;
  readonly err = fieldText;
  readonly actions = pageActions();
  readonly f = signal({ signedOn: todayIso(), signedBy: '', note: '' });
  set(key: keyof ReturnType<typeof this.f>, value: string) {
    this.f.update((f) => ({ ...f, [key]: value }));
  }
  async save() {
    const f = this.f();
    let contract: PartnerContract | undefined;
    const ok = await this.actions.run(async () => (contract = await this.api.putContract(this.slug(), { signedOn: f.signedOn, signedBy: f.signedBy, ...(filled(f.note) ? { note: filled(f.note) } : {}) })), 'alliance.contract.contractSaved');
    if (ok && contract) this.saved.emit(contract);
  }
}
