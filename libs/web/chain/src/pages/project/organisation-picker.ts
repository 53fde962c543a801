import { ChangeDetectionStrategy, Component, computed, inject, input, output, resource, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiClient, type OrganisationView } from '@koers/web-api-client';
import { FieldErrorComponent, type FieldMessage } from '@koers/web-programme';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';

/** An organisation as the picker hands it on. */
export interface PickedOrganisation {
  id: string;
  name: string;
}

/**
 * Pick an organisation the partner knows (GET /api/organisations, searched by
 * name, KvK number or place, as the step-1 and step-2 pages list them): a
 * search box and the matches in a select bound to `control`. One that is not
 * in Koers yet is not offered: the hint says to invite it by e-mail.
 */
@Component({
  selector: 'koers-organisation-picker',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koers-field">
      <label [for]="fieldId() + '-search'">{{ 'chain.project.picker.search' | transloco: { label: label() } }}</label>
      <input type="search" [id]="fieldId() + '-search'" [formControl]="search" autocomplete="off" [attr.aria-describedby]="fieldId() + '-found'"
             [placeholder]="'chain.project.picker.placeholder' | transloco" />
      <p class="koers-hint koers-picker-found" [id]="fieldId() + '-found'" aria-live="polite" [attr.data-testid]="fieldId() + '-found'">
        @if (results.isLoading()) {
          {{ 'chain.project.picker.searching' | transloco }}
        } @else if (results.error()) {
          {{ 'chain.project.picker.failed' | transloco }}
        } @else if (!options().length && term()) {
          {{ 'chain.project.picker.noneFound' | transloco: { term: term() } }} {{ notFoundHint() }}
        } @else if (more()) {
          {{ 'chain.project.picker.more' | transloco: { shown: options().length, total: total() } }}
        }
      </p>
    </div>
    <div class="koers-field">
      <label [for]="fieldId()">{{ label() }}</label>
      <select [id]="fieldId()" [formControl]="control()" (change)="changed(select.value)" #select [attr.aria-invalid]="!!error()" [attr.aria-describedby]="error() ? fieldId() + '-error' : null">
        <option value="">{{ 'chain.project.picker.choose' | transloco }}</option>
        @for (o of options(); track o.id) {
          <option [value]="o.id">{{ o.name }}{{ o.municipality ? ' (' + o.municipality + ')' : '' }}</option>
        }
      </select>
      <koers-field-error [id]="fieldId() + '-error'" [message]="error()" />
    </div>
  `,
  styles: `
    .koers-picker-found { margin: 0; }
  `,
})
export class OrganisationPicker {
  private readonly client = inject(ApiClient);
  /** The select's id (the search box adds `-search`). */
  readonly fieldId = input.required<string>();
  /** What is picked, in the page's words ("Trekker", "Ketenpartner"). */
  readonly label = input.required<string>();
  /** Holds the organisation's id. */
  readonly control = input.required<FormControl<string>>();
  /** Organisations that may not be picked here (already in the project). */
  readonly exclude = input<readonly string[]>([]);
  readonly error = input<FieldMessage | null>(null);
  /** What to do about a company that is not in Koers, in the page's words. */
  readonly notFoundHint = input('');
  readonly picked = output<PickedOrganisation | null>();

  readonly search = new FormControl('', { nonNullable: true });
  readonly term = toSignal(this.search.valueChanges.pipe(debounceTime(250), map((s) => s.trim()), distinctUntilChanged()), { initialValue: '' });
  readonly results = resource({
    params: () => ({ term: this.term() }),
    loader: ({ params }) => this.client.organisations({ search: params.term || undefined, pageSize: 50 }),
  });
  /** The one picked stays in the list while the user searches for the next. */
  private readonly current = signal<OrganisationView | null>(null);
  readonly options = computed(() => {
    const found = this.results.hasValue() ? this.results.value().items : [];
    const excluded = new Set(this.exclude());
    const current = this.current();
    const list = found.filter((o) => !excluded.has(o.id));
    return current && !list.some((o) => o.id === current.id) && !excluded.has(current.id) ? [current, ...list] : list;
  });
  readonly total = computed(() => (this.results.hasValue() ? this.results.value().total : 0));
  readonly more = computed(() => this.results.hasValue() && this.results.value().total > this.results.value().items.length);

  changed(id: string) {
    const o = this.options().find((x) => x.id === id) ?? null;
    this.current.set(o);
    this.picked.emit(o ? { id: o.id, name: o.name } : null);
  }

  /** After the page added it: the next search starts empty. */
  clear() {
    this.current.set(null);
    this.search.setValue('');
  }
}
