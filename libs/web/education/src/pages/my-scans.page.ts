import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ApiError, EducationApi, type EducationInternship, type EducationNextStep, type EducationScanAnswer, type EducationStudentPage } from '@koers/web-api-client';
import { LanguageService, LanguageSwitchComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe, RefusalComponent, fieldText, pageActions } from '@koers/web-programme';
import { InternshipCardComponent } from './internship-card.component';

const NEXT_STEPS: EducationNextStep[] = ['koploper', 'masterclass', 'chain', 'none'];
const NEXT_STEP_LABELS: Record<EducationNextStep, { nl: string; en: string }> = {
  koploper: { nl: 'Stap 1: Koplopertraject', en: 'Step 1: Koploper track' },
  masterclass: { nl: 'Stap 2: CE-masterclass', en: 'Step 2: CE masterclass' },
  chain: { nl: 'Stap 3: ketenproject', en: 'Step 3: chain project' },
  none: { nl: 'Nog geen vervolgstap', en: 'No next step yet' },
};
const today = () => new Date().toISOString().slice(0, 10);

/** An answer as the form holds it: value '' none, 'na' not relevant, '0'..'4'; reason for 'na'. */
type Field = { value: string; reason: string };

/**
 * `/onderwijs/student/<token>`: the student's own page by its personal link
 * (no account): its internships; at a company that consented, the ISO 26000
 * quick scan, its result, and the talk about it with the company.
 */
