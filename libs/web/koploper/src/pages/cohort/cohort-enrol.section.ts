import { ChangeDetectionStrategy, Component, computed, inject, input, output, resource } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiClient, KoploperApi, type CohortDetail } from '@koers/web-api-client';
import { FieldErrorComponent, InvitationFormComponent, RefusalComponent, fieldErrors, notBlank, pageActions, type InvitationItem } from '@koers/web-programme';

/**
 * Who joins a cohort: a company the partner knows already, or one invited by
 * e-mail (the programme core's invitation form, with resend and withdraw).
 */
@Component({
  selector: 'koers-cohort-enrol',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldErrorComponent, InvitationFormComponent, RefusalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <koers-refusal data-testid="enrol-error" [refusal]="actions.error()" />
    <div class="koers-columns">
      @if (canEnrol()) {
        <form class="koers-form" [formGroup]="form" (ngSubmit)="addExisting()" novalidate>
          <h3>{{ 'koploper.cohort.addExisting' | transloco }}</h3>
          <div class="koers-field">
            <label for="add-organisation">{{ 'koploper.cohort.organisation' | transloco }}</label>
            <select id="add-organisation" formControlName="organisationId"
                    [attr.aria-invalid]="!!organisationError()" [attr.aria-describedby]="organisationError() ? 'add-organisation-error' : null">
              <option value="">{{ 'koploper.cohort.chooseOrganisation' | transloco }}</option>
              @for (o of candidates(); track o.id) {
                <option [value]="o.id">{{ o.name }}{{ o.municipality ? ' (' + o.municipality + ')' : '' }}</option>
              }
            </select>
            <koers-field-error id="add-organisation-error" [message]="organisationError()" />
          </div>
          <button class="koers-button" type="submit" [disabled]="actions.busy()">{{ 'koploper.common.add' | transloco }}</button>
        </form>
      }
      <div>
        <koers-invitation-form #invitationForm [invitations]="cohort().invitations" [canInvite]="canEnrol()" [canManage]="canEnrol()" [busy]="actions.busy()"
                               (invite)="invite($event, invitationForm)" (resend)="resend($event)" (withdraw)="withdraw($event)" />
      </div>
    </div>
  `,
})
export class CohortEnrolSection {
  private readonly api = inject(KoploperApi);
  private readonly client = inject(ApiClient);
  readonly cohort = input.required<CohortDetail>();
  /** Whether the reader enrols companies (a coordinator, while the cohort is not closed). */
  readonly canEnrol = input(false);
  /** Its own changes: a refusal shows here, next to the forms it is about. */
  readonly actions = pageActions();
  /** A change went through: the page reads the cohort again. */
  readonly changed = output<void>();

  /** Companies the partner knows that are not in this cohort yet. */
  readonly organisations = resource({
    params: () => this.canEnrol() || undefined,
    loader: async () => (await this.client.organisations({ pageSize: 100 })).items,
  });
  readonly candidates = computed(() => {
    const inCohort = new Set(this.cohort().participants.map((p) => p.organisationId));
    return (this.organisations.value() ?? []).filter((o) => o.kind === 'company' && !inCohort.has(o.id));
  });

  readonly form = new FormGroup({ organisationId: new FormControl('', { nonNullable: true, validators: notBlank }) });
  private readonly errors = fieldErrors(this.form, { organisationId: { required: 'koploper.cohort.organisationRequired' } });
  readonly organisationError = computed(() => this.errors().organisationId);

  private run(change: () => Promise<unknown>, done?: string, params: Record<string, string> = {}) {
    return this.actions.run(change, done, params, () => this.changed.emit());
  }

  async addExisting() {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    if (await this.run(() => this.api.addParticipant(this.cohort().id, this.form.controls.organisationId.value))) this.form.reset();
  }

  async invite(email: string, form: InvitationFormComponent) {
    if (await this.run(() => this.api.invite(this.cohort().id, { email }), 'koploper.cohort.invited', { email })) form.clear();
  }

  resend(i: InvitationItem) {
    return this.run(() => this.api.resendInvitation(i.id), 'koploper.cohort.resent', { email: i.email });
  }

  withdraw(i: InvitationItem) {
    return this.run(() => this.api.withdrawInvitation(i.id), 'koploper.cohort.withdrawn', { email: i.email });
  }
}
