import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ChainApi, type ChainProjectDetail } from '@koers/web-api-client';
import { LanguageService } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe, PhaseStepperComponent, RefusalComponent, pageActions } from '@koers/web-programme';
import { PHASE_NAMES, STEP } from '../../step';

/**
 * The phases the partners go through together (the core's phase stepper),
 * each with the date planned and the date reached, and the button to the
 * next phase for those who move it.
 */
@Component({
  selector: 'koers-chain-project-phases',
  imports: [TranslocoPipe, BilingualPipe, KoersDatePipe, PhaseStepperComponent, RefusalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = project();
    <p>{{ 'chain.project.phases.intro' | transloco }}</p>
    <koers-phase-stepper [phases]="step.phases" [labels]="phaseNames" [current]="p.phase ?? ''" />
    <table class="koers-table" data-testid="phases">
      <caption class="koers-visually-hidden">{{ 'chain.project.phases.title' | transloco }}</caption>
      <thead>
        <tr>
          <th scope="col">{{ 'chain.project.phases.phase' | transloco }}</th>
          <th scope="col">{{ 'chain.project.phases.planned' | transloco }}</th>
          <th scope="col">{{ 'chain.project.phases.reached' | transloco }}</th>
        </tr>
      </thead>
      <tbody>
        @for (ph of p.phases; track ph.phase) {
          <tr [attr.data-phase]="ph.phase" [attr.aria-current]="ph.phase === p.phase ? 'step' : null">
            <th scope="row">{{ ph.label | bilingual }}</th>
            <td>{{ ph.plannedOn | koersDate }}</td>
            <td>{{ ph.reachedOn | koersDate }}</td>
          </tr>
        }
      </tbody>
    </table>
    @if (canMove()) {
      @if (p.status !== 'running') {
        <p>{{ 'chain.project.phases.notRunning' | transloco }}</p>
      } @else if (next(); as n) {
        <p class="koers-actions">
          <button class="koers-button koers-button-secondary" type="button" [disabled]="actions.busy()" [attr.data-next-phase]="n" (click)="move(n)">
            {{ 'chain.project.phases.next' | transloco: { phase: (phaseNames[n] | bilingual) } }}
          </button>
        </p>
      } @else {
        <p>{{ 'chain.project.phases.last' | transloco }}</p>
      }
    }
    <koers-refusal data-testid="phase-error" [refusal]="actions.error()" />
  `,
})
export class ProjectPhasesSection {
  private readonly api = inject(ChainApi);
  private readonly language = inject(LanguageService);
  readonly project = input.required<ChainProjectDetail>();
  /** Whether the reader moves the project on (coordinator, administrator, adviser). */
  readonly canMove = input(false);
  readonly changed = output<ChainProjectDetail>();
  readonly step = STEP;
  readonly phaseNames = PHASE_NAMES;
  readonly actions = pageActions();

  /** The phase after the project's current one. */
  readonly next = computed(() => {
    const i = this.step.phases.indexOf(this.project().phase ?? '');
    return i >= 0 && i < this.step.phases.length - 1 ? this.step.phases[i + 1] : null;
  });

  move(phase: string) {
    let moved: ChainProjectDetail | null = null;
    const label = this.phaseNames[phase]?.[this.language.current()] ?? phase;
    return this.actions.run(async () => (moved = await this.api.movePhase(this.project().id, phase)), 'chain.project.phases.moved', { phase: label }, () => moved && this.changed.emit(moved));
  }
}
