import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ToastService } from '@koers/web-ui';
import { KoploperApi, type Profile } from '@koers/web-api-client';
import { FieldErrorComponent, fieldErrors, tooLong, type PageActions } from '@koers/web-programme';

/**
 * The adviser's comment on a draft profile, and publishing it (unsaved text
 * goes with the publication); once published, the comment as it was.
 */
@Component({
  selector: 'koers-profile-comment',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (editable() && profile().awaitingSignOffAt) {
      <p class="koers-note" data-testid="profile-awaiting-sign-off">{{ 'koploper.profile.awaitingSignOff' | transloco: { name: profile().awaitingSignOffByName ?? '' } }}</p>
      <p class="koers-actions">
        <button class="koers-button" type="button" [disabled]="actions().busy()" (click)="signOff()">{{ 'koploper.profile.signOff' | transloco }}</button>
      </p>
    }
    @if (editable()) {
      <form class="koers-form" [formGroup]="form" (ngSubmit)="save()" novalidate>
        <div class="koers-field">
          <label for="adviser-comment">{{ 'koploper.profile.comment' | transloco }}</label>
          <textarea id="adviser-comment" rows="5" maxlength="5000" formControlName="comment"
                    [attr.aria-invalid]="!!errors().comment" [attr.aria-describedby]="errors().comment ? 'adviser-comment-error' : null"></textarea>
          <koers-field-error id="adviser-comment-error" [message]="errors().comment" />
        </div>
        <p class="koers-actions">
          <button class="koers-button koers-button-secondary" type="submit" [disabled]="actions().busy()">{{ 'koploper.profile.saveComment' | transloco }}</button>
          <button class="koers-button" type="button" [disabled]="actions().busy()" (click)="publish()">{{ 'koploper.profile.publish' | transloco }}</button>
        </p>
      </form>
    } @else {
      <p class="koers-pre">{{ profile().adviserComment || '—' }}</p>
    }
  `,
})
export class ProfileCommentSection {
  private readonly api = inject(KoploperApi);
  private readonly toasts = inject(ToastService);
  private readonly transloco = inject(TranslocoService);
  readonly profile = input.required<Profile>();
  /** A draft, for staff. */
  readonly editable = input(false);
  readonly actions = input.required<PageActions>();
  /** The profile as the API answered the change. */
  readonly changed = output<Profile>();

  readonly form = new FormGroup({ comment: new FormControl('', { nonNullable: true, validators: Validators.maxLength(5000) }) });
  readonly errors = fieldErrors(this.form, { comment: { maxlength: tooLong } });

  constructor() {
    effect(() => {
      const stored = this.profile().adviserComment;
      if (this.form.pristine) this.form.controls.comment.setValue(stored, { emitEvent: false });
    });
  }

  /** Runs a change that answers with the profile; `done` may depend on the answer (a trainee's publication waits). */
  private async run(change: () => Promise<Profile>, done: string | ((p: Profile) => string)): Promise<boolean> {
    let answer: Profile | null = null;
    const ok = await this.actions().run(async () => (answer = await change()));
    if (ok && answer) {
      this.toasts.show(this.transloco.translate(typeof done === 'string' ? done : done(answer)));
      this.form.markAsPristine();
      this.changed.emit(answer);
    }
    return ok;
  }

  save() {
    if (this.form.invalid) return Promise.resolve(false);
    return this.run(() => this.api.commentProfile(this.profile().id, this.form.controls.comment.value), 'koploper.common.saved');
  }

  async publish() {
    if (this.form.invalid) return;
    // Unsaved comment text goes with the publication.
    if (this.form.dirty && this.form.controls.comment.value !== this.profile().adviserComment && !(await this.save())) return;
    await this.run(() => this.api.publishProfile(this.profile().id), (p) => (p.status === 'published' ? 'koploper.profile.published' : 'koploper.profile.sentToMentor'));
  }

  /** The mentor (or a coordinator) signs off a trainee adviser's publication; anyone else gets the API's refusal. */
  signOff() {
    return this.run(() => this.api.signOffProfile(this.profile().id), 'koploper.profile.published');
  }
}
