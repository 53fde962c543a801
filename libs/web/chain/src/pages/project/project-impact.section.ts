import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CalculationOutcome } from '@koers/web-api-client';
import { LanguageService, formatQuantity } from '@koers/web-ui';
import { BilingualPipe, Co2Pipe, EuroPipe, KoersDatePipe, type Bilingual } from '@koers/web-programme';
import { formatNumber } from '@koers/domain';

/** What the page reads of chain.impact's output (libs/calc/chain-impact/src/schema.ts); read by shape, the calculator is the worker's. */
export interface ChainImpactOutput {
  plugin: { id: string; version: string };
  year: number;
  factorSet: { id: string; title: string; published: string };
  co2: {
    lines: { item: string; factorSetId: string; factorKey: string; listLabel: string; factorKgCO2ePerUnit: number; unit: string; factorNote: string | null; asIsQuantity: number; redesignQuantity: number; reductionQuantity: number; kgCO2eReduction: number }[];
    notCounted: { kind: 'material' | 'waste'; name: string; asIsKg: number; redesignKg: number; reductionKg: number; note: { code: string; text: Bilingual } }[];
    totalKgCO2eReduction: number;
  };
  totals: { investmentEur: number; yearlyBenefitEur: number; paybackYears: number | null; npvEur: number; kgCO2eReductionPerYear: number; waterSavedM3: number | null; fteChange: number };
  notes: { code: string; text: Bilingual }[];
}

const UNITS: Readonly<Record<string, string>> = { m3: 'm³', kWh: 'kWh', kg: 'kg' };

/**
 * The impact of the chosen business-case option (chain.impact on the worker):
 * the yearly benefit, the CO2 reduction line by line with each factor and its
 * source, water saved and jobs; what has no sourced factor is listed as not
 * counted, never given a number. While it is computed the page asks again.
 */
