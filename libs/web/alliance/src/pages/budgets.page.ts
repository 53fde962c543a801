import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AuthService } from '@koers/web-auth';
import { TranslocoPipe } from '@jsverse/transloco';
import { AllianceApi } from '@koers/web-api-client';
import { ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { EuroPipe, KoersDatePipe } from '@koers/web-programme';
import { BudgetFormComponent } from './budget-form.component';
import { BudgetTotalsComponent } from './budget-totals.component';

/** `/alliantie/begrotingen`: the partner's budgets (the secretariat: every partner's) per step, group and pilot, with their totals and the totals of all. */
@Component({
  selector: 'koers-alliance-budgets',
  imports: [TranslocoPipe, RouterLink, BudgetFormComponent, KoersDatePipe, EuroPipe, BudgetTotalsComponent, LoadingComponent, ErrorStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="/alliantie">{{ 'alliance.common.back' | transloco }}</a></p>
    <h1>{{ 'alliance.budgets.title' | transloco }}</h1>
    <p>{{ 'alliance.budgets.intro' | transloco }}</p>
    @if (list.error()) {
      <koers-error-state (retry)="list.reload()" />
    } @else if (!list.hasValue()) {
      <koers-loading />
    } @else if (list.value().items.length) {
      <div class="koers-table-scroll">
        <table class="koers-table" data-testid="budgets">
          <thead>
            <tr>
              <th scope="col">{{ 'alliance.budgets.budget' | transloco }}</th>
              <th scope="col">{{ 'alliance.budgets.scope' | transloco }}</th>
              <th scope="col">{{ 'alliance.budgets.period' | transloco }}</th>
              <th scope="col">{{ 'alliance.budgets.income' | transloco }} · {{ 'alliance.budgets.planned' | transloco }}</th>
              <th scope="col">{{ 'alliance.budgets.income' | transloco }} · {{ 'alliance.budgets.actual' | transloco }}</th>
              <th scope="col">{{ 'alliance.budgets.cost' | transloco }} · {{ 'alliance.budgets.planned' | transloco }}</th>
              <th scope="col">{{ 'alliance.budgets.cost' | transloco }} · {{ 'alliance.budgets.actual' | transloco }}</th>
              <th scope="col">{{ 'alliance.common.keeper' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (b of list.value().items; track b.id) {
              <tr [attr.data-budget]="b.id">
                <th scope="row"><a [routerLink]="[b.id]">{{ b.title }}</a></th>
                <td>{{ 'alliance.budgets.scopes.' + b.scope | transloco }}@if (b.subject.name) { · {{ b.subject.name }} }</td>
                <td>{{ b.periodStart | koersDate }} – {{ b.periodEnd | koersDate }}</td>
                <td>{{ b.totals.income.planned | euro }}</td>
                <td>{{ b.totals.income.actual | euro }}</td>
                <td>{{ b.totals.cost.planned | euro }}</td>
                <td>{{ b.totals.cost.actual | euro }}</td>
                <td>{{ b.keeper.name }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <h2>{{ 'alliance.budgets.allTotals' | transloco }}</h2>
      <koers-budget-totals [totals]="list.value().totals" />
      <p class="koers-hint" data-testid="source">{{ 'alliance.budgets.sourceAll' | transloco }}</p>
    } @else {
      <p>{{ 'alliance.common.none' | transloco }}</p>
    }
    @if (editor()) {
      <h2>{{ 'alliance.budgets.new' | transloco }}</h2>
      <koers-budget-form (created)="open($event.id)" />
    }
  `,
})
export class BudgetsPage {
  private readonly api = inject(AllianceApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  readonly editor = computed(() => this.auth.hasRole('administrator', 'coordinator'));
  readonly list = resource({ loader: () => this.api.budgets() });
  open(budgetId: string) {
    void this.router.navigate([budgetId], { relativeTo: this.route });
  }
}
