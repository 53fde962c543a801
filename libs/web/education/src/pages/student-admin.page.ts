import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError, EducationApi, type EducationCreatedInternship } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe, RefusalComponent, fieldText, pageActions } from '@koers/web-programme';
import { InternshipCardComponent } from './internship-card.component';

const INTERNSHIP_FIELDS = ['companyName', 'municipality', 'contactName', 'contactEmail', 'startsOn', 'endsOn'] as const;
type InternshipField = (typeof INTERNSHIP_FIELDS)[number];
const today = () => new Date().toISOString().slice(0, 10);

/** `/onderwijs/studenten/:studentId`: a student's internships and scans; the coordinator adds an internship company and names the junior MVO ambassador. */
@Component({
  selector: 'koers-education-student-admin',
  imports: [TranslocoPipe, RouterLink, BilingualPipe, KoersDatePipe, RefusalComponent, LoadingComponent, ErrorStateComponent, InternshipCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="/onderwijs">{{ 'education.common.back' | transloco }}</a></p>
    @if (student.error(); as e) {
      @if (notFound(e)) { <h1>{{ 'education.common.notFound' | transloco }}</h1> } @else { <koers-error-state (retry)="student.reload()" /> }
    } @else if (!student.hasValue()) {
      <koers-loading />
    } @else {
      @let s = student.value();
      <h1>{{ s.name }}</h1>
      <p>{{ 'education.student.intro' | transloco: { className: s.className, programme: s.studyProgramme, school: s.schoolName } }}</p>
      @if (s.ambassador; as a) {
        <p class="koers-note" data-testid="ambassador">🎓 {{ 'education.student.ambassadorSince' | transloco: { date: (a.namedOn | koersDate) } }}@if (a.note) { — {{ a.note }} }</p>
      } @else if (s.ambassadorRefusal) {
        <p class="koers-hint" data-testid="not-yet">{{ 'education.student.notYet' | transloco: { reason: (s.ambassadorRefusal | bilingual) } }}</p>
      }

      @for (i of s.internships; track i.id) {
        <section class="koers-card" [attr.data-internship]="i.companyName">
          <koers-education-internship [internship]="i" />
          @if (i.organisationId) { <p><a [routerLink]="['/reis/bedrijven', i.organisationId]">{{ 'education.student.journey' | transloco }}</a></p> }
        </section>
      } @empty {
        <p>{{ 'education.common.none' | transloco }}</p>
      }

      @if (editor()) {
        @if (!s.ambassador) {
          <h2>{{ 'education.student.name' | transloco }}</h2>
          <form data-testid="name-ambassador" (submit)="$event.preventDefault(); nameAmbassador()" novalidate>
            <div class="koers-field">
              <label for="amb-date">{{ 'education.student.namedOn' | transloco }}</label>
              <input id="amb-date" type="date" [value]="namedOn()" (input)="namedOn.set($any($event.target).value)" />
              @if (err(ambassador.error(), 'namedOn'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
            </div>
            <div class="koers-field">
              <label for="amb-note">{{ 'education.student.note' | transloco }}</label>
              <input id="amb-note" [value]="ambassadorNote()" (input)="ambassadorNote.set($any($event.target).value)" />
            </div>
            <koers-refusal [refusal]="ambassador.error()" [omit]="['namedOn']" />
            <button type="submit" class="koers-button" [disabled]="ambassador.busy()">{{ 'education.student.name' | transloco }}</button>
          </form>
        }

        <h2>{{ 'education.student.addInternship' | transloco }}</h2>
        <form data-testid="add-internship" (submit)="$event.preventDefault(); addInternship()" novalidate>
          @for (field of internshipFields; track field) {
            <div class="koers-field">
              <label [for]="'int-' + field">{{ 'education.student.' + labelOf(field) | transloco }}</label>
              <input [id]="'int-' + field" [type]="field === 'startsOn' || field === 'endsOn' ? 'date' : 'text'" [value]="f()[field]" (input)="set(field, $any($event.target).value)" />
              @if (err(actions.error(), field); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
            </div>
          }
          <koers-refusal [refusal]="actions.error()" [omit]="internshipFields" />
          <button type="submit" class="koers-button" [disabled]="actions.busy()">{{ 'education.student.addInternship' | transloco }}</button>
        </form>
        @if (created(); as c) {
          <p class="koers-note" data-testid="consent-link">{{ 'education.student.consentLink' | transloco }}: <code>{{ c.consentLink }}</code></p>
        }

        <p><button type="button" class="koers-button-secondary" data-testid="renew-link" (click)="renew()">{{ 'education.student.newLink' | transloco }}</button></p>
        @if (newLink(); as l) { <p class="koers-note" data-testid="student-link">{{ 'education.student.linkMade' | transloco }}: <code>{{ l }}</code></p> }
      }
    }
  `,
})
export class StudentAdminPage {
  private readonly api = inject(EducationApi);
  private readonly auth = inject(AuthService);
  private readonly studentId = inject(ActivatedRoute).snapshot.paramMap.get('studentId') ?? '';
  readonly editor = computed(() => this.auth.hasRole('administrator', 'coordinator'));
  readonly err = fieldText;
  readonly actions = pageActions();
  readonly ambassador = pageActions();
  readonly internshipFields = INTERNSHIP_FIELDS;
  readonly student = resource({ loader: () => this.api.student(this.studentId) });
  readonly f = signal<Record<InternshipField, string>>({ companyName: '', municipality: '', contactName: '', contactEmail: '', startsOn: '', endsOn: '' });
  readonly created = signal<EducationCreatedInternship | null>(null);
  readonly newLink = signal<string | null>(null);
  readonly namedOn = signal(today());
  readonly ambassadorNote = signal('');

  notFound = (e: unknown) => e instanceof ApiError && e.status === 404;
  labelOf = (field: InternshipField) => (field === 'companyName' ? 'company' : field === 'contactName' ? 'contact' : field);

  set(key: InternshipField, value: string) {
    this.f.update((f) => ({ ...f, [key]: value }));
  }

  async addInternship() {
    const f = this.f();
    let made: EducationCreatedInternship | null = null;
    const ok = await this.actions.run(async () => {
      made = await this.api.addInternship(this.studentId, {
        companyName: f.companyName, contactName: f.contactName, startsOn: f.startsOn, endsOn: f.endsOn,
        ...(f.municipality.trim() ? { municipality: f.municipality.trim() } : {}), ...(f.contactEmail.trim() ? { contactEmail: f.contactEmail.trim() } : {}),
      });
    }, 'education.student.internshipAdded');
    if (ok) {
      this.created.set(made);
      this.f.set({ companyName: '', municipality: '', contactName: '', contactEmail: '', startsOn: '', endsOn: '' });
      this.student.reload();
    }
  }

  async nameAmbassador() {
    const name = this.student.value()?.name ?? '';
    const note = this.ambassadorNote().trim();
    const ok = await this.ambassador.run(() => this.api.nameAmbassador(this.studentId, { namedOn: this.namedOn(), ...(note ? { note } : {}) }), 'education.student.named', { name });
    if (ok) this.student.reload();
  }

  async renew() {
    await this.actions.run(async () => this.newLink.set((await this.api.renewLink(this.studentId)).studentLink));
  }
}