@Component({
  selector: 'koers-chain-project-impact',
  imports: [TranslocoPipe, BilingualPipe, Co2Pipe, EuroPipe, KoersDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>{{ 'chain.project.impact.intro' | transloco }}</p>
    @let i = impact();
    @if (!i || i.status === 'none') {
      <p data-testid="impact-none">{{ 'chain.project.impact.none' | transloco }}</p>
    } @else if (i.status === 'pending') {
      <p data-testid="impact-pending" role="status">
        @if (gaveUp()) {
          {{ 'chain.project.impact.stillPending' | transloco }}
          <button class="koers-link" type="button" (click)="again.emit()">{{ 'chain.project.impact.again' | transloco }}</button>
        } @else {
          {{ 'chain.project.impact.pending' | transloco }}
        }
      </p>
    } @else if (i.status === 'failed') {
      <p class="koers-form-error" role="alert" data-testid="impact-failed">{{ 'chain.project.impact.failed' | transloco: { error: i.error ?? '' } }}</p>
    } @else if (output(); as o) {
      <dl class="koers-facts" data-testid="impact-totals">
        <dt>{{ 'chain.project.impact.yearlyBenefit' | transloco }}</dt>
        <dd class="koers-figure" data-testid="impact-benefit">{{ o.totals.yearlyBenefitEur | euro }}</dd>
        <dt>{{ 'chain.project.impact.co2' | transloco }}</dt>
        <dd class="koers-figure" data-testid="impact-co2">{{ o.totals.kgCO2eReductionPerYear | co2 }}</dd>
        <dt>{{ 'chain.project.impact.water' | transloco }}</dt>
        <dd class="koers-figure" data-testid="impact-water">{{ o.totals.waterSavedM3 === null ? ('chain.project.impact.notComputed' | transloco) : quantity(o.totals.waterSavedM3, 'm³') }}</dd>
        <dt>{{ 'chain.project.impact.fte' | transloco }}</dt>
        <dd class="koers-figure" data-testid="impact-fte">{{ quantity(o.totals.fteChange, 'fte', 2) }}</dd>
      </dl>
      <p class="koers-hint" data-testid="impact-source">
        {{ 'chain.project.impact.source' | transloco: { plugin: o.plugin.id, version: o.plugin.version, factorSet: o.factorSet.title, published: (o.factorSet.published | koersDate), year: o.year, date: (i.computedAt | koersDate: 'time') } }}
      </p>

      <h3>{{ 'chain.project.impact.lines' | transloco }}</h3>
      @if (o.co2.lines.length) {
        <table class="koers-table" data-testid="co2-lines">
          <caption class="koers-visually-hidden">{{ 'chain.project.impact.lines' | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'chain.project.impact.item' | transloco }}</th>
              <th scope="col">{{ 'chain.project.impact.asIs' | transloco }}</th>
              <th scope="col">{{ 'chain.project.impact.redesign' | transloco }}</th>
              <th scope="col">{{ 'chain.project.impact.difference' | transloco }}</th>
              <th scope="col">{{ 'chain.project.impact.factor' | transloco }}</th>
              <th scope="col">{{ 'chain.project.impact.reduction' | transloco }}</th>
              <th scope="col">{{ 'chain.project.impact.factorSource' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (l of o.co2.lines; track l.item) {
              <tr [attr.data-co2-line]="l.item">
                <th scope="row">{{ 'chain.project.impact.items.' + l.item | transloco }}</th>
                <td>{{ quantity(l.asIsQuantity, unit(l.unit), 0) }}</td>
                <td>{{ quantity(l.redesignQuantity, unit(l.unit), 0) }}</td>
                <td>{{ quantity(l.reductionQuantity, unit(l.unit), 0) }}</td>
                <td>{{ factor(l.factorKgCO2ePerUnit, l.unit) }}</td>
                <td>{{ l.kgCO2eReduction | co2: o.co2.totalKgCO2eReduction }}</td>
                <td><small>{{ l.listLabel }} ({{ l.factorSetId }}, {{ l.factorKey }}){{ l.factorNote ? ' · ' + l.factorNote : '' }}</small></td>
              </tr>
            }
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{{ 'chain.project.businessCase.total' | transloco }}</th>
              <td colspan="4"></td>
              <td data-testid="co2-total">{{ o.co2.totalKgCO2eReduction | co2 }}</td>
              <td></td>
            </tr>
          </tfoot>
        </table>
      } @else {
        <p>{{ 'chain.project.impact.noLines' | transloco }}</p>
      }

      @if (o.co2.notCounted.length) {
        <h3>{{ 'chain.project.impact.notCounted' | transloco }}</h3>
        <p>{{ 'chain.project.impact.notCountedIntro' | transloco }}</p>
        <table class="koers-table" data-testid="not-counted">
          <caption class="koers-visually-hidden">{{ 'chain.project.impact.notCounted' | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'chain.project.impact.item' | transloco }}</th>
              <th scope="col">{{ 'chain.project.impact.asIs' | transloco }}</th>
              <th scope="col">{{ 'chain.project.impact.redesign' | transloco }}</th>
              <th scope="col">{{ 'chain.project.impact.difference' | transloco }}</th>
              <th scope="col"><span class="koers-visually-hidden">{{ 'chain.project.impact.notes' | transloco }}</span></th>
            </tr>
          </thead>
          <tbody>
            @for (n of o.co2.notCounted; track n.kind + n.name) {
              <tr [attr.data-not-counted]="n.name">
                <th scope="row">{{ 'chain.project.impact.kinds.' + n.kind | transloco }}: @if (n.kind === 'waste') { {{ 'chain.project.impact.routes.' + n.name | transloco }} } @else { {{ n.name }} }</th>
                <td>{{ quantity(n.asIsKg, 'kg', 0) }}</td>
                <td>{{ quantity(n.redesignKg, 'kg', 0) }}</td>
                <td>{{ quantity(n.reductionKg, 'kg', 0) }}</td>
                <td><small>{{ n.note.text | bilingual }}</small></td>
              </tr>
            }
          </tbody>
        </table>
      }

      @if (o.notes.length) {
        <h3>{{ 'chain.project.impact.notes' | transloco }}</h3>
        <ul data-testid="impact-notes">
          @for (n of o.notes; track $index) {
            <li [attr.data-note]="n.code">{{ n.text | bilingual }}</li>
          }
        </ul>
      }
    }
  `,
})
export class ProjectImpactSection {
  private readonly language = inject(LanguageService);
  /** The project's chain.impact outcome; null before an option is chosen. */
  readonly impact = input<CalculationOutcome | null>(null);
  /** The page stopped asking while it is still pending. */
  readonly gaveUp = input(false);
  readonly again = output<void>();

  readonly output = computed(() => (this.impact()?.status === 'succeeded' ? (this.impact()?.output as unknown as ChainImpactOutput | null) : null));

  quantity(value: number, unit: string, digits = 1): string {
    return formatQuantity(value, unit, this.language.current(), digits);
  }
  unit(u: string): string {
    return UNITS[u] ?? u;
  }
  factor(kgPerUnit: number, unit: string): string {
    return `${formatNumber(kgPerUnit, this.language.current(), 4)} kg CO₂e/${this.unit(unit)}`;
  }
}
