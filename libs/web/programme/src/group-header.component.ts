import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { KoersDatePipe } from './pipes';

/** What a group's header shows (a cohort's or a masterclass's detail fits). */
export interface GroupHeading {
  name: string;
  startsOn: string;
  endsOn: string;
  status: string;
  /** How many participants the group may start with, if it has a rule. */
  sizeRule?: { min: number; max: number } | null;
}

/**
 * The top of a group's page: while it loads a spinner, when that failed the
 * error state with a retry, then its name and one line with what the step
 * tells first (`lead`), the dates, the status and the size rule. The page
 * shows the rest once `group` is there.
 */
@Component({
  selector: 'koers-group-header',
  imports: [TranslocoPipe, KoersDatePipe, LoadingComponent, ErrorStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (failed() && !group()) {
      <koers-error-state (retry)="retry.emit()" />
    } @else if (group(); as g) {
      <h1>{{ g.name }}</h1>
      <p>
        {{ lead() }} · {{ g.startsOn | koersDate }} – {{ g.endsOn | koersDate }} ·
        <strong [attr.data-testid]="statusTestId()">{{ statusKeys() + g.status | transloco }}</strong>
        @if (g.sizeRule; as rule) {
          · {{ sizeRuleKey() | transloco: rule }}
        }
      </p>
    } @else {
      <koers-loading />
    }
  `,
})
export class GroupHeaderComponent {
  /** The group, once loaded. */
  readonly group = input<GroupHeading | undefined | null>(null);
  /** Loading it failed (the error state shows while there is no group). */
  readonly failed = input(false);
  /** The first thing on the line under the name (the municipality, the audience), as shown. */
  readonly lead = input('');
  /** The text keys of the statuses, without the status (`koploper.cohortStatus.`). */
  readonly statusKeys = input.required<string>();
  /** The text key of the size rule (with `min` and `max`). */
  readonly sizeRuleKey = input.required<string>();
  /** The status's test id (`cohort-status`). */
  readonly statusTestId = input('group-status');
  readonly retry = output();
}
