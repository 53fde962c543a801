import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ChainApi, type ChainProjectDetail, type SessionItem } from '@koers/web-api-client';
import { AttendanceGridComponent, BilingualPipe, KoersDatePipe, RefusalComponent, SessionFormComponent, pageActions, todayIso, type AttendanceChange, type NewSession } from '@koers/web-programme';
import { STEP } from '../../step';
import { SessionItemForm, type NewSessionItem } from './session-item.form';

/**
 * The work and design sessions (the core's sessions): each with its time and
 * place, whether it was held, and the decisions and actions recorded at it
 * (an action with who, by when and a box for done); the attendance grid (the
 * core's), which makes a session count as held; and the form for the next.
 */
@Component({
  selector: 'koers-chain-project-sessions',
  imports: [TranslocoPipe, BilingualPipe, KoersDatePipe, RefusalComponent, AttendanceGridComponent, SessionFormComponent, SessionItemForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = project();
    <koers-refusal data-testid="session-error" [refusal]="actions.error()" />
    @for (s of p.sessions; track s.id) {
      <article class="koers-card" [attr.data-session]="s.title">
        <h3>
          {{ s.title }} <small>({{ step.sessionKindLabels[s.kind] | bilingual }})</small>
          @if (held(s)) {
            <span class="koers-badge" data-testid="held">{{ 'chain.project.sessions.held' | transloco }}</span>
          }
        </h3>
        <p>{{ s.startsAt | koersDate: 'time' }} · {{ s.location }}@if (!held(s)) { · <small>{{ 'chain.project.sessions.notHeld' | transloco }}</small> }</p>
        @if (s.agenda) {
          <p class="koers-pre">{{ s.agenda }}</p>
        }
        <h4>{{ 'chain.project.sessions.items' | transloco }}</h4>
        @if (s.items.length) {
          <ul class="koers-items" data-testid="session-items">
            @for (item of s.items; track item.id) {
              <li [attr.data-item]="item.text" [attr.data-kind]="item.kind">
                <strong>{{ 'chain.project.sessions.kinds.' + item.kind | transloco }}:</strong> {{ item.text }}
                @if (item.kind === 'action') {
                  · {{ item.owner || '—' }}
                  @if (item.dueOn) {
                    · {{ 'chain.project.sessions.due' | transloco: { date: (item.dueOn | koersDate) } }}
                    @if (!item.doneAt && item.dueOn < today) {
                      <span class="koers-badge koers-badge-warn">{{ 'chain.project.sessions.overdue' | transloco }}</span>
                    }
                  }
                  @if (canRecord()) {
                    <label class="koers-check koers-item-done">
                      <input #done type="checkbox" [checked]="!!item.doneAt" [disabled]="actions.busy()" (change)="setDone(item, done.checked)" />
                      {{ 'chain.project.sessions.done' | transloco }}<span class="koers-visually-hidden"> {{ item.text }}</span>
                    </label>
                  } @else if (item.doneAt) {
                    · <span class="koers-badge">{{ 'chain.project.sessions.done' | transloco }}</span>
                  }
                }
                @if (canRecord()) {
                  <button class="koers-link" type="button" [disabled]="actions.busy()" (click)="remove(item)">
                    {{ 'chain.project.sessions.remove' | transloco }}<span class="koers-visually-hidden"> {{ item.text }}</span>
                  </button>
                }
              </li>
            }
          </ul>
        } @else {
          <p>{{ 'chain.project.sessions.noItems' | transloco }}</p>
        }
        @if (canRecord()) {
          <koers-chain-session-item-form #itemForm [id]="'item-' + s.id" [sessionTitle]="s.title" [owners]="owners()" [busy]="actions.busy()" (record)="record(s.id, s.title, $event, itemForm)" />
        }
      </article>
    } @empty {
      <p>{{ 'chain.project.sessions.none' | transloco }}</p>
    }
    @if (canRecord() && p.sessions.length && attendees().length) {
      <h3>{{ 'chain.project.sessions.attendance' | transloco }}</h3>
      <p class="koers-hint">{{ 'chain.project.sessions.attendanceHint' | transloco }}</p>
      <koers-attendance-grid [sessions]="p.sessions" [participants]="attendees()" [busy]="actions.busy()" (attendance)="setAttendance($event)" />
    }
    @if (canPlan()) {
      <koers-session-form #sessionForm [kinds]="step.sessionKinds" [kindLabels]="step.sessionKindLabels" [heading]="'chain.project.sessions.plan' | transloco"
                          [submitLabel]="'chain.project.sessions.plan' | transloco" [busy]="actions.busy()" (plan)="plan($event, sessionForm)" />
    }
  `,
  styles: `
    .koers-items { padding-left: 1.25rem; }
    .koers-items li { margin-bottom: .5rem; }
    .koers-items .koers-item-done { display: inline-flex; margin-left: .75rem; }
    .koers-items .koers-link { margin-left: .75rem; }
  `,
})
export class ProjectSessionsSection {
  private readonly api = inject(ChainApi);
  readonly project = input.required<ChainProjectDetail>();
  /** Whether the reader plans sessions (a coordinator, until the project is closed). */
  readonly canPlan = input(false);
  /** Whether the reader records attendance, decisions and actions (coordinator, administrator, adviser). */
  readonly canRecord = input(false);
  readonly changed = output<void>();
  readonly step = STEP;
  readonly today = todayIso();
  readonly actions = pageActions();

  readonly attendees = computed(() => this.project().members.filter((m) => m.phase !== 'withdrawn').map((m) => ({ id: m.participantId, name: m.organisationName })));
  /** Who an action may be for: the partners and the specialists, by name. */
  readonly owners = computed(() => [
    ...this.project().members.map((m) => m.organisationName ?? ''),
    ...this.project().specialists.map((s) => s.name ?? ''),
  ].filter(Boolean));

  held(s: ChainProjectDetail['sessions'][number]): boolean {
    return s.attendance.some((a) => a.present);
  }

  private run(change: () => Promise<unknown>, done?: string, params: Record<string, string> = {}) {
    return this.actions.run(change, done, params, () => this.changed.emit());
  }

  async plan(session: NewSession, form: SessionFormComponent) {
    if (await this.run(() => this.api.planSession(this.project().id, session), 'chain.project.sessions.planned')) form.clear();
  }

  setAttendance(change: AttendanceChange) {
    return this.run(() => this.api.setAttendance(change.sessionId, change.attendance));
  }

  async record(sessionId: string, title: string, item: NewSessionItem, form: SessionItemForm) {
    if (await this.run(() => this.api.addSessionItem(sessionId, item), 'chain.project.sessions.recorded', { session: title })) form.clear();
  }

  setDone(item: SessionItem, done: boolean) {
    return this.run(() => this.api.updateSessionItem(item.id, { done }), 'chain.project.sessions.updated');
  }

  remove(item: SessionItem) {
    return this.run(() => this.api.removeSessionItem(item.id), 'chain.project.sessions.removed');
  }
}
