import { ChangeDetectionStrategy, Component, computed, inject, output, resource, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { BUDGET_SCOPES, type BudgetScope } from '@koers/domain';
import { AllianceApi, ApiClient, type Budget, type NewBudget, type StepItemsPath } from '@koers/web-api-client';
import { BilingualPipe, RefusalComponent, fieldText, pageActions } from '@koers/web-programme';
import { filled } from './shared';

const FIELDS = ['scope', 'step', 'groupId', 'pilotId', 'periodStart', 'periodEnd', 'title'];
const STEPS = [
  { key: 'koploper', path: '/api/koploper/cohorts', label: { nl: 'Stap 1 · Koplopertraject', en: 'Step 1 · Koploper track' } },
  { key: 'masterclass', path: '/api/masterclass/masterclasses', label: { nl: 'Stap 2 · CE-masterclasses', en: 'Step 2 · CE masterclasses' } },
  { key: 'chain', path: '/api/chain/projects', label: { nl: 'Stap 3 · Ketenprojecten', en: 'Step 3 · Chain projects' } },
] as const satisfies readonly { key: string; path: StepItemsPath; label: { nl: string; en: string } }[];
type StepKey = (typeof STEPS)[number]['key'];

/** A new budget: for a step over a period, for one of the partner's groups, or for a pilot (its name and dates by default). */
@Component({
  selector: 'koers-budget-form',
  imports: [TranslocoPipe, BilingualPipe, RefusalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form data-testid="budget-new" (submit)="$event.preventDefault(); save()">
      <div class="koers-field">
        <label for="budget-scope">{{ 'alliance.budgets.scope' | transloco }}</label>
        <select id="budget-scope" [value]="f().scope" (change)="set('scope', $any($event.target).value)">
          @for (s of scopes; track s) {
            <option [value]="s">{{ 'alliance.budgets.scopes.' + s | transloco }}</option>
          }
        </select>
      </div>
      @if (f().scope !== 'pilot') {
        <div class="koers-field">
          <label for="budget-step">{{ 'alliance.budgets.step' | transloco }}</label>
          <select id="budget-step" [value]="f().step" (change)="set('step', $any($event.target).value)">
            @for (s of steps; track s.key) {
              <option [value]="s.key">{{ s.label | bilingual }}</option>
            }
          </select>
          @if (err(actions.error(), 'step'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
        </div>
      }
      @if (f().scope === 'group') {
        <div class="koers-field">
          <label for="budget-group">{{ 'alliance.budgets.group' | transloco }}</label>
          <select id="budget-group" [value]="f().groupId" (change)="set('groupId', $any($event.target).value)">
            <option value="">—</option>
            @for (g of groups.hasValue() ? groups.value().items : []; track g.id) {
              <option [value]="g.id">{{ g.name }}</option>
            }
          </select>
          @if (err(actions.error(), 'groupId'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
        </div>
      }
      @if (f().scope === 'pilot') {
        <div class="koers-field">
          <label for="budget-pilot">{{ 'alliance.lines.pilot' | transloco }}</label>
          <select id="budget-pilot" [value]="f().pilotId" (change)="set('pilotId', $any($event.target).value)">
            <option value="">—</option>
            @for (p of pilots.hasValue() ? pilots.value().items : []; track p.id) {
              <option [value]="p.id">{{ p.title }}</option>
            }
          </select>
          @if (err(actions.error(), 'pilotId'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
        </div>
      }
      <div class="koers-field">
        <label for="budget-title">{{ 'alliance.budgets.titleField' | transloco }}</label>
        <input id="budget-title" [value]="f().title" (input)="set('title', $any($event.target).value)" />
        @if (err(actions.error(), 'title'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
      </div>
      <div class="koers-field">
        <label for="budget-start">{{ 'alliance.budgets.periodStart' | transloco }}</label>
        <input id="budget-start" type="date" [value]="f().periodStart" (input)="set('periodStart', $any($event.target).value)" />
        @if (err(actions.error(), 'periodStart'); as e) { <p class="koers-field-error" data-testid="periodStart-error">{{ e | bilingual }}</p> }
      </div>
      <div class="koers-field">
        <label for="budget-end">{{ 'alliance.budgets.periodEnd' | transloco }}</label>
        <input id="budget-end" type="date" [value]="f().periodEnd" (input)="set('periodEnd', $any($event.target).value)" />
        @if (err(actions.error(), 'periodEnd'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
      </div>
      <koers-refusal [refusal]="actions.error()" [omit]="fields" />
      <button type="submit" class="koers-button" [disabled]="actions.busy()">{{ 'alliance.budgets.create' | transloco }}</button>
    </form>
  `,
})
export class BudgetFormComponent {
  private readonly api = inject(AllianceApi);
  private readonly core = inject(ApiClient);
  readonly created = output<Budget>();
  readonly scopes = BUDGET_SCOPES;
  readonly steps = STEPS;
  readonly fields = FIELDS;
  readonly err = fieldText;
  readonly actions = pageActions();
  readonly f = signal<{ scope: BudgetScope; step: StepKey; groupId: string; pilotId: string; title: string; periodStart: string; periodEnd: string }>({ scope: 'step', step: 'koploper', groupId: '', pilotId: '', title: '', periodStart: '', periodEnd: '' });
  private readonly stepPath = computed(() => (this.f().scope === 'group' ? STEPS.find((s) => s.key === this.f().step)?.path : undefined));
  readonly groups = resource({ params: () => this.stepPath(), loader: ({ params }) => this.core.stepItems(params) });
  readonly pilots = resource({ params: () => (this.f().scope === 'pilot' ? true : undefined), loader: () => this.api.pilots() });
  set(key: keyof ReturnType<typeof this.f>, value: string) {
    this.f.update((f) => ({ ...f, [key]: value }));
  }
  async save() {
    const f = this.f();
    const body: NewBudget = { scope: f.scope };
    if (f.scope === 'step') body.step = f.step;
    if (f.scope === 'group' && f.groupId) body.groupId = f.groupId;
    if (f.scope === 'pilot' && f.pilotId) body.pilotId = f.pilotId;
    if (filled(f.title)) body.title = filled(f.title);
    if (f.periodStart) body.periodStart = f.periodStart;
    if (f.periodEnd) body.periodEnd = f.periodEnd;
    let budget: Budget | undefined;
    const ok = await this.actions.run(async () => (budget = await this.api.createBudget(body)), 'alliance.budgets.created');
    if (ok && budget) this.created.emit(budget);
  }
}
