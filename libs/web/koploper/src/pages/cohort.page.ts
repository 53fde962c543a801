import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PHASE_LABELS } from '@koers/domain';
import { ApiClient, KoploperApi, type CohortDetail, type Meeting, type ParticipantPhase, type Phase } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe, RefusalComponent, pageActions } from '../shared';

type MeetingKind = Meeting['kind'];

/**
 * One Koplopergroep for its coordinator and advisers: who takes part and where
 * each stands (late ones marked), enrolment by a known company or an
 * e-mailed invitation, advisers (a trainee under a mentor), start and close,
 * and the meetings with their attendance.
 */
@Component({
  selector: 'koers-cohort',
  imports: [TranslocoPipe, RouterLink, LoadingComponent, ErrorStateComponent, RefusalComponent, BilingualPipe, KoersDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="../..">{{ 'koploper.common.back' | transloco }}</a></p>
    @if (cohort.error() && !cohort.value()) {
      <koers-error-state (retry)="cohort.reload()" />
    } @else if (!cohort.value()) {
      <koers-loading />
    } @else {
      @let c = cohort.value()!;
      <h1>{{ c.name }}</h1>
      <p>
        {{ c.municipality }} · {{ c.startsOn | koersDate }} – {{ c.endsOn | koersDate }} ·
        <strong data-testid="cohort-status">{{ 'koploper.cohortStatus.' + c.status | transloco }}</strong> ·
        {{ 'koploper.cohort.sizeRule' | transloco: c.sizeRule }}
      </p>
      <koers-refusal data-testid="cohort-error" [refusal]="actions.error()" />
      @if (organiser()) {
        <p class="koers-actions">
          @if (c.status === 'planned') {
            <button class="koers-button" type="button" [disabled]="actions.busy()" (click)="start(c.id)">{{ 'koploper.cohort.start' | transloco }}</button>
          }
          @if (c.status === 'running') {
            <button class="koers-button koers-button-secondary" type="button" [disabled]="actions.busy()" (click)="close(c.id)">{{ 'koploper.cohort.close' | transloco }}</button>
          }
          <a routerLink="prijs">{{ 'koploper.cohort.prize' | transloco }}</a>
        </p>
      }

      <h2>{{ 'koploper.cohort.participants' | transloco }} ({{ c.participants.length }})</h2>
      @if (c.participants.length) {
        <table class="koers-table" data-testid="participants">
          <caption class="koers-visually-hidden">{{ 'koploper.cohort.participants' | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'koploper.cohort.organisation' | transloco }}</th>
              <th scope="col">{{ 'koploper.cohort.phase' | transloco }}</th>
              <th scope="col">{{ 'koploper.cohort.plannedBy' | transloco }}</th>
              <th scope="col">{{ 'koploper.cohort.adviser' | transloco }}</th>
              <th scope="col"><span class="koers-visually-hidden">{{ 'koploper.cohort.openTrack' | transloco }}</span></th>
            </tr>
          </thead>
          <tbody>
            @for (p of c.participants; track p.id) {
              <tr [attr.data-participant]="p.organisationName">
                <td>{{ p.organisationName }}</td>
                <td>
                  {{ phaseLabels[p.phase] | bilingual }}
                  @if (p.late) {
                    <span class="koers-badge koers-badge-warn">{{ 'koploper.cohort.late' | transloco }}</span>
                  }
                </td>
                <td>{{ p.plannedBy | koersDate }}</td>
                <td>{{ p.adviserName ?? '—' }}</td>
                <td><a [routerLink]="['../../deelnemers', p.id]">{{ 'koploper.cohort.openTrack' | transloco }}<span class="koers-visually-hidden"> {{ p.organisationName }}</span></a></td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p>{{ 'koploper.cohort.noParticipants' | transloco }}</p>
      }

      @if (organiser() && c.status !== 'closed') {
        <div class="koers-columns">
          <form class="koers-form" (submit)="$event.preventDefault(); addExisting(c.id)" novalidate>
            <h3>{{ 'koploper.cohort.addExisting' | transloco }}</h3>
            <div class="koers-field">
              <label for="add-organisation">{{ 'koploper.cohort.organisation' | transloco }}</label>
              <select id="add-organisation" [value]="organisationId()" (change)="organisationId.set($any($event.target).value)">
                <option value="">{{ 'koploper.cohort.chooseOrganisation' | transloco }}</option>
                @for (o of candidates(); track o.id) {
                  <option [value]="o.id">{{ o.name }}{{ o.municipality ? ' (' + o.municipality + ')' : '' }}</option>
                }
              </select>
            </div>
            <button class="koers-button" type="submit" [disabled]="actions.busy() || !organisationId()">{{ 'koploper.common.add' | transloco }}</button>
          </form>
          <form class="koers-form" (submit)="$event.preventDefault(); invite(c.id)" novalidate>
            <h3>{{ 'koploper.cohort.invite' | transloco }}</h3>
            <div class="koers-field">
              <label for="invite-email">{{ 'koploper.cohort.inviteEmail' | transloco }}</label>
              <input id="invite-email" type="email" [value]="inviteEmail()" (input)="inviteEmail.set($any($event.target).value)" />
            </div>
            <button class="koers-button" type="submit" [disabled]="actions.busy() || !inviteEmail().trim()">{{ 'koploper.cohort.inviteSend' | transloco }}</button>
          </form>
        </div>
      }

      @if (c.invitations.length) {
        <h3>{{ 'koploper.cohort.invitations' | transloco }}</h3>
        <ul data-testid="invitations">
          @for (i of c.invitations; track i.id) {
            <li>{{ i.email }} · {{ i.acceptedAt ? ('koploper.cohort.accepted' | transloco) : ('koploper.cohort.open' | transloco) }}</li>
          }
        </ul>
      }

      <h2>{{ 'koploper.cohort.planning' | transloco }}</h2>
      <p>{{ 'koploper.cohort.planningHint' | transloco }}</p>
      <form class="koers-form koers-inline-form" (submit)="$event.preventDefault(); savePlan(c.id)" novalidate data-testid="phase-plan">
        @for (phase of plannedPhases; track phase) {
          <div class="koers-field">
            <label [for]="'plan-' + phase">{{ phaseLabels[phase] | bilingual }}</label>
            <input type="date" [id]="'plan-' + phase" [disabled]="!organiser() || c.status === 'closed'" [min]="c.startsOn" [max]="c.endsOn"
                   [value]="plannedDate(c, phase)" (input)="setPlan(phase, $any($event.target).value)" />
          </div>
        }
        @if (organiser() && c.status !== 'closed') {
          <button class="koers-button koers-button-secondary" type="submit" [disabled]="actions.busy()">{{ 'koploper.cohort.savePlanning' | transloco }}</button>
        }
      </form>

      <h2>{{ 'koploper.cohort.advisers' | transloco }}</h2>
      <ul>
        @for (a of c.advisers; track a.userId) {
          <li>
            {{ a.name }}
            @if (a.trainee) {
              · {{ 'koploper.cohort.trainee' | transloco }} ({{ 'koploper.cohort.mentor' | transloco }}: {{ a.mentorName }})
            }
          </li>
        } @empty {
          <li>{{ 'koploper.common.none' | transloco }}</li>
        }
      </ul>
      @if (organiser() && c.status !== 'closed') {
        <form class="koers-form koers-inline-form" (submit)="$event.preventDefault(); addAdviser(c.id)" novalidate>
          <div class="koers-field">
            <label for="adviser">{{ 'koploper.cohort.adviser' | transloco }}</label>
            <select id="adviser" [value]="adviserId()" (change)="adviserId.set($any($event.target).value)">
              <option value=""></option>
              @for (s of advisers.value() ?? []; track s.userId) {
                <option [value]="s.userId">{{ s.name }}</option>
              }
            </select>
          </div>
          <div class="koers-field koers-check">
            <label><input type="checkbox" [checked]="trainee()" (change)="trainee.set($any($event.target).checked)" /> {{ 'koploper.cohort.trainee' | transloco }}</label>
          </div>
          @if (trainee()) {
            <div class="koers-field">
              <label for="mentor">{{ 'koploper.cohort.mentor' | transloco }}</label>
              <select id="mentor" [value]="mentorId()" (change)="mentorId.set($any($event.target).value)">
                <option value=""></option>
                @for (a of mentors(); track a.userId) {
                  <option [value]="a.userId">{{ a.name }}</option>
                }
              </select>
            </div>
          }
          <button class="koers-button koers-button-secondary" type="submit" [disabled]="actions.busy() || !adviserId()">{{ 'koploper.cohort.addAdviser' | transloco }}</button>
        </form>
      }

      <h2>{{ 'koploper.cohort.meetings' | transloco }}</h2>
      @for (m of c.meetings; track m.id) {
        <article class="koers-card">
          <h3>{{ m.title }} <small>({{ 'koploper.meeting.kinds.' + m.kind | transloco }})</small></h3>
          <p>{{ m.startsAt | koersDate }} · {{ m.location }}</p>
          @if (m.agenda) {
            <p class="koers-pre">{{ m.agenda }}</p>
          }
          @if (staffMayRecord()) {
            <fieldset>
              <legend>{{ 'koploper.meeting.attendance' | transloco }}</legend>
              @for (p of c.participants; track p.id) {
                <label class="koers-check"><input type="checkbox" [checked]="present(m, p.id)" (change)="setPresent(m, p.id, $any($event.target).checked)" /> {{ p.organisationName }}</label>
              }
            </fieldset>
          }
        </article>
      } @empty {
        <p>{{ 'koploper.meeting.none' | transloco }}</p>
      }
      @if (organiser() && c.status !== 'closed') {
        <form class="koers-form" (submit)="$event.preventDefault(); addMeeting(c.id)" novalidate>
          <h3>{{ 'koploper.meeting.add' | transloco }}</h3>
          <div class="koers-field">
            <label for="meeting-kind">{{ 'koploper.meeting.kind' | transloco }}</label>
            <select id="meeting-kind" [value]="meetingKind()" (change)="meetingKind.set($any($event.target).value)">
              @for (k of meetingKinds; track k) {
                <option [value]="k">{{ 'koploper.meeting.kinds.' + k | transloco }}</option>
              }
            </select>
          </div>
          <div class="koers-field">
            <label for="meeting-title">{{ 'koploper.meeting.title' | transloco }}</label>
            <input id="meeting-title" [value]="meetingTitle()" (input)="meetingTitle.set($any($event.target).value)" />
          </div>
          <div class="koers-field">
            <label for="meeting-starts">{{ 'koploper.meeting.startsAt' | transloco }}</label>
            <input id="meeting-starts" type="datetime-local" [value]="meetingStartsAt()" (input)="meetingStartsAt.set($any($event.target).value)" />
          </div>
          <div class="koers-field">
            <label for="meeting-location">{{ 'koploper.meeting.location' | transloco }}</label>
            <input id="meeting-location" [value]="meetingLocation()" (input)="meetingLocation.set($any($event.target).value)" />
          </div>
          <div class="koers-field">
            <label for="meeting-agenda">{{ 'koploper.meeting.agenda' | transloco }}</label>
            <textarea id="meeting-agenda" rows="3" [value]="meetingAgenda()" (input)="meetingAgenda.set($any($event.target).value)"></textarea>
          </div>
          <button class="koers-button koers-button-secondary" type="submit" [disabled]="actions.busy()">{{ 'koploper.meeting.add' | transloco }}</button>
        </form>
      }
    }
  `,
})
export class CohortPage {
  readonly cohortId = input.required<string>();
  private readonly api = inject(KoploperApi);
  private readonly client = inject(ApiClient);
  private readonly auth = inject(AuthService);

  readonly phaseLabels: Record<ParticipantPhase, { nl: string; en: string }> = PHASE_LABELS;
  readonly meetingKinds: MeetingKind[] = ['kickoff', 'exchange', 'symposium'];
  /** The phases a coordinator plans a date for (the alumni network has no end). */
  readonly plannedPhases: Phase[] = ['kickoff', 'baseline', 'profile', 'action_plan', 'communication', 'symposium'];
  /** Dates edited and not saved yet; the rest shows what is stored. */
  readonly plan = signal<Partial<Record<Phase, string>>>({});
  readonly organiser = computed(() => this.auth.hasRole('administrator', 'coordinator'));
  readonly staffMayRecord = computed(() => this.auth.hasRole('administrator', 'coordinator', 'adviser'));

  readonly cohort = resource({ params: () => this.cohortId(), loader: ({ params }) => this.api.cohort(params) });
  /** Companies the partner knows that are not in this cohort yet. */
  readonly organisations = resource({
    params: () => this.organiser() || undefined,
    loader: async () => (await this.client.organisations({ pageSize: 100 })).items,
  });
  readonly candidates = computed(() => {
    const inCohort = new Set(this.cohort.value()?.participants.map((p) => p.organisationId));
    return (this.organisations.value() ?? []).filter((o) => o.kind === 'company' && !inCohort.has(o.id));
  });
  readonly advisers = resource({ params: () => this.organiser() || undefined, loader: async () => (await this.api.staff('adviser')).items });
  readonly mentors = computed(() => (this.cohort.value()?.advisers ?? []).filter((a) => !a.trainee));

  readonly actions = pageActions();
  readonly organisationId = signal('');
  readonly inviteEmail = signal('');
  readonly adviserId = signal('');
  readonly trainee = signal(false);
  readonly mentorId = signal('');
  readonly meetingKind = signal<MeetingKind>('kickoff');
  readonly meetingTitle = signal('');
  readonly meetingStartsAt = signal('');
  readonly meetingLocation = signal('');
  readonly meetingAgenda = signal('');

  /** Runs one change and reloads the cohort. */
  act(change: () => Promise<unknown>, done?: string, doneParams: Record<string, string> = {}): Promise<boolean> {
    return this.actions.run(change, done, doneParams, () => this.cohort.reload());
  }

  /** The date being edited, else the stored one. */
  plannedDate(c: CohortDetail, phase: Phase): string {
    const stored: Partial<Record<Phase, string>> = c.phasePlan;
    return this.plan()[phase] ?? stored[phase] ?? '';
  }

  setPlan(phase: Phase, date: string) {
    this.plan.update((p) => ({ ...p, [phase]: date }));
  }

  async savePlan(cohortId: string) {
    const stored: Partial<Record<Phase, string>> = this.cohort.value()?.phasePlan ?? {};
    // An emptied field clears that date (null); the API checks order and range and names the phase.
    const phasePlan = Object.fromEntries(this.plannedPhases.map((p) => [p, (this.plan()[p] ?? stored[p] ?? '') || null]));
    if (await this.act(() => this.api.updateCohort(cohortId, { phasePlan }), 'koploper.common.saved')) this.plan.set({});
  }

  start(cohortId: string) {
    return this.act(() => this.api.startCohort(cohortId), 'koploper.cohort.started');
  }

  close(cohortId: string) {
    return this.act(() => this.api.closeCohort(cohortId), 'koploper.cohort.closed');
  }

  async addExisting(cohortId: string) {
    if (await this.act(() => this.api.addParticipant(cohortId, this.organisationId()))) this.organisationId.set('');
  }

  async invite(cohortId: string) {
    const email = this.inviteEmail().trim();
    if (await this.act(() => this.api.invite(cohortId, { email }), 'koploper.cohort.invited', { email })) this.inviteEmail.set('');
  }

  async addAdviser(cohortId: string) {
    const body = { userId: this.adviserId(), trainee: this.trainee(), ...(this.trainee() && this.mentorId() ? { mentorUserId: this.mentorId() } : {}) };
    if (await this.act(() => this.api.addAdviser(cohortId, body))) {
      this.adviserId.set('');
      this.trainee.set(false);
    }
  }

  async addMeeting(cohortId: string) {
    const startsAt = this.meetingStartsAt() ? new Date(this.meetingStartsAt()).toISOString() : '';
    const body = { kind: this.meetingKind(), title: this.meetingTitle().trim(), startsAt, location: this.meetingLocation().trim(), agenda: this.meetingAgenda().trim() };
    if (await this.act(() => this.api.createMeeting(cohortId, body))) {
      this.meetingTitle.set('');
      this.meetingAgenda.set('');
    }
  }

  present(m: Meeting, participantId: string): boolean {
    return m.attendance.some((a) => a.participantId === participantId && a.present);
  }

  setPresent(m: Meeting, participantId: string, present: boolean) {
    const others = m.attendance.filter((a) => a.participantId !== participantId);
    void this.act(() => this.api.setAttendance(m.id, [...others, { participantId, present }]));
  }
}
