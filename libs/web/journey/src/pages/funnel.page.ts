import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { FUNNEL_STAGE_LABELS } from '@koers/domain';
import { JourneyApi, type FunnelView } from '@koers/web-api-client';
import { ChartComponent, quantityBarOptions } from '@koers/web-charts';
import { ErrorStateComponent, LanguageService, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe } from '@koers/web-programme';

/** `/reis/trechter`: the companies the partner sees per funnel stage and region, as a chart and the same counts in a table, with what was counted. */
@Component({
  selector: 'koers-journey-funnel',
  imports: [TranslocoPipe, BilingualPipe, ChartComponent, LoadingComponent, ErrorStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'journey.funnel.title' | transloco }}</h1>
    @if (funnel.error()) {
      <koers-error-state (retry)="funnel.reload()" />
    } @else if (!funnel.hasValue()) {
      <koers-loading />
    } @else {
      @let f = funnel.value();
      <p data-testid="funnel-source">{{ f.source | bilingual }}</p>
      @if (options(); as o) {
        <koers-chart [options]="o" [label]="'journey.funnel.chart' | transloco" />
      }
      <table class="koers-table" data-testid="funnel-table">
        <caption>{{ 'journey.funnel.chart' | transloco }} — {{ f.source | bilingual }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'journey.funnel.region' | transloco }}</th>
            @for (s of f.stages; track s) {
              <th scope="col">{{ labels[s] | bilingual }}</th>
            }
            <th scope="col">{{ 'journey.funnel.total' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (r of f.regions; track $index) {
            <tr [attr.data-region]="r.region ?? ''">
              <th scope="row">{{ regionName(r.region) }}</th>
              @for (s of f.stages; track s) {
                <td>{{ num(r.counts[s]) }}</td>
              }
              <td>{{ num(r.total) }}</td>
            </tr>
          }
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{{ 'journey.funnel.total' | transloco }}</th>
            @for (s of f.stages; track s) {
              <td>{{ num(f.total[s]) }}</td>
            }
            <td>{{ num(f.n) }}</td>
          </tr>
        </tfoot>
      </table>
    }
  `,
})
export class FunnelPage {
  private readonly api = inject(JourneyApi);
  private readonly language = inject(LanguageService);
  readonly labels = FUNNEL_STAGE_LABELS;
  readonly funnel = resource({ loader: () => this.api.funnel() });

  /** Stacked by region would hide small regions: one bar per stage, a series per region. */
  readonly options = computed(() => {
    if (!this.funnel.hasValue()) return null;
    const f: FunnelView = this.funnel.value();
    const lang = this.language.current();
    const unit = lang === 'nl' ? 'bedrijven' : 'companies';
    return quantityBarOptions(
      f.stages.map((s) => FUNNEL_STAGE_LABELS[s][lang]),
      f.regions.map((r) => ({ name: this.regionName(r.region), values: f.stages.map((s) => r.counts[s] ?? 0) })),
      unit,
      lang,
    );
  });

  regionName(region: string | null) {
    return region ?? (this.language.current() === 'nl' ? 'Onbekend' : 'Unknown');
  }
  num(n: number | undefined) {
    return (n ?? 0).toLocaleString(this.language.current() === 'nl' ? 'nl-NL' : 'en-GB');
  }
}
