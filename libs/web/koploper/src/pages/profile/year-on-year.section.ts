import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { co2Column } from '@koers/domain';
import type { components } from '@koers/web-api-client';
import { LanguageService } from '@koers/web-ui';
import { percentage } from '@koers/web-programme';

type YearOnYear = components['schemas']['YearOnYearView'];
type Change = components['schemas']['YearChangeView'];
const THEMES = ['energy', 'mobility', 'waste', 'water', 'materials'] as const;

/**
 * A second year's baseline against the first: per scope and theme both years,
 * the change in one unit and in percent (Dutch notation), the factor set each
 * year used, and the done measures' expected effect against the change measured.
 */
@Component({
  selector: 'koers-year-on-year',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .koers-table td.num, .koers-table th.num { text-align: right; font-variant-numeric: tabular-nums; }
    .koers-yoy-total th, .koers-yoy-total td { font-weight: 700; }
  `,
  template: `
    @let y = data();
    <section data-testid="year-on-year">
      <h2>{{ 'koploper.yearOnYear.title' | transloco: { year: y.baselineYear } }}</h2>
      <table class="koers-table">
        <caption>{{ 'koploper.yearOnYear.caption' | transloco: { from: y.year, to: y.baselineYear } }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'koploper.yearOnYear.what' | transloco }}</th>
            <th scope="col" class="num">{{ y.baselineYear }} ({{ unit() }} CO₂e)</th>
            <th scope="col" class="num">{{ y.year }} ({{ unit() }} CO₂e)</th>
            <th scope="col" class="num">{{ 'koploper.yearOnYear.change' | transloco }} ({{ unit() }})</th>
            <th scope="col" class="num">{{ 'koploper.yearOnYear.changePercent' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (r of rows(); track r.key) {
            <tr [class.koers-yoy-total]="r.key === 'total'" [attr.data-testid]="'yoy-' + r.key">
              <th scope="row">{{ r.label | transloco }}</th>
              <td class="num">{{ amount(r.c.baselineKgCO2e) }}</td>
              <td class="num">{{ amount(r.c.currentKgCO2e) }}</td>
              <td class="num">{{ amount(r.c.changeKgCO2e, true) }}</td>
              <td class="num">{{ r.c.changePercent === null ? '—' : pct(r.c.changePercent) }}</td>
            </tr>
          }
        </tbody>
      </table>
      <p class="koers-muted">{{ 'koploper.yearOnYear.factorSets' | transloco: { from: y.baselineYear, fromSet: y.factorSets.baseline.title, to: y.year, toSet: y.factorSets.current.title } }}</p>
      @if (y.measures; as m) {
        <p data-testid="yoy-measures"><strong>{{ 'koploper.yearOnYear.measures' | transloco: { count: m.count, expected: effect(m.expectedKgCO2e, m), measured: effect(m.measuredKgCO2e, m) } }}</strong></p>
        <p class="koers-muted">{{ 'koploper.yearOnYear.measuresNote' | transloco }}</p>
      } @else {
        <p class="koers-muted" data-testid="yoy-measures">{{ 'koploper.yearOnYear.noMeasures' | transloco }}</p>
      }
    </section>
  `,
})
export class YearOnYearSection {
  private readonly language = inject(LanguageService);
  readonly data = input.required<YearOnYear>();

  readonly rows = computed(() => {
    const y = this.data();
    return [
      { key: 'total', label: 'koploper.yearOnYear.total', c: y.total },
      { key: 'scope1', label: 'koploper.yearOnYear.scope1', c: y.scopes.scope1 },
      { key: 'scope2', label: 'koploper.yearOnYear.scope2', c: y.scopes.scope2 },
      { key: 'scope3', label: 'koploper.yearOnYear.scope3', c: y.scopes.scope3 },
      ...THEMES.map((t) => ({ key: t, label: `koploper.yearOnYear.themes.${t}`, c: y.themes[t] as Change })),
    ];
  });
  /** One unit for the whole table, from its largest figure (co2Column: tonnes once any reaches 1.000 kg). */
  private readonly column = computed(() => co2Column(this.rows().flatMap((r) => [r.c.baselineKgCO2e, r.c.currentKgCO2e, r.c.changeKgCO2e]), this.language.current()));
  readonly unit = computed(() => this.column().unit);

  amount(kg: number, signed = false): string {
    return this.column().format(kg, signed);
  }

  pct(p: number): string {
    return percentage(p, this.language.current(), true);
  }

  /** "−4,2 t CO₂e": expected and measured in one unit. */
  effect(kg: number, m: { expectedKgCO2e: number; measuredKgCO2e: number }): string {
    return co2Column([m.expectedKgCO2e, m.measuredKgCO2e], this.language.current()).withUnit(kg, true);
  }
}
