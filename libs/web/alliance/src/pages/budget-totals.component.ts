import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { BudgetTotals } from '@koers/web-api-client';
import { EuroPipe } from '@koers/web-programme';

/** Income, cost and balance of a budget (or of several), planned against actual, in euros the reader's way. */
@Component({
  selector: 'koers-budget-totals',
  imports: [TranslocoPipe, EuroPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="koers-table" data-testid="budget-totals">
      <thead>
        <tr>
          <th scope="col">{{ 'alliance.budgets.total' | transloco }}</th>
          <th scope="col">{{ 'alliance.budgets.planned' | transloco }}</th>
          <th scope="col">{{ 'alliance.budgets.actual' | transloco }}</th>
        </tr>
      </thead>
      <tbody>
        <tr data-side="income">
          <th scope="row">{{ 'alliance.budgets.income' | transloco }}</th>
          <td>{{ totals().income.planned | euro }}</td>
          <td>{{ totals().income.actual | euro }}</td>
        </tr>
        <tr data-side="cost">
          <th scope="row">{{ 'alliance.budgets.cost' | transloco }}</th>
          <td>{{ totals().cost.planned | euro }}</td>
          <td>{{ totals().cost.actual | euro }}</td>
        </tr>
        <tr data-side="balance">
          <th scope="row">{{ 'alliance.budgets.balance' | transloco }}</th>
          <td>{{ totals().balance.planned | euro }}</td>
          <td>{{ totals().balance.actual | euro }}</td>
        </tr>
      </tbody>
    </table>
  `,
})
export class BudgetTotalsComponent {
  readonly totals = input.required<BudgetTotals>();
}
