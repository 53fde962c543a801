import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { KoploperApi, koploperDownloads, type Submission } from '@koers/web-api-client';
import { FieldErrorComponent, KoersDatePipe, fieldErrors, tooLong, type PageActions } from '@koers/web-programme';

/** The communication assignment: the company's story and its files, handed in once; then final. */
@Component({
  selector: 'koers-communication',
  imports: [ReactiveFormsModule, TranslocoPipe, KoersDatePipe, FieldErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = submission();
    @if (editable()) {
      <p>{{ 'koploper.communication.intro' | transloco }}</p>
    }
    @if (s?.status === 'submitted') {
      <p data-testid="communication-submitted">{{ 'koploper.communication.submitted' | transloco: { date: (s!.submittedAt | koersDate) } }}</p>
      <p class="koers-pre">{{ s!.text }}</p>
    } @else if (!editable()) {
      <p class="koers-hint" data-testid="communication-read-only">{{ 'koploper.communication.readOnly' | transloco }}</p>
      <p class="koers-pre">{{ s?.text || ('koploper.communication.noText' | transloco) }}</p>
    } @else {
      <form class="koers-form" [formGroup]="form" (ngSubmit)="saveText()" novalidate>
        <div class="koers-field">
          <label for="story">{{ 'koploper.communication.text' | transloco }}</label>
          <textarea id="story" rows="6" maxlength="20000" formControlName="text"
                    [attr.aria-invalid]="!!errors().text" [attr.aria-describedby]="errors().text ? 'story-error' : null"></textarea>
          <koers-field-error id="story-error" [message]="errors().text" />
        </div>
        <button class="koers-button koers-button-secondary" type="submit" [disabled]="actions().busy()">{{ 'koploper.communication.saveText' | transloco }}</button>
      </form>
      <div class="koers-field">
        <label for="story-file">{{ 'koploper.communication.file' | transloco }}</label>
        <input #file id="story-file" type="file" [disabled]="actions().busy()" (change)="addFile(file)" />
      </div>
      @if (s?.text) {
        <button class="koers-button" type="button" [disabled]="actions().busy()" (click)="submit()">{{ 'koploper.communication.submit' | transloco }}</button>
      }
    }
    @if (s?.files?.length) {
      <ul>
        @for (f of s!.files; track f.id) {
          <li><a [href]="downloads.file(f.id)" download>{{ f.filename }}</a></li>
        }
      </ul>
    }
  `,
})
export class CommunicationSection {
  private readonly api = inject(KoploperApi);
  readonly participantId = input.required<string>();
  readonly submission = input<Submission | null>(null);
  readonly actions = input.required<PageActions>();
  /** Whether this role may write and hand in the assignment (the API lets the adviser and the company: PUT communication). */
  readonly editable = input(true);
  readonly changed = output<void>();

  readonly downloads = koploperDownloads;
  readonly form = new FormGroup({ text: new FormControl('', { nonNullable: true, validators: Validators.maxLength(20000) }) });
  readonly errors = fieldErrors(this.form, { text: { maxlength: tooLong } });

  constructor() {
    // The story shows what is stored until the user edits it.
    effect(() => {
      const stored = this.submission()?.text ?? '';
      if (this.form.pristine) this.form.controls.text.setValue(stored, { emitEvent: false });
    });
  }

  private run(change: () => Promise<unknown>, done?: string) {
    return this.actions().run(change, done, {}, () => this.changed.emit());
  }

  async saveText() {
    if (this.form.invalid) return;
    if (await this.run(() => this.api.putCommunication(this.participantId(), this.form.controls.text.value), 'koploper.communication.saved')) this.form.markAsPristine();
  }

  async addFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    if (await this.run(() => this.api.addCommunicationFile(this.participantId(), file))) input.value = '';
  }

  submit() {
    return this.run(() => this.api.submitCommunication(this.participantId()), 'koploper.communication.saved');
  }
}
