import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { EducationInternship } from '@koers/web-api-client';
import { BilingualPipe, KoersDatePipe, PercentagePipe } from '@koers/web-programme';

/** One internship: the company, its consent, the scan's result with its source, the follow-up. Shown to the school, the student and the company. */
@Component({
  selector: 'koers-education-internship',
  imports: [TranslocoPipe, BilingualPipe, KoersDatePipe, PercentagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let i = internship();
    <p>
      <strong>{{ i.companyName }}</strong>@if (i.municipality) { ({{ i.municipality }}) } ·
      {{ 'education.common.period' | transloco: { from: (i.startsOn | koersDate), to: (i.endsOn | koersDate) } }} · {{ i.contactName }}
    </p>
    <p data-testid="consent-status">
      <span class="koers-badge">{{ i.consentLabel | bilingual }}</span>
      @if (i.consentBy && i.consentStatus === 'given') { {{ 'education.student.consentBy' | transloco: { name: i.consentBy } }} }
      · {{ 'education.stage.' + i.stage | transloco }}
    </p>
    @if (i.scan; as scan) {
      <p>
        {{ 'education.scan.handedIn' | transloco: { date: (scan.submittedAt | koersDate), answered: scan.answered } }}@if (!scan.complete) { ({{ 'education.scan.incomplete' | transloco }}) }
      </p>
      @if (scan.result; as r) {
        @if (r.status === 'succeeded') {
          <table class="koers-table" data-testid="scan-result">
            <caption>{{ 'education.scan.result' | transloco }}</caption>
            <tbody>
              @for (c of r.coreSubjects; track c.id) {
                <tr [attr.data-subject]="c.id"><th scope="row">{{ c.name | bilingual }}</th><td>{{ c.scorePercent | percentage }}</td></tr>
              }
              <tr data-subject="overall"><th scope="row">{{ 'education.scan.overall' | transloco }}</th><td><strong data-testid="overall">{{ r.overallPercent | percentage }}</strong></td></tr>
            </tbody>
          </table>
          <p class="koers-hint">{{ 'education.scan.source' | transloco: { plugin: r.pluginId, version: r.pluginVersion, date: (r.computedAt | koersDate) } }}</p>
        } @else if (r.status === 'failed') {
          <p class="koers-field-error">{{ 'education.scan.failed' | transloco }}</p>
        } @else {
          <p role="status" data-testid="scan-pending">{{ 'education.scan.pending' | transloco }}</p>
        }
      }
    }
    @if (i.followUp; as fu) {
      <p data-testid="follow-up">{{ 'education.followUp.recorded' | transloco: { date: (fu.discussedOn | koersDate), note: fu.note } }} · {{ fu.nextStepLabel | bilingual }}</p>
    }
  `,
})
export class InternshipCardComponent {
  readonly internship = input.required<EducationInternship>();
}
