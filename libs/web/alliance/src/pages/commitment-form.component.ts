import { ChangeDetectionStrategy, Component, inject, input, output, resource, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ALLIANCE_AMBITIONS, ALLIANCE_AMBITION_LABELS, CONTRACT_POINTS, CONTRACT_POINT_LABELS, CONTRIBUTION_FORMS, CONTRIBUTION_FORM_LABELS, parseNumber, type AllianceAmbition, type ContractPoint, type ContributionForm } from '@koers/domain';
import { AllianceApi, type NewCommitment } from '@koers/web-api-client';
import { LanguageService } from '@koers/web-ui';
import { BilingualPipe, RefusalComponent, fieldText, pageActions } from '@koers/web-programme';

const FIELDS = ['point', 'description', 'ambition', 'platformId', 'contributionForm', 'amountEur'];

/**
 * Adds a commitment on one of the contract's five points; the fields of the
 * point only where they belong (an ambition for the own contribution, a
 * platform for taking part in one, money or in kind with an amount for the
 * contribution, typed the reader's way).
 */
@Component({
  selector: 'koers-commitment-form',
  imports: [TranslocoPipe, BilingualPipe, RefusalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form data-testid="commitment-new" (submit)="$event.preventDefault(); save()">
      <div class="koers-field">
        <label for="commitment-point">{{ 'alliance.contract.point' | transloco }}</label>
        <select id="commitment-point" [value]="f().point" (change)="set('point', $any($event.target).value)">
          @for (p of points; track p) {
            <option [value]="p">{{ pointLabels[p] | bilingual }}</option>
          }
        </select>
      </div>
      <div class="koers-field">
        <label for="commitment-description">{{ 'alliance.common.description' | transloco }}</label>
        <textarea id="commitment-description" [value]="f().description" (input)="set('description', $any($event.target).value)"></textarea>
        @if (err(actions.error(), 'description'); as e) { <p class="koers-field-error" data-testid="description-error">{{ e | bilingual }}</p> }
      </div>
      @if (f().point === 'own_contribution') {
        <div class="koers-field">
          <label for="commitment-ambition">{{ 'alliance.contract.ambition' | transloco }}</label>
          <select id="commitment-ambition" [value]="f().ambition" (change)="set('ambition', $any($event.target).value)">
            @for (a of ambitions; track a) {
              <option [value]="a">{{ ambitionLabels[a] | bilingual }}</option>
            }
          </select>
          @if (err(actions.error(), 'ambition'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
        </div>
      }
      @if (f().point === 'platform') {
        <div class="koers-field">
          <label for="commitment-platform">{{ 'alliance.contract.platform' | transloco }}</label>
          <select id="commitment-platform" [value]="f().platformId" (change)="set('platformId', $any($event.target).value)">
            <option value="">—</option>
            @for (p of platforms.hasValue() ? platforms.value().items : []; track p.id) {
              <option [value]="p.id">{{ p.name }}</option>
            }
          </select>
          @if (err(actions.error(), 'platformId'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
        </div>
      }
      @if (f().point === 'contribution') {
        <div class="koers-field">
          <label for="commitment-form">{{ 'alliance.contract.contributionForm' | transloco }}</label>
          <select id="commitment-form" [value]="f().contributionForm" (change)="set('contributionForm', $any($event.target).value)">
            @for (c of forms; track c) {
              <option [value]="c">{{ formLabels[c] | bilingual }}</option>
            }
          </select>
          @if (err(actions.error(), 'contributionForm'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
        </div>
        <div class="koers-field">
          <label for="commitment-amount">{{ 'alliance.contract.amount' | transloco }} (€)</label>
          <input id="commitment-amount" inputmode="decimal" [value]="f().amount" (input)="set('amount', $any($event.target).value)" />
          @if (unreadable()) { <p class="koers-field-error" data-testid="amount-unreadable">{{ 'alliance.budgets.amountUnreadable' | transloco }}</p> }
          @if (err(actions.error(), 'amountEur'); as e) { <p class="koers-field-error" data-testid="amountEur-error">{{ e | bilingual }}</p> }
        </div>
      }
      <koers-refusal [refusal]="actions.error()" [omit]="fields" />
      <button type="submit" class="koers-button" [disabled]="actions.busy()">{{ 'alliance.contract.addCommitment' | transloco }}</button>
    </form>
  `,
})
export class CommitmentFormComponent {
  private readonly api = inject(AllianceApi);
  private readonly language = inject(LanguageService);
  readonly slug = input.required<string>();
  readonly saved = output<void>();
  readonly points = CONTRACT_POINTS;
  readonly pointLabels = CONTRACT_POINT_LABELS;
  readonly ambitions = ALLIANCE_AMBITIONS;
  readonly ambitionLabels = ALLIANCE_AMBITION_LABELS;
  readonly forms = CONTRIBUTION_FORMS;
  readonly formLabels = CONTRIBUTION_FORM_LABELS;
  readonly fields = FIELDS;
  readonly err = fieldText;
  readonly actions = pageActions();
  readonly platforms = resource({ loader: () => this.api.platforms() });
  readonly unreadable = signal(false);
  readonly f = signal<{ point: ContractPoint; description: string; ambition: AllianceAmbition; platformId: string; contributionForm: ContributionForm; amount: string }>({
    point: 'goals',
    description: '',
    ambition: 'circular',
    platformId: '',
    contributionForm: 'money',
    amount: '',
  });
  set(key: keyof ReturnType<typeof this.f>, value: string) {
    this.f.update((f) => ({ ...f, [key]: value }));
  }
  async save() {
    const f = this.f();
    const body: NewCommitment = { point: f.point, description: f.description };
    if (f.point === 'own_contribution') body.ambition = f.ambition;
    if (f.point === 'platform' && f.platformId) body.platformId = f.platformId;
    if (f.point === 'contribution') {
      const amount = parseNumber(f.amount, this.language.current());
      this.unreadable.set(amount !== null && Number.isNaN(amount));
      if (this.unreadable()) return;
      body.contributionForm = f.contributionForm;
      if (amount !== null) body.amountEur = amount;
    }
    const ok = await this.actions.run(() => this.api.addCommitment(this.slug(), body), 'alliance.contract.commitmentAdded');
    if (ok) {
      this.f.update((x) => ({ ...x, description: '', amount: '' }));
      this.saved.emit();
    }
  }
}
