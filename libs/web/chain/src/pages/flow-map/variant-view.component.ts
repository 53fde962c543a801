import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { FLOW_NODE_KIND_LABELS, FLOW_VARIANT_LABELS, RECOVERY_ROUTE_LABELS } from '@koers/domain';
import type { FlowVariantView } from '@koers/web-api-client';
import { QuantityPipe } from '@koers/web-ui';
import { BilingualPipe } from '@koers/web-programme';

/** One variant to read (a participant, an analyst, a closed project): its nodes, flows, energy and water as tables, nothing to change. */
@Component({
  selector: 'koers-variant-view',
  imports: [TranslocoPipe, BilingualPipe, QuantityPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .flow-scroll { overflow-x: auto; max-width: 100%; position: relative; }
    .flow-scroll:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
    td.flow-number { text-align: right; white-space: nowrap; }
  `,
  template: `
    @let v = variant();
    @let name = variantName() | bilingual;
    <h4>{{ 'chain.flowMap.nodes.title' | transloco }}</h4>
    @if (v.nodes.length) {
      <div class="flow-scroll" tabindex="0" role="region" [attr.aria-label]="'chain.flowMap.nodes.caption' | transloco: { variant: name }">
        <table class="koers-table" [attr.data-testid]="'nodes-' + v.variant">
          <caption class="koers-visually-hidden">{{ 'chain.flowMap.nodes.caption' | transloco: { variant: name } }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'chain.flowMap.nodes.name' | transloco }}</th>
              <th scope="col">{{ 'chain.flowMap.nodes.kind' | transloco }}</th>
              <th scope="col">{{ 'chain.flowMap.nodes.stock' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (n of v.nodes; track n.name) {
              <tr>
                <th scope="row">{{ n.name }}</th>
                <td>{{ kindLabels[n.kind] | bilingual }}</td>
                <td class="flow-number">{{ n.stockChangeKg ? (n.stockChangeKg | quantity: 'kg' : 3) : '—' }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p>{{ 'chain.flowMap.nodes.none' | transloco }}</p>
    }

    <h4>{{ 'chain.flowMap.flows.title' | transloco }}</h4>
    @if (v.flows.length) {
      <div class="flow-scroll" tabindex="0" role="region" [attr.aria-label]="'chain.flowMap.flows.caption' | transloco: { variant: name }">
        <table class="koers-table" [attr.data-testid]="'flows-' + v.variant">
          <caption class="koers-visually-hidden">{{ 'chain.flowMap.flows.caption' | transloco: { variant: name } }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'chain.flowMap.flows.from' | transloco }}</th>
              <th scope="col">{{ 'chain.flowMap.flows.to' | transloco }}</th>
              <th scope="col">{{ 'chain.flowMap.flows.material' | transloco }}</th>
              <th scope="col">{{ 'chain.flowMap.flows.kg' | transloco }}</th>
              <th scope="col">{{ 'chain.flowMap.flows.recycled' | transloco }}</th>
              <th scope="col">{{ 'chain.flowMap.flows.renewable' | transloco }}</th>
              <th scope="col">{{ 'chain.flowMap.flows.route' | transloco }}</th>
              <th scope="col">{{ 'chain.flowMap.flows.potential' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (f of v.flows; track $index) {
              <tr>
                <td>{{ f.from }}</td>
                <td>{{ f.to }}</td>
                <td>{{ f.material }}</td>
                <td class="flow-number">{{ f.kgPerYear | quantity: 'kg' : 3 }}</td>
                <td class="flow-number">{{ f.recycledPct | quantity: '%' : 1 }}</td>
                <td class="flow-number">{{ f.renewablePct | quantity: '%' : 1 }}</td>
                <td>{{ f.recoveryRoute ? (routeLabels[f.recoveryRoute] | bilingual) : '—' }}</td>
                <td class="flow-number">{{ f.recoveryPotentialPct === null ? '—' : (f.recoveryPotentialPct | quantity: '%' : 1) }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p>{{ 'chain.flowMap.flows.none' | transloco }}</p>
    }

    <dl class="koers-facts" [attr.data-testid]="'figures-in-' + v.variant">
      @for (f of energyFields; track f) {
        <dt>{{ 'chain.flowMap.energy.' + f | transloco }}</dt>
        <dd>{{ v.energy[f] === null ? ('chain.flowMap.notGiven' | transloco) : (v.energy[f] | quantity: (f === 'naturalGasM3' ? 'm³' : 'kWh') : 3) }}</dd>
      }
      @for (f of waterFields; track f) {
        <dt>{{ 'chain.flowMap.water.' + f | transloco }}</dt>
        <dd>{{ v.water[f] === null ? ('chain.flowMap.notGiven' | transloco) : (v.water[f] | quantity: 'm³' : 3) }}</dd>
      }
    </dl>
  `,
})
export class VariantViewComponent {
  readonly variant = input.required<FlowVariantView>();
  readonly variantName = computed(() => FLOW_VARIANT_LABELS[this.variant().variant]);
  readonly kindLabels = FLOW_NODE_KIND_LABELS;
  readonly routeLabels = RECOVERY_ROUTE_LABELS;
  readonly energyFields = ['totalKwh', 'renewableKwh', 'electricityKwh', 'naturalGasM3'] as const;
  readonly waterFields = ['intakeM3', 'circularM3'] as const;
}
