import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { BUDGET_CATEGORIES, BUDGET_CATEGORY_KEYS, BUDGET_CATEGORY_LABELS, formatNumber, parseNumber, type BudgetCategory } from '@koers/domain';
import { AllianceApi, type Budget, type BudgetLineFields } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { EmptyStateComponent, ErrorStateComponent, LanguageService, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, EuroPipe, KoersDatePipe, RefusalComponent, fieldText, pageActions } from '@koers/web-programme';
import { BudgetTotalsComponent } from './budget-totals.component';
import { orNotFound } from './shared';

/** One line as typed: amounts are text until saved (Dutch `12.500,50`). */
interface LineDraft {
  category: BudgetCategory;
  description: string;
  planned: string;
  actual: string;
}

/**
 * `/alliantie/begrotingen/:budgetId`: a budget's income and cost lines,
 * planned against actual, per category and in total; administrators and
 * coordinators edit the lines (amounts typed the reader's way).
 */
@Component({
  selector: 'koers-alliance-budget',
  imports: [TranslocoPipe, RouterLink, BilingualPipe, KoersDatePipe, EuroPipe, RefusalComponent, BudgetTotalsComponent, LoadingComponent, ErrorStateComponent, EmptyStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="/alliantie/begrotingen">{{ 'alliance.nav.budgets' | transloco }}</a></p>
    @if (budget.error()) {
      <koers-error-state (retry)="budget.reload()" />
    } @else if (!budget.hasValue()) {
      <koers-loading />
    } @else if (!loaded()) {
      <h1>{{ 'alliance.common.notFound' | transloco }}</h1>
      <koers-empty-state data-testid="budget-not-found" [title]="'alliance.common.notFound' | transloco" />
    } @else {
      @let b = loaded()!;
      <h1>{{ b.title }}</h1>
      <p>{{ 'alliance.budgets.scopes.' + b.scope | transloco }}@if (b.subject.name) { · {{ b.subject.name }} } · {{ b.periodStart | koersDate }} – {{ b.periodEnd | koersDate }} · {{ 'alliance.common.keeper' | transloco }}: {{ b.keeper.name }}</p>
      @if (b.note) { <p>{{ b.note }}</p> }
      <koers-budget-totals [totals]="b.totals" />

      <h2>{{ 'alliance.budgets.lines' | transloco }}</h2>
      @if (b.lines.length) {
        <table class="koers-table" data-testid="budget-lines">
          <thead>
            <tr>
              <th scope="col">{{ 'alliance.budgets.category' | transloco }}</th>
              <th scope="col">{{ 'alliance.common.description' | transloco }}</th>
              <th scope="col">{{ 'alliance.budgets.planned' | transloco }}</th>
              <th scope="col">{{ 'alliance.budgets.actual' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (l of b.lines; track l.id) {
              <tr [attr.data-direction]="l.direction" [attr.data-category]="l.category">
                <th scope="row">{{ l.categoryLabel | bilingual }}</th>
                <td>{{ l.description }}</td>
                <td>{{ l.plannedEur | euro }}</td>
                <td>@if (l.actualEur === null) { <span class="koers-muted">{{ 'alliance.budgets.notBooked' | transloco }}</span> } @else { {{ l.actualEur | euro }} }</td>
              </tr>
            }
          </tbody>
        </table>
        <h3>{{ 'alliance.budgets.category' | transloco }}</h3>
        <table class="koers-table" data-testid="budget-categories">
          <thead>
            <tr>
              <th scope="col">{{ 'alliance.budgets.category' | transloco }}</th>
              <th scope="col">{{ 'alliance.budgets.planned' | transloco }}</th>
              <th scope="col">{{ 'alliance.budgets.actual' | transloco }}</th>
              <th scope="col">{{ 'alliance.budgets.difference' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (c of b.totals.byCategory; track c.category) {
              <tr [attr.data-category]="c.category">
                <th scope="row">{{ categoryLabels[c.category] | bilingual }}</th>
                <td>{{ c.planned | euro }}</td>
                <td>{{ c.actual | euro }}</td>
                <td>{{ c.difference | euro }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p>{{ 'alliance.common.none' | transloco }}</p>
      }
      <p class="koers-hint" data-testid="source">{{ 'alliance.budgets.source' | transloco: { name: b.keeper.name } }}</p>

      @if (editor()) {
        <h2>{{ 'alliance.budgets.editLines' | transloco }}</h2>
        <form data-testid="budget-lines-edit" (submit)="$event.preventDefault(); save()">
          @for (d of drafts(); track $index; let i = $index) {
            <fieldset class="koers-row" [attr.data-line]="i">
              <div class="koers-field">
                <label [for]="'line-category-' + i">{{ 'alliance.budgets.category' | transloco }}</label>
                <select [id]="'line-category-' + i" [value]="d.category" (change)="edit(i, 'category', $any($event.target).value)">
                  @for (k of categories; track k) {
                    <option [value]="k">{{ 'alliance.budgets.' + direction(k) | transloco }} · {{ categoryLabels[k] | bilingual }}</option>
                  }
                </select>
              </div>
              <div class="koers-field">
                <label [for]="'line-description-' + i">{{ 'alliance.common.description' | transloco }}</label>
                <input [id]="'line-description-' + i" [value]="d.description" (input)="edit(i, 'description', $any($event.target).value)" />
                @if (err(actions.error(), 'lines.' + i + '.description'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
              </div>
              <div class="koers-field">
                <label [for]="'line-planned-' + i">{{ 'alliance.budgets.planned' | transloco }} (€)</label>
                <input [id]="'line-planned-' + i" inputmode="decimal" [value]="d.planned" (input)="edit(i, 'planned', $any($event.target).value)" />
                @if (unreadable().includes('planned-' + i)) { <p class="koers-field-error" [attr.data-testid]="'unreadable-planned-' + i">{{ 'alliance.budgets.amountUnreadable' | transloco }}</p> }
                @if (err(actions.error(), 'lines.' + i + '.plannedEur'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
              </div>
              <div class="koers-field">
                <label [for]="'line-actual-' + i">{{ 'alliance.budgets.actual' | transloco }} (€)</label>
                <input [id]="'line-actual-' + i" inputmode="decimal" [value]="d.actual" (input)="edit(i, 'actual', $any($event.target).value)" />
                @if (unreadable().includes('actual-' + i)) { <p class="koers-field-error" [attr.data-testid]="'unreadable-actual-' + i">{{ 'alliance.budgets.amountUnreadable' | transloco }}</p> }
                @if (err(actions.error(), 'lines.' + i + '.actualEur'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
              </div>
              <button type="button" class="koers-button koers-button-secondary" (click)="remove(i)">{{ 'alliance.budgets.removeLine' | transloco }}</button>
            </fieldset>
          }
          <p><button type="button" class="koers-button koers-button-secondary" (click)="addLine()">{{ 'alliance.budgets.addLine' | transloco }}</button></p>
          <koers-refusal [refusal]="actions.error()" [omit]="lineFields()" />
          <button type="submit" class="koers-button" [disabled]="actions.busy()">{{ 'alliance.budgets.saveLines' | transloco }}</button>
        </form>
      }
    }
  `,
})
export class BudgetPage {
  private readonly api = inject(AllianceApi);
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  readonly budgetId = input.required<string>();
  readonly categories = BUDGET_CATEGORY_KEYS;
  readonly categoryLabels = BUDGET_CATEGORY_LABELS;
  readonly err = fieldText;
  readonly actions = pageActions();
  /** Only the keeper's staff and the secretariat's see a budget at all; of them administrators and coordinators keep it. */
  readonly editor = computed(() => this.auth.hasRole('administrator', 'coordinator'));

  readonly budget = resource({ params: () => this.budgetId(), loader: ({ params }) => orNotFound(() => this.api.budget(params)) });
  readonly loaded = computed<Budget | null>(() => (this.budget.hasValue() && this.budget.value() !== 'not_found' ? (this.budget.value() as Budget) : null));

  /** The lines being edited; null until the user changes something (then the loaded lines are the start). */
  private readonly edited = signal<LineDraft[] | null>(null);
  readonly drafts = computed<LineDraft[]>(() => this.edited() ?? this.fromBudget());
  readonly unreadable = signal<string[]>([]);
  readonly lineFields = computed(() => this.drafts().flatMap((_, i) => ['plannedEur', 'actualEur', 'description', 'category'].map((f) => `lines.${i}.${f}`)));

  private fromBudget(): LineDraft[] {
    const lang = this.language.current();
    return (this.loaded()?.lines ?? []).map((l) => ({
      category: l.category,
      description: l.description,
      planned: formatNumber(l.plannedEur, lang),
      actual: l.actualEur === null ? '' : formatNumber(l.actualEur, lang),
    }));
  }

  direction(k: BudgetCategory): 'income' | 'cost' {
    return BUDGET_CATEGORIES[k];
  }

  edit(i: number, key: keyof LineDraft, value: string) {
    const lines = this.drafts().map((d, j) => (j === i ? { ...d, [key]: value } : d));
    this.edited.set(lines);
  }
  addLine() {
    this.edited.set([...this.drafts(), { category: 'participant_contribution', description: '', planned: '', actual: '' }]);
  }
  remove(i: number) {
    this.edited.set(this.drafts().filter((_, j) => j !== i));
  }

  async save() {
    const lang = this.language.current();
    const bad: string[] = [];
    const lines: BudgetLineFields[] = this.drafts().map((d, i) => {
      const planned = parseNumber(d.planned, lang);
      const actual = parseNumber(d.actual, lang);
      if (planned === null || Number.isNaN(planned)) bad.push(`planned-${i}`);
      if (actual !== null && Number.isNaN(actual)) bad.push(`actual-${i}`);
      return { category: d.category, ...(d.description.trim() ? { description: d.description.trim() } : {}), plannedEur: planned ?? 0, actualEur: actual };
    });
    this.unreadable.set(bad);
    if (bad.length) return;
    const ok = await this.actions.run(() => this.api.putLines(this.budgetId(), lines), 'alliance.budgets.linesSaved');
    if (ok) {
      this.edited.set(null);
      this.budget.reload();
    }
  }
}
