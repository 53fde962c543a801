import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { KoploperApi } from '@koers/web-api-client';
import { ToastService } from '@koers/web-ui';
import { FieldErrorComponent, RefusalComponent, fieldErrors, notBlank, pageActions, tooLong } from '@koers/web-programme';

const ACTIVITIES = ['masterclass', 'chain_project', 'event'] as const;
type Activity = (typeof ACTIVITIES)[number];

const STYLES = `
  .koers-field textarea { font: inherit; padding: .5rem; border: 1px solid #6b7480; border-radius: 6px; min-height: 6rem; }
  .koers-field textarea[aria-invalid="true"] { border-color: #b00020; }
  .koers-field textarea:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
  .koers-alumni-invite { max-width: 40rem; margin-top: 1.5rem; }
`;

/** Invite the companies selected in the table to a masterclass, chain project or event (a mail to their users). */
@Component({
  selector: 'koers-alumni-invite-form',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldErrorComponent, RefusalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: STYLES,
  template: `
    <form class="koers-alumni-invite" [formGroup]="form" (ngSubmit)="invite()" novalidate aria-labelledby="alumni-invite-title">
      <h2 id="alumni-invite-title">{{ 'koploper.alumni.invite' | transloco }}</h2>
      <p data-testid="selected-count" aria-live="polite">
        {{ (selected().length === 1 ? 'koploper.alumni.selectedOne' : 'koploper.alumni.selectedMany') | transloco: { count: selected().length } }}
      </p>
      <div class="koers-field">
        <label for="alumni-activity">{{ 'koploper.alumni.activity' | transloco }}</label>
        <select id="alumni-activity" formControlName="activity">
          @for (a of activities; track a) {
            <option [value]="a">{{ 'koploper.alumni.activities.' + a | transloco }}</option>
          }
        </select>
      </div>
      <div class="koers-field">
        <label for="alumni-subject">{{ 'koploper.alumni.subject' | transloco }}</label>
        <input id="alumni-subject" type="text" maxlength="200" formControlName="subject"
               [attr.aria-invalid]="!!errors().subject" [attr.aria-describedby]="errors().subject ? 'alumni-subject-error' : null" />
        <koers-field-error id="alumni-subject-error" [message]="errors().subject" />
      </div>
      <div class="koers-field">
        <label for="alumni-message">{{ 'koploper.alumni.message' | transloco }}</label>
        <textarea id="alumni-message" rows="6" maxlength="5000" formControlName="message"
                  [attr.aria-invalid]="!!errors().message" [attr.aria-describedby]="errors().message ? 'alumni-message-error' : null"></textarea>
        <koers-field-error id="alumni-message-error" [message]="errors().message" />
      </div>
      @if (tried() && !selected().length) {
        <p class="koers-form-error" role="alert">{{ 'koploper.alumni.noneSelected' | transloco }}</p>
      }
      <koers-refusal [refusal]="actions.error()" />
      <button class="koers-button" type="submit" data-testid="send-invitation" [disabled]="actions.busy()">{{ 'koploper.alumni.send' | transloco }}</button>
    </form>
  `,
})
export class AlumniInviteFormComponent {
  private readonly api = inject(KoploperApi);
  private readonly toasts = inject(ToastService);
  private readonly transloco = inject(TranslocoService);
  /** The organisations selected in the table. */
  readonly selected = input.required<readonly string[]>();
  /** The invitation went out: the page clears its selection. */
  readonly sent = output<void>();

  readonly activities = ACTIVITIES;
  readonly actions = pageActions();
  readonly tried = signal(false);
  readonly form = new FormGroup({
    activity: new FormControl<Activity>('masterclass', { nonNullable: true }),
    subject: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(200)] }),
    message: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(5000)] }),
  });
  readonly errors = fieldErrors(this.form, {
    subject: { required: 'koploper.alumni.subjectRequired', maxlength: tooLong },
    message: { required: 'koploper.alumni.messageRequired', maxlength: tooLong },
  });
  readonly ready = computed(() => this.selected().length > 0);

  async invite() {
    this.tried.set(true);
    this.form.markAllAsTouched();
    if (this.form.invalid || !this.ready()) return;
    const { activity, subject, message } = this.form.getRawValue();
    let result = { sent: 0, organisations: 0 };
    const ok = await this.actions.run(async () => {
      result = await this.api.inviteAlumni({ organisationIds: [...this.selected()], activity, subject: subject.trim(), message: message.trim() });
    });
    if (!ok) return;
    const count = result.organisations;
    // The invitation is recorded either way; say so plainly when nobody could be mailed.
    if (result.sent === 0) this.toasts.show(this.transloco.translate('koploper.alumni.noRecipients'), 'error');
    else this.toasts.show(this.transloco.translate(count === 1 ? 'koploper.alumni.sentOne' : 'koploper.alumni.sentMany', { count }), 'info');
    this.form.reset();
    this.tried.set(false);
    this.sent.emit();
  }
}
