import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnDestroy, type OnInit } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { EvaluationApi, type EvaluationFigures } from '@koers/web-api-client';
import { ChartComponent, formatInterval, formatPercent, percentBarOptions } from '@koers/web-charts';
import { LanguageService } from '@koers/web-ui';
import { KoersDatePipe, RefusalComponent, pageActions } from '@koers/web-programme';
import { FIGURE_DIMENSIONS, rowsOf, type Breakdown, type EvaluationItem, type EvaluationOutput } from './figures';
import { count, valueLabel } from './labels';
import { EvaluationSubnavComponent } from './subnav';

const POLL_MS = 1000;

/**
 * `/programmacijfers/evaluatie`: the evaluation figures of the partner's closed
 * groups. It shows the newest run; "Cijfers berekenen" asks the worker for a
 * new one (POST, then polls GET figures/{id}). Per statement the share agreeing
 * (`51,8%`), n, the Wilson 95% interval (`[55,2–95,3%]`), the measured share
 * beside it, and a bar per value of the chosen breakdown with the value on it.
 */
@Component({
  selector: 'koers-evaluation-figures',
  imports: [TranslocoPipe, KoersDatePipe, RefusalComponent, ChartComponent, EvaluationSubnavComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <koers-evaluation-subnav />
    <h1>{{ 'evaluation.figures.title' | transloco }}</h1>
    <p>{{ 'evaluation.figures.intro' | transloco }}</p>
    <div class="koers-form-row">
      <div class="koers-field">
        <label for="figures-by">{{ 'evaluation.by.label' | transloco }}</label>
        <select id="figures-by" [value]="by()" (change)="by.set($any($event.target).value)">
          @for (b of breakdowns; track b) {
            <option [value]="b">{{ 'evaluation.by.' + b | transloco }}</option>
          }
        </select>
      </div>
      <button type="button" class="koers-button" data-testid="compute" [disabled]="pending() || actions.busy()" (click)="compute()">{{ 'evaluation.figures.compute' | transloco }}</button>
    </div>
    <koers-refusal [refusal]="actions.error()" />
    @if (pending()) {
      <p role="status" data-testid="computing">{{ 'evaluation.figures.computing' | transloco }}</p>
    }
    @if (run(); as r) {
      @if (r.status === 'failed') {
        <p class="koers-form-error" role="alert">{{ 'evaluation.figures.failed' | transloco: { error: r.error } }}</p>
      }
      @if (output(); as out) {
        <p data-testid="response">{{ 'evaluation.figures.overallResponse' | transloco: { rate: pct(out.ratePercent), answered: n(out.answered), invited: n(out.invited) } }}</p>
        @if (by() !== 'overall') {
          <table class="koers-table" data-testid="response-rates">
            <thead><tr><th scope="col">{{ 'evaluation.by.' + by() | transloco }}</th><th scope="col">{{ 'evaluation.dashboard.response' | transloco }}</th></tr></thead>
            <tbody>
              @for (r of rates(); track r.value) {
                <tr [attr.data-value]="r.value"><th scope="row">{{ label(r.value) }}</th><td>{{ 'evaluation.dashboard.responseOf' | transloco: { rate: pct(r.ratePercent), answered: n(r.answered), invited: n(r.invited) } }}</td></tr>
              }
            </tbody>
          </table>
        }
        @for (item of out.items; track item.key) {
          <section class="koers-card" [attr.data-item]="item.key">
            <h2>{{ item.text[lang()] }}</h2>
            <table class="koers-table">
              <thead>
                <tr>
                  <th scope="col">{{ 'evaluation.by.' + by() | transloco }}</th>
                  <th scope="col">{{ 'evaluation.figures.share' | transloco }}</th>
                  <th scope="col">{{ 'evaluation.figures.n' | transloco }}</th>
                  <th scope="col">{{ 'evaluation.figures.interval' | transloco }}</th>
                </tr>
              </thead>
              <tbody>
                @for (c of rowsOf(item, by()); track c.value) {
                  <tr [attr.data-value]="c.value ?? 'overall'">
                    <th scope="row">{{ by() === 'overall' ? ('evaluation.by.overall' | transloco) : label(c.value) }}</th>
                    <td data-testid="share">{{ pct(c.sharePercent) }}</td>
                    <td data-testid="n">{{ n(c.n) }}</td>
                    <td data-testid="interval">{{ interval(c.interval95) }}</td>
                  </tr>
                }
              </tbody>
            </table>
            @if (item.measured; as m) {
              <p data-testid="measured">{{ 'evaluation.figures.measured' | transloco }}: {{ 'evaluation.figures.measuredText' | transloco: { share: pct(m.sharePercent), n: n(m.n), what: ('evaluation.figures.measuredBy.' + m.by | transloco) } }} {{ interval(m.interval95) }}</p>
            }
            @if (item.frieslandPercent !== null) {
              <p class="koers-hint">{{ 'evaluation.figures.friesland' | transloco }}: {{ pct(item.frieslandPercent) }}</p>
            }
            <koers-chart [options]="charts()[item.key]" [label]="'evaluation.figures.chart' | transloco: { item: item.text[lang()], by: ('evaluation.by.' + by() | transloco) }" [height]="60 + 36 * rowsOf(item, by()).length" />
          </section>
        }
        <p class="koers-hint" data-testid="source">
          {{ 'evaluation.figures.source' | transloco: { questionnaire: r.source.questionnaireId, version: r.source.questionnaireVersion, plugin: r.source.pluginId, pluginVersion: r.source.pluginVersion, n: n(r.source.answered), invited: n(r.source.invited), surveys: r.source.surveys, date: (r.computedAt | koersDate: 'time') } }}
        </p>
      }
    } @else if (!pending() && loaded()) {
      <p data-testid="no-figures">{{ 'evaluation.figures.none' | transloco }}</p>
    }
  `,
})
export class FiguresPage implements OnInit, OnDestroy {
  private readonly api = inject(EvaluationApi);
  private readonly language = inject(LanguageService);
  readonly actions = pageActions();
  readonly breakdowns: Breakdown[] = ['overall', ...FIGURE_DIMENSIONS];
  readonly by = signal<Breakdown>('overall');
  readonly run = signal<EvaluationFigures | null>(null);
  readonly loaded = signal(false);
  readonly pending = computed(() => this.run()?.status === 'pending');
  readonly output = computed(() => (this.run()?.status === 'succeeded' ? (this.run()?.output as unknown as EvaluationOutput) : null));
  readonly lang = this.language.current;
  readonly rowsOf = rowsOf;
  readonly rates = computed(() => {
    const by = this.by();
    return by === 'overall' ? [] : (this.output()?.responseRates[by] ?? []);
  });
  private timer: ReturnType<typeof setTimeout> | null = null;

  async ngOnInit() {
    // The newest finished run, as the dashboard names it.
    try {
      const dashboard = await this.api.dashboard('programmeLine');
      const id = dashboard.source.evaluation?.runId;
      if (id) this.run.set(await this.api.figures(id));
    } finally {
      this.loaded.set(true);
    }
  }

  ngOnDestroy() {
    if (this.timer) clearTimeout(this.timer);
  }

  async compute() {
    await this.actions.run(async () => {
      this.run.set(await this.api.runFigures());
      this.poll();
    });
  }

  private poll() {
    const r = this.run();
    if (!r || r.status !== 'pending') return;
    this.timer = setTimeout(async () => {
      try {
        this.run.set(await this.api.figures(r.id));
      } finally {
        this.poll();
      }
    }, POLL_MS);
  }

  pct = (x: number | null | undefined) => formatPercent(x, this.lang());
  n = (x: number) => count(x, this.lang());
  interval = (i: { lowPercent: number; highPercent: number } | null) => formatInterval(i, this.lang());
  label = (value: string | null) => valueLabel(this.by(), value, this.lang(), this.lang() === 'nl' ? 'Onbekend' : 'Unknown');

  readonly charts = computed(() => Object.fromEntries((this.output()?.items ?? []).map((item) => [item.key, this.chart(item)])));

  private chart(item: EvaluationItem) {
    const by = this.by();
    const name = this.lang() === 'nl' ? 'Eens' : 'Agree';
    return percentBarOptions(
      rowsOf(item, by).map((c) => ({ label: by === 'overall' ? (this.lang() === 'nl' ? 'Heel het programma' : 'The whole programme') : this.label(c.value), value: c.sharePercent, note: `n = ${this.n(c.n)}` })),
      this.lang(),
      name,
    );
  }
}
