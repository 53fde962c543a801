import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import type { EChartsCoreOption } from 'echarts/core';
import { loadEcharts } from './chart-options';

/**
 * The one way the apps draw charts. A library of its own and not shared, so
 * only pages that show a chart download ECharts (and only the parts registered
 * in loadEcharts). The figure has a text label for screen readers.
 */
@Component({
  selector: 'koers-chart',
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts: loadEcharts })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<figure class="koers-chart"><div echarts [options]="options()" [style.height.px]="height()" role="img" [attr.aria-label]="label()"></div><figcaption>{{ label() }}</figcaption></figure>`,
})
export class ChartComponent {
  readonly options = input.required<EChartsCoreOption>();
  readonly label = input.required<string>();
  readonly height = input(320);
}
