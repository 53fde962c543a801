import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ApiClient, ApiError, type StepItem, type StepItemsPath } from '@koers/web-api-client';
import { DataTableComponent, EmptyStateComponent, ErrorStateComponent, LanguageService, LoadingComponent, formatDate, type TableColumn } from '@koers/web-ui';

export type StepKey = 'koploper' | 'masterclass' | 'chain';

interface StepList {
  path: StepItemsPath;
  columns: { key: string; label: string; kind?: 'date' | 'number' }[];
}

/** Where each step's own objects come from and which of their fields the list shows. */
export const STEP_LISTS: Record<StepKey, StepList> = {
  koploper: {
    path: '/api/koploper/cohorts',
    columns: [
      { key: 'name', label: 'list.name' },
      { key: 'municipality', label: 'list.municipality' },
      { key: 'startsOn', label: 'list.startsOn', kind: 'date' },
      { key: 'participants', label: 'list.participants', kind: 'number' },
    ],
  },
  masterclass: { path: '/api/masterclass/masterclasses', columns: [{ key: 'name', label: 'list.name' }] },
  chain: { path: '/api/chain/projects', columns: [{ key: 'name', label: 'list.name' }] },
};

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
      <koers-data-table [rows]="items.value()!" [columns]="columns()" [caption]="'steps.' + step() + '.items' | transloco" />
    } @else {
      <koers-empty-state [title]="'steps.' + step() + '.empty' | transloco" [hint]="'steps.' + step() + '.emptyHint' | transloco" />
    }
  `,
})
export class StepHomeComponent {
  readonly step = input.required<StepKey>();
  private readonly api = inject(ApiClient);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  readonly columns = computed<TableColumn<StepItem>[]>(() => {
    const lang = this.language.current();
    return STEP_LISTS[this.step()].columns.map((c) => ({
      key: c.key,
      label: this.transloco.translate(c.label, {}, lang),
      format: c.kind === 'date' ? (v) => formatDate(String(v), lang) : c.kind === 'number' ? (v) => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(Number(v)) : undefined,
    }));
  });

  readonly items = resource({
    params: () => this.step(),
    loader: async ({ params }) => {
      try {
        return (await this.api.stepItems(STEP_LISTS[params].path)).items;
      } catch (e) {
        // Until a step's endpoints exist the API answers 404: that is an empty list, not an error.
        if (e instanceof ApiError && e.status === 404) return [];
        throw e;
      }
    },
  });
}
