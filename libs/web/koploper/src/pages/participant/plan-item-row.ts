import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ActionItem, ActionItemStatus } from '@koers/web-api-client';
import type { Co2Column } from '@koers/domain';
import { Co2Pipe, EuroPipe, KoersDatePipe } from '@koers/web-programme';
import { LanguageService } from '@koers/web-ui';
import { obligationText, type EnergySavingDuty } from '../profile/measure-effects';

const STATUSES: readonly ActionItemStatus[] = ['planned', 'in_progress', 'done', 'dropped'];

/** One measure of the action plan as a table row: its status changes at once; it can be removed. */
@Component({
  selector: 'tr[koers-plan-item]',
  imports: [ReactiveFormsModule, TranslocoPipe, Co2Pipe, EuroPipe, KoersDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let i = item();
    <td>{{ i.title }}</td>
    <td>{{ i.owner }}</td>
    <td>
      {{ i.dueOn | koersDate }}
      @if (i.overdue) {
        <span class="koers-badge koers-badge-warn">{{ 'koploper.plan.overdue' | transloco }}</span>
      }
    </td>
    <td>
      <label class="koers-visually-hidden" [for]="'status-' + i.id">{{ 'koploper.plan.status' | transloco }} {{ i.title }}</label>
      @if (editable()) {
      <select [id]="'status-' + i.id" [formControl]="status">
        @for (s of statuses; track s) {
          <option [value]="s">{{ 'koploper.plan.statuses.' + s | transloco }}</option>
        }
      </select>
      } @else {
        {{ 'koploper.plan.statuses.' + i.status | transloco }}
      }
    </td>
    <td data-testid="plan-co2">{{ i.expectedKgCO2e === null ? '—' : co2() ? co2()!.format(i.expectedKgCO2e) : (i.expectedKgCO2e | co2) }}</td>
    <td>{{ i.expectedCostEur | euro }}</td>
    <td data-testid="plan-obligation">
      @if (obligation(); as o) {
        @if (i.obligation === 'obligatory') {
          <strong>{{ o }}</strong>
        } @else {
          {{ o }}
        }
        @if (i.eml) {
          <br /><small>{{ 'koploper.energyDuty.eml.' + i.eml.part | transloco }}</small>
        }
      } @else {
        —
      }
    </td>
    <td>
      @if (editable()) {
        <button class="koers-button koers-button-secondary" type="button" [disabled]="busy()" (click)="remove.emit(i)">
          {{ 'koploper.plan.remove' | transloco }}<span class="koers-visually-hidden"> {{ i.title }}</span>
        </button>
      }
    </td>
  `,
})
export class PlanItemRowComponent {
  readonly item = input.required<ActionItem>();
  readonly busy = input(false);
  /** The plan's CO2 column: every row in its one unit (the header names it). */
  readonly co2 = input<Co2Column | null>(null);
  /** The status select and the remove button, for the roles that may change the plan. */
  readonly editable = input(true);
  /** The company's energy-saving duty; null while not known (then no obligation is shown). */
  readonly duty = input<EnergySavingDuty | null>(null);
  private readonly language = inject(LanguageService);
  obligation(): string | null {
    return obligationText(this.item().obligation, this.duty(), this.language.current());
  }
  readonly statusChange = output<{ item: ActionItem; status: ActionItemStatus }>();
  readonly remove = output<ActionItem>();

  readonly statuses = STATUSES;
  readonly status = new FormControl<ActionItemStatus>('planned', { nonNullable: true });

  constructor() {
    effect(() => {
      this.status.setValue(this.item().status, { emitEvent: false });
      if (this.busy()) this.status.disable({ emitEvent: false });
      else this.status.enable({ emitEvent: false });
    });
    this.status.valueChanges.pipe(takeUntilDestroyed()).subscribe((status) => this.statusChange.emit({ item: this.item(), status }));
  }
}
