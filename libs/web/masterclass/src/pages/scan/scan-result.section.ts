import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { RegionScan } from '@koers/web-api-client';
import { ChartComponent } from '@koers/web-charts';
import { LanguageService } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe } from '@koers/web-programme';

/**
 * A scan's outcome: the dominant sectors (a bar chart of organisations per
 * SBI division, with its source, and the same figures as a table) and the
 * ranked candidates, each with why it scores (sector, size, interest and
 * their points).
 */
@Component({
  selector: 'koers-scan-result',
  imports: [TranslocoPipe, BilingualPipe, KoersDatePipe, ChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .koers-reasons { margin: 0; padding-left: 1rem; }
  `,
  template: `
    @let s = scan();
    <h2>{{ 'masterclass.scan.result' | transloco: { date: (s.createdAt | koersDate: 'time') } }}</h2>
    <p data-testid="scan-inputs">{{ 'masterclass.scan.inputs' | transloco: { municipalities: s.municipalities.join(', '), audience: audienceName() } }}</p>

    <h3>{{ 'masterclass.scan.sectors' | transloco }}</h3>
    @if (s.sectors.length) {
      <koers-chart [options]="chart()" [label]="'masterclass.scan.sectorsChart' | transloco" [height]="chartHeight()" />
      <p data-testid="scan-source">{{ 'masterclass.scan.source' | transloco: { date: (s.createdAt | koersDate) } }}</p>
      <table class="koers-table" data-testid="sectors">
        <caption class="koers-visually-hidden">{{ 'masterclass.scan.sectors' | transloco }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'masterclass.scan.division' | transloco }}</th>
            <th scope="col">{{ 'masterclass.scan.organisations' | transloco }}</th>
            <th scope="col">{{ 'masterclass.scan.employees' | transloco }}</th>
            <th scope="col">{{ 'masterclass.scan.ceWeight' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of s.sectors; track row.sbiDivision) {
            <tr>
              <td>{{ row.sbiDivision }} {{ row.name | bilingual }}</td>
              <td>{{ row.organisations }}</td>
              <td>{{ row.employees ?? '—' }}</td>
              <td>{{ row.ceWeight ?? '—' }}</td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p>{{ 'masterclass.scan.noSectors' | transloco }}</p>
    }

    <h3>{{ 'masterclass.scan.candidates' | transloco }} ({{ s.candidates.length }})</h3>
    @if (s.candidates.length) {
      <table class="koers-table" data-testid="candidates">
        <caption class="koers-visually-hidden">{{ 'masterclass.scan.candidates' | transloco }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'masterclass.scan.company' | transloco }}</th>
            <th scope="col">{{ 'masterclass.scan.municipality' | transloco }}</th>
            <th scope="col">{{ 'masterclass.scan.size' | transloco }}</th>
            <th scope="col">{{ 'masterclass.scan.score' | transloco }}</th>
            <th scope="col">{{ 'masterclass.scan.why' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (c of s.candidates; track c.key) {
            <tr [attr.data-candidate]="c.name">
              <td>{{ c.name }}<br /><small>{{ 'masterclass.scan.sources.' + c.source | transloco }}{{ c.sbiCode ? ' · SBI ' + c.sbiCode : '' }}</small></td>
              <td>{{ c.municipality ?? '—' }}</td>
              <td>{{ c.sizeClass ? ('organisation.sizes.' + c.sizeClass | transloco) : '—' }}{{ c.employees !== null ? ' (' + c.employees + ')' : '' }}</td>
              <td>{{ c.score }}</td>
              <td>
                <ul class="koers-reasons">
                  @for (r of c.reasons; track $index) {
                    <li [attr.data-reason]="r.code">{{ r.text | bilingual }} ({{ 'masterclass.scan.points' | transloco: { points: r.points } }})</li>
                  }
                </ul>
              </td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p>{{ 'masterclass.scan.noCandidates' | transloco }}</p>
    }
  `,
})
export class ScanResultSection {
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);
  readonly scan = input.required<RegionScan>();

  /** One bar per division, 28 px each, so the names never overlap. */
  readonly chartHeight = computed(() => 48 + 28 * Math.min(12, this.scan().sectors.length));
  readonly audienceName = computed(() => this.transloco.translate(`masterclass.audience.${this.scan().audience}`, {}, this.language.current()));
  /** Organisations per SBI division, the largest on top: horizontal bars, so the division names read in full. */
  readonly chart = computed(() => {
    const lang = this.language.current();
    const rows = [...this.scan().sectors].sort((a, b) => b.organisations - a.organisations || a.sbiDivision.localeCompare(b.sbiDivision)).slice(0, 12).reverse();
    const label = (r: (typeof rows)[number]) => {
      const name = `${r.sbiDivision} ${r.name[lang]}`;
      return name.length > 48 ? `${name.slice(0, 47)}…` : name;
    };
    return {
      aria: { enabled: true },
      grid: { containLabel: true, left: 8, right: 32, top: 8, bottom: 8 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      yAxis: { type: 'category', data: rows.map(label) },
      xAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: this.transloco.translate('masterclass.scan.organisations', {}, lang), data: rows.map((r) => r.organisations), label: { show: true, position: 'right' } }],
    };
  });
}
