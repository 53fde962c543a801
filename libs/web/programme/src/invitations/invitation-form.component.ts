import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldErrorComponent, fieldErrors } from '../forms';
import { KoersDatePipe } from '../pipes';
import { programmeTexts } from '../texts';

/** An invitation as the list shows it (the API's invitation view fits). */
export interface InvitationItem {
  id: string;
  email: string;
  acceptedAt: string | null;
  expiresAt?: string | null;
  withdrawnAt?: string | null;
}

let nextId = 0;

/**
 * Invite by e-mail, and the group's invitations: accepted, withdrawn, open or
 * expired, and for one not accepted or withdrawn a button to send it again (a
 * new link) or withdraw it. Emits
 * `invite` (the address), `resend` and `withdraw` (the invitation); the page
 * calls the API and, once the invitation is out, `clear()`s the field.
 */
@Component({
  selector: 'koers-invitation-form',
  imports: [ReactiveFormsModule, TranslocoPipe, KoersDatePipe, FieldErrorComponent],
  providers: [programmeTexts()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (canInvite()) {
      <form class="koers-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <h3>{{ 'programme.invitations.title' | transloco }}</h3>
        <div class="koers-field">
          <label [for]="id">{{ 'programme.invitations.email' | transloco }}</label>
          <input [id]="id" type="email" autocomplete="off" formControlName="email" maxlength="320"
                 [attr.aria-invalid]="!!errors().email" [attr.aria-describedby]="errors().email ? id + '-error' : null" />
          <koers-field-error [id]="id + '-error'" [message]="errors().email" />
        </div>
        <button class="koers-button" type="submit" [disabled]="busy()">{{ 'programme.invitations.send' | transloco }}</button>
      </form>
    }
    @if (invitations().length) {
      <h3>{{ 'programme.invitations.list' | transloco }}</h3>
      <ul data-testid="invitations">
        @for (i of invitations(); track i.id) {
          <li [attr.data-invitation]="i.email">
            {{ i.email }} ·
            @if (i.acceptedAt) {
              {{ 'programme.invitations.accepted' | transloco }}
            } @else if (i.withdrawnAt) {
              {{ 'programme.invitations.withdrawn' | transloco }}
            } @else {
              @if (expired(i)) {
                {{ 'programme.invitations.expired' | transloco: { date: (i.expiresAt | koersDate) } }}
              } @else {
                {{ 'programme.invitations.open' | transloco }}
                @if (i.expiresAt) {
                  ({{ 'programme.invitations.validUntil' | transloco: { date: (i.expiresAt | koersDate) } }})
                }
              }
              @if (canManage()) {
                <button class="koers-link" type="button" data-action="resend" [disabled]="busy()" (click)="resend.emit(i)">
                  {{ 'programme.invitations.resend' | transloco }}<span class="koers-visually-hidden"> {{ i.email }}</span>
                </button>
                <button class="koers-link" type="button" data-action="withdraw" [disabled]="busy()" (click)="withdraw.emit(i)">
                  {{ 'programme.invitations.withdraw' | transloco }}<span class="koers-visually-hidden"> {{ i.email }}</span>
                </button>
              }
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    li .koers-link { margin-left: .75rem; }
  `,
})
export class InvitationFormComponent {
  readonly invitations = input<readonly InvitationItem[]>([]);
  /** Whether the reader invites (the form shows). */
  readonly canInvite = input(false);
  /** Whether the reader may send an open invitation again or withdraw it. */
  readonly canManage = input(false);
  readonly busy = input(false);
  readonly invite = output<string>();
  readonly resend = output<InvitationItem>();
  readonly withdraw = output<InvitationItem>();

  readonly id = `koers-invite-${++nextId}`;
  readonly form = new FormGroup({ email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }) });
  readonly errors = fieldErrors(this.form, { email: { required: 'programme.invitations.emailRequired', email: 'programme.invitations.emailInvalid' } });

  /** An open invitation whose link no longer works (sending it again makes a new one). */
  expired(i: InvitationItem): boolean {
    return !!i.expiresAt && new Date(i.expiresAt).getTime() < Date.now();
  }

  submit() {
    this.form.markAllAsTouched();
    const email = this.form.controls.email.value.trim();
    if (this.form.invalid || !email) return;
    this.invite.emit(email);
  }

  /** After the page sent it: the field is empty for the next address. */
  clear() {
    this.form.reset();
  }
}
