import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { AuthService } from '@koers/web-auth';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { KoploperApi, type GroupStaff, type ParticipantPhase, type ParticipantTrack } from '@koers/web-api-client';
import { BilingualPipe, KoersDatePipe, LateMarkComponent, PhaseStepperComponent, type PageActions } from '@koers/web-programme';
import { PHASE_NAMES, STEP } from '../../step';

/**
 * Where the company stands: the phases (the programme core's stepper), the
 * date its phase should be finished by with the late mark, its adviser (the
 * coordinator assigns one) and, for staff, the move to a next phase. What the
 * next phase still needs is a checklist (the step's phase guards); while
 * something is missing the adviser's move is disabled, and the coordinator or
 * administrator may move on anyway ("Toch doorzetten") giving a reason, which
 * is kept and listed here for staff.
 */
@Component({
  selector: 'koers-track-phase',
  imports: [ReactiveFormsModule, TranslocoPipe, BilingualPipe, KoersDatePipe, LateMarkComponent, PhaseStepperComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = track().participant;
    <koers-phase-stepper [phases]="step.phases" [labels]="phaseNames" [current]="p.phase" [next]="p.nextPhases" [canMove]="canMove()" [busy]="actions().busy()"
                         [blocked]="blocked()" blockedBy="phase-checklist" (move)="moveTo($event)" />
    <p data-testid="phase">
      <strong>{{ phaseNames[p.phase] | bilingual }}</strong>
      @if (p.plannedBy) {
        · {{ 'koploper.track.plannedBy' | transloco }} {{ p.plannedBy | koersDate }}
      }
      <koers-late-mark [late]="p.late" />
    </p>
    @if (checklist(); as c) {
      <div class="koers-guards" data-testid="phase-checklist" id="phase-checklist">
        <p><strong>{{ 'koploper.track.guards.needed' | transloco: { phase: (phaseNames[c.phase] | bilingual) } }}</strong></p>
        <ul>
          @for (g of c.items; track g.code) {
            <li [attr.data-guard]="g.code" [attr.data-done]="g.done">
              <span aria-hidden="true">{{ g.done ? '✓' : '✗' }}</span>
              {{ g.text | bilingual }}
              <span class="koers-visually-hidden">({{ (g.done ? 'koploper.track.guards.done' : 'koploper.track.guards.missing') | transloco }})</span>
            </li>
          }
        </ul>
        @if (canMove() && unmet()) {
          @if (mayOverride()) {
            <form class="koers-override" (submit)="$event.preventDefault(); override(c.phase)" data-testid="phase-override">
              <div class="koers-field">
                <label for="override-reason">{{ 'koploper.track.guards.reason' | transloco }}</label>
                <textarea id="override-reason" rows="2" maxlength="1000" [formControl]="reason" [attr.aria-invalid]="reasonMissing()"
                          [attr.aria-describedby]="reasonMissing() ? 'override-reason-error' : 'override-reason-hint'"></textarea>
                <p class="koers-hint" id="override-reason-hint">{{ 'koploper.track.guards.reasonHint' | transloco }}</p>
                @if (reasonMissing()) {
                  <p class="koers-field-error" id="override-reason-error" role="alert">{{ 'koploper.track.guards.reasonRequired' | transloco }}</p>
                }
              </div>
              <button class="koers-button" type="submit" [disabled]="actions().busy()">
                {{ 'koploper.track.guards.override' | transloco: { phase: (phaseNames[c.phase] | bilingual) } }}
              </button>
            </form>
          } @else {
            <p class="koers-hint" data-testid="phase-blocked">{{ 'koploper.track.guards.blocked' | transloco }}</p>
          }
        }
      </div>
    }
    @if (overrides().length) {
      <div data-testid="phase-overrides">
        <p><strong>{{ 'koploper.track.guards.overrides' | transloco }}</strong></p>
        <ul>
          @for (o of overrides(); track o.id) {
            <li>
              {{ o.at | koersDate }} · {{ o.byName ?? '—' }}: {{ phaseNames[o.fromPhase] | bilingual }} → {{ phaseNames[o.toPhase] | bilingual }}.
              {{ 'koploper.track.guards.wasMissing' | transloco }}: {{ missingText(o.guards) }}.
              {{ 'koploper.track.guards.because' | transloco }}: “{{ o.reason }}”
            </li>
          }
        </ul>
      </div>
    }
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
  private readonly auth = inject(AuthService);
  private readonly lang = inject(TranslocoService);
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
  /** The next phase and its conditions, when it has any. */
  readonly checklist = computed(() => {
    const c = this.track().nextPhase;
    return c && c.items.length ? c : null;
  });
  readonly unmet = computed(() => this.checklist()?.items.some((g) => !g.done) ?? false);
  /** The coordinator or administrator may move on past unmet conditions, saying why. */
  readonly mayOverride = computed(() => this.auth.hasRole('administrator', 'coordinator'));
  /** The next phase's button is disabled while its conditions are unmet (the override form moves on instead). */
  readonly blocked = computed(() => {
    const c = this.checklist();
    return c && this.unmet() ? [c.phase] : [];
  });
  readonly overrides = computed(() => this.track().phaseOverrides ?? []);
  readonly reason = new FormControl('', { nonNullable: true });
  readonly reasonMissing = signal(false);
  /** The adviser; a choice is saved at once. */
  readonly adviser = new FormControl('', { nonNullable: true });

  constructor() {
    effect(() => {
      this.adviser.setValue(this.track().participant.adviserUserId ?? '', { emitEvent: false });
      if (this.actions().busy()) this.adviser.disable({ emitEvent: false });
      else this.adviser.enable({ emitEvent: false });
    });
    // The "give a reason" message goes once a reason is typed.
    this.reason.valueChanges.pipe(takeUntilDestroyed()).subscribe((v) => {
      if (v.trim()) this.reasonMissing.set(false);
    });
    this.adviser.valueChanges.pipe(takeUntilDestroyed()).subscribe((userId) => {
      void this.actions().run(() => this.api.moveParticipant(this.track().cohort.id, this.track().participant.id, { adviserUserId: userId || null }), 'koploper.common.saved', {}, () => this.changed.emit());
    });
  }

  /** Moves on past the unmet conditions with the reason (required: the API keeps it with who and when). */
  override(phase: string) {
    const reason = this.reason.value.trim();
    this.reasonMissing.set(!reason);
    if (!reason) return;
    void this.actions().run(() => this.api.moveParticipant(this.track().cohort.id, this.track().participant.id, { phase: phase as ParticipantPhase, reason }), 'koploper.track.moved', {}, () => {
      this.reason.setValue('');
      this.changed.emit();
    });
  }

  missingText(guards: readonly { text: { nl: string; en: string } }[]): string {
    const lang = this.lang.getActiveLang() === 'en' ? 'en' : 'nl';
    return guards.map((g) => g.text[lang]).join('; ');
  }

  moveTo(phase: string) {
    void this.actions().run(() => this.api.moveParticipant(this.track().cohort.id, this.track().participant.id, { phase: phase as ParticipantPhase }), 'koploper.track.moved', {}, () => this.changed.emit());
  }
}
