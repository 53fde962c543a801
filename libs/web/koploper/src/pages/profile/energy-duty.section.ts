import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { formatNumber } from '@koers/domain';
import { LanguageService } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe } from '@koers/web-programme';
import type { EnergySavingDuty } from './measure-effects';

/**
 * Whether the company falls under the energy-saving duty (energiebesparingsplicht), with its
 * figures against the thresholds, the reporting duty, what the assessment cannot know, and the
 * source with the date it was read. On the profile and the action plan.
 */
@Component({
  selector: 'koers-energy-duty',
  imports: [TranslocoPipe, BilingualPipe, KoersDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="koers-card" data-testid="energy-duty" aria-labelledby="energy-duty-title">
      <h2 id="energy-duty-title">{{ 'koploper.energyDuty.title' | transloco }}</h2>
      @if (duty(); as d) {
        <p>
          <strong class="koers-badge" [class.koers-badge-warn]="d.applies" data-testid="energy-duty-status">
            {{ (d.applies ? 'koploper.energyDuty.applies' : 'koploper.energyDuty.notApplies') | transloco }}
          </strong>
          {{ 'koploper.energyDuty.figures' | transloco: { kWh: n(d.electricityKWh), m3: n(d.gasM3Equivalent), kWhLimit: n(d.thresholds.electricityKWhPerYear), m3Limit: n(d.thresholds.naturalGasM3EquivalentPerYear) } }}
        </p>
        <p data-testid="energy-duty-summary">{{ d.summary | bilingual }}</p>
        @if (d.applies) {
          <p>{{ 'koploper.energyDuty.reporting' | transloco: { years: d.reportingEveryYears } }}</p>
        }
        @if (d.derivedConversions.length) {
          <p><small>{{ 'koploper.energyDuty.derived' | transloco: { types: d.derivedConversions.join(', ') } }}</small></p>
        }
        <ul>
          @for (c of d.caveats; track $index) {
            <li><small>{{ c | bilingual }}</small></li>
          }
        </ul>
        <p><small>
          {{ 'koploper.energyDuty.source' | transloco }}:
          @for (s of d.sources.slice(0, 2); track s.url; let last = $last) {
            <a [href]="s.url" rel="noopener" target="_blank">{{ s.name }}</a> ({{ 'koploper.energyDuty.consulted' | transloco: { date: (s.consulted | koersDate) } }}){{ last ? '' : '; ' }}
          }
        </small></p>
      } @else {
        <p data-testid="energy-duty-summary">{{ 'koploper.energyDuty.unknown' | transloco }}</p>
      }
    </section>
  `,
})
export class EnergyDutySection {
  readonly duty = input<EnergySavingDuty | null>(null);
  private readonly language = inject(LanguageService);
  n(x: number): string {
    return formatNumber(x, this.language.current(), 0);
  }
}
