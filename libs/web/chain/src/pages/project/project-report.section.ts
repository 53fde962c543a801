import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ChainApi, type ChainProjectDetail } from '@koers/web-api-client';
import { RefusalComponent, pageActions } from '@koers/web-programme';

/** The results report (a PDF the worker renders): asked for here, downloaded once it is there. */
@Component({
  selector: 'koers-chain-project-report',
  imports: [TranslocoPipe, RefusalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>{{ 'chain.project.report.intro' | transloco }}</p>
    @let fileId = project().reportFileId;
    <p class="koers-actions">
      @if (fileId && !waiting()) {
        <a class="koers-button koers-button-secondary" [href]="api.fileUrl(fileId)" download data-testid="report-download">{{ 'chain.project.report.download' | transloco }}</a>
      }
      @if (canMake()) {
        <button class="koers-button" type="button" [disabled]="actions.busy() || (waiting() && !gaveUp())" (click)="make()">
          {{ (fileId ? 'chain.project.report.remake' : 'chain.project.report.make') | transloco }}
        </button>
      }
    </p>
    @if (waiting()) {
      <p role="status" data-testid="report-waiting">
        @if (gaveUp()) {
          {{ 'chain.project.report.slow' | transloco }}
          <button class="koers-link" type="button" (click)="again.emit()">{{ 'chain.project.report.again' | transloco }}</button>
        } @else {
          {{ 'chain.project.report.rendering' | transloco }}
        }
      </p>
    } @else if (!fileId) {
      <p>{{ 'chain.project.report.none' | transloco }}</p>
    }
    <koers-refusal data-testid="report-error" [refusal]="actions.error()" />
  `,
})
export class ProjectReportSection {
  readonly api = inject(ChainApi);
  readonly project = input.required<ChainProjectDetail>();
  /** Whether the reader has it made (coordinator, administrator, adviser). */
  readonly canMake = input(false);
  /** The page waits for the worker. */
  readonly waiting = input(false);
  readonly gaveUp = input(false);
  /** Asked for: the report id there was before (the page waits for another). */
  readonly requested = output<string | null>();
  readonly again = output<void>();
  readonly actions = pageActions();

  make() {
    const previous = this.project().reportFileId;
    return this.actions.run(() => this.api.renderReport(this.project().id), 'chain.project.report.requested', {}, () => this.requested.emit(previous));
  }
}
