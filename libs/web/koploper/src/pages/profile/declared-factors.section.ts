import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { formatNumber } from '@koers/domain';
import type { Profile } from '@koers/web-api-client';
import { LanguageService } from '@koers/web-ui';
import { Co2Pipe } from '@koers/web-programme';

type Line = Profile['footprint']['lines'][number];

/**
 * Materials bought and goods by rail or inland ship: not on the CO2emissiefactoren.nl list,
 * so the footprint used the factor the company declared. Each such line with its amount,
 * factor, CO2 and the source named with its year; nothing when the footprint has none.
 */
@Component({
  selector: 'koers-declared-factors',
  imports: [TranslocoPipe, Co2Pipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `.koers-table td.num, .koers-table th.num { text-align: right; font-variant-numeric: tabular-nums; }`,
  template: `
    @if (declared().length) {
      <section data-testid="declared-factors" aria-labelledby="declared-factors-title">
        <h2 id="declared-factors-title">{{ 'koploper.profile.declared.title' | transloco }}</h2>
        <p class="koers-muted">{{ 'koploper.profile.declared.intro' | transloco }}</p>
        <table class="koers-table">
          <caption class="koers-visually-hidden">{{ 'koploper.profile.declared.title' | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'koploper.profile.declared.what' | transloco }}</th>
              <th scope="col" class="num">{{ 'koploper.profile.declared.amount' | transloco }}</th>
              <th scope="col" class="num">{{ 'koploper.profile.declared.factor' | transloco }}</th>
              <th scope="col" class="num">{{ 'koploper.profile.declared.co2' | transloco }}</th>
              <th scope="col">{{ 'koploper.profile.declared.source' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (l of declared(); track $index) {
              <tr>
                <th scope="row">{{ name(l) | transloco }}@if (l.label) { <span class="koers-muted"> · {{ l.label }}</span> }</th>
                <td class="num">{{ n(l.amount) }} {{ 'koploper.profile.declared.units.' + l.unit | transloco }}</td>
                <td class="num">{{ l.factorKgCO2ePerUnit === undefined ? '—' : n(l.factorKgCO2ePerUnit) }} {{ (l.factorUnit === 'tkm' ? 'koploper.profile.declared.perTkm' : 'koploper.profile.declared.perKg') | transloco }}</td>
                <td class="num">{{ l.kgCO2e | co2 }}</td>
                <td>{{ l.declaredFactor!.source }} ({{ l.declaredFactor!.year }})</td>
              </tr>
            }
          </tbody>
        </table>
      </section>
    }
  `,
})
export class DeclaredFactorsSection {
  private readonly language = inject(LanguageService);
  /** Undefined in a footprint stored without lines. */
  readonly lines = input<readonly Line[] | undefined>(undefined);
  readonly declared = computed(() => (this.lines() ?? []).filter((l) => l.declaredFactor));

  /** material.steel -> Staal, freight.rail -> Goederenvervoer per trein. */
  name(l: Line): string {
    const [kind, which] = (l.factorKey ?? '').split('.', 2);
    return kind === 'material' ? `koploper.profile.declared.materials.${which}` : `koploper.profile.declared.freight.${which}`;
  }

  n(x: number): string {
    return formatNumber(x, this.language.current(), 4);
  }
}
