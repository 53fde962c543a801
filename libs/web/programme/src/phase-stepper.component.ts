import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { BilingualPipe, type Bilingual } from './pipes';
import { programmeTexts } from './texts';

/**
 * The phases of a step in order, the enrolment's current one marked, and a
 * button for every phase it may move to now (the API's `nextPhases`; the step's
 * transitions decide). `move` emits the phase chosen; the page calls the API.
 */
@Component({
  selector: 'koers-phase-stepper',
  imports: [TranslocoPipe, BilingualPipe],
  providers: [programmeTexts()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="koers-phases" [attr.aria-label]="'programme.phases.title' | transloco">
      @for (p of phases(); track p; let i = $index) {
        <li [class.koers-phase-done]="i < currentIndex()" [attr.aria-current]="p === current() ? 'step' : null">
          {{ labels()[p] | bilingual }}
          @if (i < currentIndex()) {
            <span class="koers-visually-hidden">({{ 'programme.phases.done' | transloco }})</span>
          }
        </li>
      }
    </ol>
    @if (canMove() && next().length) {
      <p class="koers-actions">
        @for (p of next(); track p) {
          <button class="koers-button koers-button-secondary" type="button" [disabled]="busy() || blocked().includes(p)" [attr.data-phase]="p"
                  [attr.aria-describedby]="blocked().includes(p) && blockedBy() ? blockedBy() : null" (click)="move.emit(p)">
            {{ 'programme.phases.moveTo' | transloco }}: {{ labels()[p] | bilingual }}
          </button>
        }
      </p>
    }
  `,
})
export class PhaseStepperComponent {
  /** The step's phases in order (without an exit such as withdrawn). */
  readonly phases = input.required<readonly string[]>();
  /** Every phase's name, exits included. */
  readonly labels = input.required<Readonly<Record<string, Bilingual>>>();
  readonly current = input.required<string>();
  /** The phases it may move to now. */
  readonly next = input<readonly string[]>([]);
  /** Whether the reader may move it (staff); without, only the phases show. */
  readonly canMove = input(false);
  readonly busy = input(false);
  /** Next phases whose conditions are not met yet: their button shows, disabled (the page says what is missing). */
  readonly blocked = input<readonly string[]>([]);
  /** The id of the element that says what is missing, for the disabled button. */
  readonly blockedBy = input<string | null>(null);
  readonly move = output<string>();

  /** Where the current phase stands in the order (-1 for an exit: nothing marked done). */
  readonly currentIndex = computed(() => this.phases().indexOf(this.current()));
}
