import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** What a list shows when it has nothing yet: what is missing and what will fill it. */
@Component({
  selector: 'koers-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="koers-state koers-empty" role="status">
      <h2 class="koers-state-title">{{ title() }}</h2>
      @if (hint()) {
        <p>{{ hint() }}</p>
      }
      <ng-content />
    </section>
  `,
})
export class EmptyStateComponent {
  readonly title = input.required<string>();
  readonly hint = input<string>();
}

@Component({
  selector: 'koers-loading',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koers-state" role="status" aria-live="polite">
      <span class="koers-spinner" aria-hidden="true"></span>
      <span>{{ 'app.loading' | transloco }}</span>
    </div>
  `,
})
export class LoadingComponent {}

@Component({
  selector: 'koers-error-state',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="koers-state koers-error" role="alert">
      <h2 class="koers-state-title">{{ 'errors.title' | transloco }}</h2>
      <p>{{ message() ?? ('errors.generic' | transloco) }}</p>
      @if (retryable()) {
        <button class="koers-button koers-button-secondary" type="button" (click)="retry.emit()">{{ 'app.retry' | transloco }}</button>
      }
    </section>
  `,
})
export class ErrorStateComponent {
  readonly message = input<string>();
  readonly retryable = input(true);
  readonly retry = output<void>();
}
