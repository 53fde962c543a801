import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { FLOW_VARIANT_LABELS, sankeyGraph } from '@koers/domain';
import type { FlowVariantView } from '@koers/web-api-client';
import { ChartComponent, sankeyOptions } from '@koers/web-charts';
import { LanguageService, formatQuantity, type Language } from '@koers/web-ui';
import { BilingualPipe } from '@koers/web-programme';

type Imbalance = FlowVariantView['imbalances'][number];

/**
 * A variant's flows as a Sankey diagram. A variant out of balance is not drawn
 * as if it balanced: a warning above the diagram names every node with its
 * difference ("Fabriek: 500 kg meer uit dan in; …"), and the diagram marks
 * those nodes "niet in balans".
 */
@Component({
  selector: 'koers-flow-sankey',
  imports: [TranslocoPipe, BilingualPipe, ChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .flow-warning { border: 2px solid #b00020; border-radius: 8px; padding: .5rem 1rem; background: #fff5f5; margin-bottom: 1rem; }
    .flow-warning ul { margin: .25rem 0; padding-left: 1.25rem; }
  `,
  template: `
    @let v = variant();
    <h3>{{ variantName() | bilingual }}</h3>
    @if (v.imbalances.length) {
      <div class="koers-form-error flow-warning" role="alert" [attr.data-testid]="'imbalance-' + v.variant">
        <p><strong><span aria-hidden="true">⚠ </span>{{ 'chain.flowMap.sankey.imbalanced' | transloco }}</strong> {{ 'chain.flowMap.sankey.imbalancedIntro' | transloco }}</p>
        <ul>
          @for (line of imbalanceLines(); track $index) {
            <li>{{ 'chain.flowMap.sankey.' + line.key | transloco: line.params }}</li>
          }
        </ul>
      </div>
    }
    @if (hasFlows()) {
      <koers-chart [options]="options()" [label]="'chain.flowMap.sankey.label' | transloco: { variant: (variantName() | bilingual), count: graph().links.length }" [height]="height()" [attr.data-testid]="'sankey-' + v.variant" />
    } @else {
      <p>{{ 'chain.flowMap.sankey.none' | transloco }}</p>
    }
  `,
})
export class FlowSankeyComponent {
  readonly variant = input.required<FlowVariantView>();
  private readonly language = inject(LanguageService);

  readonly variantName = computed(() => FLOW_VARIANT_LABELS[this.variant().variant]);
  readonly graph = computed(() => sankeyGraph(this.variant()));
  readonly hasFlows = computed(() => this.graph().links.length > 0);
  readonly options = computed(() => sankeyOptions(this.graph(), this.language.current()));
  readonly height = computed(() => Math.max(260, Math.min(640, this.graph().nodes.length * 42)));
  readonly imbalanceLines = computed(() => {
    const lang = this.language.current();
    return this.variant().imbalances.map((i) => imbalanceLine(i, lang));
  });
}

/** One node out of balance in words (a key under chain.flowMap.sankey): which way, by how much, in the reader's numbers. */
export function imbalanceLine(i: Imbalance, lang: Language): { key: string; params: Record<string, string> } {
  const kg = (v: number) => formatQuantity(Math.abs(v), 'kg', lang, 3);
  const way = i.differenceKg < 0 ? 'moreOut' : 'moreIn';
  const params = { node: i.node, kg: kg(i.differenceKg), in: kg(i.inKg), out: kg(i.outKg), stock: formatQuantity(i.stockChangeKg, 'kg', lang, 3) };
  return { key: i.stockChangeKg ? `${way}Stock` : way, params };
}
