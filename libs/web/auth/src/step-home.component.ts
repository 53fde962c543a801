import { ChangeDetectionStrategy, Component, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiClient, ApiError } from '@koers/web-api-client';
import { DataTableComponent, EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@koers/web-ui';

export type StepKey = 'koploper' | 'masterclass' | 'chain';
const ENDPOINTS = { koploper: '/api/cohorts', masterclass: '/api/masterclasses', chain: '/api/chain-projects' } as const;

/**
 * A step app's home: its own objects from the API, or a helpful empty state
 * while the step has none (or its endpoints have not been built yet).
 */
@Component({
  selector: 'koers-step-home',
  imports: [TranslocoPipe, RouterLink, DataTableComponent, EmptyStateComponent, ErrorStateComponent, LoadingComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'steps.' + step() + '.title' | transloco }}</h1>
    <p>{{ 'steps.' + step() + '.intro' | transloco }}</p>
    <p><a routerLink="organisatie">{{ 'organisation.title' | transloco }}</a></p>
    <h2>{{ 'steps.' + step() + '.items' | transloco }}</h2>
    @if (items.isLoading()) {
      <koers-loading />
    } @else if (items.error()) {
      <koers-error-state (retry)="items.reload()" />
    } @else if (items.value()?.length) {
      <koers-data-table [rows]="items.value()!" [columns]="[{ key: 'name', label: ('organisation.name' | transloco) }]" [caption]="'steps.' + step() + '.items' | transloco" />
    } @else {
      <koers-empty-state [title]="'steps.' + step() + '.empty' | transloco" [hint]="'steps.' + step() + '.emptyHint' | transloco" />
    }
  `,
})
export class StepHomeComponent {
  readonly step = input.required<StepKey>();
  private readonly api = inject(ApiClient);
  readonly items = resource({
    params: () => this.step(),
    loader: async ({ params }) => {
      try {
        return (await this.api.stepItems(ENDPOINTS[params])).items as Record<string, unknown>[];
      } catch (e) {
        // Until a step's endpoints exist the API answers 404: that is an empty list, not an error.
        if (e instanceof ApiError && e.status === 404) return [];
        throw e;
      }
    },
  });
}
