import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError, EducationApi, type EducationConsentPage } from '@koers/web-api-client';
import { LanguageSwitchComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, RefusalComponent, fieldText, pageActions } from '@koers/web-programme';
import { InternshipCardComponent } from './internship-card.component';

/**
 * `/onderwijs/toestemming/<token>`: the internship company's page by the link
 * the school gave its contact (no account): what the student asks to do, the
 * company's consent (once), and afterwards the company's own scan.
 */
@Component({
  selector: 'koers-education-company-consent',
  imports: [TranslocoPipe, BilingualPipe, RefusalComponent, LoadingComponent, LanguageSwitchComponent, InternshipCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main id="inhoud" class="koers-sign-in koers-education">
      <koers-language-switch />
      @if (page(); as p) {
        @let params = { student: p.studentName, school: p.schoolName, company: p.internship.companyName };
        <h1>{{ 'education.consent.title' | transloco: params }}</h1>
        <p>{{ 'education.consent.intro' | transloco: params }}</p>
        <p>{{ 'education.consent.what' | transloco: params }}</p>
        @if (p.internship.consentStatus === 'requested') {
          <form data-testid="consent" (submit)="$event.preventDefault()" novalidate>
            <div class="koers-field">
              <label for="consent-name">{{ 'education.consent.name' | transloco }}</label>
              <input id="consent-name" [value]="name()" (input)="name.set($any($event.target).value)" />
              @if (err(actions.error(), 'name'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
            </div>
            <koers-refusal [refusal]="actions.error()" [omit]="['name']" />
            <button type="button" class="koers-button" data-testid="give" [disabled]="actions.busy()" (click)="decide('given')">{{ 'education.consent.give' | transloco }}</button>
            <button type="button" class="koers-button-secondary" data-testid="decline" [disabled]="actions.busy()" (click)="decide('declined')">{{ 'education.consent.decline' | transloco }}</button>
          </form>
        } @else {
          <p class="koers-note" role="status" data-testid="consent-done">
            {{ (p.internship.consentStatus === 'given' ? 'education.consent.given' : 'education.consent.declinedBy') | transloco: { name: p.internship.consentBy } }}
          </p>
          @if (p.internship.scan) {
            <h2>{{ 'education.consent.yourScan' | transloco }}</h2>
          }
          <section class="koers-card"><koers-education-internship [internship]="p.internship" /></section>
        }
      } @else if (unknown()) {
        <h1>MVO-scan / CSR scan</h1>
        <p class="koers-form-error" role="alert" data-testid="link-error">{{ 'education.consent.unknown' | transloco }}</p>
      } @else {
        <koers-loading />
      }
    </main>
  `,
})
export class CompanyConsentPage {
  private readonly api = inject(EducationApi);
  private readonly token = inject(ActivatedRoute).snapshot.paramMap.get('token') ?? '';
  readonly err = fieldText;
  readonly actions = pageActions();
  readonly page = signal<EducationConsentPage | null>(null);
  readonly unknown = signal(false);
  readonly name = signal('');

  constructor() {
    this.api.consentPage(this.token).then(
      (p) => this.page.set(p),
      (e: unknown) => {
        if (e instanceof ApiError && e.status === 404) this.unknown.set(true);
      },
    );
  }

  async decide(decision: 'given' | 'declined') {
    let next: EducationConsentPage | null = null;
    const ok = await this.actions.run(async () => {
      next = await this.api.decideConsent(this.token, { decision, name: this.name() });
    });
    if (ok && next) this.page.set(next);
  }
}
