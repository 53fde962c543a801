import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { KoploperApi, type GroupStaff, type ParticipantPhase, type ParticipantTrack } from '@koers/web-api-client';
import { BilingualPipe, KoersDatePipe, LateMarkComponent, PhaseStepperComponent, type PageActions } from '@koers/web-programme';
import { PHASE_NAMES, STEP } from '../../step';

/**
 * Where the company stands: the phases (the programme core's stepper), the
 * date its phase should be finished by with the late mark, its adviser (the
 * coordinator assigns one) and, for staff, the move to a next phase.
 */
@Component({
  selector: 'koers-track-phase',
  imports: [ReactiveFormsModule, TranslocoPipe, BilingualPipe, KoersDatePipe, LateMarkComponent, PhaseStepperComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = track().participant;
    <koers-phase-stepper [phases]="step.phases" [labels]="phaseNames" [current]="p.phase" [next]="p.nextPhases" [canMove]="canMove()" [busy]="actions().busy()"
                         (move)="moveTo($event)" />
    <p data-testid="phase">
      <strong>{{ phaseNames[p.phase] | bilingual }}</strong>
      @if (p.plannedBy) {
        · {{ 'koploper.track.plannedBy' | transloco }} {{ p.plannedBy | koersDate }}
      }
      <koers-late-mark [late]="p.late" />
    </p>
    @if (advisers(); as list) {
      <div class="koers-field koers-inline-field">
        <label for="participant-adviser">{{ 'koploper.track.adviser' | transloco }}</label>
        <select id="participant-adviser" [formControl]="adviser">
          <option value="">—</option>
          @for (a of list; track a.id) {
            <option [value]="a.userId">{{ a.name }}{{ a.trainee ? ' (' + ('koploper.track.trainee' | transloco) + ')' : '' }}</option>
          }
        </select>
      </div>
    } @else if (p.adviserName) {
      <p>{{ 'koploper.track.adviser' | transloco }}: {{ p.adviserName }}</p>
    }
  `,
})
export class TrackPhaseSection {
  private readonly api = inject(KoploperApi);
  readonly track = input.required<ParticipantTrack>();
  /** Staff move a company to a next phase. */
  readonly canMove = input(false);
  /** The cohort's staff, for a coordinator who assigns the adviser; null for anyone else. */
  readonly staff = input<readonly GroupStaff[] | null>(null);
  readonly actions = input.required<PageActions>();
  readonly changed = output<void>();

  readonly step = STEP;
  readonly phaseNames = PHASE_NAMES;
  /**
   * The advisers the coordinator chooses from: the cohort's, and the one assigned when that one is not
   * (or no longer) on the cohort's staff, so the choice shows who it is instead of "—". A closed cohort's
   * adviser is shown, not chosen.
   */
  readonly advisers = computed(() => {
    const list: Pick<GroupStaff, 'id' | 'userId' | 'name' | 'trainee'>[] | undefined = this.staff()?.filter((s) => s.role === 'adviser' && s.userId);
    const t = this.track();
    if (!list || t.cohort.status === 'closed') return null;
    const p = t.participant;
    return p.adviserUserId && !list.some((a) => a.userId === p.adviserUserId) ? [...list, { id: `assigned-${p.adviserUserId}`, userId: p.adviserUserId, name: p.adviserName ?? '', trainee: false }] : list;
  });
  /** The adviser; a choice is saved at once. */
  readonly adviser = new FormControl('', { nonNullable: true });

  constructor() {
    effect(() => {
      this.adviser.setValue(this.track().participant.adviserUserId ?? '', { emitEvent: false });
      if (this.actions().busy()) this.adviser.disable({ emitEvent: false });
      else this.adviser.enable({ emitEvent: false });
    });
    this.adviser.valueChanges.pipe(takeUntilDestroyed()).subscribe((userId) => {
      void this.actions().run(() => this.api.moveParticipant(this.track().cohort.id, this.track().participant.id, { adviserUserId: userId || null }), 'koploper.common.saved', {}, () => this.changed.emit());
    });
  }

  moveTo(phase: string) {
    void this.actions().run(() => this.api.moveParticipant(this.track().cohort.id, this.track().participant.id, { phase: phase as ParticipantPhase }), 'koploper.track.moved', {}, () => this.changed.emit());
  }
}
