import { ChangeDetectionStrategy, Component, computed, inject, input, output, resource } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { MasterclassApi, type MasterclassDetail } from '@koers/web-api-client';
import { RefusalComponent, SessionsComponent, pageActions, type AttendanceChange, type NewSession } from '@koers/web-programme';
import { STEP } from '../../step';
import { SessionModulesForm } from './session-modules.form';

/** A masterclass's workshops (the core's sessions and attendance grid) and the library's modules each covers. */
@Component({
  selector: 'koers-masterclass-sessions',
  imports: [TranslocoPipe, RefusalComponent, SessionsComponent, SessionModulesForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <koers-refusal data-testid="session-error" [refusal]="actions.error()" />
    <koers-sessions #sessions [sessions]="masterclass().sessions" [participants]="attendees()" [kinds]="step.sessionKinds" [kindLabels]="step.sessionKindLabels"
                    [canPlan]="canPlan()" [canRecord]="canRecord()" [busy]="actions.busy()"
                    [planLabel]="'masterclass.sessions.plan' | transloco" [emptyText]="'masterclass.sessions.none' | transloco"
                    (plan)="plan($event, sessions)" (attendance)="setAttendance($event)" />
    @if (modules().length) {
      <div class="koers-columns">
        @for (s of masterclass().sessions; track s.id) {
          <koers-session-modules [sessionTitle]="s.title" [modules]="modules()" [chosen]="modulesOf(s.id)"
                                 [editable]="canPlan()" [busy]="actions.busy()" (save)="saveModules(s.id, $event)" />
        }
      </div>
    }
  `,
})
export class MasterclassSessionsSection {
  private readonly api = inject(MasterclassApi);
  readonly masterclass = input.required<MasterclassDetail>();
  readonly canPlan = input(false);
  readonly canRecord = input(false);
  readonly actions = pageActions();
  readonly changed = output<void>();
  readonly step = STEP;

  readonly library = resource({ loader: async () => (await this.api.modules()).items });
  /** The modules for the masterclass's audience. */
  readonly modules = computed(() => (this.library.value() ?? []).filter((m) => !m.audiences?.length || m.audiences.includes(this.masterclass().audience)));
  readonly attendees = computed(() => this.masterclass().participants.map((p) => ({ id: p.id, name: p.organisationName })));

  /** A session's modules (a session planned a moment ago may not be in the map yet). */
  modulesOf(sessionId: string): readonly string[] {
    return (this.masterclass().sessionModules as Partial<Record<string, string[]>>)[sessionId] ?? [];
  }

  private run(change: () => Promise<unknown>, done?: string) {
    return this.actions.run(change, done, {}, () => this.changed.emit());
  }

  async plan(session: NewSession, sessions: SessionsComponent) {
    if (await this.run(() => this.api.planSession(this.masterclass().id, session), 'masterclass.sessions.planned')) sessions.clear();
  }

  setAttendance(change: AttendanceChange) {
    return this.run(() => this.api.setAttendance(change.sessionId, change.attendance));
  }

  saveModules(sessionId: string, moduleIds: string[]) {
    return this.run(() => this.api.setSessionModules(sessionId, moduleIds), 'masterclass.sessions.modulesSaved');
  }
}
