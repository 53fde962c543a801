import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { formatNumber } from '@koers/domain';
import type { Profile } from '@koers/web-api-client';
import { LanguageService } from '@koers/web-ui';

type Ratios = NonNullable<Profile['ratios']>;
type Benchmark = NonNullable<Profile['benchmark']>;
type Metric = 'perFte' | 'perM2' | 'perThousandEur';

/**
 * The profile's kengetallen (kg CO2e per fte, per m², per € 1.000 turnover and per production unit)
 * with their basis and source, and where the company stands in its SBI division and size class:
 * the quartiles and n of the other companies (aggregates only), or why the comparison is withheld.
 */
@Component({
  selector: 'koers-profile-ratios',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="koers-card" data-testid="ratios" aria-labelledby="ratios-title">
      <h2 id="ratios-title">{{ 'koploper.ratios.ratios.title' | transloco }}</h2>
      @if (ratios(); as r) {
        <table class="koers-table">
          <thead>
            <tr>
              <th scope="col">{{ 'koploper.ratios.ratios.metric' | transloco }}</th>
              <th scope="col" class="koers-number">{{ 'koploper.ratios.ratios.value' | transloco }}</th>
              <th scope="col">{{ 'koploper.ratios.ratios.basis' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.key) {
              <tr [attr.data-testid]="'ratio-' + row.key">
                <th scope="row">{{ row.label | transloco: row.labelParams }}</th>
                <td class="koers-number">{{ row.value }}</td>
                <td>{{ row.basis ? (row.basis | transloco: row.basisParams) : row.basisText }}</td>
              </tr>
            }
          </tbody>
        </table>
        <p><small data-testid="ratios-source">{{ 'koploper.ratios.ratios.source' | transloco: { year: r.source.year, factorSet: r.source.factorSet.title } }}</small></p>
      } @else {
        <p class="koers-muted">{{ 'koploper.ratios.ratios.none' | transloco }}</p>
      }

      @if (benchmark(); as b) {
        @let group = 'koploper.ratios.benchmark.group' | transloco: { division: b.group.sbiDivision, size: ('koploper.ratios.benchmark.sizes.' + b.group.sizeClass | transloco) };
        <h3>{{ 'koploper.ratios.benchmark.title' | transloco }}</h3>
        @if (b.shown) {
          <p>{{ 'koploper.ratios.benchmark.intro' | transloco: { group: group, year: b.group.year } }}</p>
          @if (shownRows().length) {
            <table class="koers-table" data-testid="benchmark">
              <thead>
                <tr>
                  <th scope="col">{{ 'koploper.ratios.benchmark.metric' | transloco }}</th>
                  <th scope="col" class="koers-number">{{ 'koploper.ratios.benchmark.company' | transloco }}</th>
                  <th scope="col" class="koers-number">{{ 'koploper.ratios.benchmark.p25' | transloco }}</th>
                  <th scope="col" class="koers-number">{{ 'koploper.ratios.benchmark.median' | transloco }}</th>
                  <th scope="col" class="koers-number">{{ 'koploper.ratios.benchmark.p75' | transloco }}</th>
                  <th scope="col" class="koers-number">{{ 'koploper.ratios.benchmark.n' | transloco }}</th>
                  <th scope="col">{{ 'koploper.ratios.benchmark.position' | transloco }}</th>
                </tr>
              </thead>
              <tbody>
                @for (x of shownRows(); track x.metric) {
                  <tr [attr.data-testid]="'benchmark-' + x.metric">
                    <th scope="row">{{ 'koploper.ratios.benchmark.metrics.' + x.metric | transloco }}</th>
                    <td class="koers-number"><strong>{{ n(x.companyValue) }}</strong></td>
                    <td class="koers-number">{{ n(x.p25) }}</td>
                    <td class="koers-number">{{ n(x.median) }}</td>
                    <td class="koers-number">{{ n(x.p75) }}</td>
                    <td class="koers-number">{{ x.n }}</td>
                    <td>{{ 'koploper.ratios.benchmark.positions.' + x.position | transloco }}</td>
                  </tr>
                }
              </tbody>
            </table>
            <p><small>{{ 'koploper.ratios.benchmark.quartilesHint' | transloco }}</small></p>
          }
          @for (x of hiddenRows(); track x.metric) {
            <p class="koers-muted" [attr.data-testid]="'benchmark-hidden-' + x.metric">
              {{ (x.reason === 'company_missing' ? 'koploper.ratios.benchmark.companyMissing' : 'koploper.ratios.benchmark.tooFew') | transloco: { metric: ('koploper.ratios.benchmark.metrics.' + x.metric | transloco), min: b.minOthers } }}
            </p>
          }
          <p><small data-testid="benchmark-source">{{ 'koploper.ratios.benchmark.source' | transloco: { n: b.others, group: group, year: b.group.year } }}</small></p>
        } @else {
          <p data-testid="benchmark-withheld">{{ 'koploper.ratios.benchmark.withheld' | transloco: { min: b.minOthers, group: group } }}</p>
        }
      }
    </section>
  `,
})
export class ProfileRatiosSection {
  readonly ratios = input<Ratios | null>(null);
  readonly benchmark = input<Benchmark | null>(null);
  private readonly language = inject(LanguageService);

  n(x: number | undefined): string {
    // As the kengetallen above: whole kg from 1.000 kg on, else one decimal.
    return x === undefined ? '' : formatNumber(x, this.language.current(), Math.abs(x) < 1000 ? 1 : 0);
  }


  readonly shownRows = computed(() =>
    (this.benchmark()?.ratios ?? []).filter((x) => x.shown) as { metric: Metric; n: number; companyValue: number; p25: number; median: number; p75: number; position: string }[],
  );
  readonly hiddenRows = computed(() => (this.benchmark()?.ratios ?? []).filter((x) => !x.shown) as { metric: Metric; reason: string }[]);

  readonly rows = computed(() => {
    const r = this.ratios();
    if (!r) return [];
    const lang = this.language.current();
    const kg = (x: number | null) => (x === null ? '—' : `${formatNumber(x, lang, x < 1000 ? 1 : 0)} kg`);
    const num = (x: number, d = 1) => formatNumber(x, lang, d);
    const k = (key: string) => `koploper.ratios.ratios.${key}`;
    const missing = { basis: k('missing'), basisParams: {}, basisText: '' };
    const rows: { key: string; label: string; labelParams: Record<string, unknown>; value: string; basis: string; basisParams: Record<string, unknown>; basisText: string }[] = [
      { key: 'perFte', label: k('perFte'), labelParams: {}, value: kg(r.perFte), ...(r.basis.employees === null ? missing : { basis: k('basisFte'), basisParams: { value: num(r.basis.employees) }, basisText: '' }) },
      { key: 'perM2', label: k('perM2'), labelParams: {}, value: kg(r.perM2), ...(r.basis.floorAreaM2 === null ? missing : { basis: k('basisM2'), basisParams: { value: num(r.basis.floorAreaM2, 0) }, basisText: '' }) },
      { key: 'perThousandEur', label: k('perThousandEur'), labelParams: {}, value: kg(r.perThousandEur), ...(r.basis.turnoverEur === null ? missing : { basis: k('basisTurnover'), basisParams: { value: num(r.basis.turnoverEur, 0) }, basisText: '' }) },
    ];
    const p = r.perProductionUnit;
    if (p) rows.push({ key: 'perUnit', label: k('perUnit'), labelParams: { unit: p.unit }, value: kg(p.kgCO2e), basis: '', basisParams: {}, basisText: `${num(p.amount)} ${p.unit}` });
    return rows;
  });
}
