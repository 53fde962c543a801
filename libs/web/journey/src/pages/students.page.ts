import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { STUDENT_TASK_STATUSES, STUDENT_TASK_STATUS_LABELS } from '@koers/domain';
import { ApiClient, JourneyApi, type StudentAssignmentView, type StudentBody } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe, RefusalComponent, fieldText, pageActions } from '@koers/web-programme';

type Status = StudentAssignmentView['status'];
const EMPTY_STUDENT = { name: '', email: '', institution: '', studyProgramme: '', periodStart: '', periodEnd: '' };

/**
 * `/reis/studenten`: students of schools and universities who help companies
 * carry out their plans. Register a student with the period, link one to a
 * company for a task, and record the task's status and result.
 */
@Component({
  selector: 'koers-journey-students',
  imports: [TranslocoPipe, RouterLink, BilingualPipe, KoersDatePipe, RefusalComponent, LoadingComponent, ErrorStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'journey.students.title' | transloco }}</h1>
    <p>{{ 'journey.students.intro' | transloco }}</p>

    @if (list.error()) {
      <koers-error-state (retry)="list.reload()" />
    } @else if (!list.hasValue()) {
      <koers-loading />
    } @else if (list.value().items.length) {
      @for (s of list.value().items; track s.id) {
        <section class="koers-card" [attr.data-student]="s.id">
          <h2>{{ s.name }}</h2>
          <p>
            {{ s.institution }} · {{ s.studyProgramme }} · {{ s.periodStart | koersDate }} – {{ s.periodEnd | koersDate }}
            @if (s.email) { · <a [href]="'mailto:' + s.email">{{ s.email }}</a> }
          </p>
          @if (s.assignments.length) {
            <table class="koers-table">
              <caption class="koers-visually-hidden">{{ 'journey.students.tasksOf' | transloco: { name: s.name } }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'journey.followUp.company' | transloco }}</th>
                  <th scope="col">{{ 'journey.students.task' | transloco }}</th>
                  <th scope="col">{{ 'journey.staff.status' | transloco }}</th>
                  <th scope="col">{{ 'journey.students.result' | transloco }}</th>
                </tr>
              </thead>
              <tbody>
                @for (a of s.assignments; track a.id) {
                  <tr [attr.data-assignment]="a.id">
                    <td><a [routerLink]="['../bedrijven', a.organisationId]">{{ a.organisationName ?? '—' }}</a></td>
                    <td>{{ a.task }}</td>
                    @if (caller()) {
                      <td>
                        <label class="koers-visually-hidden" [for]="'status-' + a.id">{{ 'journey.staff.status' | transloco }}</label>
                        <select [id]="'status-' + a.id" [value]="draft(a).status" (change)="setDraft(a, { status: $any($event.target).value })">
                          @for (st of statuses; track st) {
                            <option [value]="st">{{ statusLabels[st] | bilingual }}</option>
                          }
                        </select>
                      </td>
                      <td>
                        <form (submit)="$event.preventDefault(); saveAssignment(a)">
                          <label class="koers-visually-hidden" [for]="'result-' + a.id">{{ 'journey.students.result' | transloco }}</label>
                          <textarea [id]="'result-' + a.id" rows="2" [value]="draft(a).result" (input)="setDraft(a, { result: $any($event.target).value })"></textarea>
                          @if (editing() === a.id && err(taskActions.error(), 'result'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
                          @if (editing() === a.id) { <koers-refusal [refusal]="taskActions.error()" [omit]="['result']" /> }
                          <button type="submit" class="koers-button koers-button-secondary" [disabled]="taskActions.busy()">{{ 'journey.students.saveTask' | transloco }}</button>
                        </form>
                      </td>
                    } @else {
                      <td>{{ statusLabels[a.status] | bilingual }}</td>
                      <td>{{ a.result || '—' }}</td>
                    }
                  </tr>
                }
              </tbody>
            </table>
          } @else {
            <p>{{ 'journey.students.noTasks' | transloco }}</p>
          }
        </section>
      }
    } @else {
      <p>{{ 'journey.students.empty' | transloco }}</p>
    }

    @if (caller() && list.value()?.items?.length) {
      <h2>{{ 'journey.students.assign' | transloco }}</h2>
      <form data-testid="assign-form" (submit)="$event.preventDefault(); assign()">
        <div class="koers-field">
          <label for="assign-student">{{ 'journey.students.student' | transloco }}</label>
          <select id="assign-student" [value]="link().studentId" (change)="link.set({ ...link(), studentId: $any($event.target).value })">
            <option value="">—</option>
            @for (s of list.value()!.items; track s.id) {
              <option [value]="s.id">{{ s.name }} ({{ s.institution }})</option>
            }
          </select>
        </div>
        <div class="koers-field">
          <label for="assign-organisation">{{ 'journey.followUp.company' | transloco }}</label>
          <select id="assign-organisation" [value]="link().organisationId" (change)="link.set({ ...link(), organisationId: $any($event.target).value })">
            <option value="">—</option>
            @for (o of organisations.value()?.items ?? []; track o.id) {
              <option [value]="o.id">{{ o.name }}@if (o.municipality) { ({{ o.municipality }}) }</option>
            }
          </select>
          @if (err(linkActions.error(), 'organisationId'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
        </div>
        <div class="koers-field">
          <label for="assign-task">{{ 'journey.students.task' | transloco }}</label>
          <textarea id="assign-task" [value]="link().task" (input)="link.set({ ...link(), task: $any($event.target).value })"></textarea>
          @if (err(linkActions.error(), 'task'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
        </div>
        <koers-refusal [refusal]="linkActions.error()" [omit]="['organisationId', 'task']" />
        <button type="submit" class="koers-button" [disabled]="!link().studentId || linkActions.busy()">{{ 'journey.students.link' | transloco }}</button>
      </form>
    }

    @if (organiser()) {
      <h2>{{ 'journey.students.add' | transloco }}</h2>
      <form data-testid="student-form" (submit)="$event.preventDefault(); create()">
        @for (f of fields; track f.key) {
          <div class="koers-field">
            <label [for]="'student-' + f.key">{{ 'journey.students.' + f.key | transloco }}</label>
            <input [id]="'student-' + f.key" [type]="f.type" [value]="student()[f.key]" (input)="setStudent(f.key, $any($event.target).value)" />
            @if (err(addActions.error(), f.key); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
          </div>
        }
        <koers-refusal [refusal]="addActions.error()" [omit]="fieldKeys" />
        <button type="submit" class="koers-button" [disabled]="addActions.busy()">{{ 'journey.students.addButton' | transloco }}</button>
      </form>
    }
  `,
})
export class StudentsPage {
  private readonly api = inject(JourneyApi);
  private readonly core = inject(ApiClient);
  private readonly auth = inject(AuthService);
  readonly organiser = computed(() => this.auth.hasRole('administrator', 'coordinator'));
  readonly caller = computed(() => this.auth.hasRole('administrator', 'coordinator', 'adviser'));
  readonly statuses = STUDENT_TASK_STATUSES;
  readonly statusLabels = STUDENT_TASK_STATUS_LABELS;
  readonly err = fieldText;
  readonly fields: { key: keyof StudentBody; type: string }[] = [
    { key: 'name', type: 'text' },
    { key: 'email', type: 'email' },
    { key: 'institution', type: 'text' },
    { key: 'studyProgramme', type: 'text' },
    { key: 'periodStart', type: 'date' },
    { key: 'periodEnd', type: 'date' },
  ];
  readonly fieldKeys = this.fields.map((f) => f.key);

  readonly list = resource({ loader: () => this.api.students() });
  // The companies this partner sees, to link a student to; only asked when someone may link.
  readonly organisations = resource({ params: () => (this.caller() ? true : undefined), loader: () => this.core.organisations({ pageSize: 100 }) });

  readonly addActions = pageActions();
  readonly linkActions = pageActions();
  readonly taskActions = pageActions();
  readonly student = signal<Record<keyof StudentBody, string>>({ ...EMPTY_STUDENT });
  readonly link = signal({ studentId: '', organisationId: '', task: '' });
  /** What was typed per assignment, until saved. */
  private readonly drafts = signal<Record<string, { status: Status; result: string }>>({});
  readonly editing = signal<string | null>(null);

  setStudent(key: keyof StudentBody, value: string) {
    this.student.update((s) => ({ ...s, [key]: value }));
  }

  draft(a: StudentAssignmentView) {
    return this.drafts()[a.id] ?? { status: a.status, result: a.result ?? '' };
  }
  setDraft(a: StudentAssignmentView, change: Partial<{ status: Status; result: string }>) {
    this.drafts.update((d) => ({ ...d, [a.id]: { ...this.draft(a), ...change } }));
  }

  async create() {
    const s = this.student();
    const email = s.email.trim();
    const body: StudentBody = { name: s.name, institution: s.institution, studyProgramme: s.studyProgramme, periodStart: s.periodStart, periodEnd: s.periodEnd, ...(email ? { email } : {}) };
    await this.addActions.run(() => this.api.createStudent(body), 'journey.students.added', { name: s.name.trim() }, () => {
      this.student.set({ ...EMPTY_STUDENT });
      this.list.reload();
    });
  }

  async assign() {
    const { studentId, organisationId, task } = this.link();
    await this.linkActions.run(() => this.api.assignStudent(studentId, { organisationId, task }), 'journey.students.linked', {}, () => {
      this.link.set({ studentId: '', organisationId: '', task: '' });
      this.list.reload();
    });
  }

  async saveAssignment(a: StudentAssignmentView) {
    const d = this.draft(a);
    this.editing.set(a.id);
    await this.taskActions.run(() => this.api.updateAssignment(a.id, { status: d.status, result: d.result }), 'journey.students.taskSaved', {}, () => {
      this.drafts.update(({ [a.id]: _, ...rest }) => rest);
      this.list.reload();
    });
  }
}
