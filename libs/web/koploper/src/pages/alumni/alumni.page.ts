import { ChangeDetectionStrategy, Component, computed, effect, inject, resource, untracked } from '@angular/core';
import { FormControl, FormRecord, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { KoploperApi, type AlumnusRow } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { watchForm } from '@koers/web-programme';
import { AlumniInviteFormComponent } from './alumni-invite.form';

/**
 * The Koplopernetwerk: every company that finished a cohort. Coordinators and
 * administrators select companies and invite them to a masterclass, chain
 * project or event (a mail to the companies' users).
 */
@Component({
  selector: 'koers-koploper-alumni',
  imports: [ReactiveFormsModule, TranslocoPipe, EmptyStateComponent, ErrorStateComponent, LoadingComponent, AlumniInviteFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'koploper.alumni.title' | transloco }}</h1>
    <p>{{ 'koploper.alumni.intro' | transloco }}</p>

    @if (alumni.isLoading()) {
      <koers-loading />
    } @else if (alumni.error()) {
      <koers-error-state (retry)="alumni.reload()" />
    } @else if (rows().length) {
      <table class="koers-table">
        <caption class="koers-visually-hidden">{{ 'koploper.alumni.caption' | transloco }}</caption>
        <thead>
          <tr>
            @if (organiser()) {
              <th scope="col">
                <input #all type="checkbox" data-testid="select-all" [checked]="allSelected()" (change)="selectAll(all.checked)"
                       [attr.aria-label]="'koploper.alumni.selectAll' | transloco" />
              </th>
            }
            <th scope="col">{{ 'koploper.alumni.company' | transloco }}</th>
            <th scope="col">{{ 'koploper.alumni.municipality' | transloco }}</th>
            <th scope="col">{{ 'koploper.alumni.cohort' | transloco }}</th>
            <th scope="col">{{ 'koploper.alumni.year' | transloco }}</th>
            <th scope="col">{{ 'koploper.alumni.certificate' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (a of rows(); track a.organisationId + a.cohortId) {
            <tr [attr.data-testid]="'alumnus-' + a.organisationName">
              @if (organiser() && selection.controls[a.organisationId]; as control) {
                <td>
                  <input type="checkbox" [id]="'alumnus-' + a.organisationId + '-' + a.cohortId" [formControl]="control"
                         [attr.aria-label]="'koploper.alumni.select' | transloco: { name: a.organisationName }" />
                </td>
              }
              <th scope="row">{{ a.organisationName }}</th>
              <td>{{ a.municipality ?? '—' }}</td>
              <td>{{ a.cohortName }}</td>
              <td>{{ a.year }}</td>
              <td>{{ a.csrCertificate ?? '—' }}</td>
            </tr>
          }
        </tbody>
      </table>

      @if (organiser()) {
        <koers-alumni-invite-form [selected]="selected()" (sent)="selectAll(false)" />
      }
    } @else {
      <koers-empty-state [title]="'koploper.alumni.empty' | transloco" [hint]="'koploper.alumni.emptyHint' | transloco" />
    }
  `,
})
export class AlumniPage {
  private readonly api = inject(KoploperApi);
  private readonly auth = inject(AuthService);

  readonly organiser = computed(() => this.auth.hasRole('administrator', 'coordinator'));
  readonly alumni = resource({ loader: async () => (await this.api.alumni()).items });
  readonly rows = computed<AlumnusRow[]>(() => (this.alumni.hasValue() ? this.alumni.value() : []));

  /** A box per company (a company is invited once, whatever its cohorts: its rows share the box). */
  readonly selection = new FormRecord<FormControl<boolean>>({});
  private readonly version = watchForm(this.selection);
  readonly selected = computed(() => {
    this.version();
    return [...new Set(this.rows().map((r) => r.organisationId))].filter((id) => this.selection.controls[id]?.value);
  });
  readonly allSelected = computed(() => {
    const ids = new Set(this.rows().map((r) => r.organisationId));
    return ids.size > 0 && this.selected().length === ids.size;
  });

  constructor() {
    effect(() => {
      const ids = new Set(this.rows().map((r) => r.organisationId));
      untracked(() => {
        for (const id of ids) if (!this.selection.controls[id]) this.selection.addControl(id, new FormControl(false, { nonNullable: true }));
      });
    });
  }

  selectAll(on: boolean) {
    for (const control of Object.values(this.selection.controls)) control.setValue(on);
  }
}
