import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { isParticipantSessionKind } from '@koers/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { KoploperApi, type ParticipantRow, type Phase } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import {
  GroupHeaderComponent,
  GroupPlanningComponent,
  ParticipantTableComponent,
  RefusalComponent,
  SessionsComponent,
  pageActions,
  type AttendanceChange,
  type NewSession,
  type ParticipantTableRow,
  type PhasePlan,
} from '@koers/web-programme';
import { PHASE_NAMES, PLANNED_PHASES, STEP } from '../../step';
import { NotFoundComponent, isNotFound } from '../not-found';
import { CohortEnrolSection } from './cohort-enrol.section';
import { CohortStaffSection } from './cohort-staff.section';

/**
 * One Koplopergroep for its coordinator and advisers: who takes part and where
 * each stands (late ones marked), enrolment by a known company or an
 * e-mailed invitation, the planning, advisers (a trainee under a mentor), start
 * and close, and the meetings with their attendance.
 */
@Component({
  selector: 'koers-cohort',
  imports: [
    TranslocoPipe,
    RouterLink,
    GroupHeaderComponent,
    RefusalComponent,
    ParticipantTableComponent,
    GroupPlanningComponent,
    SessionsComponent,
    CohortEnrolSection,
    CohortStaffSection,
    NotFoundComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="../..">{{ 'koploper.common.back' | transloco }}</a></p>
    @let c = cohort.hasValue() ? cohort.value() : null;
    @if (notFound(cohort.error())) {
      <koers-not-found what="cohort" />
    } @else {
    <koers-group-header [group]="c" [failed]="!!cohort.error()" (retry)="cohort.reload()" [lead]="c?.municipality ?? ''"
                        statusKeys="koploper.cohortStatus." sizeRuleKey="koploper.cohort.sizeRule" statusTestId="cohort-status" />
    }
    @if (c) {
      <koers-refusal data-testid="cohort-error" [refusal]="actions.error()" />
      @if (organiser()) {
        <p class="koers-actions">
          @if (c.status === 'planned') {
            <button class="koers-button" type="button" [disabled]="actions.busy()" (click)="start()">{{ 'koploper.cohort.start' | transloco }}</button>
          }
          @if (c.status === 'running') {
            <button class="koers-button koers-button-secondary" type="button" [disabled]="actions.busy()" (click)="close()">{{ 'koploper.cohort.close' | transloco }}</button>
          }
          <a routerLink="prijs">{{ 'koploper.cohort.prize' | transloco }}</a>
        </p>
      }

      <h2>{{ 'koploper.cohort.participants' | transloco }} ({{ c.participants.length }})</h2>
      @if (c.participants.length) {
        <koers-participant-table data-testid="participants" [rows]="rows()" [labels]="phaseNames" [caption]="'koploper.cohort.participants' | transloco"
                                 [organisationHeader]="'koploper.cohort.organisation' | transloco" [staffHeader]="'koploper.cohort.adviser' | transloco"
                                 [link]="trackLink" [linkLabel]="'koploper.cohort.openTrack' | transloco" />
      } @else {
        <p>{{ 'koploper.cohort.noParticipants' | transloco }}</p>
      }
      <koers-cohort-enrol [cohort]="c" [canEnrol]="open()" (changed)="cohort.reload()" />

      <h2>{{ 'koploper.cohort.planning' | transloco }}</h2>
      <koers-refusal data-testid="plan-error" [refusal]="planActions.error()" />
      <koers-group-planning data-testid="phase-plan" [phases]="plannedPhases" [labels]="phaseNames" [plan]="c.phasePlan" [startsOn]="c.startsOn" [endsOn]="c.endsOn"
                            [editable]="open()" [busy]="planActions.busy()" (save)="savePlan($event)" />

      <h2>{{ 'koploper.cohort.advisers' | transloco }}</h2>
      <koers-cohort-staff [cohort]="c" [canManage]="open()" (changed)="cohort.reload()" />

      <h2>{{ 'koploper.cohort.meetings' | transloco }}</h2>
      <koers-refusal data-testid="meeting-error" [refusal]="sessionActions.error()" />
      <koers-sessions #sessions [sessions]="c.sessions" [participants]="attendees()" [kinds]="step.sessionKinds" [planKinds]="groupKinds" [kindLabels]="step.sessionKindLabels"
                      [canPlan]="open()" [canRecord]="staffMayRecord()" [busy]="sessionActions.busy()"
                      [planLabel]="'koploper.meeting.add' | transloco" [emptyText]="'koploper.meeting.none' | transloco"
                      (plan)="planSession($event, sessions)" (attendance)="setAttendance($event)" />
      @if (open()) {
        <p class="koers-hint" data-testid="visit-hint">{{ 'koploper.meeting.visitHint' | transloco }}</p>
      }
    }
  `,
})
export class CohortPage {
  readonly cohortId = input.required<string>();
  private readonly api = inject(KoploperApi);
  private readonly auth = inject(AuthService);

  readonly step = STEP;
  /** The group's own kinds: a talk at one company is planned on that participant's track. */
  readonly groupKinds = STEP.sessionKinds.filter((k) => !isParticipantSessionKind(k));
  readonly phaseNames = PHASE_NAMES;
  readonly plannedPhases = PLANNED_PHASES;
  readonly organiser = computed(() => this.auth.hasRole('administrator', 'coordinator'));
  readonly staffMayRecord = computed(() => this.auth.hasRole('administrator', 'coordinator', 'adviser'));

  readonly cohort = resource({ params: () => this.cohortId(), loader: ({ params }) => this.api.cohort(params) });
  /** A coordinator changes the cohort until it is closed. */
  readonly open = computed(() => this.organiser() && this.cohort.value()?.status !== 'closed');
  readonly rows = computed<ParticipantTableRow[]>(() => (this.cohort.value()?.participants ?? []).map((p: ParticipantRow) => ({ ...p, staffName: p.adviserName })));
  readonly attendees = computed(() => (this.cohort.value()?.participants ?? []).map((p) => ({ id: p.id, name: p.organisationName })));
  readonly notFound = isNotFound;
  readonly trackLink = (row: ParticipantTableRow) => ['../../deelnemers', row.id];

  /** Start and close; planning and sessions have their own, so each refusal shows where it was caused. */
  readonly actions = pageActions();
  readonly planActions = pageActions();
  readonly sessionActions = pageActions();

  /** Runs one change and reads the cohort again. */
  private act(change: () => Promise<unknown>, done?: string, actions = this.actions): Promise<boolean> {
    return actions.run(change, done, {}, () => this.cohort.reload());
  }

  start() {
    return this.act(() => this.api.startCohort(this.cohortId()), 'koploper.cohort.started');
  }

  close() {
    return this.act(() => this.api.closeCohort(this.cohortId()), 'koploper.cohort.closed');
  }

  /** The API checks order and range too, and names the phase it refuses. */
  savePlan(plan: PhasePlan) {
    return this.act(() => this.api.updateCohort(this.cohortId(), { phasePlan: plan as Partial<Record<Phase, string | null>> }), 'koploper.common.saved', this.planActions);
  }

  async planSession(session: NewSession, sessions: SessionsComponent) {
    if (await this.act(() => this.api.createMeeting(this.cohortId(), session), 'koploper.meeting.planned', this.sessionActions)) sessions.clear();
  }

  setAttendance(change: AttendanceChange) {
    return this.act(() => this.api.setAttendance(change.sessionId, change.attendance), undefined, this.sessionActions);
  }
}
