import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ChainApi } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { FieldErrorComponent, KoersDatePipe, RefusalComponent, fieldErrors, newGroupControls, notBlank, pageActions, showRefusalOnFields, tooLong } from '@koers/web-programme';

/** The sector programmes of the partner (staff), and a new one (coordinators). */
@Component({
  selector: 'koers-chain-sector-list',
  imports: [ReactiveFormsModule, TranslocoPipe, RouterLink, KoersDatePipe, EmptyStateComponent, ErrorStateComponent, LoadingComponent, FieldErrorComponent, RefusalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="..">{{ 'chain.common.back' | transloco }}</a></p>
    <h1>{{ 'chain.nav.sector' | transloco }}</h1>
    <p>{{ 'chain.sector.intro' | transloco }}</p>

    <h2>{{ 'chain.sector.list' | transloco }}</h2>
    @if (programmes.isLoading()) {
      <koers-loading />
    } @else if (programmes.error()) {
      <koers-error-state (retry)="programmes.reload()" />
    } @else if (programmes.value()?.length) {
      <table class="koers-table" data-testid="sector-programmes">
        <caption class="koers-visually-hidden">{{ 'chain.sector.list' | transloco }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'chain.sector.name' | transloco }}</th>
            <th scope="col">{{ 'chain.sector.sector' | transloco }}</th>
            <th scope="col">{{ 'chain.sector.region' | transloco }}</th>
            <th scope="col">{{ 'chain.sector.opening' | transloco }}</th>
            <th scope="col">{{ 'chain.sector.closing' | transloco }}</th>
            <th scope="col">{{ 'chain.sector.groups' | transloco }}</th>
            <th scope="col">{{ 'chain.sector.questions' | transloco }}</th>
            <th scope="col">{{ 'chain.sector.agreements' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (s of programmes.value()!; track s.id) {
            <tr [attr.data-programme]="s.name">
              <td><a [routerLink]="[s.id]">{{ s.name }}</a></td>
              <td>{{ s.sector }}</td>
              <td>{{ s.region ?? '—' }}</td>
              <td>{{ s.openingOn ? (s.openingOn | koersDate) : ('chain.sector.notYet' | transloco) }}</td>
              <td>{{ s.closingOn ? (s.closingOn | koersDate) : ('chain.sector.notYet' | transloco) }}</td>
              <td>{{ s.groups }}</td>
              <td>{{ s.questions }}</td>
              <td>{{ s.agreements }}</td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <koers-empty-state [title]="'chain.sector.empty' | transloco" [hint]="'chain.sector.emptyHint' | transloco" />
    }

    @if (organiser()) {
      <h2>{{ 'chain.sector.create.title' | transloco }}</h2>
      <form class="koers-form" [formGroup]="form" (ngSubmit)="create()" novalidate data-testid="new-sector-programme">
        <div class="koers-field">
          <label for="sector-name">{{ 'chain.sector.create.name' | transloco }}</label>
          <input id="sector-name" formControlName="name" maxlength="200" [attr.aria-invalid]="!!errors().name" [attr.aria-describedby]="errors().name ? 'sector-name-error' : null" />
          <koers-field-error id="sector-name-error" [message]="errors().name" />
        </div>
        <div class="koers-inline-form">
          <div class="koers-field">
            <label for="sector-sector">{{ 'chain.sector.create.sector' | transloco }}</label>
            <input id="sector-sector" formControlName="sector" maxlength="100" [attr.aria-invalid]="!!errors().sector"
                   [attr.aria-describedby]="'sector-sector-hint' + (errors().sector ? ' sector-sector-error' : '')" />
            <koers-field-error id="sector-sector-error" [message]="errors().sector" />
          </div>
          <div class="koers-field">
            <label for="sector-region">{{ 'chain.sector.create.region' | transloco }}</label>
            <input id="sector-region" formControlName="region" maxlength="100" />
          </div>
          <div class="koers-field">
            <label for="sector-starts">{{ 'chain.sector.create.startsOn' | transloco }}</label>
            <input id="sector-starts" type="date" formControlName="startsOn" [attr.aria-invalid]="!!errors().startsOn" [attr.aria-describedby]="errors().startsOn ? 'sector-starts-error' : null" />
            <koers-field-error id="sector-starts-error" [message]="errors().startsOn" />
          </div>
          <div class="koers-field">
            <label for="sector-ends">{{ 'chain.sector.create.endsOn' | transloco }}</label>
            <input id="sector-ends" type="date" formControlName="endsOn" [attr.aria-invalid]="!!errors().endsOn" [attr.aria-describedby]="errors().endsOn ? 'sector-ends-error' : null" />
            <koers-field-error id="sector-ends-error" [message]="errors().endsOn" />
          </div>
        </div>
        <p class="koers-hint" id="sector-sector-hint">{{ 'chain.sector.create.sectorHint' | transloco }}</p>
        <koers-refusal data-testid="sector-create-error" [refusal]="actions.error()" [omit]="placed()" />
        <button class="koers-button" type="submit" [disabled]="actions.busy()">{{ 'chain.sector.create.submit' | transloco }}</button>
      </form>
    }
  `,
})
export class SectorListPage {
  private readonly api = inject(ChainApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  readonly organiser = computed(() => this.auth.hasRole('administrator', 'coordinator'));

  readonly programmes = resource({ loader: async () => (await this.api.sectorProgrammes()).items });

  readonly form = new FormGroup({
    ...newGroupControls(),
    sector: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(100)] }),
    region: new FormControl('', { nonNullable: true, validators: Validators.maxLength(100) }),
  });
  readonly errors = fieldErrors(this.form, {
    name: { required: 'chain.sector.create.nameRequired', maxlength: tooLong },
    sector: { required: 'chain.sector.create.sectorRequired', maxlength: tooLong },
    startsOn: { required: 'chain.sector.create.startsOnRequired' },
    endsOn: { required: 'chain.sector.create.endsOnRequired', endsBeforeStart: 'chain.sector.create.endsBeforeStart' },
  });
  readonly actions = pageActions();
  readonly placed = signal<string[]>([]);

  async create() {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    let id = '';
    const ok = await this.actions.run(async () => {
      id = (await this.api.createSectorProgramme({ name: v.name.trim(), sector: v.sector.trim(), startsOn: v.startsOn, endsOn: v.endsOn, ...(v.region.trim() ? { region: v.region.trim() } : {}) })).id;
    }, 'chain.sector.create.created');
    if (ok) await this.router.navigate([id], { relativeTo: this.route });
    else this.placed.set(showRefusalOnFields(this.form, this.actions.error(), { name: 'name', sector: 'sector', region: 'region', startsOn: 'startsOn', endsOn: 'endsOn' }));
  }
}
