import { ChangeDetectionStrategy, Component, input, output, viewChild } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { BilingualPipe, KoersDatePipe, type Bilingual } from '../pipes';
import { programmeTexts } from '../texts';
import { SessionFormComponent, type NewSession, type SessionDefaults } from './session-form.component';

/** A planned session with who came (a step's meeting or workshop fits when it has these fields). */
export interface SessionItem {
  id: string;
  kind: string;
  title: string;
  startsAt: string;
  endsAt?: string | null;
  location: string;
  agenda: string;
  /** A session of one participant (a talk at the company): that participant, by enrolment and name. */
  participantId?: string | null;
  organisationName?: string | null;
  attendance: readonly { participantId: string; present: boolean }[];
}

/** Someone who may attend: an enrolment of the group. */
export interface Attendee {
  id: string;
  name: string | null;
}

/** The whole attendance of one session after a box was ticked (the API replaces it). */
export interface AttendanceChange {
  sessionId: string;
  attendance: { participantId: string; present: boolean }[];
}

/** Who came to which session: a row per participant, a column per session, a box per cell. */
@Component({
  selector: 'koers-attendance-grid',
  imports: [TranslocoPipe, KoersDatePipe],
  providers: [programmeTexts()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .koers-attendance td { text-align: center; }
    .koers-attendance th small { display: block; font-weight: 400; }
  `,
  template: `
    <table class="koers-table koers-attendance" data-testid="attendance">
      <caption class="koers-visually-hidden">{{ 'programme.sessions.attendance' | transloco }}</caption>
      <thead>
        <tr>
          <th scope="col">{{ 'programme.sessions.participant' | transloco }}</th>
          @for (s of sessions(); track s.id) {
            <th scope="col">{{ s.title }} <small>{{ s.startsAt | koersDate }}</small></th>
          }
        </tr>
      </thead>
      <tbody>
        @for (p of participants(); track p.id) {
          <tr>
            <th scope="row">{{ p.name }}</th>
            @for (s of sessions(); track s.id) {
              <td>
                <!-- A talk with one participant: only that one attends. -->
                @if (!s.participantId || s.participantId === p.id) {
                  <input #box type="checkbox" [checked]="present(s, p.id)" [disabled]="busy()" (change)="toggle(s, p.id, box.checked)"
                         [attr.aria-label]="'programme.sessions.present' | transloco: { name: p.name, session: s.title }" />
                } @else {
                  <span class="koers-muted" [title]="'programme.sessions.notInvited' | transloco">—</span>
                }
              </td>
            }
          </tr>
        }
      </tbody>
    </table>
  `,
})
export class AttendanceGridComponent {
  readonly sessions = input.required<readonly SessionItem[]>();
  readonly participants = input.required<readonly Attendee[]>();
  readonly busy = input(false);
  readonly attendance = output<AttendanceChange>();

  present(s: SessionItem, participantId: string): boolean {
    return s.attendance.some((a) => a.participantId === participantId && a.present);
  }

  toggle(s: SessionItem, participantId: string, present: boolean) {
    const others = s.attendance.filter((a) => a.participantId !== participantId).map((a) => ({ participantId: a.participantId, present: a.present }));
    this.attendance.emit({ sessionId: s.id, attendance: [...others, { participantId, present }] });
  }
}

/**
 * A group's sessions: each with its kind, time, place and agenda, who came
 * (for staff who record it) and, for those who plan, the form for the next.
 * Emits `plan` and `attendance`; the page calls the API and, once a session is
 * planned, `clear()`s the form.
 */
@Component({
  selector: 'koers-sessions',
  imports: [BilingualPipe, KoersDatePipe, TranslocoPipe, AttendanceGridComponent, SessionFormComponent],
  providers: [programmeTexts()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (s of sessions(); track s.id) {
      <article class="koers-card" [attr.data-session]="s.id">
        @let kind = kindLabels()[s.kind] | bilingual;
        <!-- The kind beside the title, unless the title says it already ("Gesprek op locatie"). -->
        <h3>{{ s.title }} @if (kind !== s.title) {<small>({{ kind }})</small>}</h3>
        @if (s.organisationName) {
          <p data-testid="session-with"><strong>{{ 'programme.sessions.with' | transloco: { name: s.organisationName } }}</strong></p>
        }
        <p data-testid="session-when">{{ s.startsAt | koersDate: 'time' }}{{ s.endsAt ? ' – ' + (s.endsAt | koersDate: 'hour') : '' }} · {{ s.location }}</p>
        @if (s.agenda) {
          <p class="koers-pre">{{ s.agenda }}</p>
        }
      </article>
    } @empty {
      <p>{{ emptyText() ?? ('programme.sessions.none' | transloco) }}</p>
    }
    @if (canRecord() && sessions().length && participants().length) {
      <koers-attendance-grid [sessions]="sessions()" [participants]="participants()" [busy]="busy()" (attendance)="attendance.emit($event)" />
    }
    @if (canPlan()) {
      <koers-session-form [kinds]="planKinds() ?? kinds()" [kindLabels]="kindLabels()" [heading]="planLabel()" [submitLabel]="planLabel()" [busy]="busy()" [defaults]="defaults()" (plan)="plan.emit($event)" />
    }
  `,
})
export class SessionsComponent {
  readonly sessions = input.required<readonly SessionItem[]>();
  readonly participants = input<readonly Attendee[]>([]);
  /** The step's session kinds and their names. */
  readonly kinds = input.required<readonly string[]>();
  readonly kindLabels = input.required<Readonly<Record<string, Bilingual>>>();
  /** The kinds the form offers, when not every shown kind is planned here (a group's page: not the talks with one participant). */
  readonly planKinds = input<readonly string[] | null>(null);
  /** The form's prefilled title, place and agenda. */
  readonly defaults = input<SessionDefaults>({});
  /** Whether the reader plans sessions (the form shows) and records who came (the grid shows). */
  readonly canPlan = input(false);
  readonly canRecord = input(false);
  readonly busy = input(false);
  /** The step's words: "Bijeenkomst plannen", "Nog geen bijeenkomsten gepland." */
  readonly planLabel = input<string | null>(null);
  readonly emptyText = input<string | null>(null);
  readonly plan = output<NewSession>();
  readonly attendance = output<AttendanceChange>();

  private readonly form = viewChild(SessionFormComponent);

  /** After the page planned a session: the form is ready for the next. */
  clear() {
    this.form()?.clear();
  }
}
