import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { CARE_SECTOR_THEMES } from '@koers/domain';
import { ChainApi, type SectorProgramme, type SectorQuestion } from '@koers/web-api-client';
import { LanguageService } from '@koers/web-ui';
import { FieldErrorComponent, RefusalComponent, fieldErrors, notBlank, pageActions, showRefusalOnFields, tooLong } from '@koers/web-programme';

/** The chains' questions as mapped at the opening conference, by theme: added (themes suggested from the care sector's and the programme's own) and removed. */
@Component({
  selector: 'koers-chain-sector-questions',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldErrorComponent, RefusalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>{{ 'chain.sector.detail.themesIntro' | transloco }}</p>
    <koers-refusal data-testid="question-error" [refusal]="actions.error()" [omit]="['theme', 'question']" />
    @for (t of programme().themes; track t.theme) {
      <div class="koers-theme" [attr.data-theme]="t.theme">
        <h3>{{ t.theme }} <small>({{ t.questions.length }})</small></h3>
        <ul>
          @for (q of t.questions; track q.id) {
            <li [attr.data-question]="q.question">
              {{ q.question }}@if (q.raisedBy) { <small> · {{ q.raisedBy }}</small> }
              @if (canManage()) {
                <button class="koers-link koers-remove" type="button" [disabled]="actions.busy()" (click)="remove(q)">
                  {{ 'chain.sector.detail.remove' | transloco }}<span class="koers-visually-hidden"> {{ q.question }}</span>
                </button>
              }
            </li>
          }
        </ul>
      </div>
    } @empty {
      <p>{{ 'chain.sector.detail.noQuestions' | transloco }}</p>
    }
    @if (canManage()) {
      <form class="koers-form" [formGroup]="form" (ngSubmit)="add()" novalidate data-testid="add-question">
        <h3>{{ 'chain.sector.detail.addQuestion' | transloco }}</h3>
        <div class="koers-inline-form">
          <div class="koers-field">
            <label for="question-theme">{{ 'chain.sector.detail.theme' | transloco }}</label>
            <p class="koers-hint" id="question-theme-hint">{{ 'chain.sector.detail.themeHint' | transloco }}</p>
            <input id="question-theme" formControlName="theme" maxlength="100" list="question-themes" autocomplete="off" [attr.aria-invalid]="!!errors().theme"
                   [attr.aria-describedby]="'question-theme-hint' + (errors().theme ? ' question-theme-error' : '')" />
            <datalist id="question-themes">
              @for (t of themes(); track t) {
                <option [value]="t"></option>
              }
            </datalist>
            <koers-field-error id="question-theme-error" [message]="errors().theme" />
          </div>
          <div class="koers-field">
            <label for="question-raised">{{ 'chain.sector.detail.raisedBy' | transloco }}</label>
            <input id="question-raised" formControlName="raisedBy" maxlength="200" />
          </div>
        </div>
        <div class="koers-field">
          <label for="question-text">{{ 'chain.sector.detail.question' | transloco }}</label>
          <textarea id="question-text" rows="2" formControlName="question" [attr.aria-invalid]="!!errors().question" [attr.aria-describedby]="errors().question ? 'question-text-error' : null"></textarea>
          <koers-field-error id="question-text-error" [message]="errors().question" />
        </div>
        <button class="koers-button koers-button-secondary" type="submit" [disabled]="actions.busy()">{{ 'chain.sector.detail.addQuestion' | transloco }}</button>
      </form>
    }
  `,
  styles: `
    .koers-remove { margin-left: .75rem; }
    .koers-theme h3 { margin: 1rem 0 .25rem; }
    .koers-theme ul { margin: 0; }
  `,
})
export class SectorQuestionsSection {
  private readonly api = inject(ChainApi);
  private readonly language = inject(LanguageService);
  readonly programme = input.required<SectorProgramme>();
  readonly canManage = input(false);
  readonly changed = output<void>();
  readonly actions = pageActions();

  /** The programme's own themes first, then the care sector's. */
  readonly themes = computed(() => [...new Set([...this.programme().themes.map((t) => t.theme), ...CARE_SECTOR_THEMES.map((t) => t[this.language.current()])])]);

  readonly form = new FormGroup({
    theme: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(100)] }),
    question: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(5000)] }),
    raisedBy: new FormControl('', { nonNullable: true, validators: Validators.maxLength(200) }),
  });
  readonly errors = fieldErrors(this.form, {
    theme: { required: 'chain.sector.detail.themeRequired', maxlength: tooLong },
    question: { required: 'chain.sector.detail.questionRequired', maxlength: tooLong },
  });

  async add() {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const ok = await this.actions.run(
      () => this.api.addQuestion(this.programme().id, { theme: v.theme.trim(), question: v.question.trim(), ...(v.raisedBy.trim() ? { raisedBy: v.raisedBy.trim() } : {}) }),
      'chain.sector.detail.questionAdded',
      {},
      () => this.changed.emit(),
    );
    // The theme stays for the next question of the same chain.
    if (ok) this.form.reset({ theme: v.theme, question: '', raisedBy: '' });
    else showRefusalOnFields(this.form, this.actions.error(), { theme: 'theme', question: 'question', raisedBy: 'raisedBy' });
  }

  remove(q: SectorQuestion) {
    return this.actions.run(() => this.api.removeQuestion(q.id), 'chain.sector.detail.questionRemoved', {}, () => this.changed.emit());
  }
}
