import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import type { EChartsCoreOption } from 'echarts/core';

/**
 * The one way the apps draw charts (its own library, not shared: only the pages with charts load it).
 * never weighs on a first page that shows no chart.
 */
@Component({
  selector: 'koers-chart',
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts: () => import('echarts') })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<figure class="koers-chart"><div echarts [options]="options()" [style.height.px]="height()" role="img" [attr.aria-label]="label()"></div><figcaption>{{ label() }}</figcaption></figure>`,
})
export class ChartComponent {
  readonly options = input.required<EChartsCoreOption>();
  readonly label = input.required<string>();
  readonly height = input(320);
}