@Component({
  selector: 'koers-education-my-scans',
  imports: [TranslocoPipe, BilingualPipe, KoersDatePipe, RefusalComponent, LoadingComponent, LanguageSwitchComponent, InternshipCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main id="inhoud" class="koers-sign-in koers-education">
      <koers-language-switch />
      @if (page(); as p) {
        <h1>{{ 'education.me.title' | transloco }}</h1>
        <p>{{ 'education.me.intro' | transloco: { name: p.name, className: p.className, school: p.schoolName } }}</p>
        @if (p.ambassador; as a) {
          <p class="koers-note" data-testid="ambassador">🎓 {{ 'education.student.ambassadorSince' | transloco: { date: (a.namedOn | koersDate) } }}</p>
        } @else if (p.ambassadorRefusal) {
          <p class="koers-hint">{{ 'education.student.notYet' | transloco: { reason: (p.ambassadorRefusal | bilingual) } }}</p>
        }
        @for (i of p.internships; track i.id) {
          <section class="koers-card" [attr.data-internship]="i.companyName">
            <koers-education-internship [internship]="i" />
            @if (i.consentStatus === 'requested') {
              <p class="koers-hint">{{ 'education.scan.waitConsent' | transloco }}</p>
            } @else if (i.consentStatus === 'declined') {
              <p class="koers-hint">{{ 'education.scan.declined' | transloco }}</p>
            } @else {
              <details class="koers-details" [open]="!i.scan">
                <summary>{{ 'education.scan.title' | transloco }}</summary>
                <p>{{ 'education.scan.intro' | transloco }}</p>
                <form data-testid="scan" (submit)="$event.preventDefault(); submitScan(i)" novalidate>
                  @for (subject of p.coreSubjects; track subject.id) {
                    <fieldset class="koers-fieldset">
                      <legend>{{ subject.clause }} {{ subject.name | bilingual }}</legend>
                      @for (issue of subject.issues; track issue.id; let n = $index) {
                        @let field = fieldOf(i, issue.id);
                        <div class="koers-field koers-inline-field">
                          <label [for]="'iso-' + issue.id">{{ issue.clause }} {{ issue.name | bilingual }}</label>
                          <select [id]="'iso-' + issue.id" [attr.data-issue]="issue.id" (change)="setValue(i, issue.id, $any($event.target).value)">
                            <option value="" [selected]="field.value === ''"></option>
                            @for (label of maturityLabels(); track $index) {
                              <option [value]="'' + $index" [selected]="field.value === '' + $index">{{ label }}</option>
                            }
                            <option value="na" [selected]="field.value === 'na'">{{ 'education.scan.notRelevant' | transloco }}</option>
                          </select>
                          @if (field.value === 'na') {
                            <input [attr.aria-label]="'education.scan.reason' | transloco" [attr.placeholder]="'education.scan.reason' | transloco" [value]="field.reason" (input)="setReason(i, issue.id, $any($event.target).value)" />
                          }
                          @if (answerError(issue.id); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
                        </div>
                      }
                    </fieldset>
                  }
                  <koers-refusal [refusal]="scanActions.error()" />
                  <button type="submit" class="koers-button" [disabled]="scanActions.busy()">{{ 'education.scan.submit' | transloco }}</button>
                  @if (saved() === 'scan') { <p role="status" class="koers-note">{{ 'education.scan.submitted' | transloco }}</p> }
                </form>
              </details>
              @if (i.scan && !i.followUp) {
                <h2>{{ 'education.followUp.title' | transloco }}</h2>
                <p>{{ 'education.followUp.intro' | transloco }}</p>
                <form data-testid="follow-up" (submit)="$event.preventDefault(); submitFollowUp(i)" novalidate>
                  <div class="koers-field">
                    <label for="fu-date">{{ 'education.followUp.discussedOn' | transloco }}</label>
                    <input id="fu-date" type="date" [value]="fu().discussedOn" (input)="setFu('discussedOn', $any($event.target).value)" />
                    @if (err(fuActions.error(), 'discussedOn'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
                  </div>
                  <div class="koers-field">
                    <label for="fu-note">{{ 'education.followUp.note' | transloco }}</label>
                    <textarea id="fu-note" rows="3" [value]="fu().note" (input)="setFu('note', $any($event.target).value)"></textarea>
                    @if (err(fuActions.error(), 'note'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
                  </div>
                  <div class="koers-field">
                    <label for="fu-step">{{ 'education.followUp.nextStep' | transloco }}</label>
                    <select id="fu-step" (change)="setFu('nextStep', $any($event.target).value)">
                      @for (s of nextSteps; track s) { <option [value]="s" [selected]="fu().nextStep === s">{{ nextStepLabels[s] | bilingual }}</option> }
                    </select>
                  </div>
                  <koers-refusal [refusal]="fuActions.error()" [omit]="['discussedOn', 'note']" />
                  <button type="submit" class="koers-button" [disabled]="fuActions.busy()">{{ 'education.followUp.submit' | transloco }}</button>
                </form>
              }
            }
          </section>
        } @empty {
          <p>{{ 'education.me.none' | transloco }}</p>
        }
      } @else if (unknown()) {
        <h1>{{ 'education.me.title' | transloco }}</h1>
        <p class="koers-form-error" role="alert" data-testid="link-error">{{ 'education.me.unknown' | transloco }}</p>
      } @else {
        <koers-loading />
      }
    </main>
  `,
})
export class MyScansPage {
  private readonly api = inject(EducationApi);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);
  private readonly token = inject(ActivatedRoute).snapshot.paramMap.get('token') ?? '';
  readonly err = fieldText;
  readonly scanActions = pageActions();
  readonly fuActions = pageActions();
  readonly nextSteps = NEXT_STEPS;
  readonly nextStepLabels = NEXT_STEP_LABELS;
  readonly page = signal<EducationStudentPage | null>(null);
  readonly unknown = signal(false);
  readonly saved = signal<'scan' | null>(null);
  /** Per internship, per issue: the form's answer (from the stored scan until changed). */
  readonly fields = signal<Record<string, Record<string, Field>>>({});
  readonly fu = signal<{ discussedOn: string; note: string; nextStep: EducationNextStep }>({ discussedOn: today(), note: '', nextStep: 'koploper' });
  readonly maturityLabels = computed(() => {
    this.language.current();
    return this.transloco.translate<string[]>('education.scan.maturity');
  });
  /** Row errors of the scan: the API names `answers.<n>.<field>`; shown at the issue of that row. */
  readonly answerError = (issueId: string) => {
    const r = this.scanActions.error();
    const sent = this.sent();
    const n = sent.findIndex((a) => a.issueId === issueId);
    return n < 0 || !r ? null : (r.fields.find((f) => f.field.startsWith(`answers.${n}.`))?.text ?? null);
  };
  private readonly sent = signal<EducationScanAnswer[]>([]);

  constructor() {
    void this.load();
  }

  private async load() {
    try {
      this.page.set(await this.api.studentPage(this.token));
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) this.unknown.set(true);
      else throw e;
    }
  }

  fieldOf(i: EducationInternship, issueId: string): Field {
    const own = this.fields()[i.id]?.[issueId];
    if (own) return own;
    const stored = i.scan?.answers.find((a) => a.issueId === issueId);
    if (!stored) return { value: '', reason: '' };
    return stored.notRelevant ? { value: 'na', reason: stored.reason ?? '' } : { value: String(stored.maturity ?? ''), reason: '' };
  }

  setValue(i: EducationInternship, issueId: string, value: string) {
    this.patch(i, issueId, { ...this.fieldOf(i, issueId), value });
  }

  setReason(i: EducationInternship, issueId: string, reason: string) {
    this.patch(i, issueId, { ...this.fieldOf(i, issueId), reason });
  }

  private patch(i: EducationInternship, issueId: string, field: Field) {
    this.fields.update((all) => ({ ...all, [i.id]: { ...(all[i.id] ?? {}), [issueId]: field } }));
  }

  setFu(key: 'discussedOn' | 'note' | 'nextStep', value: string) {
    this.fu.update((f) => ({ ...f, [key]: value }));
  }

  async submitScan(i: EducationInternship) {
    const p = this.page();
    if (!p) return;
    const answers = p.coreSubjects.flatMap((s) => s.issues).flatMap((issue): EducationScanAnswer[] => {
      const f = this.fieldOf(i, issue.id);
      const issueId = issue.id as EducationScanAnswer['issueId'];
      if (f.value === '') return [];
      return [f.value === 'na' ? { issueId, notRelevant: true, reason: f.reason } : { issueId, maturity: Number(f.value) }];
    });
    this.sent.set(answers);
    this.saved.set(null);
    let next: EducationStudentPage | null = null;
    const ok = await this.scanActions.run(async () => {
      const view = await this.api.submitScan(this.token, i.id, answers);
      next = { ...view, coreSubjects: p.coreSubjects };
    });
    if (ok && next) {
      this.page.set(next);
      this.saved.set('scan');
      void this.pollResult();
    }
  }

  /** The worker computes the scan; look again until its result is there (at most half a minute). */
  private async pollResult() {
    for (let n = 0; n < 30; n++) {
      await new Promise((r) => setTimeout(r, 1000));
      const p = await this.api.studentPage(this.token);
      this.page.set(p);
      if (!p.internships.some((i) => i.scan?.result?.status === 'pending' || i.scan?.result?.status === 'running' || (i.scan && !i.scan.result))) return;
    }
  }

  async submitFollowUp(i: EducationInternship) {
    const p = this.page();
    if (!p) return;
    const f = this.fu();
    let next: EducationStudentPage | null = null;
    const ok = await this.fuActions.run(async () => {
      next = { ...(await this.api.recordFollowUp(this.token, i.id, f)), coreSubjects: p.coreSubjects };
    });
    if (ok && next) this.page.set(next);
  }
}
