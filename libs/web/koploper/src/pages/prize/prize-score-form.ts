import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, untracked } from '@angular/core';
import { FormControl, FormRecord, ReactiveFormsModule, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { KoploperApi, koploperDownloads, type Prize } from '@koers/web-api-client';
import { TranslocoPipe } from '@jsverse/transloco';
import { formatNumber } from '@koers/domain';
import { LanguageService } from '@koers/web-ui';
import { BilingualPipe, FieldErrorComponent, RefusalComponent, pageActions, watchForm, messageOf } from '@koers/web-programme';
import { amountMessages, amountOf, retypeAmount, validAmount } from '../participant/amount-field';
import { isValidScore, myScores, type PrizeCriterion, type PrizeEntry } from './prize-helpers';

/** One juror's scores for one submission: a number per published criterion, 0..max. */
@Component({
  selector: 'koers-prize-score-form',
  imports: [ReactiveFormsModule, TranslocoPipe, BilingualPipe, RefusalComponent, FieldErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    fieldset { border: 1px solid var(--koers-line); border-radius: 8px; margin: 0 0 1rem; padding: 1rem; }
    legend { font-weight: 700; padding: 0 .25rem; }
    .koers-field input { max-width: 8rem; }
  `,
  template: `
    <form [formGroup]="form" (ngSubmit)="save()" novalidate [attr.data-testid]="'scores-' + entry().organisationName">
      <fieldset>
        <legend>{{ entry().organisationName }}</legend>
        <!-- What the jury judges: the story and its files. -->
        <blockquote class="koers-pre koers-note">{{ entry().text }}</blockquote>
        @if (entry().files.length) {
          <ul>
            @for (f of entry().files; track f.id) {
              <li><a [href]="fileUrl(f.id)" download>{{ f.filename }}</a></li>
            }
          </ul>
        }
        @for (c of criteria(); track c.id) {
          @if (form.controls[c.id]; as control) {
            <div class="koers-field">
              <label [attr.for]="fieldId(c)">{{ 'koploper.prize.scoreLabel' | transloco: { criterion: (c.name | bilingual), max: c.max } }}</label>
              <input type="text" inputmode="decimal" [id]="fieldId(c)" [attr.data-testid]="'score-' + c.id" [formControl]="control"
                     [attr.aria-invalid]="!!messages()[c.id]" [attr.aria-describedby]="messages()[c.id] ? fieldId(c) + '-error' : null" />
              <koers-field-error [id]="fieldId(c) + '-error'" [message]="messages()[c.id] ?? null" />
            </div>
          }
        }
        <koers-refusal [refusal]="actions.error()" />
        <button class="koers-button" type="submit" data-testid="save-scores" [disabled]="actions.busy()">{{ 'koploper.prize.saveScores' | transloco }}</button>
      </fieldset>
    </form>
  `,
})
export class PrizeScoreFormComponent {
  readonly fileUrl = koploperDownloads.file;
  private readonly api = inject(KoploperApi);

  readonly entry = input.required<PrizeEntry>();
  readonly criteria = input.required<PrizeCriterion[]>();
  readonly jurorUserId = input.required<string>();
  readonly saved = output<Prize>();

  readonly actions = pageActions();
  private readonly language = inject(LanguageService);
  private readonly lang = () => this.language.current();
  /** Scores typed the reader's way (Dutch 3,5); Dutch 3.5 is refused with how to write it, never guessed. */
  readonly form = new FormRecord<FormControl<string>>({});
  private readonly version = watchForm(this.form);
  readonly messages = computed(() => {
    this.version();
    return Object.fromEntries(this.criteria().map((c) => [c.id, messageOf(this.form.controls[c.id] ?? null, { ...amountMessages('koploper.prize.scoreInvalid'), amount: () => ({ key: 'koploper.prize.scoreInvalid', params: { max: c.max } }), score: () => ({ key: 'koploper.prize.scoreInvalid', params: { max: c.max } }) })]));
  });

  /** The language the scores are written in now. */
  private typedIn = this.language.current();

  constructor() {
    // Another language: the scores are written again in it (3,5 becomes 3.5), never read the other way.
    effect(() => {
      const lang = this.language.current();
      untracked(() => {
        for (const c of Object.values(this.form.controls)) c.setValue(retypeAmount(c.value, this.typedIn, lang), { emitEvent: false });
        this.typedIn = lang;
      });
    });
    // The form starts from what this juror gave before.
    effect(() => {
      const scores = myScores(this.entry(), this.criteria(), this.jurorUserId());
      const criteria = this.criteria();
      untracked(() => {
        for (const c of criteria) {
          const control = this.form.controls[c.id];
          const shown = scores[c.id] === null ? '' : formatNumber(scores[c.id] as number, this.typedIn, 1);
          if (!control) this.form.addControl(c.id, new FormControl(shown, { nonNullable: true, validators: [validAmount(this.lang), this.within(c.max)] }), { emitEvent: false });
          else if (control.pristine) control.setValue(shown, { emitEvent: false });
        }
      });
    });
  }

  /** 0..max with at most one decimal, once the text reads as a number (validAmount says why when it does not). */
  private within(max: number) {
    return (control: AbstractControl<string>): ValidationErrors | null => {
      const n = amountOf(control.value, this.lang());
      if (n === null || Number.isNaN(n)) return null;
      return isValidScore(n, max) ? null : { score: true };
    };
  }

  fieldId(c: PrizeCriterion) {
    return `score-${this.entry().submissionId}-${c.id}`;
  }

  async save() {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const scores = Object.fromEntries(this.criteria().map((c) => [c.id, amountOf(this.form.controls[c.id].value, this.lang()) as number]));
    let prize: Prize | null = null;
    const ok = await this.actions.run(async () => (prize = await this.api.score(this.entry().submissionId, scores)), 'koploper.prize.scoresSaved', { name: this.entry().organisationName });
    if (ok && prize) {
      this.form.markAsPristine();
      this.form.markAsUntouched();
      this.saved.emit(prize);
    }
  }
}
