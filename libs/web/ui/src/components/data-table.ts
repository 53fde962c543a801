import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

let nextId = 0;

export interface TableColumn<T> {
  key: keyof T & string;
  label: string;
  /** How a cell reads (a date or quantity in the user's language); sorting still uses the raw value. */
  format?: (value: T[keyof T & string], row: T) => string;
}

/**
 * A table with filter, sort and paging done in the browser: enough for the
 * lists a partner sees (tens to hundreds of rows). Sort headers are buttons
 * with aria-sort, so the keyboard and screen readers can use them.
 */
@Component({
  selector: 'koers-data-table',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koers-field koers-table-filter">
      <label [for]="filterId">{{ 'table.filter' | transloco }}</label>
      <input [id]="filterId" type="search" [value]="query()" (input)="setQuery($any($event.target).value)" />
    </div>
    <table class="koers-table">
      <caption class="koers-visually-hidden">{{ caption() }}</caption>
      <thead>
        <tr>
          @for (c of columns(); track c.key) {
            <th scope="col" [attr.aria-sort]="sortKey() === c.key ? (ascending() ? 'ascending' : 'descending') : 'none'">
              <button type="button" class="koers-sort" (click)="sortBy(c.key)">{{ c.label }}</button>
            </th>
          }
        </tr>
      </thead>
      <tbody>
        @for (row of page(); track $index) {
          <tr>
            @for (c of columns(); track c.key) {
              <td>{{ cell(row, c) }}</td>
            }
          </tr>
        } @empty {
          <tr><td [attr.colspan]="columns().length">{{ 'table.noMatch' | transloco }}</td></tr>
        }
      </tbody>
    </table>
    @if (pages() > 1) {
      <nav class="koers-pager" [attr.aria-label]="caption()">
        <button class="koers-button koers-button-secondary" type="button" [disabled]="pageIndex() === 0" (click)="pageIndex.set(pageIndex() - 1)">{{ 'table.previous' | transloco }}</button>
        <span>{{ 'table.page' | transloco: { page: pageIndex() + 1, pages: pages() } }}</span>
        <button class="koers-button koers-button-secondary" type="button" [disabled]="pageIndex() + 1 >= pages()" (click)="pageIndex.set(pageIndex() + 1)">{{ 'table.next' | transloco }}</button>
      </nav>
    }
  `,
})
export class DataTableComponent<T extends Record<string, unknown>> {
  readonly rows = input.required<T[]>();
  readonly columns = input.required<TableColumn<T>[]>();
  readonly caption = input.required<string>();
  readonly pageSize = input(10);

  readonly filterId = `koers-filter-${++nextId}`;
  readonly query = signal('');
  readonly sortKey = signal<string | null>(null);
  readonly ascending = signal(true);
  readonly pageIndex = signal(0);

  readonly filtered = computed(() => {
    const q = this.query().trim().toLowerCase();
    const rows = q ? this.rows().filter((r) => this.columns().some((c) => this.cell(r, c).toLowerCase().includes(q))) : [...this.rows()];
    const key = this.sortKey();
    if (key) {
      const dir = this.ascending() ? 1 : -1;
      rows.sort((a, b) => String(a[key] ?? '').localeCompare(String(b[key] ?? ''), 'nl', { numeric: true }) * dir);
    }
    return rows;
  });
  readonly pages = computed(() => Math.max(1, Math.ceil(this.filtered().length / this.pageSize())));
  readonly page = computed(() => this.filtered().slice(this.pageIndex() * this.pageSize(), (this.pageIndex() + 1) * this.pageSize()));

  cell(row: T, c: TableColumn<T>): string {
    const v = row[c.key];
    if (v === null || v === undefined || v === '') return '–';
    return c.format ? c.format(v, row) : String(v);
  }

  setQuery(q: string) {
    this.query.set(q);
    this.pageIndex.set(0);
  }

  sortBy(key: string) {
    if (this.sortKey() === key) this.ascending.set(!this.ascending());
    else {
      this.sortKey.set(key);
      this.ascending.set(true);
    }
  }
}
