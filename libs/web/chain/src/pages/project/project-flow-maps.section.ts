import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ChainApi, type ChainProjectDetail } from '@koers/web-api-client';
import { FieldErrorComponent, RefusalComponent, fieldErrors, notBlank, pageActions, showRefusalOnFields, tooLong } from '@koers/web-programme';

/** The project's flow maps, each opened on its own page (`stromen/<id>`); a new one by its subject opens there at once. */
@Component({
  selector: 'koers-chain-project-flow-maps',
  imports: [ReactiveFormsModule, TranslocoPipe, RouterLink, FieldErrorComponent, RefusalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>{{ 'chain.project.flowMaps.intro' | transloco }}</p>
    @if (project().flowMaps.length) {
      <ul class="koers-cards" data-testid="flow-maps">
        @for (m of project().flowMaps; track m.id) {
          <li [attr.data-flow-map]="m.subject">
            <a [routerLink]="['stromen', m.id]"><strong>{{ m.subject }}</strong><span class="koers-visually-hidden"> ({{ 'chain.project.flowMaps.open' | transloco: { subject: m.subject } }})</span></a>
          </li>
        }
      </ul>
    } @else {
      <p>{{ 'chain.project.flowMaps.none' | transloco }}</p>
    }
    @if (canCreate()) {
      <form class="koers-form koers-inline-form" [formGroup]="form" (ngSubmit)="create()" novalidate data-testid="new-flow-map">
        <div class="koers-field">
          <label for="flow-map-subject">{{ 'chain.project.flowMaps.subject' | transloco }}</label>
          <p class="koers-hint" id="flow-map-subject-hint">{{ 'chain.project.flowMaps.subjectHint' | transloco }}</p>
          <input id="flow-map-subject" formControlName="subject" maxlength="200" size="40" [attr.aria-invalid]="!!errors().subject"
                 [attr.aria-describedby]="'flow-map-subject-hint' + (errors().subject ? ' flow-map-subject-error' : '')" />
          <koers-field-error id="flow-map-subject-error" [message]="errors().subject" />
        </div>
        <div class="koers-field">
          <button class="koers-button koers-button-secondary" type="submit" [disabled]="actions.busy()">{{ 'chain.project.flowMaps.create' | transloco }}</button>
        </div>
      </form>
      <koers-refusal data-testid="flow-map-error" [refusal]="actions.error()" [omit]="['subject']" />
    }
  `,
})
export class ProjectFlowMapsSection {
  private readonly api = inject(ChainApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  readonly project = input.required<ChainProjectDetail>();
  /** Whether the reader makes flow maps (coordinator, administrator, adviser). */
  readonly canCreate = input(false);
  readonly actions = pageActions();

  readonly form = new FormGroup({ subject: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(200)] }) });
  readonly errors = fieldErrors(this.form, { subject: { required: 'chain.project.flowMaps.subjectRequired', maxlength: tooLong } });

  async create() {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    let id = '';
    const ok = await this.actions.run(async () => {
      id = (await this.api.createFlowMap(this.project().id, this.form.controls.subject.value.trim())).id;
    }, 'chain.project.flowMaps.created');
    if (ok) await this.router.navigate(['stromen', id], { relativeTo: this.route });
    else showRefusalOnFields(this.form, this.actions.error(), { subject: 'subject' });
  }
}
