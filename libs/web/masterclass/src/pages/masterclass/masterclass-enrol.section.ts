import { ChangeDetectionStrategy, Component, computed, inject, input, output, resource } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoPipe } from '@jsverse/transloco';
import { MasterclassApi, type MasterclassDetail, type ScanCandidate } from '@koers/web-api-client';
import { KoersDatePipe, InvitationFormComponent, RefusalComponent, pageActions, type InvitationItem } from '@koers/web-programme';

/**
 * Who joins a masterclass: a candidate of a saved region scan (by its key; an
 * imported company becomes an organisation), or a company invited by e-mail
 * (the programme core's invitation form, with resend and withdraw).
 */
@Component({
  selector: 'koers-masterclass-enrol',
  imports: [ReactiveFormsModule, TranslocoPipe, KoersDatePipe, InvitationFormComponent, RefusalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <koers-refusal data-testid="enrol-error" [refusal]="actions.error()" />
    <div class="koers-columns">
      @if (canEnrol()) {
        <section>
          <h3>{{ 'masterclass.detail.fromScan' | transloco }}</h3>
          @if (scans.value()?.length) {
            <div class="koers-field">
              <label for="candidate-scan">{{ 'masterclass.detail.scan' | transloco }}</label>
              <select id="candidate-scan" [formControl]="scanChoice">
                <option value="">{{ 'masterclass.detail.chooseScan' | transloco }}</option>
                @for (s of scans.value()!; track s.id) {
                  <option [value]="s.id">{{ s.createdAt | koersDate: 'time' }} · {{ s.municipalities.join(', ') }}</option>
                }
              </select>
            </div>
            @if (candidates().length) {
              <ul class="koers-cards" data-testid="scan-candidates">
                @for (c of candidates(); track c.key) {
                  <li [attr.data-candidate]="c.name">
                    <strong>{{ c.name }}</strong> · {{ c.municipality ?? '—' }} · {{ c.score }}
                    <button class="koers-button koers-button-secondary" type="button" [disabled]="actions.busy()" (click)="add(c)">
                      {{ 'masterclass.common.add' | transloco }}<span class="koers-visually-hidden"> {{ c.name }}</span>
                    </button>
                  </li>
                }
              </ul>
            } @else if (scan.hasValue()) {
              <p>{{ 'masterclass.detail.allIn' | transloco }}</p>
            }
          } @else if (!scans.isLoading()) {
            <p>{{ 'masterclass.detail.noScans' | transloco }}</p>
          }
        </section>
      }
      <div>
        <koers-invitation-form #invitationForm [invitations]="masterclass().invitations" [canInvite]="canEnrol()" [canManage]="canEnrol()" [busy]="actions.busy()"
                               (invite)="invite($event, invitationForm)" (resend)="resend($event)" (withdraw)="withdraw($event)" />
      </div>
    </div>
  `,
})
export class MasterclassEnrolSection {
  private readonly api = inject(MasterclassApi);
  readonly masterclass = input.required<MasterclassDetail>();
  /** Whether the reader enrols companies (a coordinator, while the masterclass is not closed). */
  readonly canEnrol = input(false);
  readonly actions = pageActions();
  readonly changed = output<void>();

  readonly scans = resource({ params: () => this.canEnrol() || undefined, loader: async () => (await this.api.scans()).items });
  readonly scanChoice = new FormControl('', { nonNullable: true });
  private readonly scanId = toSignal(this.scanChoice.valueChanges, { initialValue: '' });
  readonly scan = resource({ params: () => this.scanId() || undefined, loader: ({ params }) => this.api.savedScan(params) });
  /** The scan's candidates that do not take part yet (an organisation's key names its id). */
  readonly candidates = computed(() => {
    const inGroup = new Set(this.masterclass().participants.map((p) => `organisation:${p.organisationId}`));
    const names = new Set(this.masterclass().participants.map((p) => p.organisationName));
    return (this.scan.hasValue() ? this.scan.value().candidates : []).filter((c) => !inGroup.has(c.key) && !names.has(c.name));
  });

  private run(change: () => Promise<unknown>, done?: string, params: Record<string, string> = {}) {
    return this.actions.run(change, done, params, () => this.changed.emit());
  }

  add(c: ScanCandidate) {
    return this.run(() => this.api.addCandidate(this.masterclass().id, c.key), 'masterclass.detail.candidateAdded', { name: c.name });
  }

  async invite(email: string, form: InvitationFormComponent) {
    if (await this.run(() => this.api.invite(this.masterclass().id, { email }), 'masterclass.detail.invited', { email })) form.clear();
  }

  resend(i: InvitationItem) {
    return this.run(() => this.api.resendInvitation(i.id), 'masterclass.detail.resent', { email: i.email });
  }

  withdraw(i: InvitationItem) {
    return this.run(() => this.api.withdrawInvitation(i.id), 'masterclass.detail.withdrawn', { email: i.email });
  }
}
