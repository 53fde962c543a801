import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { EducationApi, type EducationRegistered, type EducationStudent } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe, RefusalComponent, fieldText, pageActions } from '@koers/web-programme';
import { studentStage } from './stage';

const FIELDS = ['className', 'studyProgramme', 'students'];

/** `/onderwijs`: the school's figures, its students by class with how far each got, and registering a student or a class. */
@Component({
  selector: 'koers-education-school',
  imports: [TranslocoPipe, RouterLink, BilingualPipe, KoersDatePipe, RefusalComponent, LoadingComponent, ErrorStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'education.school.title' | transloco }}</h1>
    <p>{{ 'education.school.intro' | transloco }}</p>
    @if (list.error()) {
      <koers-error-state (retry)="list.reload()" />
    } @else if (!list.hasValue()) {
      <koers-loading />
    } @else {
      @let fig = list.value().figures;
      <p class="koers-note" data-testid="school-figures">{{ 'education.school.figures' | transloco: fig }}</p>
      <p class="koers-hint">{{ 'education.school.figuresSource' | transloco }}</p>
      @if (list.value().items.length) {
        <table class="koers-table" data-testid="students">
          <thead>
            <tr>
              <th scope="col">{{ 'education.school.student' | transloco }}</th>
              <th scope="col">{{ 'education.school.className' | transloco }}</th>
              <th scope="col">{{ 'education.school.internships' | transloco }}</th>
              <th scope="col">{{ 'education.school.stage' | transloco }}</th>
              <th scope="col">{{ 'education.school.ambassador' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (s of list.value().items; track s.id) {
              <tr [attr.data-student]="s.name">
                <th scope="row"><a [routerLink]="['studenten', s.id]">{{ s.name }}</a></th>
                <td>{{ s.className }}</td>
                <td>{{ companies(s) }}</td>
                <td>{{ 'education.stage.' + stage(s) | transloco }}</td>
                <td>@if (s.ambassador; as a) { <span class="koers-badge" data-testid="ambassador">{{ a.namedOn | koersDate }}</span> } @else { — }</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p>{{ 'education.common.none' | transloco }}</p>
      }
    }

    @if (editor()) {
      <h2>{{ 'education.school.register' | transloco }}</h2>
      <form data-testid="register-students" (submit)="$event.preventDefault(); register()" novalidate>
        <div class="koers-field">
          <label for="edu-class">{{ 'education.school.className' | transloco }}</label>
          <input id="edu-class" [value]="f().className" (input)="set('className', $any($event.target).value)" />
          @if (err(actions.error(), 'className'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
        </div>
        <div class="koers-field">
          <label for="edu-programme">{{ 'education.school.studyProgramme' | transloco }}</label>
          <input id="edu-programme" [value]="f().studyProgramme" (input)="set('studyProgramme', $any($event.target).value)" />
          @if (err(actions.error(), 'studyProgramme'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
        </div>
        <div class="koers-field">
          <label for="edu-names">{{ 'education.school.names' | transloco }}</label>
          <textarea id="edu-names" rows="4" [value]="f().names" (input)="set('names', $any($event.target).value)" [attr.placeholder]="'education.school.namesHint' | transloco"></textarea>
          @if (err(actions.error(), 'students'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
        </div>
        <koers-refusal [refusal]="actions.error()" [omit]="fields" />
        <button type="submit" class="koers-button" [disabled]="actions.busy()">{{ 'education.school.submit' | transloco }}</button>
      </form>
      @if (registered().length) {
        <section class="koers-note" data-testid="student-links">
          <h3>{{ 'education.school.links' | transloco }}</h3>
          <ul>
            @for (r of registered(); track r.id) {
              <li><strong>{{ r.name }}</strong>: <code [attr.data-link]="r.name">{{ r.studentLink }}</code></li>
            }
          </ul>
        </section>
      }
    }
  `,
})
export class SchoolPage {
  private readonly api = inject(EducationApi);
  private readonly auth = inject(AuthService);
  readonly editor = computed(() => this.auth.hasRole('administrator', 'coordinator'));
  readonly fields = FIELDS;
  readonly err = fieldText;
  readonly actions = pageActions();
  readonly list = resource({ loader: () => this.api.students() });
  readonly f = signal({ className: '', studyProgramme: '', names: '' });
  readonly registered = signal<EducationRegistered[]>([]);
  readonly stage = studentStage;

  set(key: 'className' | 'studyProgramme' | 'names', value: string) {
    this.f.update((f) => ({ ...f, [key]: value }));
  }

  companies(s: EducationStudent): string {
    return s.internships.map((i) => i.companyName).join(', ') || '—';
  }

  async register() {
    const f = this.f();
    // One student per line: "name" or "name, e-mail"; empty lines are skipped (none at all: the API names the field).
    const students = f.names.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
      const [name, email] = l.split(',').map((p) => p.trim());
      return email ? { name, email } : { name };
    });
    let made: EducationRegistered[] = [];
    const ok = await this.actions.run(
      async () => (made = (await this.api.register({ className: f.className, studyProgramme: f.studyProgramme, students })).items),
      'education.school.registered',
      { count: students.length },
    );
    if (ok) {
      this.registered.set(made);
      this.f.set({ className: f.className, studyProgramme: f.studyProgramme, names: '' });
      this.list.reload();
    }
  }
}
