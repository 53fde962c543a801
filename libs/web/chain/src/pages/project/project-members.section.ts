import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { CHAIN_ROLES, CHAIN_ROLE_LABELS, type ChainRole } from '@koers/domain';
import { ChainApi, type ChainMember, type ChainProjectDetail } from '@koers/web-api-client';
import { BilingualPipe, FieldErrorComponent, InvitationFormComponent, RefusalComponent, fieldErrors, notBlank, pageActions, type InvitationItem } from '@koers/web-programme';
import { PHASE_NAMES } from '../../step';
import { OrganisationPicker, type PickedOrganisation } from './organisation-picker';

/**
 * The lead and the chain partners: each with its place in the project and its
 * role in the chain (a coordinator changes it, saved at once), a partner the
 * partner knows added by the organisation picker, and a company not in Koers
 * invited by e-mail (the core's invitation form).
 */
@Component({
  selector: 'koers-chain-project-members',
  imports: [ReactiveFormsModule, TranslocoPipe, BilingualPipe, FieldErrorComponent, InvitationFormComponent, RefusalComponent, OrganisationPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = project();
    <koers-refusal data-testid="member-error" [refusal]="actions.error()" />
    @if (p.members.length) {
      <table class="koers-table" data-testid="members">
        <caption class="koers-visually-hidden">{{ 'chain.project.members.title' | transloco }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'chain.project.members.organisation' | transloco }}</th>
            <th scope="col">{{ 'chain.project.members.role' | transloco }}</th>
            <th scope="col">{{ 'chain.project.members.chainRole' | transloco }}</th>
            <th scope="col">{{ 'chain.project.members.phase' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (m of p.members; track m.participantId) {
            <tr [attr.data-member]="m.organisationName">
              <td>{{ m.organisationName ?? '—' }}</td>
              <td>{{ 'chain.project.members.roles.' + m.role | transloco }}</td>
              <td>
                @if (canManage() && m.phase !== 'withdrawn') {
                  <select #role [attr.aria-label]="'chain.project.members.chainRoleOf' | transloco: { name: m.organisationName }" [disabled]="actions.busy()"
                          (change)="setRole(m, role.value)">
                    @for (r of roles; track r) {
                      <option [value]="r" [selected]="r === m.chainRole">{{ roleLabels[r] | bilingual }}</option>
                    }
                  </select>
                } @else {
                  {{ roleLabels[m.chainRole] | bilingual }}
                }
              </td>
              <td>{{ phaseNames[m.phase] | bilingual }}</td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p>{{ 'chain.project.members.none' | transloco }}</p>
    }
    @if (canManage()) {
      <div class="koers-columns">
        <form class="koers-form" [formGroup]="form" (ngSubmit)="add()" novalidate data-testid="add-member">
          <h3>{{ 'chain.project.members.add' | transloco }}</h3>
          <koers-organisation-picker #picker fieldId="member-organisation" [label]="'chain.project.members.organisation' | transloco" [control]="form.controls.organisationId"
                                     [exclude]="memberIds()" [error]="errors().organisationId" [notFoundHint]="'chain.project.members.notFound' | transloco" (picked)="picked.set($event)" />
          @if (!hasLead()) {
            <!-- A project has one lead: once it has one, whoever is added is a chain partner. -->
            <fieldset class="koers-field">
              <legend>{{ 'chain.project.members.addAs' | transloco }}</legend>
              <label class="koers-check"><input type="radio" formControlName="role" value="chain_partner" /> {{ 'chain.project.members.addPartner' | transloco }}</label>
              <label class="koers-check"><input type="radio" formControlName="role" value="lead" /> {{ 'chain.project.members.addLead' | transloco }}</label>
            </fieldset>
          }
          <div class="koers-field">
            <label for="member-role">{{ 'chain.project.members.chainRole' | transloco }}</label>
            <select id="member-role" formControlName="chainRole" [attr.aria-invalid]="!!errors().chainRole" [attr.aria-describedby]="errors().chainRole ? 'member-role-error' : null">
              <option value="">{{ 'chain.project.members.chooseRole' | transloco }}</option>
              @for (r of roles; track r) {
                <option [value]="r">{{ roleLabels[r] | bilingual }}</option>
              }
            </select>
            <koers-field-error id="member-role-error" [message]="errors().chainRole" />
          </div>
          <button class="koers-button koers-button-secondary" type="submit" [disabled]="actions.busy()">{{ 'chain.project.members.add' | transloco }}</button>
        </form>
        <div>
          <p class="koers-hint">{{ 'chain.project.members.inviteHint' | transloco }}</p>
          <koers-invitation-form #invitationForm [invitations]="p.invitations" [canInvite]="true" [canManage]="true" [busy]="actions.busy()"
                                 (invite)="invite($event, invitationForm)" (resend)="resend($event)" (withdraw)="withdraw($event)" />
        </div>
      </div>
    }
  `,
})
export class ProjectMembersSection {
  private readonly api = inject(ChainApi);
  readonly project = input.required<ChainProjectDetail>();
  /** Whether the reader adds partners and changes their roles (a coordinator, until the project is closed). */
  readonly canManage = input(false);
  /** The project as the API answered after a change. */
  readonly changed = output<ChainProjectDetail>();
  /** An invitation went out or changed: the page reads the project again. */
  readonly invited = output<void>();
  readonly roles = CHAIN_ROLES;
  readonly roleLabels = CHAIN_ROLE_LABELS;
  readonly phaseNames = PHASE_NAMES;
  readonly actions = pageActions();
  private readonly picker = viewChild<OrganisationPicker>('picker');

  readonly memberIds = computed(() => this.project().members.filter((m) => m.phase !== 'withdrawn').map((m) => m.organisationId));
  readonly hasLead = computed(() => this.project().members.some((m) => m.role === 'lead' && m.phase !== 'withdrawn'));
  readonly picked = signal<PickedOrganisation | null>(null);

  readonly form = new FormGroup({
    organisationId: new FormControl('', { nonNullable: true, validators: notBlank }),
    role: new FormControl<'lead' | 'chain_partner'>('chain_partner', { nonNullable: true }),
    chainRole: new FormControl<ChainRole | ''>('', { nonNullable: true, validators: notBlank }),
  });
  readonly errors = fieldErrors(this.form, { organisationId: { required: 'chain.project.members.organisationRequired' }, chainRole: { required: 'chain.project.members.roleRequired' } });

  private apply(change: () => Promise<ChainProjectDetail>, done: string, params: Record<string, string>) {
    let answer: ChainProjectDetail | null = null;
    return this.actions.run(async () => (answer = await change()), done, params, () => answer && this.changed.emit(answer));
  }

  setRole(m: ChainMember, chainRole: string) {
    return this.apply(() => this.api.setChainRole(m.participantId, chainRole as ChainRole), 'chain.project.members.roleSaved', { name: m.organisationName ?? '' });
  }

  async add() {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const name = this.picked()?.name ?? '';
    const role = this.hasLead() ? 'chain_partner' : v.role;
    const ok = await this.apply(() => this.api.addMember(this.project().id, { organisationId: v.organisationId, chainRole: v.chainRole as ChainRole, role }), 'chain.project.members.added', { name });
    if (ok) {
      this.form.reset();
      this.picked.set(null);
      this.picker()?.clear();
    }
  }

  private run(change: () => Promise<unknown>, done: string, params: Record<string, string>) {
    return this.actions.run(change, done, params, () => this.invited.emit());
  }

  async invite(email: string, form: InvitationFormComponent) {
    if (await this.run(() => this.api.core.invite(this.project().id, { email }), 'chain.project.members.invited', { email })) form.clear();
  }

  resend(i: InvitationItem) {
    return this.run(() => this.api.core.resendInvitation(i.id), 'chain.project.members.resent', { email: i.email });
  }

  withdraw(i: InvitationItem) {
    return this.run(() => this.api.core.withdrawInvitation(i.id), 'chain.project.members.withdrawn', { email: i.email });
  }
}
