import { ChangeDetectionStrategy, Component, inject, resource, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { KoploperApi, type RegisterSearch } from '@koers/web-api-client';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { KoersDatePipe } from '@koers/web-programme';
import { RegisterFrameComponent } from './register-frame';

/**
 * The public MVO register: every company holding a valid CSR certificate of
 * the alliance, searchable by company and municipality, each with its own page
 * (the one the certificate's link and QR code open). No sign-in: customers,
 * municipalities and the press look here.
 */
@Component({
  selector: 'koers-csr-register',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, LoadingComponent, ErrorStateComponent, EmptyStateComponent, KoersDatePipe, RegisterFrameComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .koers-register-search { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: flex-end; }
    .koers-register-search .koers-field { min-width: 14rem; }
    .koers-register-search .koers-button { margin-bottom: 1rem; }
  `,
  template: `
    <koers-register-frame>
      <h1>{{ 'koploper.register.title' | transloco }}</h1>
      <p>{{ 'koploper.register.intro' | transloco }}</p>
      <p>{{ 'koploper.register.meaning' | transloco }}</p>
      <form class="koers-register-search" role="search" [formGroup]="form" (ngSubmit)="search()" data-testid="register-search">
        <div class="koers-field">
          <label for="register-company">{{ 'koploper.register.company' | transloco }}</label>
          <input id="register-company" data-testid="search-company" formControlName="company" maxlength="100" autocomplete="organization" />
        </div>
        <div class="koers-field">
          <label for="register-municipality">{{ 'koploper.register.municipality' | transloco }}</label>
          <input id="register-municipality" data-testid="search-municipality" formControlName="municipality" maxlength="100" />
        </div>
        <button class="koers-button" type="submit" data-testid="search">{{ 'koploper.register.search' | transloco }}</button>
      </form>
      <form class="koers-register-search" [formGroup]="lookup" (ngSubmit)="lookUp()" data-testid="register-lookup">
        <div class="koers-field">
          <label for="register-number">{{ 'koploper.register.lookUpLabel' | transloco }}</label>
          <input id="register-number" data-testid="lookup-number" formControlName="number" placeholder="MVO-2026-0001" maxlength="13"
                 [attr.aria-invalid]="numberError() ? true : null" [attr.aria-describedby]="numberError() ? 'register-number-error' : null" />
          @if (numberError()) {
            <p class="koers-field-error" id="register-number-error" role="alert">{{ 'koploper.register.numberFormat' | transloco }}</p>
          }
        </div>
        <button class="koers-button koers-button-secondary" type="submit" data-testid="lookup">{{ 'koploper.register.lookUp' | transloco }}</button>
      </form>

      @if (entries.isLoading()) {
        <koers-loading />
      } @else if (entries.error()) {
        <koers-error-state (retry)="entries.reload()" />
      } @else if (entries.value()?.length) {
        <table class="koers-table" data-testid="register">
          <caption class="koers-visually-hidden">{{ 'koploper.register.title' | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'koploper.register.number' | transloco }}</th>
              <th scope="col">{{ 'koploper.register.company' | transloco }}</th>
              <th scope="col">{{ 'koploper.register.municipality' | transloco }}</th>
              <th scope="col">{{ 'koploper.register.awardedOn' | transloco }}</th>
              <th scope="col">{{ 'koploper.register.validUntil' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (e of entries.value()!; track e.number) {
              <tr>
                <td><a [routerLink]="[e.number]">{{ e.number }}</a></td>
                <td>{{ e.company }}</td>
                <td>{{ e.municipality ?? '—' }}</td>
                <td>{{ e.awardedOn | koersDate }}</td>
                <td>{{ e.validUntil | koersDate }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else if (searched()) {
        <koers-empty-state [title]="'koploper.register.noMatch' | transloco" [hint]="'koploper.register.noMatchHint' | transloco" />
      } @else {
        <koers-empty-state [title]="'koploper.register.empty' | transloco" />
      }
    </koers-register-frame>
  `,
})
export class RegisterPage {
  private readonly api = inject(KoploperApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  readonly form = new FormGroup({ company: new FormControl('', { nonNullable: true }), municipality: new FormControl('', { nonNullable: true }) });
  readonly lookup = new FormGroup({ number: new FormControl('', { nonNullable: true }) });
  readonly numberError = signal(false);
  private readonly query = signal<RegisterSearch>({});
  readonly searched = signal(false);
  readonly entries = resource({ params: () => this.query(), loader: async ({ params }) => (await this.api.register(params)).items });

  search() {
    const { company, municipality } = this.form.getRawValue();
    this.searched.set(!!(company.trim() || municipality.trim()));
    this.query.set({ company, municipality });
  }

  /** Opens the certificate's own page; the number is checked here first so a typo is named at the field. */
  lookUp() {
    const n = this.lookup.getRawValue().number.trim().toUpperCase();
    const ok = /^MVO-\d{4}-\d{4}$/.test(n);
    this.numberError.set(!ok);
    if (ok) void this.router.navigate([n], { relativeTo: this.route });
  }
}
