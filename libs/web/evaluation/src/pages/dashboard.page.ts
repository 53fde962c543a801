import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { EvaluationApi, type DashboardBy, type DashboardRow } from '@koers/web-api-client';
import { ChartComponent, formatInterval, formatPercent, percentBarOptions, quantityBarOptions } from '@koers/web-charts';
import { ErrorStateComponent, LanguageService, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, Co2Pipe, KoersDatePipe } from '@koers/web-programme';
import { count } from './labels';
import { EvaluationSubnavComponent } from './subnav';

const BREAKDOWNS: DashboardBy[] = ['programmeLine', 'step', 'municipality', 'year'];

/**
 * `/programmacijfers`: the figures the alliance reports, per programme line,
 * step, municipality or year: companies reached, completed tracks, CO2
 * measured and reduced, the response rate and the share agreeing per
 * statement, each with its source; and the same figures as CSV, Excel and a
 * PDF report for a province.
 */
@Component({
  selector: 'koers-evaluation-dashboard',
  imports: [TranslocoPipe, BilingualPipe, Co2Pipe, KoersDatePipe, ChartComponent, LoadingComponent, ErrorStateComponent, EvaluationSubnavComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <koers-evaluation-subnav />
    <h1>{{ 'evaluation.dashboard.title' | transloco }}</h1>
    <p>{{ 'evaluation.dashboard.intro' | transloco }}</p>
    <div class="koers-field">
      <label for="dashboard-by">{{ 'evaluation.by.label' | transloco }}</label>
      <select id="dashboard-by" [value]="by()" (change)="by.set($any($event.target).value)">
        @for (b of breakdowns; track b) {
          <option [value]="b">{{ 'evaluation.by.' + b | transloco }}</option>
        }
      </select>
    </div>
    @if (dashboard.error()) {
      <koers-error-state (retry)="dashboard.reload()" />
    } @else if (!dashboard.hasValue()) {
      <koers-loading />
    } @else {
      @let d = dashboard.value();
      <h2>{{ 'evaluation.dashboard.reach' | transloco }}</h2>
      <div class="koers-table-scroll">
        <table class="koers-table" data-testid="dashboard-reach">
          <thead>
            <tr>
              <th scope="col">{{ 'evaluation.by.' + d.by | transloco }}</th>
              <th scope="col">{{ 'evaluation.dashboard.groups' | transloco }}</th>
              <th scope="col">{{ 'evaluation.dashboard.closedGroups' | transloco }}</th>
              <th scope="col">{{ 'evaluation.dashboard.reached' | transloco }}</th>
              <th scope="col">{{ 'evaluation.dashboard.completed' | transloco }}</th>
              <th scope="col">{{ 'evaluation.dashboard.co2Measured' | transloco }}</th>
              <th scope="col">{{ 'evaluation.dashboard.co2Reduced' | transloco }}</th>
              <th scope="col">{{ 'evaluation.dashboard.response' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (r of [...d.rows, d.total]; track $index) {
              <tr [attr.data-value]="$last ? 'total' : r.value">
                <th scope="row">{{ r.label | bilingual }}</th>
                <td>{{ n(r.groups) }}</td>
                <td>{{ n(r.closedGroups) }}</td>
                <td data-testid="reached">{{ n(r.reached) }}</td>
                <td data-testid="completed">{{ n(r.completed) }}</td>
                <td>{{ r.co2MeasuredKg | co2 }} <small>({{ 'evaluation.dashboard.organisations' | transloco: { count: n(r.co2Organisations) } }})</small></td>
                <td>{{ r.co2ReducedKg | co2 }}</td>
                <td data-testid="response">{{ response(r) }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      @if (d.rows.length) {
        <koers-chart [options]="reachChart()" [label]="'evaluation.dashboard.reachedChart' | transloco: { by: ('evaluation.by.' + d.by | transloco) }" [height]="260" />
      }
      <p class="koers-hint">{{ 'evaluation.dashboard.sourceReach' | transloco: { text: (d.source.reach | bilingual) } }}</p>
      <p class="koers-hint">{{ 'evaluation.dashboard.sourceCo2' | transloco: { text: (d.source.co2 | bilingual) } }}</p>

      <h2>{{ 'evaluation.dashboard.evaluation' | transloco }}</h2>
      @if (d.source.evaluation; as e) {
        <p class="koers-hint" data-testid="evaluation-source">
          {{ 'evaluation.dashboard.sourceEvaluation' | transloco: { questionnaire: e.questionnaireId, version: e.questionnaireVersion, plugin: e.pluginId, pluginVersion: e.pluginVersion, n: n(d.total.answered), date: (e.computedAt | koersDate: 'time') } }}
        </p>
        @for (item of d.items; track item.key) {
          <section class="koers-card" [attr.data-item]="item.key">
            <h3>{{ item.text | bilingual }}</h3>
            <p data-testid="overall">
              {{ 'evaluation.by.overall' | transloco }}: <strong>{{ pct(item.overall.sharePercent) }}</strong> (n = {{ n(item.overall.n) }}) {{ interval(item.overall.interval95) }}
            </p>
            <koers-chart [options]="itemCharts()[item.key]" [label]="item.text | bilingual" [height]="60 + 36 * item.rows.length" />
          </section>
        }
      } @else {
        <p data-testid="no-run">{{ 'evaluation.dashboard.noRun' | transloco }}</p>
      }

      <h2>{{ 'evaluation.dashboard.exports' | transloco }}</h2>
      <p>{{ 'evaluation.dashboard.exportHint' | transloco }}</p>
      <div class="koers-field">
        <label for="dashboard-province">{{ 'evaluation.dashboard.province' | transloco }}</label>
        <input id="dashboard-province" maxlength="100" [value]="province()" (input)="province.set($any($event.target).value)" />
      </div>
      <p data-testid="exports">
        <a class="koers-button" data-testid="export-csv" [href]="api.exportUrl('csv', by())" download>{{ 'evaluation.dashboard.csv' | transloco }}</a>
        <a class="koers-button" data-testid="export-xlsx" [href]="api.exportUrl('xlsx', by())" download>{{ 'evaluation.dashboard.xlsx' | transloco }}</a>
        <a class="koers-button" data-testid="export-pdf" [href]="api.exportUrl('pdf', by(), province())" download>{{ 'evaluation.dashboard.pdf' | transloco }}</a>
      </p>
    }
  `,
})
export class DashboardPage {
  readonly api = inject(EvaluationApi);
  private readonly language = inject(LanguageService);
  readonly breakdowns = BREAKDOWNS;
  readonly by = signal<DashboardBy>('programmeLine');
  readonly province = signal('');
  readonly dashboard = resource({ params: () => ({ by: this.by() }), loader: ({ params }) => this.api.dashboard(params.by) });
  readonly lang = this.language.current;

  pct = (x: number | null | undefined) => formatPercent(x, this.lang());
  n = (x: number) => count(x, this.lang());
  interval = (i: { lowPercent: number; highPercent: number } | null | undefined) => formatInterval(i, this.lang());
  response = (r: DashboardRow) => `${this.pct(r.responseRatePercent)} (${this.n(r.answered)} ${this.lang() === 'nl' ? 'van' : 'of'} ${this.n(r.invited)})`;

  readonly reachChart = computed(() => {
    if (!this.dashboard.hasValue()) return {};
    const d = this.dashboard.value();
    const lang = this.lang();
    const options = quantityBarOptions(
      d.rows.map((r) => r.label[lang]),
      [
        { name: lang === 'nl' ? 'Bedrijven bereikt' : 'Companies reached', values: d.rows.map((r) => r.reached) },
        { name: lang === 'nl' ? 'Trajecten afgerond' : 'Tracks completed', values: d.rows.map((r) => r.completed) },
      ],
      '',
      lang,
    ) as { yAxis: object };
    // Counts: whole steps on the axis.
    return { ...options, yAxis: { ...options.yAxis, minInterval: 1 } };
  });

  readonly itemCharts = computed(() => {
    if (!this.dashboard.hasValue()) return {};
    const d = this.dashboard.value();
    const lang = this.lang();
    return Object.fromEntries(
      d.items.map((item) => [
        item.key,
        percentBarOptions(
          item.rows.map((c, i) => ({ label: d.rows[i].label[lang], value: c.sharePercent, note: `n = ${this.n(c.n)}` })),
          lang,
          lang === 'nl' ? 'Eens' : 'Agree',
        ),
      ]),
    );
  });
}
